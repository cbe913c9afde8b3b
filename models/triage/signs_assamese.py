"""Assamese wordings (in Latin letters, and what script.py reads from the Assamese script) of symptoms and danger
signs, as a block PHC in the Brahmaputra valley hears them: "pet bish" (belly pain; "bish" is Assamese pain),
"usah lobo tan" (hard to breathe), "khiluni" (a fit), "hux nai" (unconscious), "tez olai ase" (bleeding; "tez" is
Assamese blood), "pet sola" (loose stools), "suku halodhiya" (yellow eyes), "gila nuware" (cannot swallow),
"xaape kamurile" (a snake bit). signs_bengali.py has the words the two languages share ("bomi", "agyan", "jondis").

The writer puts the locative apart from its noun ("buku t bish", in the chest) or on it ("bukut"); Latin typists
write "x" for the Assamese s ("xaap", "xune"), and the script reads the same words as "chaku" (suku), "bhari"
(bhori), "kaamurile". Words that are other words in Hindi or English are used only inside a phrase: "tez" (Hindi
fast) only with a verb of flowing ("tez olai ase"), "kah" (Hindi say) only as a cough ("kah aru jor"), "jor" (Hindi
force) only where it is a fever, "dore" (Assamese like, Hindi fits) and "fit" ("blouse tu fit nohoi", it does not
fit) are read as nothing (IGNORED).

Merged into signs.SIGNS; a wording of a danger sign named elsewhere sets that sign's flag (``flag``).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# "nohoi", "nohol" (is not, did not happen: "suku halodhiya nohoi"): after what they deny (cues.py)
DENIALS: Final = ("nohoi", "nohol", "nuhuwa", "nohoy")

# The Assamese script's readings of its denials, as Latin typists write them ("নাই" naai, "নহয়" nahay): read before
# the corrector, so that "জ্বৰ নাই" is "jvar nai", no fever (normalise.py)
SCRIPT_READINGS: Final = {"naai": "nai", "nahay": "nohoy", "nahaye": "nohoy", "nahal": "nohol"}

# --- word groups: Latin typings, then the script's reading ---
_PAIN = "{bish,bikh,bix,bishai,bishaise,bishay,bishaay,bishaaichhe,bisai}"
_MUCH = "{bhirkh ,bohut ,bahut ,bor ,olop ,olpo ,alap ,bar ,}"  # (the script reads বহুত "bahut")
_BELLY = ("{pet,pet'r,petor,petot,pet t,pet'r tolot,pet'r tolo,petor tolot,tolpet,talpet,tol pet,pet tol,"
          "nabhir kasot,nabhi,pet'r majot}")
_HEAD = "{mur,murot,mur t,moor,moorar,muror,mur'r}"
_CHEST = "{buku,bukut,bukur,buku t,buku'r,bukur majot,bukur maajat,buku'r majot}"
_BACK = "{kokal,kokalor,kokalot,kokal t,kankaal,kankaalar,kokalor phal,kokal'r,pithi,pithit}"
_LEG = "{bhori,bhorir,bhori'r,bhorit,bhori t,bhari,bharir,bharit,thengar,bhorir mangxo,bhori'r mangxo}"
_KNEE = "{aathu,athu,aathut,aathu t,aanthu,aanthut}"
_EYE = "{suku,sukut,suku t,suku'r,sokhu,chaku,chakut,chakur,suku duta,suku tu,suku duta}"
_EAR = "{kaan,kaan t,kaanot,kaan'r,kaanor}"
_TOOTH = "{daat,daat t,daatot,daant,daantar,tolor daat,uporor daat}"
_NECK = "{dingi,dingit,dingi t,dingir,dini}"
_JOINT = "{gathi,gaathi,ganthi,gaanthi,gathit,angul'r gathi}"
_BLOOD = "tez"  # (the script's "tej" is left to the corrector: Hindi "tej dard" is "tez dard")
_FLOWS = ("{olai,olal,ulaise,olaise,ulai,olaaichhe,olai ase,jai,gol,goise,gaichhe,gese,bohi ase,fura fura olai,"
          "dekha dise}")
_SWOLLEN = "{phulise,phuli gol,phuli uthise,phuli ase,phuli,phulichhe,phula,phule}"
# (the script reads "ল'ব পৰা নাই" as "la'ba para nahi": its denial "naai" is "nai" before the corrector's "nahi")
_CANT = "{nuware,nuwari,pora nai,pora nahi,para naai,para nai,para nahi,nowara,novaare,novaaron}"
_URINE = "{prosrab,prasraav,prosrav,proshrab}"
_STOOL = "{pokhana,paikhana,paaykhaanaa,paykhana}"
_BREATH = "{usah,ushah,ushaah,uxah}"
_TO_BREATHE = "{lobo,loboloi,lote,lowat,lobot,la'bal,labalai,lobole,la'ba,laba}"  # (the script's ল'ব reads la'ba)
_HARD = "{tan,taan,kosto,kasht,koshto,osubidha,asubidha}"

ASSAMESE_SIGNS: dict[str, Sign] = {
    # --- pain named by where it hurts ---
    "as_belly_pain": Sign(("abdominal pain",), (_BELLY + " " + _MUCH + _PAIN, "pet tan tan {lage,kore}")),
    "as_headache": Sign(("headache",), (_HEAD + " " + _MUCH + _PAIN,)),
    "as_dizzy": Sign(("dizziness",), ("{mur,moor} {olop ,}{ghure,ghurai,ghooraaichhe,ghuri ase}",)),
    "as_chest_pain": Sign(("chest pain",), (
        _CHEST + " " + _MUCH + _PAIN, _CHEST + " {olop ,}{gadhur dore,gadhur,bhar,hechi dhora} {lage,lagil,lagise}",
        "{bukur majot,bukur majat,bukur maajat} {jolise,jole,jolile}",
    )),
    "as_back_pain": Sign(("back pain",), (_BACK + " " + _MUCH + _PAIN, "{kokalor,kankaalar} {kasot,kaashat,phal} "
                                          + _MUCH + _PAIN)),
    "as_leg_pain": Sign(("leg pain",), (_LEG + " " + _MUCH + _PAIN, "{bhorir,bhori'r,bhori} mangxo tan dhore")),
    # both knees ("আঁঠু দুটা বহুত বিষায়", read "aanthu duta bahut bishaay")
    "as_knee_pain": Sign(("knee pain",), (_KNEE + " {duta ,dunta ,tu ,}" + _MUCH + _PAIN,)),
    "as_eye_pain": Sign(("eye pain",), (_EYE + " " + _MUCH + _PAIN,)),
    "as_ear_pain": Sign(("ear pain",), (_EAR + " " + _MUCH + _PAIN,)),
    "as_toothache": Sign(("toothache",), (_TOOTH + " " + _MUCH + _PAIN, _TOOTH + " sir sir kore")),
    "as_sore_throat": Sign(("sore throat",), (_NECK + " " + _MUCH + _PAIN, "{gila,gilote} bish")),
    "as_joint_pain": Sign(("joint pain",), (_JOINT + " " + _MUCH + _PAIN,)),
    "as_body_ache": Sign(("body ache",), ("{gaa,gaat,gaar,gota gaa,ga} {bish,bishaise,bishaaichhe,bishai}",)),
    # --- fever: "jor" only where it says fever ---
    "as_fever": Sign(("fever",), (
        "{dhori,din,hoptah dhori,mah dhori,pora} {jor,jwor}",
        "{jor,jwor} {aru,kapuni,o ase,olop,ahe,ahise,asil,ahibo,hoise,uthise,kom,bhal nohoi,'r dorob}",
        "{kapuni aru,aru} {jor,jwor}", "{jor,jwor,jvar} {kapuni,kanpani}", "{gaa,ga} {bor,bar} {gorom,garam}",
    )),
    "as_no_fever": Sign(("fever",), ("{jor,jwor,jvar,jwar} {nai,nahi,nohoi}",), negated=True),
    "as_cough_fever": Sign(("cough", "fever"), ("kah aru {jor,jwor}", "{jor,jwor} aru kah")),
    "as_rigors": Sign(("fever",), ("{jor,jvar} {kapuni,kanpani}", "kapuni {di ,diye ,}{jor,ahe}"), flag="rigors"),
    # --- the gut ---
    "as_diarrhoea": Sign(("diarrhea",), (
        "pet {sola,solise,chola,cholise,solil,chalichhe,chalise,soli ase}", "saul dhuwa panir dore " + _STOOL,
        "{patol,paatal,pani dore,panir dore,pani pani} " + _STOOL,
    )),
    "as_constipation": Sign(("constipation",), (
        _STOOL + " {huwa nai,huwa nahi,hua nai,hua nahi,kothin,kothin hoi,tan,taan,nohoi,nohol}",
    )),
    "as_stool_blood": Sign(("blood in stool",), (_STOOL + " {t ,ot ,}" + _BLOOD, _STOOL + " kola {kola,}")),
    "as_blood_vomit": Sign(("vomiting",), ("{bomit,bomir logot,bomi t} " + _BLOOD,), flag="haematemesis"),
    # --- breathing, cough, colour ---
    "as_breathless": Sign(("shortness of breath",), (
        _BREATH + " " + _TO_BREATHE + " {olop ,bohut ,}" + _HARD,
        _BREATH + " {olop ,}{tan,taan,lage,bondho,atki jai,nai,nahi}",
    )),
    # cannot breathe ("usah lobo nuware", the script's "উশাহ ল'ব পৰা নাই"): English "can't breathe" (severe_breathing)
    "as_cannot_breathe": Sign(("shortness of breath",), (_BREATH + " " + _TO_BREATHE + " " + _CANT,), severity="severe"),
    "as_fast_breathing": Sign(("fast breathing",), (
        _BREATH + " {olop ,}{jor jor,joror,bega bega,ghon ghon,khorkhor,khor khor,dighol dighol}",
    )),
    "as_chest_indrawing": Sign(("shortness of breath",), (
        "{buku,buku'r tolot,bukur tolot,pajor} {xumai,sumai,somaai} {jai,jay,juwa,goise}",
    ), flag="chest_indrawing"),
    "as_blue": Sign(("cyanosis",), ("{ot,uth,ot duta,gaa,kesua,kesuwa,mukh,nokh} {nila,nila nila,neela}",)),
    "as_cough": Sign(("cough",), (
        "kah {aru,ase,hoise,ahe,kom,'r dorob}", "{din,dhori,olop,hoptah dhori} kah",
        "{kahi,kaahi} {ase,achhe,ache}", "kahor dorob",
    )),
    "as_no_cough": Sign(("cough",), ("kah {nai,nahi,nohoi}",), negated=True),
    "as_coughing_blood": Sign(("coughing blood",), ("{khekarot,khekar t,kahot,kahor logot} {olop ,}" + _BLOOD,)),
    # --- consciousness, fits, the mind ---
    "as_unconscious": Sign(("loss of consciousness",), (
        "{hux,hush,behux} {nai,nahi,ahi nai,ahi nahi,ahi ahi nai,ahi ahi nahi,nohoi,nohol}", "behux",
        "{matile,maatile,matileu} {kono ,}sara {nidiye,nai,nahi,nidi}",
    )),
    "as_drowsy": Sign(("lethargy",), (
        "hux olop {olop ,}ase", "{matile,maatile} olop sara diye", "{tuponi,toponi,topni} {tuponi,toponi,topni}",
        "bhal ke nuthe",
        "{hat bhori,haat bhori,gaa} dhila", "{kebol,keval} {topni,tuponi} {jai,yaay}",
        "{chaku,suku} {melib,mel} nokhoje",
    )),
    "as_seizure": Sign(("seizure",), ("{khiluni,khilani,khiloni}",)),
    "as_confused": Sign(("confusion",), (
        "{ulta palta,ulto palta} {kotha ,}{koi,koise,kobo,pate}",
        "{amak,kakoo,kaku,manuh} {chini,sinibo,chinibo} " + _CANT, "ki koi bujiba {nuwari,nuware,pora nai,pora nahi}",
    )),
    "as_slurred": Sign(("slurred speech",), (
        "kotha {ala ala,lerela,lera lera,jorai}", "kotha bujiba pora {nai,nahi}",
        "{kotha,katha,kathaao,kothao} {spasht,spashto,spashta} {nohoy,nohoi,nahay,nahaye,nai,nahi}",
    )),
    "as_face_droop": Sign(("facial droop",), (
        "{mukh,mukh tu,mukhkhon,mookkan} {ekphale,ek phale,ephaale,ekfale,ek fale} {beka,benkaa,benke}",
    )),
    "as_one_side_weak": Sign(("weakness",), (
        "{sonphaalar,sonphaalor,xu phal'r,bau phal'r,bau,xu} {haat-bhari,haat bhori,haat,bhori} "
        "{lorabo,laraab,uthabo,uthao} " + _CANT,
    ), flag="focal_weakness"),
    "as_limbs_wont_move": Sign(("weakness",), ("{duyu bhori,dudu bhori,bhori,dui bhori} lorabo pora {nai,nahi}",),
                               flag="limb_weakness"),
    "as_cant_stand": Sign(("weakness",), ("thio hobo {nuware,nuwari,pora nai,pora nahi}",)),
    "as_eyelids": Sign((), ("{suku,suku duta,chaku} mel {khabo,khai rakhibo,khai} " + _CANT,),
                       flag="drooping_eyelids"),
    "as_neck_stiff": Sign(("neck stiffness",), ("dingi {aru pithi ,}{tan,taan,tan hoi ase}",)),
    "as_jaw_locked": Sign((), ("mukh mel {khabo,khai} {nuware,pora nai,pora nahi}",), flag="tetanus_signs"),
    "as_low_mood": Sign(("low mood",), ("{mon,man} {bhal nai,bhal nahi,beya,beyaa,bey,kharap}",)),
    "as_no_interest": Sign(("loss of interest",), ("{kamot,kaamat,kamat,kaam t} {mon,man} {nalage,naalaage,"
                                                   "nobohe}",)),
    "as_psychotic": Sign((), ("aponmone kotha {pate,koi,pati ase}", "{mariboloi,maribo} {ahise,ahibo} buli"),
                         flag="psychotic_symptoms"),
    "as_anxiety": Sign(("anxiety",), ("bhoi {lage,khai,kore,lagi ase}",)),
    "as_fear_of_water": Sign(("anxiety",), ("pani {dekhile,dekhi} bhoi {khai,lage,kore}",), flag="fear_of_water"),
    "as_insomnia": Sign(("insomnia",), ("{tuponi,topni,toponi} {nohoi,nohol,nahe,kom,nai,nahi,kam}", "nikhoke")),
    "as_wants_to_die": Sign(("suicidal thoughts",), (
        "{nijoke,nijke,nijok} {kiba,kibaa} {korar,karaar,koribo,kora} {kotha,katha,mon}",
    )),
    "as_no_wish_to_die": Sign(("suicidal thoughts",), (
        "{nijoke,nijke,nijok} {kiba,kibaa} {korar,karaar} {kotha,katha} {bhaba,bhab,bhoba} {nai,nahi}",
    ), negated=True),
    "as_end_it_all": Sign(("suicidal thoughts",), ("{sob,xob,nijoke} shesh kori {dim,dibo}",), flag="suicide_plan"),
    "as_palpitations": Sign(("palpitations",), ("{bukur,buku,buku t} {dhukdhukoni,dhuk dhuk,dhukdhuk,dhopdhop}",)),
    # --- the senses ---
    "as_blurred": Sign(("blurred vision",), ("{saboloi,chabloi,chabla,sabo} {tan,taan,osubidha}",)),
    "as_eye_injury": Sign((), ("{paat e,dhan'r paat e,kiba,kibaa} {suku t,sukut,chakut} {lagil,paril,porise,sumil}",
                               "{sukut,suku t,chakut} {kiba,kibaa} {paril,porise,pori gol,sumil}"), flag="eye_injury"),
    "as_throat_bone": Sign((), ("{mas'r kata,masor kata,kata} {dingi t,dingit} {lagil,lagi ase,atki ase,atki gol}",),
                           flag="foreign_body"),
    "as_sweating": Sign(("sweating",), ("{ghami,gham,ghaam} {ase,achhe,olai ase,olai}",)),
    "as_red_eye": Sign(("red eye",), (_EYE + " {ronga,ranaa,ronga hoi}",)),
    "as_jaundice": Sign(("jaundice",), ("{suku,chaku,gaa,gaa aru suku,suku duta,suku tu} {halodhiya,holodhiya,"
                                        "halodhia,haladhiya}",)),
    "as_sunken_eyes": Sign(("sunken eyes",), (_EYE + " {olop ,alap ,}{xumai,sumai,somaai} {gol,goise,gaichhe,"
                                                       "gechhe}",)),
    "as_ear_discharge": Sign(("ear discharge",), ("{kaan'r,kaanor,kaan} pora {pu,pani} {olai,olaise,ulaise}",)),
    "as_hearing": Sign(("hearing loss",), ("{kom,olop kom} xune", "{kaan'r,kaanor} xuna {nai,nahi,nohoi}")),
    "as_swallow": Sign(("difficulty swallowing",), (
        "{gila,gilibo,thuk gila,pani gila} " + _CANT, "{gila,gilote} bish",
    )),
    # --- skin and swelling ---
    "as_swelling": Sign(("swelling",), (
        "{bhori,gaal,mukh,aathu,kobji,tolpet,buku,bau bhori} {olop ,}" + _SWOLLEN, "phulise", "phuli uthise", "phuli ase",
        "{phura,phula} {dangor ,}{hoise,ulaise}",
        "{ganthi,gaanthi} phulichhe",
    )),
    "as_face_swelling": Sign(("swelling",), ("{ot aru mukh,mukh aru ot,ot,mukh} {phulise,phuli gol}",),
                             flag="face_swelling"),
    "as_itching": Sign(("itching",), ("{khajuwai,khajuwati,khajuvti,khajuwa,khaju}",)),
    "as_rash": Sign(("rash",), ("{bibiri,ghamasi,ghamachi}", "phutuka {ulaise,olaise,ulai}",
                                "ghuri ghuri {bahise,bahi goise}")),
    "as_no_blister": Sign((), ("phutuka {nai,nahi,nohoi}",), flag="no_blister"),
    # --- urine, periods, pregnancy ---
    "as_dysuria": Sign(("dysuria",), (_URINE + " {korute,karonte,korote,korile} {jole,jvale,jvaalaa,jale}",)),
    "as_urine_blood": Sign(("blood in urine",), (_URINE + " {olop ,}{ronga,ranaa} {ronga,ranaa,}",)),
    "as_dark_urine": Sign(("dark urine",), (_URINE + " {sah'r nisina,sahor nisina,sah nisina,kola}",)),
    "as_less_urine": Sign(("reduced urine",), (_URINE + " {huwa nai,huwa nahi,hua nai,hua nahi,kom,nohoi,bondho}",
                                               _URINE + " {korib,koribo,kori} pora {nai,nahi}")),
    "as_urine_often": Sign(("frequent urination",), (
        "{bar bar,bare bare,saghnaai,soghonai} {prosrab,prasraav,lage}", "bar bar lage",
        "{bar bar,bare bare,baare baare} {jab,yaab,jabo} {lage,laage}", "bar prosrab",
    )),
    "as_irregular": Sign(("irregular periods",), ("{mah,maah,mahekiya} kietiya",)),
    "as_painful_periods": Sign(("painful periods",), (
        "{mahekiya,maahekeeyaar,maahekeeyaa} {prothom ,pratham ,}{din ,dina ,}{talpet,tolpet,pet} {bish,bishaay,"
        "bishai}",
    )),
    "as_baby_still": Sign(("reduced fetal movement",), (
        "{kesuwa,kesua} {tu ,}{bhal ke ,}{lora nai,lora nahi,nolore,lora kom}",
    )),
    "as_baby_moves": Sign(("reduced fetal movement",), ("{kesuwa,kesua} {lore,lori ase,bhal ke lore}",),
                          negated=True),
    "as_waters": Sign((), ("{tolot,tolor pora} pani {olai,olaise,olai ase}",), flag="ruptured_membranes"),
    "as_bleeding_pv": Sign(("vaginal bleeding",), (_BLOOD + " {goise,gaichhe,gese} {bohut,khub}",
                                                   "{bohut,bahut,khub} " + _BLOOD + " {goise,gaichhe}"),
                           severity="severe"),
    "as_spotting": Sign(("vaginal bleeding",), ("{olop ,olop olop ,}" + _BLOOD + " dekha dise",), severity="mild"),
    # --- bleeding, wounds, bites, poison ---
    # ("tez" is Hindi fast, a severity word to context.py: how much blood is told by the words around it)
    "as_bleeding_little": Sign(("bleeding",), (_BLOOD + " olop " + _FLOWS,), severity="mild"),
    "as_bleeding": Sign(("bleeding",), (_BLOOD + " " + _FLOWS,), severity="moderate"),
    "as_bleeding_heavy": Sign(("bleeding",), (_BLOOD + " {fura fura olai,bohut olai,rokha nai,rokha nahi,bondho "
                                              "nohoi}", "{bohut,bahut} " + _BLOOD + " {olai,olal,olaise}"),
                              severity="severe"),
    "as_soaked": Sign((), ("kapor {bhiji,bhijia,tiyai,titi} {gese,gol,gaichhe,gechhe,goise}",), flag="heavy_bleeding"),
    "as_nosebleed": Sign(("bleeding",), ("{nak'r,nakor} pora {olop ,}" + _BLOOD,), flag="nosebleed"),
    "as_gum_bleeding": Sign(("bleeding",), ("{daatar,daantar} {alu,aalur,alur} {pora,para} " + _BLOOD,),
                            flag="gum_bleeding"),
    "as_wound": Sign(("wound",), ("{murot,mur t,kasot,bhori t,haat t,talut,talu t} {dangor ,}ghaa", "ghaa {hoise,ase}",
                                  "{olop ,}sali gol")),
    "as_deep_wound": Sign(("wound",), ("dangor ghaa",), flag="deep_open_wound"),
    "as_pierced": Sign(("wound",), ("{gojal,khuta,kata,kaat'r khuta,mas'r kata} {sumil,sumi gol,lagil}",)),
    "as_cut": Sign(("cut",), ("kati {gol,dile,goise}",)),
    "as_snake_bite": Sign(("snake bite",), ("{xaap,xaape,xap,saape,saap e} {kamurile,kamurise,kaamurile,kamurisil,kaamurichhe,kamurichhe,kaamurichhil,"
                                            "kaamurise}",
                                            "bhabise xaap")),
    "as_poison": Sign(("poisoning",), (
        "{bih,bihor,dia bihor,bihor botol,bihor botol'r pora,bihor botolor pora} {khale,khaise,khai pelale}",
    )),
    "as_overdose": Sign(("poisoning",), (
        "{dorob,dorobor,goli,bori} {10,12,15,20,25,30,40,50} {ta,tu,ti} {khale,khai pelale,khaise}",
    )),
    "as_major_burn": Sign(("burn",), ("{duyu haat,gota gaa,buku pet,mukh} pudi gol",), flag="major_burn"),
    "as_burn": Sign(("burn",), ("{jui,juit} {lagil,lagi gol,pudil}", "pudi gol",
                                "gorom {sah,pani,tel,bhap e} {haat t ,angul t ,gaat ,}{pori gol,lagil}")),
    "as_fall": Sign(("fall",), ("{saikel'r,saikelor,chang'r,khotiyar} pora pori {gol,gole}",
                                "{pisol,pichhal,pichhali,pisoli} {khai,khaai} {pori,pari}")),
    "as_cant_bear_weight": Sign(("reduced movement",), ("{bhori,bhari} {matit,maatit} {dibo,dib} " + _CANT,)),
    # cannot walk (far): "বেছি খোজ কাঢ়িব নোৱাৰোঁ", read "bechhi khoj kaadhib novaaron", as Hindi's "zyada chal nahi
    # paati" is read
    "as_walk_limited": Sign(("reduced movement",), ("{bechhi ,beshi ,bexi ,}khoj {kaadhib,kadhib,kadhibo,kaadhibo} "
                                                    + _CANT,)),
    "as_fall_height": Sign(("fall",), ("{gos'r,gosor,chal'r,chalor,tamul gos'r,narikol gos'r} pora pori {gol,gole}",),
                           flag="fall_from_height"),
    # --- the child ---
    "as_no_feed": Sign(("unable to drink",), (
        "{pani,gakhir} {dile ,}{khabo,khai} {nuware,nuwari,pora nai,pora nahi}", "gakhir {nakhay,nakhai,khovaa naai}",
    )),
    "as_thirsty": Sign(("excessive thirst",), (
        "pani {dile ,}lobo lobo kori khai", "{piyah,piyaah} {lage,laage}",
        "{paani,pani} {khaablai,khabloi} {bohut,bahut} {bichaaru,bisare,bichaare}",
    )),
    # --- the nose, appetite, weight, sweat, numbness, tiredness ---
    "as_runny_nose": Sign(("runny nose",), ("{nak'r,nakor} pani", "sordi")),
    "as_cold_over": Sign(("runny nose",), ("sordi {sere gechhe,sere geche,bhal hoise,bhal hol}",), negated=True),
    "as_blocked_nose": Sign(("nasal congestion",), ("{nak,naak} {bondho,bandh,bondh}",)),
    "as_sneezing": Sign(("sneezing",), ("{hachi,haanchi} {ahe,aahe,ase}", "hachi aru")),
    "as_no_appetite": Sign(("loss of appetite",), ("bhok {nai,nahi,kom,nohoi,nalage}", "{khuwa,khowa} {bor ,}kom",
                                                   # the script's "খোৱা নাই" reads "khovaa naai": not eating
                                                   "{khuwa,khowa,khovaa,khowaa,khova} {nai,naai,nahi,nokhai}")),
    "as_weight_loss": Sign(("weight loss",), ("{ojon,ojan} {kome goise,komise,kom hoise,komil,kamil,kamila}",)),
    "as_night_sweats": Sign(("night sweats",), ("{rati,raati} {ghame,gham} {tiyai,tiyai jai,bhiji}",)),
    "as_numb": Sign(("numbness",), ("{jin jin,jinjin} {kore,lage,}", "xuwa {paa,pa,pua} {nai,nahi}")),
    "as_tired": Sign(("fatigue",), ("{bhagor,bhaagar,bhagor lage}",)),
}

# Assamese wordings that are no complaint, read as nothing: "dore" (like: "pani dore", "bhal dore") is no Hindi
# "daure" (fits), "fit nohoi" (it does not fit) no fit
IGNORED: Final = (
    "{bhal,pani,panir,gadhur,ki,eneke,jui,tez'r,saul dhuwa panir} dore", "{fit,fitting} {nohoi,nohoy,nohol}",
)

# Everyday Assamese words in Latin letters, and the script's readings, which the spelling corrector must leave as
# they are: without them "kokal" (the waist) was read "khokala" (a cough), "khorkhor" "khoskhos" (an itch), "bihu"
# "bichu" (a scorpion), "bhoi" (fear) "bhori", "mahor" (of months) "kahor", "khuji" (picking) "khujli"; and
# "dibiri" (a kerosene lamp), which "bibiri" (a rash) would take (Hinglish "bhot", very: data/shorthand.tsv).
EVERYDAY: Final = frozenset("""
deuta maa aita koka bowari ghoini ghoinir lora suwali kesua kesuwa bhai bhaiti bhonti nati bhatija manuh moi ami
amar amak tak tai xi xei xeitu etiya akhon ekhon aji kali rati puwa puwar duparia sandhiya dinot rati gota
bosoria bosor bosorot mah mahor mahekhon hoptah dinor ghonta minit dhori pora pisot age loi aru kintu buli jen
nai nohoi nohol nuware nuwari pora nuthe kiba kibaa eku kot kunu kaku kono kietiya kietiyau xodai
suku sukut duta tu khon ti kaan nak daat dingi buku bukut bukur kokal kokalor pithi pithit bhori bhorir haat
angul aathu gaal ot mukh mukhot pet tolpet thengar gathi mangxo xira kopal talu
bish bhirkh olop olai olal ulaise olaise tez khekar khekarot kah kahor jor kapuni bomi bomit pokhana prosrab
usah lobo lote tan phulise phuli phule phula phutuka bibiri khajuwai ghamasi halodhiya ronga nila boga kola
khiluni hux sara tuponi topni bhagor dubol dhila jin xuwa xune xuna bhok ojon komise ghame tiyai ghaam
thio hobo khabo khai khale khalu nakhale nakhay gakhir pani panir bhat saul dhuwa dore gadhur
kamurile kamurisil kamuri kamura xaap xaape bih bihor dia botol dorob gojal sumil khuta kata
lagil lagise uthil uthise ahise ahe ase asil asilu asu goise gol hoise hol hoi korile korise korisu kori kore
dile diye dise dibo dilu dekhile dekhisu dekhi bhabise koise koi ase thake thaku thakile thakote jai jam dim
mel rakhibo gila xumai juwa huwa hua nisina dhukdhukoni bhoi chinta mon beya bhal kam
kesu dud khorkhor xobdo bhitorot ugorot majot kasot tolot tolor nabhir phal jak bhomora
bihu pitha laru jolokia tamul paan apong mising baan baanot baanpanir pothar char chang gohali dhan
mekhela chulha ranhote jui pudi chal sali mosoka khoj khuji hachi sordi ukoni gorhala juta kopi kope
aghat mariboloi nikhoke aponmone paahori paahore bostu hera bisaru erabo jhamela kothin kietiya
dangor gor khundi kath anibo dhakka pajor bhangise uthabo beka ekphale dail sorkar bohi dhui bhahi
nosto gahori pohu bhirkh amak chini aathu dibo boha nomar ghula bhonti ghin polu bandhi rokhil rokha
bhaiye anile goru dokan sandhiya roud chau dath thait xoru mithai bahise dinot xumal jagi thakilu
heknir bhap biyar dawat korsi duyu titi phura aponmone dibiri dibri kesa bhitoroloi ghuri gota khuwa nabarhe barhise xuile mukhoi tok
chaku bhari bharit ushaah taan kaamurile kaamurichhe kaamurichhil saape olaaichhe naai novaare phulichhe somaai khajuvti
ranaa dini kankaal kankaalar moor moorar gaar bishaay bishaaichhe topni kanpani prasraav
bechhi beshi bexi khoj kaadhib kadhibo
""".split())
