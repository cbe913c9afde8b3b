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
    "mooche", "moochh", "moochhe", "bebi", "sakali", "varti", "inka",
    # north Karnataka's everyday words the corrector bent into others: "tablet mugidide" (the tablets ran out) was
    # "muridide" (broken), "todeya sandi" (the groin) "sandhi" (a joint), "kelsa" (work) "kela", "hola" (a field)
    # "hold", "bhaala" (very) "bhaalu"
    "mugidide", "mugidittu", "sandi", "kelsa", "hola", "aytu", "sanje", "maatra", "bandu", "eddu", "hogtu", "jenu",
    "aadtide", "nanage", "jagala", "madtide", "jola", "beralu", "bidtu", "bartade", "dinada", "malagidda",
    "kaantilla", "hulli", "petta", "atte", "madilla", "kajji", "kotre", "kootre", "guda", "bhaala"))

# Kannada "novu" (pain), Telugu "noppi", "noppulu", "noppiga" (pain, pains, painful)
_PAIN = "{novu,noovu,nov,noppi,noppulu,noppiga,noppi ga,nopi,noppu}"
_IN = "{lo ,alli ,li ,dalli ,ge ,ki ,}"  # Telugu "lo", Kannada "alli"/"dalli"/"li" (in), "ge"/"ki" (to)
_MUCH = "{tumba ,bahala ,bhaala ,jaasti ,jasti ,chala ,ekkuva ,gattiga ,swalpa ,konchem ,}"  # bhaala: north Karnataka's "very"
_HEAD = "{tale,tala,thale,thala}"
_BELLY = "{hotte,hotteli,hottey,kadupu,kadupulo,kadupu lo,potta}"
_CHEST = "{ede,edhe,yede,chaati,chaathi,chaatee,chhaati,chhaatee,gunde,gundelo,gunde lo,rommu}"
_BACK = "{sonta,sonte,bennu,nadumu,nadum,veepu,naDu,nadu}"
_LEG = "{kaalu,kaal,kaallu,kaalla,kalu,kaali}"
_KNEE = "{monakaalu,monakaal,mandi,mokalu,mokallu,mokaalu,mokalla,mokali}"
_EYE = "{kannu,kaNNu,kannugalu,kallu,kandlu}"
_BREATH = "{usiru,ushiru}"  # as said in the north: "ushiru kashta"
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
    # round 19: a joint named in English before "novu" ("right side hip novu")
    "joint_hurts_kt": Sign(("joint pain",), ("{gantu,keelu,keellu,keella,kilu,joint,joints,hip,hips,shoulder,ankle,"
                                             "elbow} " + _MUCH + _PAIN,
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
    "wrist_hurts_kt": Sign(("wrist pain",), ("{manikattu,mungai,mani kattu,wrist} " + _MUCH + _PAIN,)),
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
        _BREATH + " {kattu,kattuvudu,kattide,kattitu,kattutte,kattatte,kattutide,kashta,kastha,aadtilla}",
        _BREATH + " {usual ginta ,}{jasti,jaasti}",  # "ushiru usual ginta jasti": more breathless than usual
        "{usirata,usiraata} {kashta,tondare}", "usiru eleyoke kashta",
        "oopiri {aadatledu,adatledu,kashtam,kashtamga,teesukolekapotunnadu,teesukolekapotundi,andatledu}",
        "{swasa,shwasa} {kashtam,aadatledu}",
    )),
    "fast_breathing_kt": Sign(("fast breathing",), (
        _BREATH + " {tumba ,bhaala ,}{fast,joragi,jor,jorr,tumba jor,bega,bega bega,fast fast,fast-fast}",
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
        "{tale,thale} {suttu,suttutte,suttuttide,suttidantaagutte,tirugutte,tirugutide}", "talesuttu",
        "{kallu,kaLLu,tala} {tirugutunnai,tirugutunnayi,tirugutundi,tirugutunnadi,tirigindi,tiruguthunnayi}",
        "kallu tirugu", "kalla tirugudu", "{tala,kallu} {tirugudu,tirugutundi,tiruguthundi}",
    )),
    "fainted_kt": Sign(("loss of consciousness",), (
        "{moorchhe,moorche,murche,moorchhe hodru,moorche hoda} {hodaru,hodru,hogidaare,bandide,aada,aadaru,}",
        "echchara {tappitu,tappida,tappidaru,illa,illade}", "{prajne,pragne} {tappitu,illa,hogittu,hoytu,hogide}",
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
        "{jompu,jOmpu} {hatthide,hattide}", "{nidde nidde,niddhe niddhe,nidra nidra}",
    )),
    "tired_kt": Sign(("fatigue",), ("sustu", "susthu", "suste", "neerasam", "nirasam", "nirasanga", "neerasanga",
                                    "nishakti", "alasata", "aayasa aagutte")),
    "cold_nose_kt": Sign(("runny nose",), (
        "{moogu,mukku} {soritide,sorutte,soruttide,soruvudu,kaarutundi,kaarutondi,kaaradam}", "jalubu", "neggadi", "sheeta",
        "{shita,sheetha}",
    )),
    "blocked_nose_kt": Sign(("nasal congestion",), ("{moogu,mukku} {kattide,kattutte,mooskupoyindi,moosukupoyindi,"
                                                     "block}",)),
    "sneezing_kt": Sign(("sneezing",), ("{seenu,seenuvudu,seenutte,seenuttide,tummulu,tummu,tummulu vastunnayi}",)),
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
        "{nunglokke,nungalu,nungoke,nunglakke} {aagtilla,aagalla,kashta,kastha,novu}", "nungalla",
        "{mingadam,mingadaniki,minguta,minga} {kashtam,ibbandi,kastham,raavatledu,ledu}",
        "mingalekapotunnadu", "mingalekapotundi",
    )),
    "blurred_kt": Sign(("blurred vision",), (
        "{kannu,kaNNu,kannugalu,kallu} mabbu", "mabbu mabbagi", "{kallu,kannu} masaka", "masaka masaka",
        "masakaga", "masaka ga", "{kaNNu,kannu} {kaanistilla,kaaNistilla,sariyaagi kaanistilla}",
        "{kannu,kaNNu,nodoke} mangu", "{eradu eradu,rendu rendu} {kaantide,kaanistide,kanipistundi,kanipistunnayi}",
    )),
    "lost_appetite_kt": Sign(("loss of appetite",), (
        "aakali {ledu,veyyatledu,veyatledu,takkuva}", "{hasivu,hasive} {illa,aagalla,aagtilla,kammi}",
        "{annam,bhojanam,oota} {tinadu,tinatledu,tinatam ledu,maadtilla,beda antaane,beda antaale,beda,madolla,"
        "maadolla}",
    )),
    "weight_lost_kt": Sign(("weight loss",), ("baruvu {taggindi,taggadu,taggipoyindi,takkuva}",
                                              "{tooka,toka} {kammi,kammi aagide,ilidide}",
                                              "weight {kadime,kammi,kadime aagide}",
                                              "weight {1,2,3,4,5,6,7,8,9,10} {kg,kilo} {kadime,kammi}")),
    "sleepless_kt": Sign(("insomnia",), (
        "{nidde,nidre} {barolla,bartilla,baralla,illa,kadime,swalpa kadime,kammi}", "nidra {pattatledu,raavatledu,ravatledu,ledu,levadu}",
    )),
    "sunken_eyes_kt": Sign(("sunken eyes",), ("{kannu,kaNNu,kallu} {gundi,gunDi,gunde,lotu,lotuga,lopaliki}",)),
    "thirsty_kt": Sign(("excessive thirst",), ("{gata gata,gaTa gaTa} {kudiyutte,kudeetide,taagutundi}",
                                               "{daaham,dappika,baayarike} {ekkuva,jaasti,jasti,bhaala}")),
    "jaundice_kt": Sign(("jaundice",), ("{kaamale,kamale,kamerlu,kaamerlu,pachcha kamerlu,pacha kamerlu}",)),
    "palpitations_kt": Sign(("palpitations",), (
        "{gunde,gunDige,gundige,ede,edhe} {dadaga,dada dada,dabdaba,dab dab,dab daba,dabadaba,fast,fast fast,dhak dhak,"
        "jor,joragi,badithide,hodkolthide,hodkoltide,kottukuntundi,"
        "vegamga kottukuntundi,fast ga kottukuntundi}",
    )),
    "blue_lips_kt": Sign(("cyanosis",), ("{tuti,tuTi,tutigalu,pedavulu,pedhavulu} {neeli,neelam,neelamga,neelam ga,"
                                          "neeli aagide,neeli bannu,nalupu}",)),
    "neck_stiff_kt": Sign(("neck stiffness",), ("{kutthige,kuttige,meda} {bigi,bigidide,bigusuku,bigusukupoyindi,"
                                                 "pattesindi,tirugatledu}",
                                                 # the neck that will not bend or turn ("kuttige bagsoke aagtilla")
                                                 "{kutthige,kuttige} {bagsoke,bagisoke,baggisoke,bagiso,bagisalu,tirugisoke,"
                                                 "tirgsoke} {aagtilla,aaguttilla,aagalla,agtilla,agalla}")),
    "face_droop_kt": Sign(("facial droop",), (
        "{baayi,bayi,mukha,moham,mokham,nooru,mooti} {ondu kade,okavaipu,oka vaipu,oka pakkaku} "
        "{vaalide,vaaride,vankara,vankaraga,jaaride,tirigindi,vaalipoyindi,hogide}",
    )),
    "arm_wont_lift_kt": Sign(("weakness",), (
        "{balagai,edagai,kai,kaiyi,cheyyi,kudi cheyyi,edama cheyyi} {ettoke,ettokke,ethoke,lift,lepalekapotunnadu,"
        "lepalekapotundi} {aagtilla,aagalla,aagta illa,}",
        "{ondu kade,oka vaipu,okavaipu} {kai kaalu,kaalu kai,cheyyi kaalu,kaalu cheyyi} {biddide,padipoyayi,"
        "paDipoyindi,chalane illa,sattu hogide}",
        "{pakshavata,pakshavaata,paksha vaatham,pakshavatham,lakva}",
    ), flag="focal_weakness"),
    "slurred_kt": Sign(("slurred speech",), (
        "{maatu,maata,matalu} {thick,todaru,todarutide,mudda,muddaga,tadabadutundi,sariga raavatledu,"
        "sariyaagi bartilla,baratilla,thick aagide,slow,slow slow,clear illa}",
    )),
    "confused_kt": Sign(("confusion",), (
        "{emi,yemi} {matladutunnaro,maatladutunnaro} ardham {kavatledu,kaavatledu}",
        "{pichi pichi ga,pichchi pichchiga,ulta palta,ulTa palTa} {matladutunnadu,matladutundi,maatadtaare,"
        "maataadtaare,maatadtidaane}",
        "{gurthu,gurtu,guruthu} {pattatledu,pattadam ledu,hidiyuttilla,sigtilla}",
        "{hesaru ,}confuse {madtiddare,madtare,madtidare,madtane,madtale,aagtare,aagtidare,aagtidane}",
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
        "{mootra,urine} {kadime,swalpa ne,swalpa,kammi} {hogide,hogtide,hoguttide,aagide,bartide}",
        "{mootra,urine} {hogtilla,hogilla,nintide,nilthide}",
    )),
    "urine_often_kt": Sign(("frequent urination",), ("{malli malli,maatimaatige,matte matte} " + _URINE,
                                                    "sala {mootra,urine}")),  # "ratri 4-5 sala mootra"
    "urine_blood_kt": Sign(("blood in urine",), (_URINE + " {lo raktam,alli rakta,erraga,kempagi}",
                                                 "{mootradalli,mootradali,moothradalli} {rakta,raktha}")),
    "stool_blood_kt": Sign(("blood in stool",), ("{motion,motions,malam,malada} {lo raktam,jote rakta,alli rakta}",)),
    "constipated_kt": Sign(("constipation",), ("{malabaddakam,malabaddhate,malabaddhathe}",
                                               "motion {raavatledu,ravatledu,aagtilla,agtilla,aagilla,gatti}",
                                               "motion {1,2,3,4,5,6,7} {dina,dinadinda} {aagilla,aagtilla}")),
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
    "ear_bleeds_kt": Sign(("bleeding",), ("{kivi,chevi} {inda,ninda,nundi,nunchi} {swalpa ,}{rakta,raktha,raktam}",)),
    "blood_below_kt": Sign(("vaginal bleeding",), ("{kinda,kindi nundi,kelage,kelaginda} {raktam,rakta,raktha} "
                                                    "{potundi,potunnadi,hoguttide,bartide,vastundi}",)),
    "blood_cough_kt": Sign(("coughing blood",), ("{dagulo,daggulo,kemmidaaga,kemmuvaaga} {raktam,rakta,raktha}",)),
    "blood_vomit_kt": Sign(("vomiting",), (
        "{raktam,rakta,raktha,raktham,rakthamu} {vanthi,vanthulu,vanti,vaanti,vaanthulu,vantulu}",),
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
    # a scratch is a rabies exposure too (WHO category II): "naayi parchide"
    "dog_bite_kt": Sign(("dog bite",), ("{naayi,nayi,kukka,kukkalu} " + _BITTEN,
                                        "{naayi,nayi,kukka} {parchide,parachide,parchitu,parachitu,geerittu}")),
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
        "padi,chellitu,chelltu,bittu,biddu,oddindi,meeda padindi}",
        "{bisi,vedi} {neeru,enne,nune,tea} {kai ge,kaalu ge,mai ge,mele} {chellitu,chelltu,biddu,bittu}",
        "{bisi,vedi} {neeru,haalu,saaru,enne,nune} {pateli ,paatre ,}{eleditu,eledukondide,mele biddu,mele chellitu}",
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
        _BREATH + " {eleyuvaaga,eLeyuvaaga,eleyuvaga,tegedukolluvaaga} {shabda,sabda,sound}",
        "oopiri {teesukunte,peelchetappudu} {shabdam,sound,gurr}",
    ), flag="stridor"),
    "eyelids_droop_kt": Sign((), (
        "{kaNNu reppe,kannu reppe,reppe,kanureppalu,kanu reppalu,kanurappalu} {ettokke,ettoke,ettakke} "
        "{aagtilla,aagalla}",
        "{kanureppalu,kanu reppalu,kanurappalu,reppegalu} {vaalipoyayi,padipoyayi,jaaruttive,biddive}",
    ), flag="drooping_eyelids"),
    "baby_still_kt": Sign(("reduced fetal movement",), (
        "{baby,bidda,magu,koosu} {kadalatledu,kadaladam ledu,aadtilla,alugadtilla,chalane illa,tirugatledu,"
        "chalane kadime}",
    )),
    "waters_broke_kt": Sign(("vaginal discharge",), ("{neeche,niche} se {paani,pani} {jaara,jaari,ja raha,ja rahi,jaa raha,aara,aa raha}",
                                                     "{kinda nundi,kelaginda,kelage} {neellu,neeru} "
                                                     "{potunnayi,potundi,hoytu,hoguttide}",
                                                     "{umma neeru,umma neellu} {poyindi,poyayi}",
                                                     "neeru {hogittu,odeditu,odedide}"),
                            flag="ruptured_membranes"),
    # --- the eye, the ear, the skin, the periods ---
    "red_eye_kt": Sign(("red eye",), ("{kannu,kaNNu,kannugalu,kallu} {kempu,kempagide,kempaagide,erraga,erra}",)),
    "eye_yellow_kt": Sign(("jaundice",), ("{kannu,kaNNu,kallu} {haladi,haLadi,pachcha,pachaga}",)),
    "behind_eye_kt": Sign(("retro-orbital pain",), ("{kannu,kaNNu,kannina} hinde " + _PAIN,
                                                    "{kalla,kallu} {venaka,venuka} " + _PAIN)),
    "ear_pus_kt": Sign(("ear discharge",), (_EAR + " {inda,ninda,nundi,nunchi} {keevu,keeru,cheemu}",)),
    "ear_deaf_kt": Sign(("hearing loss",), (_EAR + " {swalpa ,}{kelsolla,kelsalla,kelalla,keLalla,kelistilla,"
                                                  "kelisolla,block,block anisutte}",)),
    "patches_kt": Sign(("skin patches",), ("{bili,kempu,kappu} {kale,kalegalu,patch,patches,macche}",)),
    "hives_kt": Sign(("rash",), ("dadde",)),  # Kannada hives
    "periods_wont_stop_kt": Sign(("vaginal bleeding",), ("muttu {nilthilla,niltilla,nilluttilla,nintilla}",)),
    "white_discharge_kt": Sign(("vaginal discharge",), ("bili {muttu,hoguvudu,hogutte}",)),
    "leg_cramps_kt": Sign(("leg pain",), (_LEG + " {cramps,cramp,sedetha,hidita,hidiyutte}",)),
    # dust, a chip or a splinter flew into the eye at the thresher or the quarry: an eye injury, seen today
    "eye_struck_kt": Sign((), ("{kannige,kaNNige,kannalli,kaNNalli} {kasa,dhooLu,dhoolu,dhool,chippu,kaddi,mannu} "
                               "{bidtu,biddide,biddittu,hodeyitu,hogide,hogittu}",), flag="eye_injury"),
    # a fish bone stuck in the throat: ENT today (signs_injury.foreign_body)
    "fish_bone_kt": Sign((), ("{meenu,meen,chepa} {mullu,mulla,mullu} {gantalalli,gantalu alli,gantalige,gontulo,"
                              "gontu lo}",), flag="foreign_body"),
    # fear of water on seeing it (hydrophobia): rabies (signs_regional.fear_of_water)
    "fear_of_water_kt": Sign(("anxiety",), ("{neeru,neellu} {nodidre,nodidare,chusthe,chooste} {hedarikotare,hedaratane,"
                                  "hedarutane,hedarutare,bhaya,bhayapadtare,bhayapadutunnadu}",),
                             flag="fear_of_water"),
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
        "muttu {sariyagi,sariyaagi,time ge,timege,regular,regular agi} {bartilla,baralla,barolla,bartaalla,aagtilla,"
        "illa}",
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
    # --- round 17: a stroke, a head injury, a suicide plan and a splash in the eye, told in Kannada and Telugu ---
    # the mouth gone to one side ("bayi ondu kade hogide", "moothi vankara poyindi"): the face's droop
    "mouth_to_side_kt": Sign(("facial droop",), (
        "{bayi,baayi,baai,mukha,mokha} {ondu kade,ond kade,ondu kadege,ondu side,sotta,sottagi} {hogide,hoytu,hogtu,"
        "aagide,aaytu,tirugide,tirugitu,eLedide}",
        "{moothi,mooti,nooru,mokham,mukham} {vankara,vankaraga,oka vaipu,okka vaipu,pakkaku} {poyindi,ayindi,"
        "tirigindi}",
    )),
    # an arm of one side that will not lift ("right kai lift aagtilla", "edagai ettoke aagtilla")
    "side_weak_kt": Sign(("weakness",), (
        "{left,right,balada,edada,bala,eda,kudi,yedama} {kai,kaalu,kaal,cheyyi,cheyi,kalu} {lift,ettoke,etthoke,"
        "ettalu,melakke,etthalu} {aagtilla,agtilla,aagalla,aagta illa,aaguttilla,avvatledu,avvadam ledu,"
        "raavatledu,ledu}",
        "{edagai,balagai} {lift,ettoke,etthoke,melakke} {aagtilla,agtilla,aagalla,aaguttilla}",
    ), flag="focal_weakness"),
    # speech not clear ("maatu clear illa", "maata spashtanga raavatledu")
    "speech_unclear_kt": Sign(("slurred speech",), (
        "{maatu,maathu,matu,maata,maatalu} {clear,spashta,spashtavagi,spashtanga,sariyagi,sari,saraga,clear aagi} "
        "{illa,agtilla,aagtilla,baratilla,bartilla,ledu,raavatledu,radu}",
    )),
    # the head struck in a fall or a blow ("tale ge petta", "thalaki debba tagilindi")
    "head_struck_kt": Sign((), (
        "{tale,tala,thale,thala,talege,thalaki,talaki} {ge ,ki ,ku ,ke ,}{petta,pettu,etu,debba,dhebba,gaaya,"
        "debba tagilindi,debba tagilitu,petta bittu,pettu bittu,gaaya aagide,gaaya aaytu}",
    ), flag="head_injury"),
    # blood from the ear ("kivi inda rakta", "chevi nunchi raktam")
    "ear_blood_kt": Sign(("bleeding",), (
        _EAR + " {inda,nunchi,nundi,alli,lo,yinda} {swalpa ,tumba ,konchem ,}{rakta,raktha,raktam,rakthamu,blood,"
        "netturu}",
    ), flag="ear_bleeding"),
    # drowsy, answering late ("nidde nidde", "answering late"): reduced consciousness in a story of injury
    "answering_late_kt": Sign(("lethargy",), (
        "{nidde nidde,nidra nidra,nidde maadtane,nidde maadtale}",
        "{answering,responding,replying,answers,responds,replies} {late,slowly,slow,very late,very slowly}",
    )),
    # not wishing to live ("badukoke ishta illa", "bratakalani ledu" is wants_to_die_kt's): a death wish
    "no_wish_to_live_kt": Sign((), (
        "{badukoke,badukalu,badukakke,jeevisoke,jeevisalu} {ishta,ista,manassu,manasu,aase} {illa,agtilla}",
    ), flag="death_wish"),
    # a pesticide bottle brought or hidden ("endrin bottle tandittidlu"): the means at hand (signs_mind.means_kept)
    "poison_kept_kt": Sign((), (
        "{endrin,pesticide,aushadhi,aushadi,visha,vishada,poison,phorate,monocrotophos,rogor,purugula mandu,"
        "enne mandu,keetanashaka} {bottle,dabba,packet,botlu,seesa} {tandittidlu,tandidlu,tandidda,tandiddane,"
        "tandiddale,tandide,tandidini,ittukondidlu,ittidlu,bacchittidlu,bachittidlu,techindi,techadu,techukundi,"
        "daachindi,daachadu}",
    ), flag="poison_at_hand"),
    # the resolve told as a plan or a day ("plan madiddene", "will do it tomorrow"): read only with the means
    "resolve_kt": Sign((), (
        "plan {madiddene,madiddini,madidini,madiddale,madiddane,madidlu,madkondidlu,madkondiddene,chesanu,chesindi,"
        "chesukundi,chesukunnanu,chesukunnadi}",
        "{will,going to,gonna} do it {tomorrow,tonight,today}",
    ), flag="resolve_to_take"),
}

