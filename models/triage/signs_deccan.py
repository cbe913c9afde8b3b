"""Kannada and Telugu wordings (in Latin letters, and what script_deccan.py reads from their scripts) of symptoms and
danger signs, as a taluk casualty on the north Karnataka-Telangana border hears them: "hotte novu" / "kadupu noppi"
(belly pain), "usiru kattide" / "aayasam" (breathless), "jwara" / "jvaram" (fever), "chelu kacchide" / "thelu
kuttindi" (a scorpion stung), "illa" / "ledu" (not, context.py's negation cues, from DENIALS here).

Merged into signs.SIGNS. Most set symptoms only; a wording of a danger sign named elsewhere sets that sign's flag
(``sets``), so its rule reads it. Words that are other words in Hindi or English are used only inside a phrase:
"tale" (a story) only as "tale novu", "gaaya" never alone (Hindi "gaya", went), "kallu" (Telugu eyes, Kannada a
stone) only with what they do, "bidda" not at all (Kannada fell, Telugu a baby).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# Kannada "illa" (is not), Telugu "ledu", "levu", "ledhu" (is not, are not): after what they deny ("jwara illa",
# "vanthulu levu"). Not "kaadu" (Kannada: a forest) nor "alla" (Hindi: Allah).
DENIALS: Final = ("illa", "illla", "ila", "ledu", "ledhu", "levu", "levhu", "leru")

# Everyday Kannada and Telugu words the spelling corrector must leave as they are (normalise.py): numbers, time,
# family, quantities, the verbs of telling. Without them "rendu" (two) was read "red", "roju" (day) "roz".
EVERYDAY: Final = frozenset("""
ondu eradu mooru naalku aidu aaru elu entu ombattu hattu dina dinadinda dinagalinda dinagalu vaara vaaradinda
tingalu tingala tingalinda varsha varshada varshagalinda gante ganteyinda ninne ivattu naale beligge belagge
raatri saayankaala magu maga magalu mommaga mommagalu ajji ajja amma appa akka anna tamma tangi ganda hendati
tumba swalpa jaasti kammi aagide bandide hogide bandiddini eega aaga mattu matte kooda chennagi sariyaagi antaare
heltaare mugidide mugidive mugidhide mugiditu mugidittu mugdide hinde munche okati rendu moodu naalugu enimidi tommidi padi roju rojulu rojula rojuluga vaaram vaaralu vaaramu nela
nelalu nelala samvatsaram yedaadi yellu ganta gantalu gantala ninna ivaala repu poddunne saayantram papa babu
pillodu pilla ammayi abbayi nanna thatha ammamma nanamma bharta bhaarya chala konchem ekkuva takkuva undi unnadu
unnayi vachindi ippudu kuda nunchi nundi varaku tarvata taruvata baaga antundi antunnadu cheptundi intlo
""".split()) | frozenset((
    # Hindi and English words one letter from a word here, that would be "corrected" into it: "chelo" (let's go) and
    # "thela" (a cart) are no scorpion ("chelu", "thelu"), "jwala" (a flame) no fever, "kerala" no itch ("kerata"),
    # "gaayab" (gone) no wound, "daga" (betrayal) and "daag" (a stain) no cough ("dagu")
    "chelo", "chela", "cheli", "chele", "thela", "thele", "thelo", "jwala", "kerala", "gaayab", "gayab", "daga",
    "dagi", "daag", "vanta", "havo", "tella",
    # and Marathi, Odia, Hinglish words: "mooche" (a moustache) is no fainting ("moorche"), "bebi" (a baby) no
    # diarrhoea ("bedi"), "sakali" (morning) no hunger ("aakali"), "varti" (on) no vomiting, "inka" (more) no "inda"
    "mooche", "moochh", "moochhe", "bebi", "sakali", "varti", "inka"))

# Kannada "novu" (pain), Telugu "noppi", "noppulu", "noppiga" (pain, pains, painful)
_PAIN = "{novu,noovu,nov,noppi,noppulu,noppiga,noppi ga,nopi,noppu}"
_IN = "{lo ,alli ,li ,dalli ,ge ,ki ,}"  # Telugu "lo", Kannada "alli"/"dalli"/"li" (in), "ge"/"ki" (to)
_MUCH = "{tumba ,bahala ,jaasti ,chala ,ekkuva ,gattiga ,swalpa ,konchem ,}"
_HEAD = "{tale,tala,thale,thala}"
_BELLY = "{hotte,hotteli,hottey,kadupu,kadupulo,kadupu lo,potta}"
_CHEST = "{ede,edhe,yede,chaati,chaathi,chaatee,chhaati,chhaatee,gunde,gundelo,gunde lo,rommu}"
_BACK = "{sonta,sonte,bennu,nadumu,nadum,veepu,naDu,nadu}"
_LEG = "{kaalu,kaal,kaallu,kaalla,kalu,kaali}"
_KNEE = "{monakaalu,monakaal,mandi,mokalu,mokallu,mokaalu,mokalla,mokali}"
_EYE = "{kannu,kaNNu,kannugalu,kallu,kandlu}"
_EAR = "{kivi,kiwi,chevi,chevilo,chevi lo}"
_THROAT = "{gantalu,gantlu,gontu,gonthu,gontulo,gontu lo}"
_TOOTH = "{hallu,pannu,pallu,pallulo}"
_URINE = "{mootra,mootram,mutra,mutram,moothra,moothram,uccha,uchche}"
_SCORPION = "{chelu,cheLu,chelina,thelu,thelu,tellu}"
_STUNG = ("{kacchide,kachchide,kacchitu,kachchitu,kadita,kaditha,kadidide,kuttindi,kuttesindi,kutti,kuttadu,"
          "kuttinadi,kutindi,kaatu,kaatesindi,kutchide,hodeditu,kutuku,kuttitu}")
_SNAKE = "{haavu,havu,hauvu,paamu,pamu,naagu paamu,nagu pamu,kattla paamu,kattu haavu,naagara haavu}"
_BITTEN = ("{kachchide,kacchide,kachchitu,kacchitu,kadita,kaditha,karichindi,karisindi,kaatu,kaatesindi,"
           "kaatindi,karichinadi,kaatu vesindi}")

DECCAN_SIGNS: dict[str, Sign] = {
    # --- pain named by where it hurts ---
    "head_hurts_kt": Sign(("headache",), (
        _HEAD + " " + _MUCH + _PAIN, "{talenovu,talanoppi,thalanoppi,thalenovu,talanovu}",
        _HEAD + " {bhaara,baruvu,bhaari,bigi}",
    )),
    "belly_hurts_kt": Sign(("abdominal pain",), (
        _BELLY + " " + _MUCH + _PAIN, "{hottenovu,kadupunoppi}", _BELLY + " {uri,manta,mantaga,urithide,uriyuttide}",
        _BELLY + " {kinda,kelage,mele,meeda,paina} {gattiga ,}{noppi,novu,bhaara,baruvu}",
        "{hotte,kadupu} {mele,paina} {bhaara,baruvu}",
    )),
    "chest_hurts_kt": Sign(("chest pain",), (
        _CHEST + " " + _MUCH + _PAIN, "{edenovu,edhenovu,gundenoppi,chaatinoppi}",
        "{ede,edhe,yede,chaati,chaathi,gunde} {bhaara,bhaari,baruvu,bigi,pattesindi,pattindi,hididanthe}",
    )),
    "back_hurts_kt": Sign(("back pain",), (_BACK + " " + _MUCH + _PAIN, "{sontanovu,nadumunoppi,nadumu noppulu}")),
    "leg_hurts_kt": Sign(("leg pain",), (_LEG + " " + _MUCH + _PAIN, "{kaalunovu,kaalunoppi}")),
    "knee_hurts_kt": Sign(("knee pain",), (_KNEE + " " + _MUCH + _PAIN, "{mokalla,mokallu} {noppulu,noppi}")),
    "joint_hurts_kt": Sign(("joint pain",), ("{gantu,keelu,keellu,keella,kilu} " + _MUCH + _PAIN,
                                             "{gantu novu,keella noppulu,keellu noppulu}")),
    "eye_hurts_kt": Sign(("eye pain",), (_EYE + " " + _IN + _MUCH + _PAIN,)),
    "ear_hurts_kt": Sign(("ear pain",), (_EAR + " " + _IN + _MUCH + _PAIN,)),
    "throat_hurts_kt": Sign(("sore throat",), (
        _THROAT + " " + _MUCH + _PAIN, "{gantalu,gontu,gonthu} {kerata,giragira,gara gara,garagara,nippi,manta}",
    )),
    "tooth_hurts_kt": Sign(("toothache",), (_TOOTH + " " + _MUCH + _PAIN, "{hallunovu,pannunoppi}")),
    "body_aches_kt": Sign(("body ache",), (
        "{mai kai,maikai,mai,ollu,vollu,ollantha,vollantha,body} " + _MUCH + "{novu,noppulu,noppi,novvu}",
    )),
    "wrist_hurts_kt": Sign(("wrist pain",), ("{manikattu,mungai,mani kattu} " + _MUCH + _PAIN,)),
    # --- everyday symptoms ---
    "fever_kt": Sign(("fever",), (
        "{jwara,jvara,jwaram,jvaram,jwaramu,jvaramu,jwarama,jvarama,jwar,jvar}",
        "{chali jvaram,chali jwaram,chali jwara,chali jvara}",
        "{mai,ollu,vollu,body} {bisi,vedi,vedi ga,vediga} {ide,ittu,undi,aagide,aagittu,ga undi}",
        "vedi ga undi", "vediga undi", "{mai,ollu,vollu} {bisi,vedi}",
    )),
    "cough_kt": Sign(("cough",), ("kemmu", "kemmuttide", "kemmutta", "dagu", "daggu", "dhaggu", "dhagu",
                                  "dagguthunnadu", "dagguthundi")),
    "vomiting_kt": Sign(("vomiting",), (
        "vanti", "vaanti", "vanthi", "vaanthi", "vanthulu", "vaanthulu", "vantulu", "vaantulu", "vamtulu",
        "{vanti,vaanti} {aaytu,aagide,maadide,maadtide,aagtide}", "{vanthi,vanthulu} {chesukundi,chestundi}",
    )),
    "nausea_kt": Sign(("nausea",), ("vaakarike", "vakarike", "vikaaram", "vikaram", "vikaramga", "vaamti bandanthe")),
    "diarrhoea_kt": Sign(("diarrhea",), (
        "bedi", "bhedi", "bedhi", "bhedhi", "virechanalu", "virechanam", "neella virechanalu", "neeLLa bedi",
        "{palachani,palachati,pala chani,neella} {motions,motion,viluvu}", "{nirina,neerina} bedi",
    )),
    "breathless_kt": Sign(("shortness of breath",), (
        "aayasam", "ayasam", "aayaasam", "ayaasam", "aayasamga", "ayasamga", "ayasam ga", "aayasam ga",
        "usiru {kattuvudu,kattide,kattitu,kattutte,kattutide,kashta,kastha,aadtilla}",
        "{usirata,usiraata} {kashta,tondare}", "usiru eleyoke kashta",
        "oopiri {aadatledu,adatledu,kashtam,kashtamga,teesukolekapotunnadu,teesukolekapotundi,andatledu}",
        "{swasa,shwasa} {kashtam,aadatledu}",
    )),
    "fast_breathing_kt": Sign(("fast breathing",), (
        "usiru {fast,joragi,jor,jorr,tumba jor,bega,bega bega,fast fast,fast-fast}",
        "{fast ga,vegamga,vegam ga,speed ga,twaraga} oopiri", "oopiri {fast ga,vegamga,vegam ga,speed ga}",
    )),
    "sweating_kt": Sign(("sweating",), ("bevaru", "bevru", "bevaru bartide", "chemata", "chematalu",
                                       "chemata pattindi", "chematalu pattayi", "chemata vastundi", "thanda bevaru",
                                       "tannane bevaru")),
    # cold hands and feet (shock): "chethulu challaga", "kai kaalu tannage"
    "cold_limbs_kt": Sign((), (
        "{chethulu,chetulu,kaallu,kaallu chethulu,chethulu kaallu,kai kaalu,kaalu kai,kaikaalu} "
        "{challaga,challa ga,challabaddayi,tannage,thannage,thanda,tanna} {unnayi,undi,aagive,aagide,ive,}",
    ), flag="shock_signs"),
    "dizzy_kt": Sign(("dizziness",), (
        "tale {suttu,suttutte,suttuttide,suttidantaagutte,tirugutte,tirugutide}", "talesuttu",
        "{kallu,kaLLu,tala} {tirugutunnai,tirugutunnayi,tirugutundi,tirugutunnadi,tirigindi,tiruguthunnayi}",
        "kallu tirugu", "kalla tirugudu",
    )),
    "fainted_kt": Sign(("loss of consciousness",), (
        "{moorchhe,moorche,murche,moorchhe hodru,moorche hoda} {hodaru,hodru,hogidaare,bandide,aada,aadaru,}",
        "echchara {tappitu,tappida,tappidaru,illa,illade}", "{prajne,pragne} {tappitu,illa}",
        "{spruha,sprha} {tappindi,tappadu,kolpoyadu,kolpoyindi,ledu,leka}",
    )),
    "fits_kt": Sign(("seizure",), (
        "fits {bandide,bantu,bandittu,vachindi,vachayi,vastunnayi,vastundi}", "{apasmara,moorcha vyadhi,moorchhe roga}",
        "{kai kaalu,kaalu kai,kaallu chethulu,chethulu kaallu} {kottukuntunnadu,kottukuntundi,eLeyuttide,"
        "aadisuttide,jerk}",
    )),
    "drowsy_kt": Sign(("lethargy",), (
        "{kannu,kaNNu} {bidodu,biDodu,bidoke} kammi", "{kannu,kaNNu} {bidtilla,bidtaane illa}",
        "sariyaagi {eddilla,elta illa,eLtilla}", "{mattuga,mathuga} {undi,unnadu,padukunnadu,padukundi}",
        "nidrapotundi anthe", "nidrapotunnadu anthe", "{lepithe,lepina} {lestaledu,lesthaledu,levadam ledu}",
        "{jompu,jOmpu} {hatthide,hattide}",
    )),
    "tired_kt": Sign(("fatigue",), ("sustu", "susthu", "suste", "neerasam", "nirasam", "nirasanga", "neerasanga",
                                    "nishakti", "alasata", "aayasa aagutte")),
    "cold_nose_kt": Sign(("runny nose",), (
        "{moogu,mukku} {soritide,sorutte,soruttide,kaarutundi,kaarutondi,kaaradam}", "jalubu", "neggadi", "sheeta",
        "{shita,sheetha}",
    )),
    "blocked_nose_kt": Sign(("nasal congestion",), ("{moogu,mukku} {kattide,kattutte,mooskupoyindi,moosukupoyindi,"
                                                     "block}",)),
    "sneezing_kt": Sign(("sneezing",), ("{seenu,seenuvudu,tummulu,tummu,tummulu vastunnayi}",)),
    "itching_kt": Sign(("itching",), ("turike", "turika", "kerata", "durada", "duradalu", "dhurada", "dhuradalu",
                                      "kundi turike", "kundi turika", "mai ella khujli")),
    "rash_kt": Sign(("rash",), ("{erupu,kempu,chinna,erra} pokkulu", "pokkulu", "dadurlu", "{kempu ,}gulle",
                                "{kempu,erupu} {gullegalu,macchalu,machalu}")),
    "swollen_kt": Sign(("swelling",), (
        "bavu", "baavu", "bavu bandide", "baavu bandide", "vaapu", "vapu", "vaapu vachindi", "vaapulu",
        "{oodkondide,oodikondide,ood kondide,oodide,ubbide,ubbikondide,ubbindi}",
        "{gadda,gaDDe,gadde}",
    )),
    "swallow_hard_kt": Sign(("difficulty swallowing",), (
        "{nunglokke,nungalu,nungoke,nunglakke} {aagtilla,aagalla,kashta,kastha}",
        "{mingadam,mingadaniki,minguta,minga} {kashtam,ibbandi,kastham,raavatledu,ledu}",
        "mingalekapotunnadu", "mingalekapotundi",
    )),
    "blurred_kt": Sign(("blurred vision",), (
        "{kannu,kaNNu,kannugalu,kallu} mabbu", "mabbu mabbagi", "{kallu,kannu} masaka", "masaka masaka",
        "masakaga", "masaka ga", "{kaNNu,kannu} {kaanistilla,kaaNistilla,sariyaagi kaanistilla}",
    )),
    "lost_appetite_kt": Sign(("loss of appetite",), (
        "aakali {ledu,veyyatledu,veyatledu,takkuva}", "{hasivu,hasive} {illa,aagalla,aagtilla,kammi}",
        "{annam,bhojanam,oota} {tinadu,tinatledu,tinatam ledu,maadtilla,beda antaane,beda antaale}",
    )),
    "weight_lost_kt": Sign(("weight loss",), ("baruvu {taggindi,taggadu,taggipoyindi,takkuva}",
                                              "{tooka,toka} {kammi,kammi aagide,ilidide}")),
    "sleepless_kt": Sign(("insomnia",), (
        "{nidde,nidre} {barolla,bartilla,baralla,illa}", "nidra {pattatledu,raavatledu,ravatledu,ledu,levadu}",
    )),
    "sunken_eyes_kt": Sign(("sunken eyes",), ("{kannu,kaNNu,kallu} {gundi,gunDi,gunde,lotu,lotuga,lopaliki}",)),
    "thirsty_kt": Sign(("excessive thirst",), ("{gata gata,gaTa gaTa} {kudiyutte,kudeetide,taagutundi}",
                                               "{daaham,dappika,baayarike} {ekkuva,jaasti}")),
    "jaundice_kt": Sign(("jaundice",), ("{kaamale,kamale,kamerlu,kaamerlu,pachcha kamerlu,pacha kamerlu}",)),
    "palpitations_kt": Sign(("palpitations",), (
        "{gunde,gunDige,gundige,ede} {dadaga,dada dada,dhak dhak,jor,joragi,badithide,kottukuntundi,"
        "vegamga kottukuntundi,fast ga kottukuntundi}",
    )),
    "blue_lips_kt": Sign(("cyanosis",), ("{tuti,tuTi,tutigalu,pedavulu,pedhavulu} {neeli,neelam,neelamga,neelam ga,"
                                          "neeli aagide,neeli bannu,nalupu}",)),
    "neck_stiff_kt": Sign(("neck stiffness",), ("{kutthige,kuttige,meda} {bigi,bigidide,bigusuku,bigusukupoyindi,"
                                                 "pattesindi,tirugatledu}",)),
    "face_droop_kt": Sign(("facial droop",), (
        "{baayi,mukha,moham,mokham,nooru,mooti} {ondu kade,okavaipu,oka vaipu,oka pakkaku} "
        "{vaalide,vaaride,vankara,vankaraga,jaaride,tirigindi,vaalipoyindi}",
    )),
    "arm_wont_lift_kt": Sign(("weakness",), (
        "{balagai,edagai,kai,kaiyi,cheyyi,kudi cheyyi,edama cheyyi} {ettoke,ettokke,ethoke,lepalekapotunnadu,"
        "lepalekapotundi} {aagtilla,aagalla,aagta illa,}",
        "{ondu kade,oka vaipu,okavaipu} {kai kaalu,kaalu kai,cheyyi kaalu,kaalu cheyyi} {biddide,padipoyayi,"
        "paDipoyindi,chalane illa,sattu hogide}",
        "{pakshavata,pakshavaata,paksha vaatham,pakshavatham,lakva}",
    ), flag="focal_weakness"),
    "slurred_kt": Sign(("slurred speech",), (
        "{maatu,maata,matalu} {thick,todaru,todarutide,mudda,muddaga,tadabadutundi,sariga raavatledu,"
        "sariyaagi bartilla,baratilla,thick aagide}",
    )),
    "confused_kt": Sign(("confusion",), (
        "{emi,yemi} {matladutunnaro,maatladutunnaro} ardham {kavatledu,kaavatledu}",
        "{pichi pichi ga,pichchi pichchiga,ulta palta,ulTa palTa} {matladutunnadu,matladutundi,maatadtaare,"
        "maataadtaare,maatadtidaane}",
        "{gurthu,gurtu,guruthu} {pattatledu,pattadam ledu,hidiyuttilla,sigtilla}",
    )),
    "low_mood_kt": Sign(("low mood",), ("edupu vastundi", "{bhaadha,baadha} ga undi", "{manassu,manasu} sari illa",
                                        "{dukha,dukhha} aagutte")),
    "no_interest_kt": Sign(("loss of interest",), ("emi nachatledu", "{yaavudu,enu} ishta aagtilla",
                                                   "yemi nachatledu")),
    # --- urine and stool ---
    "burning_urine_kt": Sign(("dysuria",), (
        _URINE + " {uri,manta,mantalu,lo manta,hoguvaaga uri,posetappudu manta}",
        _URINE + " {posetappudu,poseppudu,hoguvaaga} {edustundi,edustunnadu,aLuttade,alutte}",
    )),
    "no_urine_kt": Sign(("reduced urine",), (
        _URINE + " {raavatledu,ravatledu,ravatam ledu,takkuva,baratilla,bartilla,kammi,aagipoyindi,nilichipoyindi}",
    )),
    "urine_often_kt": Sign(("frequent urination",), ("{malli malli,maatimaatige,matte matte} " + _URINE,)),
    "urine_blood_kt": Sign(("blood in urine",), (_URINE + " {lo raktam,alli rakta,erraga,kempagi}",)),
    "stool_blood_kt": Sign(("blood in stool",), ("{motion,motions,malam,malada} {lo raktam,jote rakta,alli rakta}",)),
    "constipated_kt": Sign(("constipation",), ("{malabaddakam,malabaddhate,malabaddhathe}",
                                               "motion {raavatledu,ravatledu,aagtilla,agtilla}")),
    "worms_kt": Sign((), ("{hula,huLa,hulu,nulipurugulu,purugulu} {kaanistive,kaaNistive,kanipistunnayi,"
                          "vastunnayi}",)),
    # --- bleeding ---
    "bleeding_kt": Sign(("bleeding",), (
        "{rakta,raktha,raktam,rakthamu,raktamu} {bartide,bantu,barthide,hoguttide,hogtide,vastundi,vachindi,potundi,"
        "potunnadi,kaarutundi,aagatledu,aagtilla,nilavatledu,bittu bittu}",
        "{raktasrava,raktasraavam,rakthasravam}",
    )),
    "nose_bleeds_kt": Sign(("bleeding",), ("{mukku,moogu} {nundi,nunchi,inda,ninda} {raktam,rakta,raktha}",),
                           flag="nosebleed"),
    "blood_below_kt": Sign(("vaginal bleeding",), ("{kinda,kindi nundi,kelage,kelaginda} {raktam,rakta,raktha} "
                                                    "{potundi,potunnadi,hoguttide,bartide,vastundi}",)),
    "blood_cough_kt": Sign(("coughing blood",), ("{dagulo,daggulo,kemmidaaga,kemmuvaaga} {raktam,rakta,raktha}",)),
    "blood_vomit_kt": Sign(("vomiting",), ("{raktam,rakta,raktha} {vanthi,vanthulu,vanti,vaanti}",),
                           flag="haematemesis"),
    # --- injuries, bites, stings ---
    "scorpion_kt": Sign((), (_SCORPION + " " + _STUNG, "{chelu,cheLu,thelu} {kaatu,kadita}",
                             "{thelu,chelu,cheLu}"), flag="scorpion_sting"),
    "snake_bite_kt": Sign(("snake bite",), (_SNAKE + " " + _BITTEN, _SNAKE + " {kaatu,kadita}", _SNAKE,
                                            "{haavu,havu,paamu,pamu} {kachchi,kaatu,kadithada}")),
    # "something bit in the night": a snake's until shown otherwise (a krait bites the sleeping)
    "something_bit_kt": Sign(("snake bite",), ("{eno,yeno,edo,yedo,emo,yemo,enO} {kachchitu,kacchitu,kachchide,"
                                               "karichindi,kuttindi,kaatesindi}",)),
    "snake_maybe_kt": Sign((), (_SNAKE + " {irbahudu,irabahudu,irabeku,undochu,ayi undochu,emo}",),
                           flag="snake_nearby"),
    "dog_bite_kt": Sign(("dog bite",), ("{naayi,nayi,kukka,kukkalu} " + _BITTEN,)),
    "wound_kt": Sign(("wound",), ("gaayam", "{sanna,aaLa,ala,aala,dodda} gaaya", "gaaya {aagide,ide,aaytu}",
                                  "{debba,debbalu} {tagilindi,tagilayi}", "{mokalu,kaalu,mokali} geerukupoyindi",
                                  "{mullu,mulLu} {chuchchitu,chuchide,guchchindi,guchukundi}")),
    "cut_kt": Sign(("cut",), ("{kattaagide,kattagide,kuyyitu,kosukupoyindi,tegindi,kosukundi}",
                              "chaaku {taagitu,tagilindi}")),
    "fall_kt": Sign(("fall",), ("{jaari,jaaru} {biddu,biddaru,bidda,padindi,paddadu,padipoyadu,padipoyindi}",
                                "{padipoyadu,padipoyindi,biddaru,biddidaare,biddubittaru}",
                                "{cycle,bike,chettu,mara,mEle} {nunchi,inda,ninda} {padi,paddadu,biddu}")),
    "broken_bone_kt": Sign((), ("{mooLe,mooLu,mule,emuka} {muridide,muriditta,muridittu,virigindi,viriginadi}",
                                "{muridide,muriditta,virigindi}"), flag="fracture"),
    "burn_kt": Sign(("burn",), (
        "{vedi vedi,vedi,bisi bisi,bisi} {pappu,neellu,neeru,nillu,tea,chaha,saaru,annam,nune,enne} {padindi,"
        "padi,chellitu,bittu,biddu,oddindi,meeda padindi}",
        "{kaalipoyindi,kaalipoyadu,suTTide,suttu gaaya,sutta gaaya,bobbalu,bobbalu vachayi,boblu}",
    )),
    "drowned_kt": Sign((), ("{kunta,cheruvu,baavi,bavi,kaaluva,neetilo,neellallo,neerinalli,kere,kolada} "
                            "{lo ,alli ,li ,}{padipoyadu,padipoyindi,munigipoyadu,munigindi,mulugidda,muLugidda,"
                            "biddidda,biddu}",), flag="drowning"),
    "shocked_kt": Sign((), ("{current,karent,shock} {hodeyitu,hodeditu,hodedide,kottindi,tagilindi,kottadu}",),
                       flag="electrical"),
    # --- the child's and the pregnancy's danger signs ---
    "no_feed_kt": Sign(("unable to drink",), (
        "{haalu,paalu,haalu neeru,neeru,chanu,chanu paalu} {enu ,emi ,}{kudiyalla,kudeetilla,kudiyuttilla,"
        "taagatledu,taagadam ledu,taagatam ledu,taagadu,cheepatledu,cheeputilla}",
        "haalu cheepokke {aagtilla,shakti illa,aagalla}", "{paalu,chanu} {cheekatledu,cheepukodam ledu}",
    )),
    # nothing stays down, not even water or milk (IMCI: vomits everything): "haalu kooda vanti"
    "keeps_nothing_down_kt": Sign(("vomiting",), (
        "{neeru,neellu,neeLLu,haalu,paalu} {kooda,bhi} {nilavatledu,nilustilla,tiktilla,nilluvadilla,vanti,vanthi,"
        "vanthi chestundi,vanti maadtide}",
    ), flag="vomits_everything"),
    "feeds_well_kt": Sign((), (
        "{haalu,paalu} {chennagi ,baaga ,}{kudiyutte,kudeetide,kudiyuttide,taagutunnadu,taagutundi,taagutondi}",
        "{neellu,neeru} baaga {taagutundi,taagutunnadu,kudiyutte}",
    ), flag="feeding_well"),
    "indrawing_kt": Sign(("shortness of breath",), (
        "{pakkelubu,pakkeLubu,pakkelubugalu,pakkatemulu,pakkatemuku,rommu,edemoole} {olage,lopaliki,lopalaki} "
        "{hogtide,hoguttide,hogutte,potundi,pothundi,potunnayi}",
    ), flag="chest_indrawing"),
    "no_indrawing_kt": Sign((), (
        "{pakkelubu,pakkeLubu,pakkatemulu,rommu} {olage,lopaliki} {hogtilla,hoguttilla,povatledu,potaledu}",
    )),
    "noisy_breath_kt": Sign(("shortness of breath",), (
        "usiru {eleyuvaaga,eLeyuvaaga,eleyuvaga,tegedukolluvaaga} {shabda,sabda,sound}",
        "oopiri {teesukunte,peelchetappudu} {shabdam,sound,gurr}",
    ), flag="stridor"),
    "eyelids_droop_kt": Sign((), (
        "{kaNNu reppe,kannu reppe,reppe,kanureppalu,kanu reppalu,kanurappalu} {ettokke,ettoke,ettakke} "
        "{aagtilla,aagalla}",
        "{kanureppalu,kanu reppalu,kanurappalu,reppegalu} {vaalipoyayi,padipoyayi,jaaruttive,biddive}",
    ), flag="drooping_eyelids"),
    "baby_still_kt": Sign(("reduced fetal movement",), (
        "{baby,bidda,magu,koosu} {kadalatledu,kadaladam ledu,aadtilla,alugadtilla,chalane illa,tirugatledu}",
    )),
    "waters_broke_kt": Sign(("vaginal discharge",), ("{neeche,niche} se {paani,pani} {jaara,jaari,ja raha,ja rahi,jaa raha,aara,aa raha}",
                                                     "{kinda nundi,kelaginda,kelage} {neellu,neeru} "
                                                     "{potunnayi,potundi,hoytu,hoguttide}",
                                                     "{umma neeru,umma neellu} {poyindi,poyayi}"),
                            flag="ruptured_membranes"),
    # --- round 17: a PHC's visits in turn, told in Kannada ---
    # sweats at night (TB's picture beside a cough of weeks: rules.tb_screen)
    "night_sweats_kt": Sign(("night sweats",), (
        "{ratri,raatri,rathri,ratre,raatre} {bevaru,bevaruttade,bevartide,bevarutte,bevaru barutte,tumba bevaru}",)),
    # veins of the legs swollen (varicose veins: rules.varicose_veins), as Telugu's "narambulu ubbi"
    "varicose_kt": Sign((), (
        _LEG + " {nara,naragalu,narambu,nara ella} {ubbide,ubbive,ubbi,ubbikondide,gantu,gantagide,neeli}",
        "{nara,naragalu} {ubbide,ubbive,ubbikondive} " + _LEG + "{alli,li,}",
    ), flag="varicose_veins"),
    # an old man's weak stream, slow to start, and his nights up to pass urine (rules.prostate_symptoms)
    "weak_stream_kt": Sign((), (
        "{dhaara,dhara,dhaare,dhare} {weak,kammi,sanna,nidhana,slow}",
        "{hogoke,hogalu,baralu,barodu,baroke} {time,samaya} {tagolutte,tagoltade,tagolluttade,hidiyutte,hidiyuttade}",
    ), flag="weak_stream"),
    "nocturia_kt": Sign(("frequent urination",), (
        "{ratri,raatri,rathri} {2,3,4,5,6,2-3,3-4,4-5,5-6} {sala,saari,sari,baari,sali} " + _URINE,
    ), flag="nocturia"),
    # a couple with no child after years of marriage (rules.infertility)
    "infertility_kt": Sign((), (
        "{magu,makkalu,maguvu} {aagilla,agilla,aagtilla,aagalilla,aagtha illa,aagolla}",
    ), flag="infertility"),
    # periods ("muttu") that come late or irregularly: a gynaecologist's in turn
    "irregular_periods_kt": Sign(("irregular periods",), (
        "muttu {sariyagi,sariyaagi,time ge,timege,regular,regular agi} {bartilla,baralla,barolla,aagtilla,illa}",
        "{2-3,3-4,2,3,4,eradu,mooru} {tingalige,tingalgomme,tingala ge} {ondsala,ondu sala,ondsari,ondu sari,ondu "
        "sati}",
        "{40-60,35-60,45-60,40-50,50-60} {dina,dinakke} {ge ,ke ,}{bartade,barutte}",
    )),
    # sight fading over months (a cataract's, seen in turn): "kannu mangu", "kaanolla", "barbara kadime kaantide"
    "dim_sight_kt": Sign(("blurred vision",), (
        "{kannu,kaNNu,kannugalu} {mangu,mangagide,manju,manjagide,mobbu}",
        "{barbara,barta barta} {kadime,kammi} {kaantide,kaansutte,kaanistide,kaantilla}",
    ), flag="gradual_blur"),
    # a groin swelling that comes on standing and goes back lying down: a reducible hernia, a surgeon's in turn
    # (rules.lump); one that no longer goes back is stuck_hernia's
    "reducible_hernia_kt": Sign((), (
        "{malagidre,malagidaga,malkondre,malagidaaga} {hogtade,hogutte,olage hogutte,olage hogtade,kaanolla}",
    ), flag="lump"),
    # --- poison and the wish to die ---
    "poison_kt": Sign(("poisoning",), (
        "{visham,visha,vishapurita,vishaa} {taagadu,taagindi,tinnadu,kudidu,kudididdane,kudididdaale,kudididdaare}",
        "{vishapurita,vishaprayoga}",
        "{purugula mandu,purugu mandu,kriminashaka,keetanashaka,enne mandu} {taagadu,taagindi,kudidu,kudididdane,"
        "kudididdaale,tinnadu}",
        "{ganneru,kaNagile,kanagile} {vittulu,beeja,beejagalu,kaayi} {tinnadu,tinnadi,tindidda,tindiddane,tindide}",
    )),
    "wants_to_die_kt": Sign(("suicidal thoughts",), (
        "{saayabeku,saybeku,saayodu,saayuttene,saaytini} {anistide,anisuttide,}",
        "{chachipovali,chachipovalani,chanipovali,chanipovalani,chavali} {anipistundi,ani undi,}",
        "{nenu ,}lekapothe {better,manchidi} {ani ,}{anipistundi,}", "{bratakalani,batakalani} ledu",
        "{badukalla,baduku saaku,baduku beda,jeevana saaku}", "{aatmahatye,aatmahatya,atmahatya,atmahatye}",
    )),
}
