"""Tamil wordings of symptoms and danger signs, as a taluk hospital's emergency in rural Tamil Nadu hears them, typed
in Latin letters (Tanglish: "vayiru vali", belly pain; "moochu vida mudiyala", cannot breathe; "kaichal", fever) or
written in Tamil script, which script_deccan.py reads letter by letter ("வயிறு வலி" vayiru vali, "முடியல" mutiyala,
"சிவப்பு" chivappu, "உடம்பு" utampu: no voiced letters, ழ an l): each wording here has both spellings.

Merged into signs.SIGNS. A wording of a danger sign named elsewhere sets that sign's flag (``flag``). Tamil says
"pain" as "vali", which is Hinglish's "wali" (the one: "BP vali goli"), so "vali" is read only after a body part;
"kaal" (leg) is Hindi's yesterday, "pal" (tooth) Hindi's moment: both only in a phrase. The denials ("illa",
"illai": is not) follow what they deny, as Kannada's do (cues.py reads DENIALS).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# "vaanthi illai" (no vomiting), "kaichal ille", "kidaiyaadhu" (there is none); "thonala" (it does not occur to me:
# "sethudalaam nu ellam thonala", no thought of dying). ("illa" is Kannada's too: signs_deccan.DENIALS.)
DENIALS: Final = ("illai", "ille", "illae", "illay", "illey", "illaama", "illama", "kidaiyaadhu", "kidaiyathu",
                  "kidayathu", "kedayathu", "kedayaadhu", "kidayaadhu", "thonala", "thonalai")
# "2 varusham munnaadi" (two years ago): an ago, read by cues.PAST_RE with its time words
AGO: Final = ("munnadi", "munnaadi", "munnaala", "munnala", "munnaati", "munnati", "munnaadiye")
TIME_UNITS: Final = ("varusham", "varushathukku", "maasam", "maasathukku", "maatham", "vaaram", "naal")

# A burn's extent told in Tamil (extract.py): the body's regions, the face and neck, and "both", "whole"
BODY_REGIONS: Final = frozenset({"nenju", "nenchu", "vayiru", "kai", "kaal", "mudhugu", "muthuku", "mugam", "mukam",
                                 "kazhuthu", "thodai", "udambu", "thalai", "muzhangai"})
CRITICAL_BURN_SITES: Final = frozenset({"mugam", "mukam", "kazhuthu", "kalutthu"})
EXTENT_WORDS: Final = frozenset({"rendu", "muzhusum", "muzhukka", "fulla"})

# Everyday Tamil words the spelling corrector must leave as they are (normalise.py): without them "naal" (day) was
# read "naak", "nalla" (good) "nahla", "thadava" (times) "thakava", "beedi" (a cigarette) Kannada's "bedi" (loose
# stools), "kottai" (a seed) "count".
EVERYDAY: Final = frozenset("""
naal naala naalaa naalaga naalu naalukku vaaram vaarama maasam maasama maasamaa maasa maasathukku varusham varushama
varushamaa varushathukku nimisham mani neram nethu netthu inniku innaikku innikku ippo ippa ippavum appo appa amma
thatha thaatha paati paatti paiyan paiyanukku ponnu ponnukku kulandhai kulanthai kozhandhai thambi anna akka
thangachi purushan pondatti manaivi kanavar kaalaila kaalaiyila kaalaiyil rathiri raathiri raatthiri saayangalam
maalai thadava thadavai vaati rendu moonu anju aaru ezhu ettu pathu oru onnu romba rompa konjam konchem lesa lesaa
nalla nallaa nallaa sariya sariyaa vayasu vayasula vayachu irukku irukkaan irukkaa irukkaanga irundhu irunthu
irundhuchu varudhu varuthu pogudhu pokuthu aachu aagudhu aagi solraan solraa solraanga sonnaanga sonnanga naanga
ellam ellaam aana appuram apram odane udane thideer thideernu dhaan thaan maari maadhiri maathiri pakkam kooda mattum
eppavum veedu veetu veetla veetula vela velai beedi kottai thanni thaneer saapadu saapittu kudichu nu nnu
kadhavu nethi vandhu vandhadhum kira sottu chottu maadhavidaai kattikatti kazhichu kazhichaal kazhichilla
kovil kural kathi peelai thatavai chottaa chotta thiruvizha
""".split()) | frozenset((
    # Malayalam words the corrector made Tamil ones: "tharippu" (tingling) no "thadippu" (a rash), "uranju" (dried)
    # no "urinju" (peeled, of a burn), "vettunnu" (jerks) no "vettu" (a cut)
    "tharippu", "uranju", "vettunnu",
    # and Malayalam, Kannada and Hindi words one letter from a Tamil one: "pedi" (fear) no "pethi" (loose stools),
    # "ethi" (reached), "kunju" (a baby), "velutthu" (went pale) no fall, "sala" (times) no "sali" (a cold), "kiri"
    # (fussing) no "kiru kiru" (giddy), "padhai" (studies) no "pachai" (green)
    "pedi", "ethi", "kunju", "velutthu", "sala", "kiri", "padhai",
    # "aarambichu" (it started) no "aaram bichu" (a rest and a scorpion)
    "aarambichu", "arambichu", "aarambicha", "arambicha", "aarambikkum"))

_PAIN = "{vali,valikkudhu,valikudhu,valikuthu,valikkuthu,valichu,valikkum,valikkiradhu,valiyaa,valiya}"
_MUCH = ("{romba ,rompa ,rombha ,konjam ,konchem ,lesa ,lesaa ,lechaa ,kadum ,katum ,kadumaiyaana ,katumaiyaana ,"
         "kadumaiyana ,bayangara ,thaanga mudiyaadha ,thideer ,thideernu ,}")
_IN = "{la ,le ,il ,ila ,ula ,}"  # "nenju la", "kaadhu la": the locative, typed apart or joined
_HEAD = "{thalai,thala,thalaila,thalaiyil,thalaiyila}"
_BELLY = ("{vayiru,vayru,vayiththu,vayitthu,vayirru,vayitru,vayithu,vayathu,adi vayiru,adivayiru,mel vayiru,"
          "keezh vayiru,kizh vayiru,kizha vayiru}")
_CHEST = "{nenju,nenchu,nenjula,nenchula,nenjil,nenjule,nenjukulla}"
_BACK = "{iduppu,ituppu,iduppula,ituppula,mudhugu,muthuku,mudugu,mudhugula,muthukula,idupu}"
_LEG = "{kaal,kaalu,kaalula,kendai sadhai,kendaikkal,kendaikal,thodai,thotai,thodai sadhai,kudhikaal,kuthikaal}"
_KNEE = "{muttu,mutti,muttiyum,muttila,muttiyila,rendu muttiyum,rentu muttiyum}"
_JOINT = "{moottu,mootu,moottula,kai kaal moottu,kai viral moottu,moottu ellam,moottellam}"
_EYE = "{kann,kannu,kan,kannula,kannil}"
_EAR = "{kaadhu,kaathu,kadhu,kaadhula,kaathula,kaadhukulla}"
_THROAT = "{thondai,thontai,thondaila,thontaiyila,thondaiyila}"
_BODY = "{udambu,utampu,udambellam,udambu ellam,udal,udambu fulla}"
_URINE = "{moothiram,moothram,mootthiram,moothiramum,urine,onnukku}"
_BLOOD = "{rattham,ratham,irattham,rat tham}"
_BLOOD_COMES = ("{varudhu,varuthu,vandhuchu,vanthuchu,kottudhu,ozhugudhu,olukuthu,pogudhu,pokuthu,nikkala,"
                "nikkaama,varuthu,kasiyudhu}")
_NOT_ABLE = "{mudiyala,mutiyala,mudiyalai,mudiyavillai,mutiyavillai,mudiyaadhu,kashtam,kashtama,kashtamaa}"
_DRANK = ("{kudichitta,kudichittaa,kudichitaan,kudichittaan,kudichaan,kudichaa,kudichaar,kudichaaru,kudichiduchu,"
          "kudichidhu,kudichuttaan,kudichutta,kutichittaaru,kutichittaan,kutichitta,saapittaan,saapitta,saapittaa,"
          "saapittaar,muzhungittaan,muzhungitta,muzhungiduchu,pottukittaa,pottukittaan,pottukitta,pottukittaar}")
_POISON = ("{arali kottai,arali vidhai,arali,oleander,poochi marundhu,poochimarundhu,pul marundhu,eli marundhu,"
           "eli paashanam,eli pashanam,visham,vesham,vasmol,super vasmol,hair dye,sani pavudar,thookka maathirai}")
_BIT = ("{kadichidhu,kadichiduchu,kadichu,kadicha,kadichirukku,katichituchu,katichchu,kadichitu,kottiduchu,kottichu,"
        "kottitu,kottituchu,kottudhu}")
_FELL = ("{vizhundhu,vizhunthu,vizhundhaan,vizhunthaan,vizhundhutaan,vizhunthutaan,vizhundhaar,vizhundhen,"
         "vizhunthen,vizhundha,vilunthu,vizhundhuttaan,vizhundhuta,vizhundhaa,vizhundhuttaa}")

TAMIL_SIGNS: dict[str, Sign] = {
    # --- pain named by where it hurts ---
    "head_hurts_ta": Sign(("headache",), (_HEAD + " " + _MUCH + _PAIN, "{thalaivali,thalavali,thalai vali}")),
    "belly_hurts_ta": Sign(("abdominal pain",), (
        _BELLY + " " + _MUCH + _PAIN, _BELLY + " {erichal,erichala,eriyudhu,kadupu}",
        "{vayitruvali,vayiruvali,vayitthu vali,vayirru vali}",
    )),
    "chest_hurts_ta": Sign(("chest pain",), (
        _CHEST + " " + _IN + _MUCH + "{kuthal ,}" + _PAIN, "{nenjuvali,nenchuvali}",
        _CHEST + " " + _IN + "{bharama,bhaaram,baaram,bharam,paaram,kanamaa,kanama,adaippu,azhuthudhu,azhuththam,"
        "irukkam,irukkama}",
    )),
    "back_hurts_ta": Sign(("back pain",), (_BACK + " " + _MUCH + _PAIN, "iduppu pidichukichu")),
    "leg_hurts_ta": Sign(("leg pain",), (_LEG + " " + _MUCH + _PAIN, "{kendai sadhai,thodai sadhai} izhuthu "
                                                                       "pidikkudhu")),
    "knee_hurts_ta": Sign(("knee pain",), (_KNEE + " " + _MUCH + _PAIN,)),
    "joint_hurts_ta": Sign(("joint pain",), (_JOINT + " " + _MUCH + _PAIN, _JOINT + " {ellam ,}{kaalaila ,}"
                                                                                     "{viraippu,virappu,veekam}", "kai kaal moottu ellam vali",
                                             "{kai kaal mooti ellaam,kai kaal moottu ellaam} vali")),
    "eye_hurts_ta": Sign(("eye pain",), (_EYE + " " + _MUCH + _PAIN,)),
    "behind_eyes_ta": Sign(("retro-orbital pain",), ("{kannukku,kannuku} {pinnaadi,pinnadi,pinnala,pinnaala} "
                                                     + _PAIN,)),
    "ear_hurts_ta": Sign(("ear pain",), (_EAR + " " + _MUCH + _PAIN,)),
    "throat_hurts_ta": Sign(("sore throat",), (_THROAT + " " + _MUCH + _PAIN, _THROAT + " {kamaral,kamaralaa,"
                                                                                        "erichal,kattu}")),
    "tooth_hurts_ta": Sign(("toothache",), ("{pal,pallu,pallula,keezh pal,mel pal} " + _MUCH + _PAIN,
                                            "{pal,pallu} {koocham,koochchal}", "{paluvali,pal vali}",
                                            "{pal,pallu,keezh pal,mel pal} {la ,}{otta,ottai,sothai}")),
    "body_aches_ta": Sign(("body ache",), (_BODY + " " + _MUCH + _PAIN, "{udambuvali,udampu vali}")),
    "wrist_hurts_ta": Sign(("wrist pain",), ("{manikattu,mani kattu,manikkattu} " + _MUCH + _PAIN,)),
    "testis_hurts_ta": Sign((), ("{testis,kottai,vidhai,vithai,vidhaipai} {la ,le ,}" + _MUCH + _MUCH + _PAIN,),
                            flag="testicular_pain"),
    # --- everyday symptoms ---
    "fever_ta": Sign(("fever",), (
        "{kaichal,kaaichal,kaaychal,kaychal,kaichel,kaichchal,kaichaal,juram,jooram,suram}",)),
    "fever_falling_ta": Sign(("fever",), ("{kaichal,kaaychal,juram} {kuranjiduchu,koranjiduchu,kuranjudhu,"
                                          "vittuduchu,irangiduchu,kammiyaaiduchu}",), flag="defervescence"),
    "rigors_ta": Sign(("fever",), ("{kaichal,kaaychal,juram} {nadukkam,nadukkamaa,nadungudhu}", "kulir juram",
                                   "kulir kaichal"), flag="rigors"),
    "cough_ta": Sign(("cough",), ("irumal", "irumbal", "irumudhu", "irumuraan", "irumuraa", "irumal sali",
                                  "irumum bodhu", "irumumbodhu", "irumalla")),
    "blood_cough_ta": Sign(("coughing blood",), ("{irumal,irumalla,irumum bodhu,irumumbodhu,sali,salila} {la ,le ,}"
                                                 "{konjam ,}" + _BLOOD,)),
    "yellow_sputum_ta": Sign(("cough",), ("{manjal,pachai,kettiyaana} sali",), flag="purulent_sputum"),
    "cold_ta": Sign(("runny nose",), ("sali", "jaladosham", "{mooku,mookku,mukha,mooku la} {ozhugudhu,olukuthu,"
                                                                              "ozhukudhu,ozhuguthu,odudhu}")),
    "sneeze_ta": Sign(("sneezing",), ("thummal", "thummudhu", "thummal varudhu")),
    "blocked_nose_ta": Sign(("nasal congestion",), ("{mooku,mookku} adaippu", "{mooku,mookku} adaichirukku")),
    "vomiting_ta": Sign(("vomiting",), ("vaandhi", "vandhi", "vaanthi eduthaa", "vaanthi eduthaan",
                                        "{vaanthi,vandhi,vaandhi} {edukkiraan,edukkiraa,eduthaan,eduthaa,varudhu}")),
    "vomits_all_ta": Sign(("vomiting",), ("{vaanthi,vandhi,vaandhi} {nikkala,nikkave illa,nikkaama}",
                                          "edhu kuduthaalum {vaanthi,vandhi}"), flag="vomits_everything"),
    "blood_vomit_ta": Sign(("vomiting",), (_BLOOD + " {vaanthi,vandhi}", _BLOOD + " " + _BLOOD + " {aa ,}{vaanthi,"
                                                                                                   "vandhi}"),
                           flag="haematemesis"),
    "nausea_ta": Sign(("nausea",), ("kumattal", "kumattudhu", "kumatudhu", "kumattuthu",
                                    "{vaanthi,vandhi} {varra,vara,varaa,varura} {maadhiri,maathiri,maari}")),
    "diarrhoea_ta": Sign(("diarrhea",), (
        "beedhi", "bedhi", "pethi", "kazhichal", "kalichal", "{vayithu,vayiru} pokku",
        "{thanni,thanneer} {maari,maadhiri,maathiri,pola} {motion,beedhi,bedhi,pethi}",
        "{arisi kanji,arichi kancha,arisi kanchi} {maari,maadhiri,maathiri} {motion,beedhi,pethi,pithi}",
    )),
    "constipated_ta": Sign(("constipation",), ("{malachikkal,malachikal,malasikkal}",
                                               "motion {pogala,pokala,varala,poga kashtam}")),
    "black_stool_ta": Sign(("blood in stool",), ("{karuppa,karuppu,karuppaa} motion",
                                                 "motion {la ,le ,}" + _BLOOD)),
    "dizzy_ta": Sign(("dizziness",), ("mayakkam", "mayakam", "mayakkamaa", "mayakkama",
                                      "{thalai,thala} {suthudhu,suthuthu,chutthuthu,sutthudhu,sutthuthu}",
                                      "kirukku", "kirukkunu", "kiru kiru")),
    "fainted_ta": Sign(("fainting",), ("mayangi {vizhundhaar,vizhundhaan,vizhundhaa,vizhundhen,vizhundhaen,"
                                       "vizhunthaar,vizhunthen,vizhundhutaar,vizhundhuttaa,vizhundhutaan}",
                                       "{mayangittaar,mayangittaan,mayangitta,mayangiten,mayangitten}")),
    "unconscious_ta": Sign(("loss of consciousness",), (
        "mayakkam {aagitten,aayitten,aagittaan,aayittaan,aagittaa,aayiduchu,aagiduchu,aagittaar}",
        "pechu moochu illa", "{ninaivu,nenaivu,suya ninaivu} {illa,illama,illaama,illai,thappiduchu}",
        "{ninaivilla,ninaivillama}",
        "{kooppittaa,koopittaa,koopitta,kooppitta,kupta} {kan thirakkala,badhil illa,pathil illa,badhil varala,"
        "kan thorakkala}",
        "{ezhuppinaa,ezhuppina,ezhupinaa,eluppinaa} {ezhunthukkala,ezhundhukkala,ezhundhirikkala,ezhunthirikkala,"
        "muzhikkala}",
    )),
    "drowsy_ta": Sign(("lethargy",), ("{somba,sombaa,sombal,sombala,somba irukkan,somba irukkaa}",
                                      "{thoongitte,thoongite,thoonkitte,thookam thookama} {irukka,irukkan,irukkaa,"
                                      "irukku,varudhu}",
                                      "ezhuppinaalum sariya pesala")),
    "tired_ta": Sign(("fatigue",), ("sorvu", "sorvaa", "sorva", "chorvu", "chorvaa", "sorvaa irukku",
                                    "kalaippu", "kalaippaa")),
    "confused_ta": Sign(("confusion",), ("{ularuraa,ularuraan,ularraan,ularal,olarraan,olarura}",
                                         "{yaarunu,yaarnu,yaaru nu} theriyala", "ennenavo {pesuraan,pesuraa,ularuraa}",
                                         "{kuzhappam,kozhappam,kozhappama,kuzhappama} {irukku,pesuraan,pesuraa}")),
    "seizure_ta": Sign(("seizure",), ("valippu", "valipu", "vallippu", "valippu vandhuchu", "valippu varudhu")),
    "sweating_ta": Sign(("sweating",), ("viyarvai", "viyarvaiya", "vervai", "vearvai", "viyarkudhu", "viyarkuthu",
                                        "viyarvai kottudhu", "verthu kottudhu")),
    "night_sweats_ta": Sign(("night sweats",), ("{rathiri,raathiri,raatthiri} {viyarvai,vervai}",)),
    "cold_limbs_ta": Sign((), ("{kai kaal,kai,kaal,kai kaalu,udambu} {jillunu,jillunnu,jilnu,chillunu,sillunu,"
                               "jillu nu} {irukku,aagiduchu,aayiduchu,}",), flag="shock_signs"),
    "palpitations_ta": Sign(("palpitations",), (
        _CHEST + " {padapadakudhu,padapadakkudhu,patapatakkuthu,padapadappu,padapadappaa,patapatappu,padapadanu,"
        "thudikkudhu,vegama adikkudhu}",
    )),
    "nervous_ta": Sign(("anxiety",), ("{padapadappa,padapadappaa} irukku", "bayam", "bayama", "bayamaa",
                                      "bayappadraan", "bayappadraa", "bayappaduraan")),
    "breathless_ta": Sign(("shortness of breath",), (
        "moochu {vidu,vida,vida kashtam,vida kashtama,vaangudhu,vaanguthu,vaanga kashtam,thinaral,thinarudhu,"
        "thinaruthu,muttudhu,adaikkudhu,kashtam,prachanai,pirachanai,problem,vaangal}",
        "{moochu,mochu} thinaral",
    )),
    "cant_breathe_ta": Sign(("shortness of breath",), ("moochu {vida,vaanga,edukka} {mudiyala,mutiyala,mudiyalai}",),
                            severity="severe"),
    "fast_breath_ta": Sign(("fast breathing",), ("moochu {romba ,}{vegama,vegamaa,vegam} {vidudhu,vaangudhu,"
                                                 "vidraan,vidraa,}",)),
    "indrawing_ta": Sign(("shortness of breath",), ("{vilaa,vila,vilaa elumbu,vila elumbu} {ulla,ullae} "
                                                    "{pogudhu,poghudhu,pokuthu,poguthu}",), flag="chest_indrawing"),
    "blue_ta": Sign(("cyanosis",), ("{udhadu,uthatu,udadu,mugam,mukam,nagam} {neelam,neelama,neelamaa,neela,"
                                    "neelam aagudhu,neelamaagudhu}",)),
    # --- the mind ---
    "low_mood_ta": Sign(("low mood",), ("sogam", "sogamaa", "sogama", "{manasu,manasey} {sariyilla,sari illa,"
                                                                              "kashtama}")),
    "no_interest_ta": Sign(("loss of interest",), ("{edhuvume,ethuvume,edhuvum,ethuvum} {pidikkala,pitikkala}",
                                                   "{vela la,velaila} kavanam illa")),
    "sleepless_ta": Sign(("insomnia",), ("{thookam,thookkam,thukkam,thook kam} {varala,illa,kammi,sariya illa,"
                                         "varalai,varave illa}", "{thoongala,thoonga mudiyala,thoongave illa}")),
    # "it feels I could die" is a passive wish (death_wish, seen today); suicide named is a thought of it
    # a medicine named by what it treats is no complaint ("valippu maathirai", fits tablets); told finishing, it is
    # why the patient came (a refill)
    "medicine_named_ta": Sign((), ("{valippu,fits,bp,sugar,sakkarai,pressure,gas} {maathirai,mathirai}",)),
    "medicine_finishing_ta": Sign((), ("{valippu,fits,bp,sugar,sakkarai,pressure} {maathirai,mathirai,tablet,tablets} "
                                       "{mudiya pogudhu,mudinjiduchu,theerndhuduchu,theernthuduchu,theera pogudhu}",),
                                  flag="visit_purpose"),
    "no_tetanus_shot_ta": Sign((), ("{tt,tetanus,tt oosi,tetanus oosi,oosi} {podala,podalai,podave illa,pottadhilla,"
                                    "poda illa}",), flag="no_tetanus_shot"),
    "ear_pus_ta": Sign(("ear discharge",), (_EAR + " " + _IN + "{seezh,seez,seel,seezhu} {vadiyudhu,varudhu,"
                                            "vandhu,vandhu vandhu,vadiyuthu,}",)),
    "wants_to_die_ta": Sign((), (
        "{sethudalaam,chetthutalaam,sethuralaam,saagalaam,sethidalaam,saaganum,sethupoganum,sethudanum,"
        "sethudalaamnu,chetthutalaamnu} {nu ,nnu ,}{thonudhu,thonuthu,ninaikkiren,ellam,}",
    ), flag="death_wish"),
    "suicide_named_ta": Sign(("suicidal thoughts",), ("{thalkolai,thatkolai,tharkolai} {panna,pannikka,muyarchi,"
                                                      "ennam}",)),
    "tired_of_life_ta": Sign(("low mood",), ("{vaazhave,vaazha,vazhave} {pidikkala,pitikkala,venaam}",),
                             flag="death_wish"),
    "hanged_ta": Sign(("suicidal thoughts",), ("{thooku,thookku} {pottuta,pottutaa,pottukitta,pottukittaa,"
                                               "pottukittaan,pottaan,pottukittaar,pottuttaan,maatikitta}",),
                      flag="suicide_plan"),
    "will_drink_it_ta": Sign((), ("{kudichiduven,kudichuduven,saapittuduven,kudikka poren,kudichudren}",),
                             flag="resolve_to_take"),
    "poison_kept_ta": Sign((), (_POISON + " vaangi {vechirukken,vachirukken,vechiruken,vechirukkaan}",),
                           flag="poison_at_hand"),
    # --- poison, bites, stings ---
    "poison_drunk_ta": Sign(("poisoning",), (_POISON + " {araichu ,}" + _DRANK,
                                             "{visham,vesham} {kudichitta,kudichaan,kudichiduchu}")),
    "pesticide_spray_ta": Sign((), ("{poochi marundhu,poochimarundhu,marundhu} {adichitu,adichaar,adikkum bodhu,"
                                    "adikkumbodhu,thelichitu,thelikkum bodhu,adikkumpodhu}",),
                                flag="pesticide_exposure"),
    "froth_ta": Sign((), ("{vaaila,vaayila,vaai la} nurai", "nurai {thallichu,varudhu}"), flag="drooling"),
    "snake_ta": Sign(("snake bite",), (
        "{paambu,pambu,paampu,nalla paambu,kattu viriyan,kannadi viriyan} " + _BIT,
        "{paambu,pambu,paampu} {kadi,kadichi}", "{edho,edhu,yedho} {kadichidhu,kadichiduchu,kadichu}",
        "{kattu viriyan,kannadi viriyan,nalla paambu,paambu,pambu,paampu}",
    )),
    "scorpion_ta": Sign((), ("{thel,thelu,thael,thael} " + _BIT,), flag="scorpion_sting"),
    "bee_ta": Sign((), ("{thaen,theni,then,kulavi,kalavi,kadhanduru} {kuthiduchu,kottiduchu,kottichu,kadichidhu,"
                        "kuthichu}",), flag="allergen"),
    "insect_bite_ta": Sign(("itching",), ("{erumbu,kosu,kolusu,poochi} {kadichidhu,kadichu,kadichiduchu}",),
                           flag="insect_bite"),
    "dog_bite_ta": Sign(("dog bite",), ("{naai,naay,theru naai,veri naai,kurangu,poonai} {kaalila ,kaal la ,"
                                        "kai la ,kaiyila ,}" + _BIT,
                                        "{naai,naay,theru naai,veri naai} {1 ,2 ,3 ,4 ,5 ,oru ,rendu ,moonu ,naalu ,"
                                        "}{perai,pera,paera,aala,aalai,paiyana,ponna,kulandhaiya} " + _BIT, "{naai,naay,kurangu} kadi")),
    "puncture_ta": Sign(("wound",), ("{mul,mullu,aani,thoondil mul,meen mul,thirukkai,thirukai,keluthi} {kai la ,"
                                     "kaal la ,viral la ,}{kuthiduchu,kuthichu,kuthi,yeriduchu,eriduchu,"
                                     "maatikittu,maattikittu}",), flag="puncture_wound"),
    "in_the_ear_ta": Sign((), ("{kaadhukulla,kaathukulla,kaadhula,mookkukulla,mookula} {poochi,erumbu,kal,mani,"
                               "kadalai,pattani} {pochu,poyiduchu,pogudhu,nuzhainjiduchu,pottuttaan,maattikichu}",),
                           flag="foreign_body"),
    "fish_bone_ta": Sign(("difficulty swallowing",), ("{mul,mullu,meen mul} {thondaila,thondaiyila,thontaiyila} "
                                                      "{maattikichu,maattikkichu,sikkiduchu,maatikichu}",),
                         flag="foreign_body"),
    # --- injuries ---
    # "pun" (a sore) only with what it is or where: "Pus Punni" is a Hindi month's full moon
    "wound_ta": Sign(("wound",), ("kaayam", "kaayamaa", "siraaippu", "siraippu", "{aazhamana,aazhamaana} {pun,kaayam}",
                                  "{karuppu,siru,chinna,periya,vaai,vaai ellam,kaal la,kai la,kaalla} {pun,punnu}",
                                  "{pun,punnu} {irukku,aagiduchu,aayiduchu,vandhirukku,aaridichu}")),
    "cut_ta": Sign(("cut",), ("{vettu,vettiduchu,vettikittu,kizhinjiduchu}",)),
    "fall_ta": Sign(("fall",), (_FELL,)),
    "fall_height_ta": Sign(("fall",), ("{maram,thennai maram,panai maram,maadi,mottai maadi,koorai,eni,yeni} "
                                       "{mela irundhu,la irundhu,mela irunthu,mele irundhu,lerundhu} " + _FELL,),
                           flag="fall_from_height"),
    "head_hit_ta": Sign((), (_HEAD + " {adi,adipattu,idichu,idichiduchu}", "thalai la adi"), flag="head_injury"),
    "ear_blood_ta": Sign(("bleeding",), (_EAR + " " + _IN + _BLOOD,), flag="ear_bleeding"),
    "bleeding_ta": Sign(("bleeding",), (_BLOOD + " " + _BLOOD_COMES,)),
    "bleeding_wont_stop_ta": Sign(("bleeding",), (_BLOOD + " {nikkala,nikkaama,nikkave illa}",),
                                  flag="heavy_bleeding"),
    "bleeding_stopped_ta": Sign((), (_BLOOD + " {nikkiduchu,ninnuduchu,nindruchu,ninnuchu}",),
                                flag="bleeding_stopped"),
    "gums_bleed_ta": Sign(("bleeding",), ("{pal eeru,paleeru,eeru} {la ,}" + _BLOOD,), flag="gum_bleeding"),
    "nose_bleed_ta": Sign(("bleeding",), ("{mooku,mookku} {la ,}{konjam ,}" + _BLOOD,), flag="nosebleed"),
    "burn_ta": Sign(("burn",), ("{theeppidichu,thee pidichu,theepidichu,theekkaayam,theekaayam,thee pattu}",
                                "{kothikkira,kothikura,sudu} thanni", "ennai {therichidhu,therichu}",
                                "thol {urinju,urinjiduchu} {pochu,poyiduchu}")),
    "electric_ta": Sign((), ("current {adichiduchu,adichidhu,adichu,shock}",), flag="electrical"),
    "drowned_ta": Sign((), ("{kulam,kuttai,kuttaila,kinaru,kinathula,aathula,kulathula,eriyila} {la ,}"
                            "{vizhundha,vizhundhu,vizhunthu,muzhugi,moozhgi}",), flag="drowning"),
    "chemical_eye_ta": Sign((), ("{sunnambu,chunnambu,acid} {kannula,kannil,kann la} {pattuchu,pattudhu,pattiduchu,"
                                 "vizhundhuchu,poyiduchu}",), flag="chemical_eye"),
    "eye_poked_ta": Sign((), ("{ilai,nel ilai,kuchi,kucchi} {kannula,kannil,kann la} {kuthiduchu,pattuchu,"
                              "kuthichu}",), flag="eye_injury"),
    # --- the other systems ---
    "slurred_ta": Sign(("slurred speech",), ("{pechu,pecchu,pesuradhu} {kuzharudhu,kularuthu,kozharudhu,kuzharuthu,"
                                             "thadumaarudhu,kozhappama,kuzhappama}",)),
    "face_droop_ta": Sign(("facial droop",), ("{vaai,vaay,mugam,mukam} oru {pakkam,pakkama} {konikkichu,koniduchu,"
                                              "kooniduchu,konalaa,konala,izhuthuduchu,konikichu}",)),
    "arm_wont_lift_ta": Sign(("weakness",), ("{valadhu,valathu,idadhu,idathu,oru pakkam} {kai,kaal,kai kaal} "
                                             "{thookka,thook,asaikka} " + _NOT_ABLE,
                                             "{valadhu,valathu,idadhu,idathu,oru pakka} {kai,kaal,kai kaal} "
                                             "{varala,asaiyala,sethu pochu}"), flag="focal_weakness"),
    "blurred_ta": Sign(("blurred vision",), ("{mangalaa,mankalaa,mangala,mangalama,managala} {theriyudhu,"
                                             "theriyuthu,irukku}", "paarvai {mangal,mangalaa,kammi}",
                                             "board theriyala")),
    "red_eye_ta": Sign(("red eye",), (_EYE + " {sivappu,sivappa,sivappaa,sivandhu,sivanthu,chivappu,sivandhiruku,"
                                             "sivandhirukku}",)),
    "eyelids_droop_ta": Sign((), ("kan imai {moodudhu,thookka mudiyala,thonguthu,thongudhu,thookka kashtam}",),
                             flag="drooping_eyelids"),
    "numb_ta": Sign(("numbness",), ("{marathu,maraththu,marappu} {pogudhu,pochu,poguthu,pokuthu,povudhu,irukku,}",)),
    "deaf_ta": Sign(("hearing loss",), (_EAR + " {sariya ,}{kekkala,ketkala,kekkadhu,kekka maatengudhu}",
                                        "{kozhanja,kammiya,kammiyaa,konjam kammiya} {kekkudhu,ketkuthu}")),
    "sprain_ta": Sign((), ("kaal {thirugi,thiruguchu,thirugiduchu,sulukku,surukku}", "{sulukku,chulukku}"),
                      flag="sprain"),
    "no_blister_ta": Sign((), ("{kumizh,kopulam} {illa,illai,varala}",), flag="no_blister"),
    "lump_ta": Sign(("swelling",), ("katti", "{mettu,kattikatti} maari katti")),
    "jaundice_ta": Sign(("jaundice",), ("{kann,kannu,kan,udambu} {manjal,manjala,manjalaa,machal,manchal}",
                                        "{manjal kamalai,kamalai}")),
    "itching_ta": Sign(("itching",), ("arippu", "aripu", "arikkudhu", "arikuthu", "arippaa")),
    "rash_ta": Sign(("rash",), ("thadippu", "thadipu", "kopulam", "kopulangal", "koppulam",
                                "{sivappu,chivappu} {pulli,phulli,pullikal,thadippu}", "padar thamarai")),
    "prickly_heat_ta": Sign(("rash",), ("{verkkuru,verkuru,vearkuru}",), flag="heat_rash"),
    "patches_ta": Sign(("skin patches",), ("{vellai,karuppu,chethil} {thittu,that}", "thittu thittaa")),
    "swollen_ta": Sign(("swelling",), ("veekam", "veekkam", "veengi", "veengiruchu", "veengirukku", "veengudhu",
                                       "veenguthu", "veenkiyirukku", "veengi irukku")),
    "tongue_swells_ta": Sign(("throat swelling",), ("{naakku,naaku,kazhuthu naakku} {veengiruchu,veengudhu,"
                                                    "veengi,veekam}",), flag="face_swelling"),
    "neck_stiff_ta": Sign(("neck stiffness",), ("kazhuthu {viraippu,virappu,viraipu}",)),
    "jaw_locked_ta": Sign((), ("{vaai,vaay} {thirakka,thorakka} {mudiyala,mutiyala}",), flag="tetanus_signs"),
    "jaw_tight_ta": Sign((), ("{vaai,vaay} {thirakka,thorakka} {kashtam,kashtama}",), flag="trismus"),
    "spasms_ta": Sign((), (_BODY + " {appappo ,}{izhukkudhu,izhukuthu,vettudhu,vettivettu izhukkudhu}",),
                      flag="body_spasms"),
    "swallow_hard_ta": Sign(("difficulty swallowing",), ("{muzhunga,mulunka,vizhunga,saapadu muzhunga} "
                                                         + _NOT_ABLE,)),
    "spit_stuck_ta": Sign(("difficulty swallowing",), ("echil {muzhunga,mulunka} " + _NOT_ABLE,),
                          flag="cant_swallow_saliva"),
    "sunken_eyes_ta": Sign(("sunken eyes",), ("{kann,kannu,kan} {ulla pochu,ulla poyiduchu,kuzhi vizhundhiruku,"
                                              "kuzhi vizhundhu}",)),
    "thirsty_ta": Sign(("excessive thirst",), ("thaagam", "thaagama", "thaagamaa",
                                               "thanni {aasaiya aasaiya,aasaiyaa} {kudikkiraan,kudikkiraa}")),
    "no_appetite_ta": Sign(("loss of appetite",), ("{saapida,saapda,chaappida} {pidikkala,maatengiraan,"
                                                   "maatengiraa,thonala,venaam}", "pasi illa", "pasikkala",
                                                   "saapadu {irangala,erangala}", "saapidala")),
    "no_feed_ta": Sign(("unable to drink",), ("{paal,paali,thanni,thaai paal} {kudikkala,kutikkala,kudikka "
                                              "maatengiraan,kudikka maatengiraa,kudikka maatengudhu,kudikka mudiyala,"
                                              "kudikkave illa}",)),
    "feeds_well_ta": Sign((), ("{paal,thanni} nalla {kudikkiraa,kudikkiraan,kudikkudhu,kudikkiraen}",),
                          flag="feeding_well"),
    "weight_lost_ta": Sign(("weight loss",), ("{edai,yedai,weight} {kuraiyudhu,koraiyudhu,kurainjiduchu,"
                                              "korainjiduchu}",)),
    # --- urine, womb, pregnancy ---
    "burning_urine_ta": Sign(("dysuria",), (_URINE + " {pogum bodhu ,pogumbodhu ,pokumpothu ,}{erichal,erichala,"
                                                     "eriyudhu,kadupu}",)),
    "no_urine_ta": Sign(("reduced urine",), (_URINE + " {varala,kammiya,kammiyaa,kammi,kuraivaa,kuraivaa pogudhu,"
                                                      "rompa kammiyaa,romba kammiya}",)),
    "urine_often_ta": Sign(("frequent urination",), ("{adikkadi,adikadi,adikkatti} " + _URINE,
                                                     _URINE + " adikkadi")),
    "urine_red_ta": Sign(("blood in urine",), (_URINE + " {sivappa,sivappaa,chivappaa,sivappu,la rattham}",)),
    "urine_dark_ta": Sign(("dark urine",), (_URINE + " {manjal,manjala,manjalaa,karuppa}",)),
    "discharge_ta": Sign(("vaginal discharge",), ("{vellai paduthal,vellaipaduthal,vellaippatuthal,vellai "
                                                  "poguthu,vellai pogudhu,vellaippaduthal}",)),
    "foul_discharge_ta": Sign(("vaginal discharge",), ("{naaththam,naatham,naaram} {adikkira,adikura} "
                                                       "{kazhivu,thanni,vellai}",), flag="foul_discharge"),
    "bleeding_below_ta": Sign(("vaginal bleeding",), ("{kizha,keezha,keela,keel} " + _BLOOD + " " + _BLOOD_COMES,
                                                      "period {nikkala,nikkave illa}")),
    "baby_still_ta": Sign(("reduced fetal movement",), ("{kulandhai,kozhandhai,kulanthai,baby} {asaivu,asaiyala} "
                                                        "{theriyala,theriyave illa,illa,kammi,kammiya}",
                                                        "{kulandhai,kozhandhai,kulanthai,baby} asaiyala")),
    "belly_like_stone_ta": Sign(("abdominal pain",), (_BELLY + " {kallu,kal} {maari,maadhiri,maathiri,pola}",),
                                flag="peritonism"),
}
