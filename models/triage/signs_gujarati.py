"""Gujarati and Kutchi wordings (in Latin letters, and what script_gujarati.py reads from the Gujarati script) of
symptoms and danger signs, as a community health centre in Saurashtra and Kutch hears them: "tav" (fever),
"udharas" (cough), "peshab ma baltra" (burning urine), "haif chade" (breathless), "aankhe andharu" (a blackout),
"bebhan" (fainted), "khench aavi" (a fit), "mo vanku thai gayu" (the mouth went crooked), "dhavtu nathi" (a baby
not at the breast), "8mo mahino" (the eighth month of a pregnancy: patient.py).

Gujarati says "not" after the verb ("dukhtu nathi", "tav nathi"): "nathi" is a negation cue of context.py. Words
that are other words in Hindi are used only inside a phrase: "ghutan" (Hindi a choking; Gujarati the knee) with what
the knee does, "mahina" (months; the monthly period) with what the period does.

Merged into signs.SIGNS; a wording of a danger sign named elsewhere sets that sign's flag (``flag``).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# --- word groups ---
_IN = "{ma ,maa ,par ,ne ,}"  # "pet ma" (in the belly), "pag par" (on the leg), written apart from the noun
_MUCH = "{bahu ,khub ,sakht ,ghanu ,thodu ,thodo ,halku ,}"
_HURTS = "{dukhe,dukhe che,dukhe chhe,dukhavo,dukhaavo,dukhavo che,dukhtu,dukhtu hatu,dukhyu,dukhva,chuke,chuk}"
_HEAD = "{mathu,maathu,mathama,mathu j,maathu j}"
_CHEST = "{chhati,chhaati,chati,chaati}"
_BELLY = "{pet,pedu,dunti,duti,dunti pase,pet ni jamni baju,pet ni daabi baju}"
_BACK = "{pith,peeth,kamar,kammar}"
_KNEE = "{ghutan,ghutnu,ghoontan,goda,godo,ghutna}"
_JOINT = "{sandha,saandha,sandhaa,sandho,sandhi}"
_EYE = "{aankh,ankh,aakh,aankho,aankhe,aankh ma,aankh na}"
_EAR = "{kaan,kan}"
_THROAT = "{galu,gala,gale}"
_TOOTH = "{daant,dant,dadh,daadh,dadh ma,daadh ma}"
_URINE = "{peshab,pesab,pishab,urine}"
_BLOOD = "{lohi,loi,lohi na tipa}"
_BREATH = "{shwas,swas,shvas,shwaas}"
_SWOLLEN = "{sujyo,sujyu,sujya,suji,suji gayo,suji gayu,suji gai,suji gaya,sujelo,sujelu,fuli gayu,fuli gayo,fuli gai}"
_BITES = "{karadyo,karadyu,karadi,karadyo che,karadi gayo,karadyu che,karadya}"
_SNAKE = "{saap,sap,saape,saap e,naag,kaalotro,kalotro,kaalotra,frudu,foordu}"

GUJARATI_SIGNS: dict[str, Sign] = {
    # --- pain named by where it hurts ---
    "gu_headache": Sign(("headache",), (
        _HEAD + " " + _MUCH + _HURTS, "{mathu,maathu} {fati jaay,fati jay,fate,fati jay che,bhaare,bhare}",
    )),
    "gu_chest_pain": Sign(("chest pain",), (
        _CHEST + " " + _IN + _MUCH + _HURTS,
        _CHEST + " {ma ,maa ,}{bhaar,bhaare,bhar,dabaan,dabaan jevu,pressure,bhaar jevu,bhare pressure}",
        _CHEST + " {pakdi,dabavi} {ne ,}{besi,padi,suti} {gaya,gayo,gai}",
    )),
    "gu_belly_pain": Sign(("abdominal pain",), (
        _BELLY + " " + _IN + _MUCH + _HURTS, "{pet,pedu} {ma ,}{aamdi,aamdhi,maroda,marod}",
    )),
    "gu_back_pain": Sign(("back pain",), ("{pith,peeth,kamar,kammar} {ma ,}" + _MUCH + _HURTS,
                                          "{pith,kamar} ni {jamni,daabi} baju {ma ,}{dukhe,dukhavo,sakht dukhavo}",
                                          "{kamar,pith} na {haadka,hadka} ma " + _MUCH + _HURTS)),
    # two places sharing one pain: "pag ane kamar na haadka ma dukhavo" (the legs and the back)
    "gu_leg_and_back": Sign(("leg pain", "back pain"), ("{pag,jangh} ane {kamar,pith} {na haadka ,na hadka ,}{ma ,}"
                                                        + _MUCH + _HURTS,)),
    "gu_knee_pain": Sign(("knee pain",), (
        # (Hindi "ghutan" is a choking: the Gujarati knee takes what a knee does)
        _KNEE + " " + _IN + _MUCH + _HURTS, _KNEE + " {maradayo,maradai gayo,mardai gayo,chhuti jaay,chhuti jay,"
                                                    "vaanko thai gayo,laal,lal,garam}",
    )),
    # a swollen knee is a painful one (lexicon.JOINT_SWELLING_SITES)
    "gu_knee_swollen": Sign(("knee pain", "swelling"), (_KNEE + " {ma ,}{sojo," + _SWOLLEN[1:],)),
    "gu_knee_graze": Sign(("wound",), (_KNEE + " {par ,ma ,}{chholaayo,chholayo,chholai gayu,chhollai gayu,chholaayu,"
                                                "chhollaayu,chhalai gayu,vagyu}",)),
    "gu_joint_pain": Sign(("joint pain",), (_JOINT + " " + _IN + _MUCH + _HURTS, "{sandha,saandha} {jakdai,jakdaay}")),
    "gu_leg_pain": Sign(("leg pain",), ("{pag,paga,jangh,pindi,pindi ma} " + _IN + _MUCH + _HURTS,)),
    "gu_shoulder_pain": Sign(("joint pain",), ("{daabo,jamno,daabu,jamnu,} {khabho,khabhu,khabha} " + _MUCH + _HURTS,)),
    "gu_eye_pain": Sign(("eye pain",), (_EYE + " " + _IN + _MUCH + "{dukhe,dukhavo,bale,baltra,khutke,khunche}",)),
    "gu_ear_pain": Sign(("ear pain",), (_EAR + " " + _IN + _MUCH + _HURTS,
                                        "{kaan,kan} pakdi ne {rade,radtu,radti,rove}")),
    "gu_sore_throat": Sign(("sore throat",), (_THROAT + " " + _IN + _MUCH + _HURTS,
                                              "{gala,galu} {besi gayu,bese,chhole}")),
    "gu_toothache": Sign(("toothache",), (_TOOTH + " " + _IN + _MUCH + _HURTS,
                                          "{thandu garam,thandu-garam} lage to dukhe")),
    "gu_body_ache": Sign(("body ache",), ("{aakhu,aakhun,aakha} {sharir,shareer,sharir ma} {tute,toote,dukhe,kale}",)),
    # --- fever, chills ---
    "gu_fever": Sign(("fever",), (
        "tav", "tav che", "{tav,taav} {aave,aavyo,chadhe,chade,rahe,aave ne jaay,utarto nathi,utartu nathi}",
        "{tav,taav} jevu {lage,lage che}", "{sharir,shareer} {aag jevu ,khub ,}{garam,tape}",
    )),
    "gu_chills": Sign(("fever",), ("{dhruj,dhrujari,dhrujaari,thandi} {chade,chadhe,aave,lagi,laage} {ne tav,}",),
                      flag="rigors"),
    # --- breathing, cough ---
    "gu_cough": Sign(("cough",), (
        "{udharas,udhras,udharash,udhrash}", "{suki,sukki} {udharas,udhras}",
        "{kafa,kaf,kapho,gadfo,galfo} {aave,aave che,jevu,nikle,pade}", "{peela,pila,lila} {kafa,kaf}",
    )),
    "gu_coughing_blood": Sign(("cough", "coughing blood"), (
        "{udharas,udhras,kafa,kaf} {sathe,ma,ni sathe} {" + "lohi,taazu lal lohi,lohi na resa,lal lohi}",
        "{udharas,udhras} sathe {taazu ,}{lal ,}lohi",
    )),
    # a bowlful or a cupful of blood coughed up (a massive haemoptysis)
    "gu_blood_bowlful": Sign(("cough", "coughing blood"), ("{udharas,udhras} sathe {vaati,vatki,kap,glass} bhari ne "
                                                           "{taazu ,}{lal ,}lohi",), flag="heavy_bleeding"),
    "gu_breathless": Sign(("shortness of breath",), (
        "{haif,hanf,haaf,hafaro,hafaaro,haifaro} {chade,chadhe,chadi jay,chadi jaay,chade che,chadhi jay}",
        _BREATH + " {chade,chadhe,chadi jay,chadi jaay,chadto,chadhto,levama taklif,levama takleef,levama mushkeli,"
        "leva ma taklif,leva ma takleef,"
        "nathi chaltu,tuto tuto,tuto tuto chale,rundhay,atke,atki jaay,bharai jaay}",
        "{dhal,daadar,dadar} chadta {haif,shwas}",
    )),
    "gu_breath_fast": Sign(("fast breathing",), (
        _BREATH + " {bau ,bahu ,}{jaldi jaldi,jaldi,jor jor thi,zadpi}",
    )),
    "gu_breath_deep_fast": Sign(("fast breathing",), (_BREATH + " {undo,unda,oondo} {ane ,ne ,}jaldi",),
                                flag="acidotic_breathing"),
    "gu_indrawing": Sign(("shortness of breath",), ("{pansli,paansli,paasli} andar {khenchay,khechay,jaay,bese}",),
                         flag="chest_indrawing"),
    "gu_wheeze": Sign(("wheezing",), ("{sisoti,sisotee,sitti,siti} {vage,vaage,jevu,bole}", "sisoti")),
    "gu_cant_speak": Sign((), ("{ek ,}{vaakya,vakya,vaat} {puru ,}{boli,bolvu} nathi {shakto,shakti,shakta}",),
                          flag="too_breathless_to_speak"),
    "gu_blue": Sign(("cyanosis",), ("{hoth,hot,nakh} {bhura,bhuru,bhuro,kaala,jaambla,jamla,nila,bhura bhura} "
                                    "{thai gaya,"
                                    "padi gaya,lage,lage che,}",)),
    # --- the nose and throat ---
    "gu_runny_nose": Sign(("runny nose",), ("{naak,nak} {vahe,vahe che,gale,galtu}", "{shardi,saradi}")),
    "gu_blocked_nose": Sign(("nasal congestion",), ("{naak,nak} bandh {jevu,che,thai gayu,}",)),
    "gu_sneezing": Sign(("sneezing",), ("{chhink,chheenk,chhinko,chhik} {aave,aave che}",)),
    "gu_swallow": Sign(("difficulty swallowing",), ("{galvama,galva ma,gali,galvu} {taklif,takleef,mushkeli,nathi "
                                                     "shakto,nathi shakti}",)),
    "gu_throat_closing": Sign(("throat swelling",), ("{gala,gale} ma kai {bharai,rundhai} gayu hoy {evu,em}",)),
    # --- the gut ---
    "gu_nausea": Sign(("nausea",), ("{ubka,ubkaa,ubaka,ubko} {aave,aave che,}", "{ubka,ubkaa}",
                                    "{ulti jevu,ulti jevu thay}", "{jiv,jeev} {gabhraay,mugjhay}")),
    "gu_vomiting": Sign(("vomiting",), ("{ulti,ultiyo,ulati} {thai,thay,kare,kare che,thaay,thai gai}",)),
    "gu_rice_water": Sign(("diarrhea",), ("{chokha,chokhaa} na pani jeva {jhada,jaada}",
                                          "{paatla,patla} {jhada,jaada}")),
    "gu_constipation": Sign(("constipation",), (
        "{kabajiyat,kabjiyat,kabjiyaat}", "{jaado,jado,jhaado} {nathi,nahi} {aavyo,aavto,thato,thayo,utarto}",
    )),
    "gu_stool_blood": Sign(("blood in stool",), ("{jhada,jaada,sandas} {ma,vakhte,sathe} " + _BLOOD,)),
    "gu_black_stool": Sign(("blood in stool",), ("{kaala,kala} {dammar,damar,dambar,kolsa} {jeva,jevo} "
                                                 "{jhada,jaada}",)),
    "gu_blood_vomit": Sign(("vomiting",), ("{lohi ni,lohini} {ulti,ultiyo}",), flag="haematemesis"),
    "gu_bloated": Sign(("swelling",), ("pet {moto,mottu,fuli,fulyu,fuli gayu,fugai} {thai gayu,gayu,}",),
                       flag="abdominal_distension"),
    "gu_belly_hard": Sign(("abdominal pain",), ("pet {patthar,pathar} jevu {kadak,kathan}",), flag="peritonism"),
    "gu_heartburn": Sign((), ("{chhati,chhaati} ma {baltra,bale,balatra}", "khata {odkar,odakar}"), flag="dyspepsia"),
    "gu_no_appetite": Sign(("loss of appetite",), ("{bhukh,bhookh} {nathi,nathi lagti,ochhi,ochhi lage,mari gai}",
                                                   "{ochhu,ochhun} khay")),
    "gu_thirst": Sign(("excessive thirst",), ("{bahu,khub} taras {lage,laage,lage che}",)),
    "gu_gulps_water": Sign(("excessive thirst",), ("gat gat pani {pive,pive che}",), flag="dehydration_sign"),
    "gu_sunken_eyes": Sign(("sunken eyes",), ("{aankh,aankho} {thodi ,}andar {lage,utri gai,bese,besi gai}",)),
    # --- consciousness, fits, the brain ---
    "gu_fainted": Sign(("fainting",), (
        "{aankhe,aankh} {andharu,andhaaru,andhara} {aavi ne padi gai,aavi ne padi gayo,aavi gayu ne padi gayo}",
    )),
    "gu_blackout": Sign(("dizziness",), ("{aankhe,aankh ma} {andharu,andhaaru,andhara} {aave,aavyu,aavi jay,}",
                                         "{tammar,tamar} {aave,aavi}")),
    "gu_unrousable": Sign(("loss of consciousness",), (
        "{bolaviye,bolavie,bolavo} to jawab nathi {aapta,aapto,aapti,aaptu}",
        "{jaagta,jaagto,jaagti,jagta} nathi", "aankh nathi {kholto,kholti,kholta}",
    ), flag="hard_to_rouse"),
    "gu_confused": Sign(("confusion",), (
        "{aadu avdu,aadu-avdu,aadu avadu,aadum avdum} {bole,bole che,bolva lagyo}",
        "{kai ,}{samajatu,samjatu,samjaatu} nathi", "{gunchvai,gunchvaya,gunchvayo,gunchvaai} {gai,gayo,gaya,jeva,}",
        "{koi ne ,koine ,}{olkhati,olkhato,olkhta,olakhto} nathi", "vaat barabar nathi {karto,karti,karta}",
    )),
    "gu_drowsy": Sign(("lethargy",), (
        "{ungh,ungh ungh} {kare,kare che}", "bahu ungh aave", "{dhilu,dhilo,dhili} {padi gayu,padi gayo,padi gai,dhilo,"
        "dhilu}", "{susti,sust}",
    )),
    "gu_limp_baby": Sign(("lethargy",), ("{hath,haath} {upadi ne,uchki ne} mukiye to padi {jaay,jay}",
                                         "{radtu,radti,rove} pan nathi"), flag="lies_limp"),
    "gu_seizure": Sign(("seizure",), (
        "{khench,khenchh,aanchki,anchki,vaai,vaay} {aavi,aave,aavi gai,aave che}",
        "{hath pag,haath pag,aakhu sharir} {khenchay,khechay,khenchai}", "aankh upar chadi gai",
    )),
    "gu_neck_stiff": Sign(("neck stiffness",), ("{gardan,doku,dok} {vaali,vali,fervi} nathi {shakti,shakto}",
                                                "{gardan,doku} {akdai,jakdai} {gai,gayu,gayi}")),
    "gu_weak": Sign(("weakness",), ("{nablai,nabalai,ashakti}",)),
    "gu_tired": Sign(("fatigue",), ("{thak,thaak,thakan,thakaan} {lage,laage,lage che}", "{aalas,thaki jay}")),
    "gu_one_side": Sign(("weakness",), (
        "ek {baju,baaju} nu sharir kaam nathi {kartu,karto}",
        "{jamno,daabo,jamnu,daabu} {hath,haath,pag} {uchko,uchu,upadto} nathi {thato,thatu,thati}",
    ), flag="focal_weakness"),
    "gu_face_droop": Sign(("facial droop",), ("{mo,modhu,mon,mou} {achanak ,}{ek baju ,}{vanku,vaanku,vaku,trasu} "
                                              "{thai gayu,"
                                              "padi gayu,thayu}",)),
    "gu_slurred": Sign(("slurred speech",), ("{bolvama,bolva ma} {lochaa,locha,taklif,takleef,jibh lathdaay} "
                                             "{vade,thay,}",
                                             "daaru pidho hoy em bole", "{jibh,jeebh} {lathdaay,lathdai,thothvay}")),
    "gu_cup_dropped": Sign((), ("{cup,kap,glass,pyalo} {hath,haath} {mathi,ma thi} padi {gayo,gayu}",),
                           flag="lay_stroke"),
    "gu_eyelids": Sign((), ("{popcha,popchaa,popchan,aankh na popcha} {dhali,dhadi,dhali pade,niche aave}",),
                       flag="drooping_eyelids"),
    "gu_forgetful": Sign((), ("{vaat,vastu} {bhuli jay,bhuli jaay,bhulay}", "yaad na rahe"), flag="forgetful"),
    # --- the senses ---
    "gu_blurred": Sign(("blurred vision",), ("{jhakhu,jhankhu,zankhu,jaankhu,zakhu} {dekhay,dekhaay,dekhay che}",)),
    "gu_curtain": Sign(("blurred vision",), ("{parado,pado,padado} padyo hoy em", "upar thi {kalu,kaalu} aave"),
                       flag="sight_lost"),
    "gu_haloes": Sign(("blurred vision",), ("{diva,batti,bulb,light} {aaspas,aajubaju,ni aaspas} {rang na ,}{kunda,"
                                            "kundala,gol}",), flag="haloes"),
    "gu_red_eye": Sign(("red eye",), ("{aankh,aankho} {laal,lal} {ne ,}{chipda,}", "aankh aavi che")),
    "gu_eye_lime": Sign(("eye pain",), ("aankh ma {chuno,chuna,churno,acid,dawa} {udi,padi,gayo,udi ne gayo}",),
                        flag="chemical_eye"),
    "gu_eye_grit": Sign(("eye pain",), ("{kankar,kachro,dhul,kharo} udi ne aankh ma {vagyo,gayo,padyo}",),
                        flag="foreign_body"),
    "gu_ear_discharge": Sign(("ear discharge",), (_EAR + " {mathi,ma thi} {paru,paani,pani,pus,rasi} {vahe,aave,nikle,"
                                                           "jevu vahe}",)),
    "gu_hearing": Sign(("hearing loss",), ("{ochhu,ochhun} {sambhlay,sambhalay,sanbhalay,sambhdaay}",)),
    # --- skin, swelling, wounds ---
    "gu_swelling": Sign(("swelling",), (_SWOLLEN, "{gumdu,gumadu}")),
    "gu_face_swelling": Sign(("swelling",), ("{hoth,mo,modhu,aankh} " + _SWOLLEN,), flag="face_swelling"),
    "gu_no_swelling": Sign(("swelling",), ("{hoth,mo,modhu,aankh,pag} nathi {sujya,sujyo,sujyu,suji}",), negated=True),
    "gu_throat_clear": Sign(("throat swelling",), ("{gala,gale} ma kai nathi",), negated=True),
    "gu_rash": Sign(("rash",), ("{lal ,laal ,}{chakama,chakamaa,chaktha,chakaama}", "{lal,laal} {dhabba,dhaabaa}",
                                "{aakha ,}sharir par {dhabba,dhaabaa}",
                                "{lal,laal} {daana,dana,daanaa}", "{daana,dana} {nikalya,nikle,thaya}")),
    "gu_itching": Sign(("itching",), ("{khanjvale,khanjvaale,khanjavaal,khanjavade}",)),
    "gu_skin_patch": Sign(("skin patches",), ("{safed,saphed,jaankhu,jankhu,zaankhu} {daag,daagh,dhabbu,dhabba,chatha,"
                                                "chaatha}", "{gol gol ,}khanjval vala chatha")),
    "gu_numb_patch": Sign(("numbness",), ("aadakiye to khabar nathi padti", "{sparsh,adko} {nathi,khabar nathi}",
                                          "{jhanjhane,jhanjhanati,khali chade}")),
    "gu_lump": Sign((), ("{nani ,}{gath,gaath,gaanth}",), flag="lump"),
    "gu_burn": Sign(("burn",), ("{dajhyo,dajhyu,dajhi,dajhya,dajhi gayo,dajhi gayu,dazhyo,dajho}",
                                "{tel,garam pani,chaa,dudh} no chhanto", "{chaa,garam pani,dudh} ni {kitli,tapeli} "
                                                                          "ulti padi")),
    "gu_no_blister": Sign((), ("{phodla,phodlo,fodla} nathi",), flag="no_blister"),
    "gu_graze": Sign(("wound",), ("{chholaayo,chholayo,chholai gayu,chhollai gayu,chholaayu,chhollaayu,"
                                  "chhalai gayu}",)),
    "gu_wound": Sign(("wound",), ("{ghaa,gha} {padyo,thayo,che,paki gayo}", "{undo,undu} {ghaa,gha}",
                                  "{datardu,dataradu,charpu,chappu,kodali} vagyu")),
    "gu_pus": Sign(("wound",), ("{paru,paaru,pachh,rasi} {nikle,aave,bharayu,bharai gayu}", "paki gayu",
                                "{lali,laali} {upar sudhi ,}{chadi,vadhi,faili}"),
                   flag="wound_infection"),
    # a bruise, a mouth ulcer, cracked lips, a blister rubbed by a shoe or a tool: minor (signs_benign's)
    "gu_minor": Sign((), ("{nilu,kaalu,lilu} {padyu,padi gayu,chaathu,chathu}", "{mo,mon,modha} ma {chhaala,chhala}",
                          "{chhaalu,chhalu} padyu", "{chap,hoth} {fatya,fati gaya}",
                          "{phodlo,phodla} {padyo,padya}", "{kodali,pavdo} thi {hatheli,hath} ma {phodla,phodlo}"),
                     flag="minor_ailment"),
    "gu_bleeding_stopped": Sign(("bleeding",), ("lohi bandh {thai gayu,thayu,thai gai}",), negated=True,
                                flag="bleeding_stopped"),
    "gu_nosebleed": Sign(("bleeding",), ("{naak,nak} {mathi,ma thi} {thodu ,}lohi {aavyu,aave,nikle,nikalyu,pade}",),
                         flag="nosebleed"),
    # --- urine, periods, pregnancy ---
    "gu_dysuria": Sign(("dysuria",), (_URINE + " {ma ,vakhte ,karta ,}{baltra,bale,balatra,balatara}",)),
    "gu_urine_often": Sign(("frequent urination",), ("{vaaramvaar,varamvar,vaar vaar} {peshab,javu pade,bathroom}",
                                                     "{raat na,raatre,ratre} {2-3,3-4,4-5,be tran,char panch} vaar "
                                                     "{peshab,urine}")),
    "gu_urine_blood": Sign(("blood in urine",), (_URINE + " {ma ,}{lal,laal,lal lal,lal jevo,pan lal jevo,ma lohi}",)),
    "gu_retention": Sign(("reduced urine",), (_URINE + " {j ,}{nathi utarto,nathi utartu,bandh,nathi aavto,ochho}",)),
    # heavy periods: not a haemorrhage ("bahu lohi jaay" alone is one)
    "gu_heavy_periods": Sign((), ("{mahina,period,masik} ma {bahu,vadhare,khub} lohi {jaay,jay,jaay "
                                                      "che,pade}",), flag="heavy_periods"),
    "gu_irregular": Sign(("irregular periods",), ("{mahina,mahinu,period,masik} {2-3,be tran,be-tran} mahine ek vaar "
                                                   "{aave,aave che}", "{mahina,period,masik} {aagal pachhal,niyamit "
                                                                        "nathi}")),
    "gu_painful_periods": Sign(("painful periods",), ("{masik,maasik,mahina,period} {na ,ni ,}{pehle ,}{divase ,"
                                                       "vakhte ,ma ,}{pet ma ,}{dukhe,dukhavo}",)),
    "gu_vaginal_bleeding": Sign(("vaginal bleeding",), ("{niche thi,nichethi} {ghanu ,bahu ,thodu ,}lohi "
                                                        "{padyu,pade,padyun,jaay}",)),
    "gu_baby_still": Sign(("reduced fetal movement",), (
        "{baby,balak,baalak,bachu} {ek kalak thi ,kale thi ,}{halyu,halatu,hale,farvu,far} nathi",
        "{baby,balak,baalak,bachu} {ochhu,ochhun} {fare,far,hale}", "{laat,lat} nathi {marto,maartu,martu,marti}",
    )),
    "gu_baby_moves": Sign(("reduced fetal movement",), ("{baby,balak} barabar {hale,fare}",), negated=True),
    "gu_no_feed": Sign(("unable to drink",), (
        "{dhavtu,dhavti,dhavto,dhave} {j ,}nathi", "{dhavi,dhavai} nathi {shakti,shakto,shaktu}",
        "{dhavanu,dhavaanu} {ochhu,bandh} kari didhu",
    ), flag="cannot_drink"),
    "gu_feeds": Sign(("unable to drink",), ("{dhave,dhave che} {barabar,saru}", "{dhave,dhave che}"), negated=True),
    "gu_plays": Sign(("lethargy",), ("{rame,ramto,ramti} {che,chhe,j che,hoy}",), negated=True),
    # --- bites, stings, poison, injury ---
    "gu_snake_bite": Sign(("snake bite",), (_SNAKE + " " + _BITES, _SNAKE + " {pag par ,hath par ,}" + _BITES)),
    # a snake seen, no bite told: watched (rules_complaints.snake_nearby)
    "gu_snake_seen": Sign((), (_SNAKE + " {joi,joyo,jovayo,dekhayo}",), flag="snake_nearby"),
    "gu_scorpion": Sign((), ("{vinchhi,vinchu,vichhi} {e ,ne ,}{pag na angutha par ,}{dankh maryo,karadyo,karadi,"
                             "dankh}",), flag="scorpion_sting"),
    "gu_bee": Sign((), ("{madhmakhi,madhmaakhi,bhamri,bhamro} {karadi,karadyo,karadya,dankh maryo}",),
                   flag="insect_bite"),
    "gu_insect": Sign((), ("{jivdu,jivat,makodo,machhar} {karadyu,karadyo,karadi}",), flag="insect_bite"),
    "gu_dog_bite": Sign(("dog bite",), ("{kutra,kutro,kutri,kutru} {e ,}{pindi par ,pag par ,hath par ,}{karadyu,"
                                        "karadyo,bachku bharyu}",)),
    "gu_froth": Sign((), ("{mo,modha} {ma thi,mathi} {fin,fen,feen,faan} {nikle,aave}", "{laad,laal} {pade,pade che}",
                          "{aankh ni ,}kiki nani {thai gai,che}"), flag="pesticide_exposure"),
    "gu_poison_plan": Sign(("suicidal thoughts",), ("{pi,khai} {laish,laish evu,lais} {nakki karyu,vicharyu}",
                                                    "{pi,khai} laish"), flag="suicide_plan"),
    "gu_wants_to_die": Sign(("suicidal thoughts",), ("{mari javanu,marvanu,marvana} {vichar,vichaar} "
                                                     "{aave,aave che}",)),
    "gu_no_will_to_live": Sign(("low mood", "suicidal thoughts"), ("{jeevavanu,jivvanu,jivavanu} man nathi {thatu,"
                                                                   "thaatu}",)),
    "gu_head_hit": Sign(("fall",), ("{mathu,maathu} {rasta,jamin,bhint,diwal} {par ,ma ,}{athdayu,athdaayu,bhatkayu,"
                                    "vagyu}",), flag="head_injury"),
    "gu_fall": Sign(("fall",), ("{lapsi,lapasi} {gaya,gayo,gai,gayaa}", "{parthi,par thi,uparthi} {padi,padyo,padya}")),
    "gu_bent": Sign((), ("{kaandu,kandu,haath,hath,pag} {vaanku,vanku} {thai gayu,}",), flag="fracture"),
    "gu_lockjaw": Sign((), ("{jadbu,jadbo,jadaboo} {khultu nathi,bhidai gayu,bandh}",), flag="jaw_locked"),
    "gu_spasms": Sign((), ("pith {akdai,akadai} {jay,jaay}", "aakhu sharir {khenchay,khechay,akdai jay}"),
                      flag="body_spasms"),
    "gu_pricked": Sign(("wound",), ("{khili,khiili,kaanto,kanto} vagi {hati,gai}",), flag="puncture_wound"),
    # --- the mind, sleep ---
    "gu_low_mood": Sign(("low mood",), ("man nathi {lagtu,laagtu}", "{udaas,udas} {rahe,lage}")),
    "gu_no_interest": Sign(("loss of interest",), ("{kai,kashu,kain} gamtu nathi",)),
    "gu_insomnia": Sign(("insomnia",), ("{ungh,oongh,nindar} nathi {aavti,aavtee,aavti raatre}",)),
    "gu_sleepless": Sign((), ("{raat,raatri} thi {sutoj,suto j,sui j} nathi", "sutoj nathi"),
                         flag="nights_without_sleep"),
    "gu_psychotic": Sign((), ("{ekla ekla,ekla} vaato kare", "{gharna,ghar na} upar shak kare"),
                         flag="psychotic_symptoms"),
    "gu_anxiety": Sign(("anxiety",), ("{bik,beek,bhay,dar} lage che", "{gabhraman,gabhraaman}")),
    "gu_palpitations": Sign(("palpitations",), ("{dhabkara,dhabakara,dhabkaara} {vadhi gaya,vadhi jaay,jor jor thi,"
                                                "vadhe}",)),
    "gu_weight_loss": Sign(("weight loss",), ("vajan {ghatyu,ghatyun,ochhu thayu,utri gayu,ghatyu che}",
                                              "vajan {5 kilo ,thodu ,}ghatyu")),
    "gu_night_sweats": Sign(("night sweats",), ("{raatre,ratre,raat na} {parsevo,pasino} {vale,thay,aave}",)),
    "gu_sweating": Sign(("sweating",), ("{pasino,parsevo} {pasino,parsevo,vale,vale che,thai gayo,vadhare}",)),
    "gu_hiccups": Sign((), ("{hedki,hedaki,hichki} {aave,bandh nathi thati}",), flag="hiccups"),
    "gu_teething": Sign((), ("daant aave {che,chhe}",), flag="teething"),
    "gu_thriving": Sign((), ("vajan {vadhe che,barabar vadhe}", "{hasti,hasto} rame che"), flag="thriving"),
    "gu_yellow_urine": Sign(("dark urine",), (_URINE + " {pilo,pilu,piro} {gaadh,gadh,gherho,ghatto} {aave,}",),
                            flag="yellow_urine"),
    "gu_visit": Sign((), ("{bas ,}{janvu,puchhvu} che", "check {karavu,karaavvu} che", "certificate {joiye,joie}"),
                     flag="visit_purpose"),
    # --- what says a sign is absent ---
    "gu_breathing_fine": Sign(("shortness of breath",), (_BREATH + " barabar {che,}",), negated=True),
    "gu_sight_fine": Sign(("blurred vision",), ("{dekhay,dekhay che} barabar", "{aankhe ,}barabar dekhay"),
                          negated=True),
    "gu_no_headache": Sign(("headache",), ("{mathu,maathu} nathi {dukhtu,dukhatu}",), negated=True),
    "gu_no_pain": Sign(("abdominal pain",), ("pet ma nathi {dukhtu,dukhatu}",), negated=True),
}

# Everyday Gujarati and Kutchi words in Latin letters, which the spelling corrector must leave as they are
# (normalise.py, by spelling.protected_words): without them "hato" (was) read "hath" (a hand), "ramta" (playing)
# "rakta" (blood), "pela" (before) "peela" (yellow), "mithu" (salt) "mathu" (the head), "chhanti" (sprayed)
# "chhati" (the chest), "nilu" (bruised) "nile" (blue), "rasi" (the vaccine) "rash".
EVERYDAY: Final = frozenset("""
aaje aakho aakhi aakha amara amari amaru tamaru hato hati hata hatu che chhe chhu chu chhiye thay thai thayo thayu
thaya thata thato thatu thau thava thavu javu jaay jay jaish gayo gayu gai gaya gaye aave aavyo aavya aavyu aavi
aavu aavta aavto avu evu evo evi jevu jevo jevi jeva jevdo kare karyu karyo karta kartu karto karavu kahyu kahe
kyarey kyarek kadach hashe hase haju hamna have pachhi pela pachi pase pachhal upar niche sudhi mate etle pan
ne ane ke ki na nu no ni ma mathi thi par vakhte vagar sathe bija biju bijo badha badhu bahu khub thodu thodo thodi
ochhu ochhi ochho vadhu vadhare vadhe vadhi vadhyu vadhti vadhtu nanu nani nano moto moti motu saru sari saro barabar
dhime dhimi jaldi savar savare saanje bapore bapor raat raatre ratre divas divase kale kaal aaje varas varse varso
mahina mahino athvadiya athvadiyu kalak minit dikro dikri dikra dikrani baa bapu papa mummy dada dadi kaka kaki
bhai ben bhabhi vahu pati ghar gharma gharna gaam khetar vadi agar mithu mithana kapas kaam rasoi bhenso maldhari
rotlo chaa pani dudh chhaash khavanu khadhu khay khai pidhu pidhi pidho pive piyu piye pivi ramta ramto ramti rame
ramya rasto rasta bhane parikshha hostel hira kaarkhane ghasta ghasti ghasva pathar factory motor current bike
cycle tractor bus gaadi sheri padosi lagan garba jamanvaar ladva mahemano kapda kapdu joda chappal diwal vaada
joi joiye janvu puchhe batavi aavi gayo emne ena ene mane tene tame ame hu tya ahi kya kyathi shu su kem
nakki nakhyo nakhi nakhe kadhi kadhyo dhoi sambhali rakhi rakhyu leto leti lidhu lidhi leedhi aapyu aapta
chhanti chhantta chhantyo dawa dava dawakhane goli injection rasi tikhu pavan suko unala garmi shiyala taapa
chalu chalta chale chaltu ubho ubhi ubha bethe besi suto sui pakdi upadi mukiye mukay utarya bhaagyo jagya
khankheri karaj bagdi gaayo charavta banni rann kodali datardu hatheli aangli angutha kopni goda pindi jangh ghuti
chamdi vaal chehra khabho jadbu daadar dhal nilu kaalu lilu pilu pilo gaadh saaf chokhho tipa resa taazu vaati
bhari kitli tapeli bhajiya talta tel rann vaa fatya chap lochaa vade uchko aadakiye khabar padti lathdaay
""".split())

# Gujarati wordings that are no complaint, read as nothing: clothes or shoes that do not fit ("fit nathi thati") are
# no fit, nor is a cramp
IGNORED: Final = ("fit nathi {thati,thata,thatu,thato}",
                  # a cramp in the leg or calf ("pag ma khench aave che raate") is no fit
                  "{pag,pindi,jangh,pag ni nas} {ma ,}khench {aave,aave che,aavi,aavi gai,chade}")
