"""The danger signs in the languages no region's module reads yet, written from the languages and not from a dev
set: a safety net for a new region's first complaints. Assamese ("agyan hoi gol", unconscious; "tez bomi", vomiting
blood), Nepali ("sarpa le tokyo", a snake bit; "chhare rog", fits), Punjabi ("gash pai gayi", fainted; "thooha",
a scorpion), Urdu ("ghashi", "khoon ki qai"), Sindhi ("nang chak payo"), Kashmiri ("sarph"), Gujarati ("bebhaan",
"aanchki", "vinchhi karadyo"), Konkani ("xuddh na", "sorop chabla"), Bhili, the Bihari languages (Maithili, Bhojpuri,
Magahi, Sadri: "jar gail", "gaach se khasal"), Awadhi, Bundeli, Chhattisgarhi ("bichhi maar dis"), Garhwali and
Kumaoni ("bhyal bati lad go"), and a few words of Tulu, Gondi, Santhali/Ho/Mundari and Mizo; with what the
Kannada and Telugu modules lacked (a hanging, a fall from a tree).

Merged into signs.SIGNS. A wording of a danger sign named elsewhere sets that sign's flag (``flag``), so its rule
reads it. Words that are other words in Hindi or English are used only inside a phrase: Assamese "tez" (blood;
Hindi fast) only as "tez bomi", "bish" (Assamese pain, Nepali poison) only with what hurts or what was eaten, "gash"
(Punjabi a faint, English a cut) only as "gash pai gayi", "jar" (Bihari burnt, English a jar) only with its verb,
"sad gaya" (Punjabi burnt, Hindi rotted) not at all, "nenu" (Kannada a noose, Telugu I) only with its verb; a word
of a speech lost counts only when told as sudden (a toddler "bolatu nathi" is no stroke).
"""

from __future__ import annotations

from .lexicon import Sign

# "bit" and "stung": Nepali "tokyo", "dasyo"; Assamese "kamurile"; Punjabi "dang maarya", "vadd leya";
# Gujarati "karadyo"; Konkani "chabla"; Sindhi "chak payo"; Kashmiri "tsot"; Chhattisgarhi "chaab dis"; Mizo
# "a seh"; Ho/Mundari "huwa"; Gondi "kasi"; the Bihari and Awadhi "kaatlak", "kaat lihlas", "kaat lihis"
_BIT = ("{tokyo,toke,tokeko,tokchha,tokyo re,dasyo,daseko,dansyo,kamurile,kamorile,kamurise,kamurisil,kamoril,"
        "kamuriley,dang maarya,dang mareya,dang marya,dang maria,dang mar ditta,dang maar gaya,dang maar gya,"
        "vadd leya,vadd lya,vadd liya,vaddh leya,vadh leya,wadd leya,vadd gaya,vadd gya,ladd leya,lad leya,ladh leya,"
        "larh leya,ladd lya,lad lya,ladeya,laddeya,ladd gaya,ladd gya,karadyo,karadyu,karadyi,karadi,karadi gayo,kardyo,bachku bharyu,chabla,chablo,chabli,"
        "chaab dis,chab dis,chaab dees,chabis,chak payo,chak paatho,chak paato,tsot,tsotus,a seh,in a seh,seh,huwa,"
        "huwakidia,huakidia,huakeda,huwakeda,kasi,kasta,kaatlak,katlak,katlas,kaatlas,katlis,kaatlis,kaatlakai,katlakai,kaat lelak,kaat lelkai,"
        "kaat lelkau,kaat lihlas,kaat lehlas,kaat lihis,kaat lihes,kaat lao,kaat laao,kaat haali,kaat haalo,"
        "kaat dis,kaat des,kaat gail,kachchindu,kachchyundu,kachchundu}")
_SNAKE = "{sarpa,sarp,sarpale,sapp,sappu,sap,nang,naang,nangu,sarph,sarf,sorop,sorp,xorop,xaap,xaape,bing,rul,taras}"
_DOG = "{kukur,kukure,kutte,kutta,kutto,kuto,kutro,kutru,kutri,kutra,seta,ui}"
_SCORPION = ("{bichchhi,bichhi,bichhiya,bichhu,bichhu,bicchu,bichoo,bichchhu,vinchhi,vinchi,vichhi,vinchu,vinchu,"
             "vichhu,vinchvan,vinchvaan,vichhoon,vichhun,thooha,thoohe,thuha,thoha,thoohaa}")
# a scorpion's sting: "dank maarlak" (Maithili), "maar dis" (Chhattisgarhi), "maaris" (Awadhi), "dang hanyo"
# (Sindhi), "lar gaya" (Punjabi), besides the bites above
_STUNG = ("{dank,dang,dank,dank maryo,dank marla,dank maarlak,dank marlak,dank maral,dank maralas,"
          "dank maar delak,dank mar delkai,dang hanyo,dang hayo,maar dis,mar dis,maaris,maris,maar delak,mar delak,"
          "maar dehlas,maarlak,marlak,maar daao,maar dao,maryo,marla,lar gaya,lad gaya,larh gaya}")
# fell from: Nepali "bata khasyo", Punjabi "ton dig peya", Gujarati "uper thi padyo", Konkani "savn poddlo",
# Garhwali/Kumaoni "bati lad go", the Bihari and Chhattisgarhi "se gir gail", "le gir ge", "sa khasal"
_TREE_OR_ROOF = ("{rukh,rookh,ruk,darakht,gaach,gachh,gaachh,gachhi,ped,pedd,rukhar,maddar,madar,"
                 "mhaddar,gosor,gosot,chhana,chhat,kotha,kothe,agashi,agasi,dhabba,chhapru,bhirh,bhyal,bhyaal,"
                 "dhaar,pahad,bharyang,seedhi,paudi,medo,mado,ghoror,chalor}")
_FELL_FROM = ("{bata khasyo,bata khaseko,bata ladyo,bata jharyo,dekhi khasyo,ton dig peya,ton dig pya,ton dig gaya,"
              "to dig peya,tu dig peya,uton dig peya,ton dig paya,upper thi padyo,upar thi padyo,upper thi padi,"
              "upar thi padi,uparthi padyo,thi padyo,thi padi gayo,thi padi gayi,savn poddlo,savn podlo,sovn poddlo,"
              "thavn poddlo,batti lad go,batti ladi go,batti laddo,batti lamd go,batti padi gya,bat lad go,bati lad go,"
              "bati ladi go,se gir gail,"
              "se gir gel,se gir gelai,se gir gelak,se gir gelau,se gir pare,se gir pade,se khasal,sa khasal,"
              "sa khasi gel,se khas gel,le gir ge,le gir gis,le gir gaye,le gir gelak,pora porise,pora pori gol,"
              "pora porile,para porise}")
_SUDDENLY = "{achanak,ekdam,ekdum,achanchet,ekaek,hathat,hotat,akasmat,thakka,achanakai}"
# the languages' words for poisons: Nepali and Bengali "bish", Assamese "bih", Gujarati "jher", Konkani "vix",
# Sindhi "vihu", Mizo "tur", and the Hindi and Urdu "zehar" as spoken in each
_POISON = "{bish,bisha,bikh,bih,jher,zeher,zer,zehar,zahar,jahar,jehar,vihu,viha,vix}"
_SWALLOWED = ("{khayo,khaeko,khaidiyo,khai diyo,piyo,pieko,khale,khaise,khai pelale,khalu,kha layi,kha lai,"
              "kha leya,kha lya,kha lea,pee layi,pee lai,pee leya,pi layi,pi lai,pi lidhu,pi lidho,pi lidhi,pi gayo,"
              "pi gayi,khai lidhu,khai lidho,khai lidhi,khai gayo,khaadhu,khadhu,khaadho,khadho,khaadhi,pitho,peetho,"
              "khyov,chyov,khalla,pielem,kha lelak,kha lelkai,kha lihlas,kha lehlas,khaay lelak,khay lelak,kha lihis,"
              "khaay lihis,kha lao,kha dis,kha lis,kha gail,kha gel,kha ge}")

PANINDIA_SIGNS: dict[str, Sign] = {
    # --- coma, fits ---
    "unconscious_pi": Sign(("loss of consciousness",), (
        # Assamese and Bengali "agyan" (অজ্ঞান), Assamese "behux", Nepali "behos" (बेहोस), Gujarati and Konkani
        # "bebhaan" (બેભાન), Urdu "ghashi", Punjabi "gash pai gayi" (ਗਸ਼)
        "{agyan,agyaan,ogyan,aggan,ajnan,oggan} {hoi,hoye,hoya,hoise,hol,hoile,hoe,hoiche,hoyeche,hoye geche,hoi gol,"
        "hoi gaise,hoi porise,hoi pore,thai,hoi ase,hoi gel}",
        "{behux,bexux,behuss,behus,behos,behox,bexox}",
        "{bebhaan,bebhan,bebhann,bebhaanu}",
        "{ghashi,gashi,ghashee} {mein,me,ka daura,ki halat,tari,taari,aa gayi,ho gayi,pad gayi}",
        "{ghash,gash} {aa,pai,pa,ai,pad,padh} {gaya,gayi,gya,gyi,gai,jaandi,janda,jandi,geya,gayee}",
        "{ghash,gash} {khaa ke,kha ke} {dig peya,dig pai,dig gaya,dig gayi}",
        # Nepali "hos chhaina", "murchha paryo"; Gujarati "bhaan nathi"; Konkani "xuddh na"; Tulu "echchara ijji";
        # Chhattisgarhi "chet nahi he"; the Bihari "sudhbudh na rahal"
        "{hos,hosh} {chhaina,chhain,chaina,gayo,harayo,aaudaina,chhuteko,nahi,naai}",
        "{murchha,murcha,moorchha} {paryo,pare,pareko,parnu,paryo re,pari}",
        "{bhaan,bhan} {nathi,gumavyu,gumaavyu,gumavi,gayu,jatu rahyu,jato rahyo,chalyu gayu,nahi}",
        "xuddh {na,nam,naa,geli,gela,gelo}", "{shuddh,suddh} {geli,harpali,harpalo}",
        "{echchara,eccara,prajne,ushaar,ushar} ijji",
        "{chet,chait} {nahi he,nahi hai,nahi ye,harage,harage he}",
        "{sudhbudh} {nahi,na,naikhe,naikhi,nahi rahal,na rahal,harail,harayl,gail,gelai,gelak,"
        "nahi rahi,nahi raha,nahi he}",
    )),
    "fits_pi": Sign(("seizure",), (
        # Nepali "chhare rog" (epilepsy); Assamese and Bengali "khinchuni" (খিঁচুনি); Gujarati "aanchki", "vaai aavi",
        # "khench aave"; Punjabi "daura peya"; Konkani "fit ailo"
        "chhare {rog,lagyo,aayo,paryo,utheko,uthyo,rog ko,ko rog}",
        "{khinchuni,khinchoni,khichuni,khisuni,kinsuni} {uthise,hoise,hol,ahise,ase,dhorise,}",
        "{aanchki,aanchaki,aachki,anchki,aanchko,aanchakee,aachakee} {aave,aavi,aavti,aavi gayi,ave,avi,che,chhe,}",
        "{vaai,vaaee} {aavi,aave,aavti,no humlo,ni bimari,ni takleef}",
        "{ne,ne ek,ne bahu} {khench,khenchh,khech} {aave,aavi,aave che,aavi gai,aavi gayi,aavti}",
        "{daura,dhaura} {peya,pya,paiya,pai gaya,paya,pyaa}",
        "fit {ailo,aili,aile,yeta,yetat,yeto,ayli}",
        # Telugu "moorchha vachindi" (a fit; the Kannada "moorche" is a faint)
        "{moorchha,murchha,moorcha} {vachindi,vastundi,vachayi,vastunnayi}",
        "{haat khutta,hat bhori,haat paa,hath pair,haath pag,hath pag} {tanne,taniyo,jhatka,tonka,khench,"
        "khenchai} {lagyo,ase,aave,aavi,diye,hoise,jaay,che,gaya,}",
    )),
    # --- breathing, chest, blue lips ---
    "cannot_breathe_pi": Sign(("shortness of breath",), (
        # Assamese "usah lobo pora nahi"; Nepali "sas ferna garo"; Punjabi "saah nahi aa reha"; Gujarati "shwas nathi
        # levato"; Konkani "xvas gheunk zaina"; Urdu "dam ghut raha"; Mizo "thaw a harsa"
        "{usah,usaah,uxah,uhah} {lobo,loba,lab,labo,lobole,loa} {pora nahi,para nahi,nuwaare,nuare,nopare,nopara}",
        "{usah,usaah,uxah} {bondho,bandh,bondh} {hoi gol,hoise,hol,hoi ase}",
        "{sas,saas} {ferna,pherna,fernu,phernu} {sakdaina,sakenan,sakena,sakdainan,sakirakheko chhaina}",
        "{saah,sah} {nahi,ni,nhi} {aa reha,aa riha,aaunda,aunda,aa rahi,aundi,lai hunda,lia janda,lai sakda,lai sakdi}",
        "{shwas,swas,shvas,shwaas} {nathi,na} {levato,levati,levatu,lai shakto,lai shakti,leva deto,levaay}",
        "{xvas,swas,shvas,svas} {gheunk,ghevunk,ghenk,ghevunkui} {zaina,zaiona,jaina,zaum na,zaunk na}",
        "thaw {a harsa,harsa,a hai lo,hai lo,a la thei lo}",
    ), severity="severe"),
    "breathless_pi": Sign(("shortness of breath",), (
        # Nepali "sas phulyo"; Punjabi "saah charhda"; Gujarati "hafaro chade"; Assamese "usah lobot kosto"
        "{dam,dum} {ghut,ghot} {raha,rahi,gaya,gayi,raha hai,rahi hai,reha,rahya,jaay}",
        "{sas,saas} {ferna,pherna,fernu,phernu} {garo,garho,gaaro}",
        "{sas,saas} {phulyo,fulyo,phulchha,fulchha,phuleko,fuleko,bhariyo,phulirahyo,fulirahyo}",
        "{saah,sah} {charhda,chadhda,chardi,chadhi,char gaya,chadh gaya,chadh janda,char janda,phulda,fulda,"
        "phull gaya,phul janda}",
        "{saah,sah} {lain,lena,laindeyan} {vich,ch,wich} {aukha,aukhi,aukhaai,taklif,dikkat}",
        "{hafaro,haafaro,hafro,haafro,hafar} {chade,chadhe,chadhyo,chade che,chadi jay,chadhi jaay,aave}",
        "{usah,usaah,uxah} {lobot,loaat,lobo} {kosto,koshto,kasta,kashta,osubidha}",
    )),
    "chest_pain_pi": Sign(("chest pain",), (
        # Assamese "bukut bish"; Nepali "chhati dukhyo"; Punjabi "chhaati ch peed"; Konkani "chhatit dukota";
        # Kashmiri "seenas manz dod"; Mizo "awm a na"
        "{bukut,bukur,bukot,buku} {bish,bix,bikh,bis,bhix} {hoise,kore,koriche,ase,}",
        "{chhati,chhaati,chati,chaati} {ma ,}{dukhyo,dukhchha,dukheko,dukhiraheko,dukhirahechha,gahrungo,bhariyo}",
        "{chhati,chhaati,chati,seena,sina} {ch,vich,wich} {bahut ,bohat ,}{peed,pid,peerh,dard,bhaar,dukh}",
        "{chhatit,chatit,chhatin} {dukota,dukhta,dukh,dukhpa}",
        "{seenas,seenus,sinas,seenas manz} {manz ,}{dod}",
        "awm {a na,na}",
    )),
    "blue_lips_pi": Sign(("cyanosis",), (
        # Nepali "oth nilo"; Assamese "uth nila"; Punjabi "bull neele"; Gujarati "hoth jaamli"; Konkani "onth nilo"
        "{oth,othh,onth,hoth,honth,bull,bullh,uth,othot,thonth} {nilo,nila,neela,neelo,nile,neele,nili,neeli,"
        "nila,jamli,jaamli,jamuni,jambli,jaambli,baingani} {bhayo,bhaeko,bhaisakyo,bhairaheko,hoi gol,hoise,"
        "ho gaye,pai gaye,pe gaye,thai gaya,padi gaya,padya,zale,zalo,ho gele,hoi gel,}",
    )),
    # --- bleeding ---
    "blood_vomit_pi": Sign(("vomiting",), (
        # Assamese "tez bomi" (tez: blood); Nepali "ragat bantaa"; Gujarati "lohi ni ulti"; Punjabi "khoon di ulti";
        # Urdu "khoon ki qai"; Sindhi "rat ji ulti"; Konkani "ragtachi okti"; Kashmiri "rath qai"
        "{tez,tezor,tejor} {bomi,bami,bomit,bomi korise,bomi hoise}",
        "ragat {ko ,}{bantaa,banta,baanta,bantha}", "{bantaa,banta,baanta} {ma,sanga} ragat",
        "lohi {ni,no,ni ek} {ulti,ultee,ulatee,vomit}", "{ulti,ultee} {ma,maa} lohi",
        "{khoon,lahu} di {ulti,ultee}", "{ulti,ultee} {ch,vich,wich} {khoon,lahu}",
        "khoon ki {qai,kai,qae,qay}", "{qai,qae} {mein,me} khoon",
        "{rat,ratu} ji {ulti,ultee,qai}", "{ragtachi,ragatachi,ragtachem,rogtachi} {okti,vokot,ulti,okot}",
        "rath {chhu ,}{qai,dav}",
    ), flag="haematemesis"),
    "blood_cough_pi": Sign(("coughing blood",), (
        # Assamese "kahot tez"; Nepali "khoki ma ragat"; Punjabi "khangh naal khoon"; Gujarati "khaansi ma lohi";
        # Urdu "khoon thookna"
        "{kahot,kahor logot,kahe logot,kasot} {tez}", "khoki {ma,sanga,sangai} ragat",
        "{khangh,khang,khaangh} {naal,nal,ch,vich,wich} {khoon,lahu}",
        "{khaansi,khansi,khasi,khaasi} {ma,maa,sathe,saathe} lohi", "lohi {padti,pade,aave} {khaansi,khansi}",
        "khoon {thookna,thookta,thookti,thooka,thuka,thukda,thukdi,thook raha,thook rahi,thukeya}",
    )),
    "black_stool_pi": Sign(("blood in stool",), (
        # Nepali "kalo disa"; Gujarati "kaalo jhaado"; Assamese "kola paikhana"; Punjabi "kaali tatti"
        "{kalo,kaalo} {disa,dissa}", "{disa,dissa} {kalo,kaalo}",
        "{kalo,kaalo,kala,kaala} {jhado,jhaado,zado,zaado}",
        "{kola,kolaa} {paikhana,pokhana,paikhaana}",
        "{kaali,kali} {tatti,tattee,potty}",
    )),
    "heavy_bleeding_pi": Sign(("bleeding",), (
        # Nepali "dherai ragat bagyo"; Punjabi "bahut khoon vag reha"; Gujarati "bahu lohi jaay che", "lohi bandh
        # thatu nathi"; Assamese "bohut tez golise"; Konkani "chodd ragat vetta"
        "{dherai,dherei,ekdam dherai,dherai nahi} ragat {bagyo,bagdai,bagirakheko,bagirahyo,gayo,jadai,aayo,bagchha}",
        "ragat {rokiyena,rokidaina,thamidaina,thaamidaina,bagirahyo,bagi rahyo}",
        "{bahut,bohat,bahot,bauhat} {khoon,lahu} {vag,wag,vagg} {reha,riha,gaya,gya,raha}",
        "{khoon,lahu} {vagda,wagda,vag reha} {band ,bandh ,}{nahi,ni} {hunda,ho reha,hoya}",
        # Punjabi "khoon nahi rukda" (the bleeding does not stop), and its other order
        "{khoon,lahu,lahoo} {nahi,ni,nai,nhi} {rukda,rukdi,ruk reha,ruk riha,ruk rea,thamda,thambda}",
        "{khoon,lahu,lahoo} {rukda,rukdi,ruk} {nahi,ni,nai,nhi} {reha,riha,rea,}",
        "{bahu,ghanu,ghanu badhu,khub} lohi {jaay,jay,jaay che,jay che,vahe,vahe che,pade,pade che,nikle,gayu,gyu}",
        "lohi {bandh,band} {nathi thatu,thatu nathi,thati nathi,nathi thati}",
        "{bohut,bhalekhini,bhal khini} {tez} {golise,olaise,jai ase,ulaise}",
        "{tez} {bondho,bondh} {hoi nahi,nohoi,nuhuwa}",
        "{chod,khub} {ragat,ragot,ragt} {vetta,vochta,gelam,vhanvta,vhanta}",
    ), severity="severe", flag="heavy_bleeding"),
    "bleeding_below_pi": Sign(("vaginal bleeding",), (
        # bleeding "from below" in pregnancy: Nepali "tala bata ragat", Gujarati "niche thi lohi", Punjabi "thalle ton
        # khoon", Assamese "tolor pora tez"
        "tala {bata,dekhi} ragat {bagyo,aayo,jadai,bagdai,gayo,bagchha,jaanchha}",
        "{niche,neeche,nichethi} thi lohi {jaay,jay,pade,padyu,padtu,vahe,aave,aavyu,gayu}",
        "{thalle,thale,thallon} {ton,to} {khoon,lahu} {aa reha,aaya,vag reha,gaya,pai gaya}",
        "{tolor,tolot,tolote} {pora ,}{tez} {ulaise,olaise,jai ase,gol,golise}",
    )),
    # --- pregnancy and the newborn ---
    "waters_broke_pi": Sign(("vaginal discharge",), (
        # Nepali "paani phutyo"; Gujarati "paani ni thaili fati", "niche thi paani padi gayu"; Punjabi "paani di thaili
        # phatt gayi"; Assamese "pani bhangil"
        "{pani,paani} {phutyo,futyo,phuteko,futeko,phutyo re}",
        "{paani,pani} {ni,di,ki,wali} {thaili,thelli,kothli,kothali} {fati,phati,futi,phuti,phat gayi,phat gayi,"
        "fatt gayi,fat gayi,fati gai,fati gayi,futi gai}",
        "{niche,neeche,nichethi} thi {paani,pani} {padi gayu,padvu,pade che,padi gyu,padyu,jaay,jay,aave,vahe}",
        "{pani,paani} {bhangil,bhangise,bhagil,bhangi gol}",
    ), flag="ruptured_membranes"),
    "baby_not_feeding_pi": Sign(("unable to drink",), (
        # Nepali "dudh chusdaina"; Punjabi "dudh nahi chunghda"; Gujarati "dhavtu nathi"; Assamese "gakhir nakhai"
        "{dudh,doodh,dudu} {chusdaina,chusdain,chusna sakdaina,chusdaina re,khadaina,khaudaina,piudaina,tandaina}",
        "{dudh,doodh} {nahi,ni} {chunghda,chungda,chunghdi,chungdi,chung reha,peenda,pee reha,pee rahi}",
        "{dhavtu,dhavto,dhavti,dhavatu,dhavvanu,dhavadatu} {nathi,nathi re,bandh}",
        "{gakhir,gakhiru,buku} {nakhai,nakhay,nakhuwa,khuwa nahi,tanibo pora nahi,najai}",
        "{paani,pani} {piudaina,piuna sakdaina,khuwa nahi,khabo pora nahi,nakhai}",
        "{paani,pani} {nahi,ni} {peenda,pee sakda,pee sakdi,pee reha}",
        "{paani,pani,dudh,doodh} {pitu,piti,pito,pi shaktu,pi shakto} nathi",
    )),
    "cold_body_pi": Sign((), (
        # a body gone cold (a cold baby, IMCI): Nepali "jiu chiso bhayo", Gujarati "sharir thandu padi gayu",
        # Punjabi "sareer thanda pai gaya", Assamese "gaa sesa hoi gol"
        "{jiu,jeeu,sharir,haat khutta} {chiso,chisso} {bhayo,bhaeko,bhaisakyo,bhairaheko}",
        "{sharir,sarir,sharir aakhu,aakhu sharir,aakhu sarir} {thandu,thando,thandun} {padi gayu,padi gyu,pade che,"
        "thai gayu,thayu,che}",
        "{sareer,sarir,jism,pinda} {thanda,thanda thaar} {pai gaya,pe gaya,ho gaya,ho gya,pai gya}",
        "{gaa,ga,gaato} {sesa,secha,chechaa,sechaa,thanda} {hoi gol,hoise,hol,lagise}",
    ), flag="cold_baby"),
    # --- poisons, bites, stings ---
    "poison_pi": Sign(("poisoning",), (
        _POISON + " " + _SWALLOWED,
        "tur {a ei,a in,ei}",
        # pesticide: "khet wali dawa", "khetar ni dava", "spray pee layi", "sulphas kha layi"; kerosene: Gujarati
        # "ghaslet", Nepali "mattitel"; rat poison: "undar maravani dava", "musa marne bish"
        "{khet wali,khetar ni,khet ki,khet di,khet ni,fasal wali,fasal di,keetnashak,jantunashak,"
        "keeda maar,kida maar,keede maar,spray wali,phasal ni,pak ni} {dava,dawa,dawai,dawaai,goli,goliyan,"
        "aushadhi,ausadhi} " + _SWALLOWED,
        "{spray,sulphas,salphas,celphos,selfos,thimet,monocrotophos,endosulfan,tik twenty,tick twenty} " + _SWALLOWED,
        "{ghaslet,ghasleti,mattitel,matitel,kerasin,kerasin tel,kerosin,kerosene,mitti tel} " + _SWALLOWED,
        "{undar,undir,musa,muso,endur,indur,uidur,chuha,chuhe,chuhon,choohe} {maravani,maarvani,marvani,"
        "marne,mora,maar,mar,maarne,mari,maran} {dava,dawa,dawai,goli,aushadhi,ausadhi,bish,bih,zeher,jher} "
        + _SWALLOWED,
    )),
    # a poison's name and the resolve to end it all by it, in Hindi and Punjabi ("spray pee ke sab khatam kar dena",
    # "sulphas kha ke khud ko khatam kar dunga"): a method named is a plan (C-SSRS), whether or not it is done yet
    "poison_plan_pa": Sign(("suicidal thoughts",), (
        "{spray,zeher,zehar,jahar,sulphas,celphos,ratol,keetnashak} {pee,pi,kha,khaa} {ke,kar} {sab,apne aap nu,"
        "apne aap ko,khud nu,khud ko} {khatam,mukka} kar {dena,deni,dunga,dungi,dega,degi,lena,deyanga,deyangi}",
    ), flag="suicide_plan"),
    "snake_bite_pi": Sign(("snake bite",), (
        _SNAKE + " {ne ,le ,ni ,in ,in a ,na ,}" + _BIT,
        "{sapp,sap,saanp,sanp,saap} {lad,ladh,larh,lar} {gaya,gya,geya,gea}",  # Punjabi "sapp lad gaya"
    )),
    # Bhojpuri and Maithili: a snake seen ("saanp dekhlas", "saanp dekhal gel") is watched for a krait's painless bite
    # (rules_complaints.snake_nearby); "katlas na", "kaatlak nai" (it did not bite) deny the bite, with "na" after
    # the verb as these languages put it
    "snake_seen_bh": Sign((), (
        "{saanp,sanp,saap,sap,saamp} {dekhlas,dekhlak,dekhlakai,dekhli,dekhle,dekhal,dekhlon,dekhalon,dekhni,dekhnin,"
        "dekhlin,dikhal,dikhlak,dekhal gel,dekhai del,dekhai dihlas,dekhai delak,lauke,laukal,deklas}",
    ), flag="snake_nearby"),
    "snake_no_bite_bh": Sign(("snake bite",), (
        "{katlas,katlak,kaatlas,kaatlak,katlakai,kaatlakai,katli,kaatli,katle,kaatle,kaatal,katal,kaat lihlas,"
        "kaat lelak,kaat lelkai,katlis,kaatlis} {na,nai,nahi,nahin,ni,naa,na hai,na ba}",
        "{na,nai,nahi,nahin} {katlas,katlak,kaatlas,kaatlak,katlakai,kaatlakai,katli,kaatli,kaatal,katal,katlis}",
    ), negated=True),
    # a Bhojpuri or Maithili "it bit" with no animal named: with a snake seen, its bite (rules.snake_nearby_signs)
    "bite_verb_bh": Sign((), (
        "{katlas,katlak,kaatlas,kaatlak,katlakai,kaatlakai,kaatal,katlis,kaatlis,kaat lihlas,kaat lelak,kaat lelkai,"
        "kaat lehlas,kaat delas,kaat delak}",
    ), flag="bite_on_limb"),
    "dog_bite_pi": Sign(("dog bite",), (
        _DOG + " {ne ,le ,ni ,in ,in a ,na ,}" + _BIT,
    )),
    "scorpion_pi": Sign((), (
        _SCORPION + " {ne ,le ,ni ,in ,na ,}" + _BIT,
        _SCORPION + " {ne ,le ,ni ,na ,}" + _STUNG,
    ), flag="scorpion_sting"),
    # --- drowning, falls, burns ---
    "drowned_pi": Sign((), (
        # Nepali "pani ma dubyo"; Assamese "panit dubi gol"; Gujarati "kuva ma dubi gayo"; Punjabi "nehar ch dubb
        # gaya"; Bhojpuri "pokhra mein dub gail"; Chhattisgarhi "nadi ma bud ge"; Konkani "udkant budlo"
        "{pani,paani,khola,pokhari,kuwa,nadi,kuva,kuvaa,tanki,hoj,nahar,khu,tobe,toba,pokhra,pokhri,"
        "talab,dabri,nadiya,bandha,kunda} {ma,maa,mein,me,ch,vich,wich} {dubyo,dubeko,dubi gayo,"
        "dubi gayi,dubi gayu,dubi gyo,dubera,doobi gayo,doob gaya,doob gayi,dub gaya,dub gya,doob gya,dub gail,"
        "doob gail,dub gel,dub gelai,dub gelak,dub ge,bud ge,bud gis,budge,bud gaye,buri gel}",
        "{panit,pukhurit,nodit,bilot,pukhuri} {dubi gol,dubil,dubise,dubi,dubi gaise}",
        "{udkant,udkan,tollean,hollear,vhollant} {budlo,buddlo,bhudlo,budli}",
    ), flag="drowning"),
    "fell_from_height_pi": Sign(("fall",), (
        _TREE_OR_ROOF + " " + _FELL_FROM,
        # Kannada and Telugu: "marada mele inda biddu", "chettu meeda nunchi paddadu"
        "{marada,mara,marada mele,chettu,chettu meeda,chettu paina,mane mele,terrace} {inda,ninda,nunchi,nundi,"
        "meeda nunchi} {biddu,biddaru,bidda,biddidaare,paddadu,padipoyadu,padipoyindi,paddaru}",
    ), flag="fall_from_height"),
    "burn_pi": Sign(("burn",), (
        # Nepali "aago le polyo"; Assamese "juit pudil"; Gujarati "dajhi gayo"; Punjabi "agg naal sarh gaya";
        # the Bihari and Chhattisgarhi "jar gail", "jar ge"
        "{aago,aagole,aago le,aagoma,tato pani,taato pani,tato pani le,taato pani le,tato tel,tato dudh,chiya} "
        "{polyo,poleko,polera,polyo ni,le polyo}",
        "{jui,juit,jwi,juye} {pudil,pudile,puri gol,pori gol,puri gaise,jolil,pudise}",
        "{dajhi,dazhi,daajhi,daazhi,dajhyo,dajhya,dajhayu,dajhai,dajhaai,daazyo} {gayo,gayi,gayu,gaya,gyo,}",
        "{agg,aag} {naal,nal,ch,vich} {sarh,sarr,jal} {gaya,gayi,gya,gyi,geya}",
        "{garam,tatta,tatte,ubalde} {paani,pani,chaa,dudh,tel} {naal,nal} {sarh,jal} {gaya,gayi,gya,geya}",
        "{jar,jari,jair,jaral} {gail,gailas,gelai,gelak,gis,gelau,gelkai}",
        "{aag,aagi,aagee} {se,me,ma,mein,le} {jar,jari,jair} {ge,gail,gelai,gelak,gis,gaa}",
    )),
    # clothes caught fire at the hearth or the stove ("chunni nu agg lag gyi", "dupatte mein aag lag gayi", "her saree
    # caught fire"): a flame burn of the trunk, neck and arms, large and deep, one of the commonest fatal burns of women
    # in India; the flame is named with the cloth (a spark on a sleeve is told otherwise)
    "clothes_on_fire_pi": Sign(("burn",), (
        "{chunni,chunri,chuni,dupatta,dupatte,duppatta,duppatte,odhni,orhni,saree,sari,saadi,sadi,pallu,kapde,kapdeyan,"
        "kapdon,kameez,lehenga,ghaghra,nighty} {nu,ko,ch,vich,mein,me,main,nu vi,ko bhi} {agg,aag,ag} "
        "{lag gyi,lag gayi,lag gai,lagg gyi,lagg gayi,lag gaya,lag gya,lagi,lag gyi si,lag gayi thi,pakad li,"
        "pakad gayi,fad li,phad li,phadd layi,fad layi}",
        "{her,his,my,the} {saree,sari,dupatta,chunni,clothes,dress,nightie,nighty} {caught,catching} fire",
    ), flag="major_burn"),
    # --- stroke ---
    "paralysis_pi": Sign(("weakness",), (
        # Nepali and Konkani "pakshaghat", Assamese "pokhaghat", Punjabi "adhrang", Gujarati "lakvo", Konkani and
        # Marathi "ardhangvayu"
        "{pakshaghat,pakshyaghat,pokhaghat,pakhaghat,pokhaghaat}",
        "{adhrang,adhrung,adrang,adhrang da,adhranga}", "{lakvo,lakwo,lakva,lakvo maari gayo,lakvo thayo}",
        "{ardhangvayu,ardhangwayu,ardhangvaayu,ardhangavayu}",
    ), flag="focal_weakness"),
    "face_crooked_pi": Sign(("facial droop",), (
        # Nepali "mukh bangiyo"; Assamese "mukh beka hoi gol"; Punjabi "munh vinga ho gaya"; Gujarati "modhu vaanku
        # thai gayu"; Konkani "tond vankdo zalo"; Bhojpuri "munh terh ho gail"
        "{mukh,mukha} {bangiyo,bangieko,bangyo,bango bhayo,baango bhayo,baango bhaeko}",
        "{mukh} {beka,bekaa,bekka} {hoi gol,hol,hoise,hoi ase}",
        "{munh,muh,moonh,mooh,mooh da,munh da} {tedha,teda,vinga,vingaa,vingha,ding,terh,terha} {ho gaya,hoya,"
        "pai gaya,ho gya,ho gail,ho gel,ho gelai,ho gelak,hoi gaa,ho ge}",
        "{modhu,mondhu,modun,mhon,modu} {vaanku,vanku,vaanku chuku,vaakun,vaaku,vaankun} {thai gayu,thayu,thai gyu,"
        "thai gayun,padi gayu}",
        "{tond,thond} {vanko,vankdo,vaankdo,vakdo,vankddo} {zalo,zala,zalem,zalam}",
    )),
    "speech_lost_pi": Sign(("slurred speech",), (
        _SUDDENLY + " {bolna sakdaina,bolna sakena,bolna sakdain,bolna sakeko chhaina,bol nahi sakda,bol nahi sakda,"
        "bol ni sakda,bol nahi sakdi,bol ni sakdi,boli nathi sakto,boli nathi sakti,boli nathi shakto,"
        "boli nathi shakti,bolatu nathi,bolto nathi,bolti nathi,kotha kobo pora nahi,kotha kobo nuare,kotha nokoi,"
        "uloi nasakta,ulounk zaina,ulovpak zaina,boli band,bolti band,bolna band,boli gayi,zubaan band}",
    )),
    # --- dehydration ---
    "sunken_eyes_pi": Sign(("sunken eyes",), (
        "{aankha,aakha,ankha} {gadiyo,gadieko,gadiyeko,bhitra gayo,bhitra paseko,khaldo pareko}",
        "{aankho,ankho,aankh} {undi,andar,ander} {utri gayi,utari gayi,bese gayi,besi gayi,jati rahi,"
        "utri gai,besi gai}",
        "{akhan,ankhan,akhaan,akkhan} {andar,ander} {dhas,vadd,vad,dhans} {gayian,gaiyan,gaiyaan,gayiaan,"
        "gaiya,gayiyan}",
        "{sokhu,sakhu,chokhu,sukhu} {bhitoroloi,bhitorloi} {gol,hoi gol,soi gol,gaise}",
        "{dole} {bhitor,bhitar} {gele,gele re}",
    )),
    "no_urine_pi": Sign(("reduced urine",), (
        "{pisab,pishab} {aaudaina,aaudain,bhayena,rokiyo,bandh bhayo,banda bhayo,thorai}",
        "{pesab,peshab} {thato nathi,thatu nathi,aavto nathi,aavtu nathi,bandh thai gayo,ochhu,ochhi}",
        "{peshab,pishab} {nahi,ni} {aaya,aaunda,aunda,aa reha,aayi,aundi}",
        "{prosrab,proshrab,prosraab} {hoa nahi,nohoi,bondho,hua nahi,kom}",
    )),
    "diarrhoea_pi": Sign(("diarrhea",), (
        "{pakhala,pakhaala,jhada pakhala,jhaada pakhala}",
        "{pet sola,pet chola,pet xola,pet solise,pet chhola,pet solaise}",
        "{tattiyan,tattian} {lagg,lag} {gaiyan,rahiyan,payian,gaiya,gayian}",
    )),
    "vomiting_pi": Sign(("vomiting",), (
        "{bantaa,banta,baanta} {bhayo,garyo,garchha,aayo,garirahyo,garirahechha,bhairahechha}",
        "{bomi,bomit,bami} {korise,kori ase,hoise,hol,kore,koriche,kori ache}",
        "{okti,vokot,okot} {zali,zata,yeta,ailo,zatta,zaite}",
    )),
    # --- the mind ---
    "wants_to_die_pi": Sign(("suicidal thoughts",), (
        # Nepali "marna man lagyo", "aatmahatya"; Gujarati "mare marvu che", "aapghaat"; Konkani "morunk zai";
        # Assamese "moribo mon goise"; Urdu "khud kushi"; Mizo "intihlum"
        "{marna,mar na,marnu} {man lagyo,man chha,man lagchha,man laagyo,chahanchhu,chahanchha,khojyo,khojchha,"
        "khojeko,khoji}",
        "{marvu,marvun,mari javu,mari jaavu,mari javun} {che,chhe,chhu,chhe mare,chaahu chhu,chahu chhu}",
        "{aapghaat,apghat,aapghat,aap ghaat,apghaat}",
        "morunk {zai,jai,sodta,sodtam,sodtat,zai mhaka}",
        "{moribo,mori jabo,morim,moribo loi} {mon goise,mon jai,mon kore,bisaru,bichaaru,khujise,bisarise}",
        "{khudkashi,khud kushi,khudkushi}",
        "{intihlum,inthihlum,intithlum}",
    )),
    "hanging_pi": Sign(("suicidal thoughts",), (
        # Nepali "jhundiyo"; Punjabi "faaha la leya"; Gujarati "faanso khaadho"; Telugu "uri vesukunnadu"; Kannada
        # "neNu haakikondidda"
        "{jhundiyo,jhundiyera,jhundina khojyo,jhundyo,jhundeko,jhundiyeko,jhundina lageko,jhundiera}",
        "{faaha,phaaha,faha,phaha} {lai,lain,laina,le} {leya,lya,liya,laya,li,lei}",
        "{faanso,fanso,phaanso,faaso,fanslo,faanslo,fasho} {khadho,khaadho,khaadhyo,khavano,khai,khaava,khaai lidho}",
        "uri {vesukunnadu,vesukundi,veskunnadu,veskundi,vesukovalani,pettukunnadu,pettukundi,vesukobotunte}",
        "{nenu,neNu,nenu haaki} {haakikondidda,haakikondu,haakikolluttene,hakikondu,haakkondru,haakikondidlu}",
    ), flag="hanging_tried"),
    # --- meningitis, jaundice with confusion ---
    "stiff_neck_pi": Sign(("neck stiffness",), (
        "{ghanti,gardan,ghaati,ghaanti} {akadiyo,akadieko,kada bhayo,bangauna sakdaina}",
        "{dhaun,dhon,dhoun,gardan} {akad,akkad,akar} {gayi,gai,gyi,gayi ae,gayi hai}",
        "{gardan,garden,dok,dokh,dokun} {jakdai,jakdaai,akdai,akkdai,jakad,jakdaai gayi} {gayi,gai,gayu,gyu,che,}",
        "{dingi,ding,deengi} {tan,tanoti,tani,kothin,tan dhori} {hoi gol,hoise,dhorise,hol}",
    )),
    "fever_pi": Sign(("fever",), (
        "{jwaro,joro,jwaro aayo,jwaro chha,jwaro aako}", "jor {hoise,ahise,uthise,aahise,hol,hoi ase}",
        "{khawsik,khawsikna}", "{zor,zoro} {ailo,aila,yeta,asa}",
        "{taap,tap} {charhya,chadheya,chadh gaya,char gaya,chadhya}",
    )),
    "headache_pi": Sign(("headache",), (
        "tauko {dukhyo,dukhchha,dukheko,dukhiraheko,fatla jasto}", "{mur,murot} {bish,bix,bikh} {hoise,ase,kore,}",
        "{sir,sirr} {ch,vich,wich} {peed,pid,dard}", "{kalas,kalis} {dod}",
        "{tokli,toklek,tokle} {dukota,dukhta}", "lu {a na,na}",
    )),
    "blurred_pi": Sign(("blurred vision",), (
        "{dhamilo,dhamillo} {dekhinchha,dekhyo,dekhchha,dekhirahechha,bhayo}",
        "{jhankhu,zankhu,jhankhun} {dekhay,dekhaay,dekhai,dekhaay che,dekhay che}",
        "{dhundla,dhundhla,dhundla dhundla} {dikhda,disda,dissda,dikhdi,disdi}",
        "{sokut,sakut,chokut} {dhuniya,dhuwa,kuwasa,kuwoli} {dekhise,dekhu,lagise}",
    )),
    "jaundice_pi": Sign(("jaundice",), (
        "{aankha,aakha} {pahelo,pahelo bhayo,paheleko,pahelo bhaeko}", "{kamalpitta,kamalpit,kamalpitt}",
        "{sokhu,sakhu,chokhu} {halodhiya,haladia,holodhia,halodia} {hoise,hol,hoi gol,}",
        "{akhan,ankhan,akhaan} {peeliyan,pilliyan,peelian,pilian,peeli}",
        "{aankho,ankho} {pili,peeli,pilli} {che,thai gayi,padi gayi,}", "{kamlo,kamdo} {thayo,che,chhe,thai gayo}", "{yarqan,yaraqan}",
    )),
    "confused_pi": Sign(("confusion",), (
        # not knowing anyone: Nepali "kasailai chindaina", Punjabi "kise nu pehchaan nahi reha", Gujarati "koine
        # olakhto nathi", Assamese "kakoo sinibo pora nahi", Konkani "konnakuch volkhona"
        "{kasailai,kasaila,kaslai pani,kasai lai} {chindaina,chinena,chinna sakdaina}",
        "{kise nu,kisi nu,kisenu,kise nun} {pachhan,pehchaan,pachaan,pachhaan} {nahi,ni} {reha,rahi,"
        "karda,kardi,sakda}",
        "{koine,koi ne,koine pan} {olakhto,olakhti,olakhata,olkhato,olkhati,olakhatu,olkhatu} nathi",
        "{kakoo,kakou,kakuo,kakau} {sinibo,chinibo,sini} {pora nahi,nuare,nopare}",
        "{konnakuch,konnak,konnakui} {volkhona,volkhna,olkhona,volkhina}",
    )),
}
