"""Wordings of the hills of the North-East, as a community health centre in Manipur, Nagaland, Mizoram and Meghalaya
hears them: Meitei (Manipuri) typed in Latin letters and what script_meitei.py reads from the Bengali script
("hakchang shaba", fever: the body is hot; "kok nari", headache; "ee thokli", blood comes out; "sense leite",
unconscious), Nagamese, the Assamese-based trade language of Nagaland ("bisi bikha", much pain; "theng", the leg;
"khun", blood; "napare", cannot), Mizo ("khawsik", fever; "a na", it hurts; "thisen", blood; "a hre lo", he knows
nothing; "rul in a seh", a snake bit), and Khasi ("ka pang", the pain; "ym", not; "sngewthiah", drowsy).

Denials are in the wordings: Meitei denies with the verb's "-de"/"-te" ("hakchang shade", no fever; "vomit toude", no
vomiting), Mizo with "lo" after it ("khawsik a nei lo", no fever; "a hre lo", unconscious: denied knowing is the sign),
Khasi with "ym" before it ("ym don fever", cues.py), Nagamese with "nai" after it (as Assamese). Short words that are
other words elsewhere are used only inside a phrase: Meitei "ee" (blood) only with its verb of coming out, "puk"
(belly), "kok" (head), "mit" (eye) only with their pain; Mizo "na" (pain), "seh" (bite), "tlu" (fell) only after
their noun; Nagamese "jor" (fever) as Assamese.

Merged into signs.SIGNS; a wording of a danger sign named elsewhere sets that sign's flag (``flag``).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# --- Meitei ---
# "nari" (it hurts), "naba" (pain), "nare", "nakhi" (hurt), "naraga"
_MT_PAIN = "{nari,naari,nare,naba,nakhi,nakhiba,nari hairi,nare hairi,nare haikhi,nari haire}"
_MT_MUCH = "{yamna ,khara ,yamna yamna ,}"
# the body's places with their case endings as typed ("puk-ta", "pukta", "puk ta")
_MT_BELLY = "{puk,pukta,puk-ta,puk ta,pukki,puk-ki,puk phaoba,pukna}"
_MT_HEAD = "{kok,kokta,kok-ta,kok-ki,kokki}"
# "ee thokli" (blood comes out), "ee thokle", "ee thokpa"; what script_meitei reads from "ঈ থোক্লি"
_MT_BLEEDS = "{thokli,thokle,thokpa,thokkhi,thoklammi,thoklami,thoklak,thokhalle,thokhalli,thoklibani,thokle hairi}"
_MT_VOMITS = "{touri,toure,toukhi,tourey,touri hairi,toukhre,tourammi,toudana,tou,touba}"
_MT_UNCONSCIOUS = ("{sense leite,sense leitre,sense leitekhi,sense leitaba,sense leitaba oire,sense leite oire,"
                   "sense mangkhi,sense mangle,sense mangkhre,khangdaba oikhi,khangdaba oire,khangdana leire,"
                   "mi khangdaba oire}")

# --- Nagamese ---
_NG_PAIN = "{bikha,bikh,bikhai,bikha ase,bikha hoi ase,bish,bisa}"
_NG_MUCH = "{bisi ,bisi bisi ,olop ,thuri ,ekdum ,}"
_NG_CANT = "{napare,nopare,napara,napari,na pare,pora nai,pora nahi}"
_NG_LEG = "{theng,thengte,theng te,theng laga,duta theng,haat theng}"

# --- Mizo ---
# "a na" (it hurts), "a na nasa" (hurts a lot): after the place, "ka pum a na" (my belly hurts)
_MZ_HURTS = "{a na,a na nasa,a na em em,a na lutuk,a na zual,a na deuh,a na thin,a na a}"
_MZ_BLOOD = "{thisen,thi}"
_MZ_NOT = "{lo,lo tawh,lo a}"

NORTHEAST_SIGNS: dict[str, Sign] = {
    # ================= Meitei =================
    "mt_fever": Sign(("fever",), (
        "hakchang {shaba,saba,shabi,shaabaa,shaobi,sabaa,shaobaa} {yamna ,khara ,}{lei,leire,oire,leirammi,ingna,"
        "numit,touri,}",
        "hakchang shaba",
    )),
    "mt_no_fever": Sign(("fever",), ("hakchang {shade,shadre,sade,shabade,shaba leite}",), negated=True),
    "mt_cold_body": Sign((), ("hakchang {ingba,ingna,ingle,ingli} {oire,leire,oi,}",),
                         flag="cold_baby"),
    "mt_headache": Sign(("headache",), (_MT_HEAD + " " + _MT_MUCH + _MT_PAIN,)),
    "mt_belly_pain": Sign(("abdominal pain",), (_MT_BELLY + " " + _MT_MUCH + _MT_PAIN,)),
    "mt_ear_pain": Sign(("ear pain",), ("{nakong,nakongda,nakong-da} " + _MT_MUCH + _MT_PAIN,)),
    "mt_eye_pain": Sign(("eye pain",), ("{mit,mitta,mit-ta} " + _MT_MUCH + _MT_PAIN,)),
    "mt_leg_pain": Sign(("leg pain",), ("{khong,khongda,khong-da,khongta,khong-ta} {yet-ta ,yetta ,oi-ta ,}"
                                        "{thangna ,}" + _MT_MUCH + _MT_PAIN,)),
    "mt_chest_pain": Sign(("chest pain",), ("{thamoi,thammoi,thammoy,thamoy,thabak} " + _MT_MUCH + _MT_PAIN,)),
    "mt_joint_pain": Sign(("joint pain",), ("joint " + _MT_MUCH + _MT_PAIN,)),
    "mt_cough": Sign(("cough",), ("{lokpa,lokli,lokle,lokpada,lokpa-da} {khara ,yamna ,}{lei,leire,touri,lakli,}",
                                  "houjik lokli", "lokpa khara", "lokpa tha")),
    "mt_no_cough": Sign(("cough",), ("lokpa leite", "lokpa leitre"), negated=True),
    "mt_breathless": Sign(("shortness of breath",), (
        "{thawai,thaoyai,thawaai} {kanna,kanba,kanbada,kanli,kalli} {lei,leire,leiri,oire,touri,}",
    )),
    "mt_not_breathless": Sign(("shortness of breath",), ("{thawai,thaoyai,thawaai} {kanba,kanna} {leite,leitre}",),
                              negated=True),
    "mt_vomiting": Sign(("vomiting",), ("vomit {ama ,ani ,ahum ,manga ,yamna ,khara ,}" + _MT_VOMITS,)),
    "mt_no_vomiting": Sign(("vomiting",), ("vomit {toude,touda,toudre,toudabani}",), negated=True),
    "mt_diarrhoea": Sign(("diarrhea",), ("puk {chatli,chatle,chatpa,chatkhi} {yamna ,}",)),
    "mt_bleeding": Sign(("bleeding",), ("ee {yamna ,khara ,}" + _MT_BLEEDS,)),
    "mt_heavy_bleeding": Sign(("bleeding",), ("ee yamna " + _MT_BLEEDS,), severity="severe",
                              flag="heavy_bleeding"),
    # "ee thokte" (no blood comes), "ee leple" (the bleeding stopped), "houjik ee leitre" (no blood now)
    "mt_no_bleeding": Sign(("bleeding",), ("ee {thokte,thokde,thoktre,leite,leitre,leple,leplle}",),
                           negated=True),
    "mt_coughing_blood": Sign(("coughing blood",), ("{lokpada,lokpa-da,lokpa da,lokliba matamda} ee {yamna ,khara ,}"
                                                    + _MT_BLEEDS,)),
    "mt_coughing_blood_much": Sign(("coughing blood",), ("{lokpada,lokpa-da,lokpa da} ee yamna " + _MT_BLEEDS,
                                                         "ee {cup ama,cup,cup ani} {madu,suna}"),
                                   severity="severe", flag="heavy_bleeding"),
    "mt_no_coughing_blood": Sign(("coughing blood",), ("{lokpada,lokpa-da,lokpa da} ee {thokte,thokde,thoktre}",),
                                 negated=True),
    "mt_gum_bleeding": Sign(("bleeding",), ("{yadagi,yadgi,ya-dagi} ee {yamna ,khara ,}" + _MT_BLEEDS,),
                            flag="gum_bleeding"),
    "mt_nosebleed": Sign(("bleeding",), ("{natondagi,naton-dagi,natonadgi} {amsung yadagi ,amsung yadgi ,}ee "
                                         "{yamna ,khara ,}" + _MT_BLEEDS,), flag="nosebleed"),
    "mt_unconscious": Sign(("loss of consciousness",), (_MT_UNCONSCIOUS,), severity="severe"),
    "mt_conscious": Sign(("loss of consciousness",), ("sense {mangkhide,mangde,leiri,lei}",), negated=True),
    "mt_confused": Sign(("confusion",), ("maram {naidaba,naidba,naidabagi} wa {ngangli,nganglli,ngangle}",
                                         "mi khangde", "mi {khangdre,khangba ngamde}")),
    "mt_unresponsive": Sign(("lethargy", "loss of consciousness"), (
        "{koubda,kaobada,koubada,koubadasu,kaobadasu} {paukhum,paokhum} {pide,pidre,pidri}",
    ), severity="severe", flag="hard_to_rouse"),
    "mt_drowsy": Sign(("lethargy",), ("{houjik,yamna} tumli", "tumlaba {yamna,leire}")),
    "mt_fits": Sign(("seizure",), ("fit {ama ,ani ,ahum ,}{lakle,lakli,laklammi,lakkhi,lakpa}",)),
    "mt_no_fits": Sign(("seizure",), ("fit {lakte,lakde,laktre}",), negated=True),
    "mt_cannot_feed": Sign(("unable to drink",), ("{khom,ishing} {thakpa,thakba} {yade,yadre,ngamde,ngamdre}",),
                           flag="cannot_drink"),
    "mt_thirsty": Sign(("excessive thirst",), ("ishing {yamna ,}{thakli,thakpa pamli}",)),
    "mt_sunken_eyes": Sign(("sunken eyes",), ("mit {sangken,sanken} {oire,oiri}",)),
    "mt_no_appetite": Sign(("loss of appetite",), ("chak chaba {pamde,yade,ngamde}",)),
    "mt_swallowing": Sign(("difficulty swallowing",), ("chak {nguppa,ngupa,nukpa} {ngamde,yade,ngamdre}",)),
    "mt_trismus": Sign(("difficulty swallowing",), ("chinbal {hangba,hanba} {yade,ngamde,yadre}",),
                       flag="trismus"),
    "mt_jaundice": Sign(("jaundice",), ("mit {yellow,angangba,yelo} {oire,oiri,oi}",)),
    "mt_dark_urine": Sign(("dark urine",), ("urine {amuba,amubi,amuna}",)),
    "mt_limb_weak": Sign(("weakness",), ("{khut,khong} {amsung khong ,amsung khut ,}{thanggatpa,thangatpa,thangba,"
                                         "chatpa} {ngamde,ngamdre,yade,yadre}",)),
    "mt_one_side_weak": Sign(("weakness",), ("{yetthangba,yetthangbagi,oithangba,oithangbagi} {khut,khong} "
                                             "{amsung khut ,amsung khong ,}{thanggatpa,thangatpa} {ngamde,ngamdre}",),
                             flag="focal_weakness"),
    "mt_slurred": Sign(("slurred speech",), ("wa {ngangba,nganglaba} mayek {shengde,shengdre,sengde}",)),
    "mt_face_droop": Sign(("facial droop",), ("chinbal {ama ,}{thangna ,}bend {oire,oiri}",)),
    "mt_fall": Sign(("fall",), ("{tarakhi,tarkhi,tarakle,tarammi,tarakpa}",)),
    "mt_fall_into_water": Sign(("fall",), ("{pukhri-da,pukhrida,pukhri da,turel-da,tureldа,ishing-da,pukhri,turel} "
                                           "{tarakhi,tarkhi}", "{minute,minit} {ama,ani,ahum,manga,3,5,10} "
                                           "{nungda,ishing nungda}"), flag="drowning"),
    "mt_fall_from_height": Sign(("fall",), ("{mathak-tagi,mathaktagi,mathak tagi,uda,upada,yumthak-tagi} "
                                            "{tarakhi,tarkhi}",), flag="fall_from_height"),
    "mt_burn": Sign(("burn",), ("burn {oire,oikhi,oi}", "phoka {phukle,phukli}", "{meida,mei-da} {kaikhi,chakhi}"),
                    flag="burn_told"),
    # two limbs and the belly burnt ("khong ani amsung puk ... burn oire"): several areas, a major burn
    "mt_major_burn": Sign(("burn",), ("{khong,khut} ani amsung {puk,khwang,thabak,mai} {phaoba ,}burn {oire,oikhi}",
                                      "{hakchang pumnamak,mai} burn {oire,oikhi}"), flag="major_burn"),
    "mt_poison_rat": Sign(("poisoning",), ("uchi {hatpa,hatpagi} {dabai,hidak}",
                                           "{hou,hidak} {hatpa} {dabai} {chakhre,chakhi,chare}")),
    "mt_wants_to_die": Sign(("suicidal thoughts",), ("hingba {pamde,pamdre,pamjade}", "sibani {haire,hairi}")),
    "mt_wild_mushroom": Sign(("poisoning",), ("{chinggi,chingi,ching-gi} {chenggum,chengum}",),
                             flag="wild_mushroom"),
    "mt_mushroom_eaten": Sign((), ("{chenggum,chengum} {chakhi,chakhiba,chare,chakhre}",), flag="wild_mushroom"),
    "mt_swelling": Sign(("swelling",), ("{swelling,suyeling} {lei,leire,oire}",)),
    "mt_sweating": Sign(("sweating",), ("{suyeting,sweating} {touri,oiduna,lei}",)),
    "mt_no_complaint": Sign((), ("karisu {thokte,leite}",)),
    "mt_no_belly_pain": Sign(("abdominal pain",), ("puk {nade,nadre,nadabani}",), negated=True),
    "mt_belly_burning": Sign(("abdominal pain",), (_MT_BELLY + " {burning,chakpa,meina chakpa} {oi,oire,oiri,touri}",),
                             flag="dyspepsia"),
    "mt_blocked_nose": Sign(("nasal congestion",), ("{naton,nathon} {block,blok} {oire,oiri,oi}",)),
    "mt_red_eye": Sign(("red eye",), ("mit {khara ,yamna ,}angangba {oire,oiri,oi}",)),
    "mt_hearing": Sign(("hearing loss",), ("nakong {taba,tapa} {ngamde,ngamdre,yade}",
                                          "wa {ngangba,nganglaba} {tade,tadre}")),
    "mt_insomnia": Sign(("insomnia",), ("{ahing-da ,ahingda ,ahing da ,}{tumba,tumpa} {ngamde,ngamdre,yade}",)),
    "mt_worry": Sign(("anxiety",), ("wakhal {khara ,yamna ,}{lai,khalli,khalle,leire}", "oyari {lakli,lakle}")),
    "mt_low_mood": Sign(("low mood",), ("pukning {nungaiteba,nungaite,nungaidre,nungaitaba}",)),
    "mt_night_sweats": Sign(("night sweats",), ("{ahing-da,ahingda,ahing da} {sweating,suyeting} {touri,toure,lei}",)),
    "mt_thin": Sign(("weight loss",), ("hakchang {khara ,yamna ,}{kanglakle,kanglakli,kanglakpa}",)),
    # a nail run into the foot ("khongda nail chupkhiba"): a puncture wound, tetanus's way in
    "mt_nail_prick": Sign(("wound",), ("{nail,nel,pin,ukhong} {chupkhiba,chupkhi,chupli,chuple,chuplammi}",),
                          flag="puncture_wound"),
    "mt_red_spots": Sign(("rash",), ("{angangba,angangbi} {spot,spots,dana,guti} {lei,leire,thokle,thokli}",)),
    "mt_leech": Sign(("wound",), ("leech-na {chikkhi,chikli,chikle}", "leechna {chikkhi,chikli,chikle}")),
    "mt_finger_cut": Sign(("cut",), ("{khutsa,khut} {khara ,yamna ,}{kakhi,kakle,kaklle}",)),
    "mt_fire_burn": Sign(("burn",), ("{meina,mei-na,mei na} {chakkhi,chakhi,chakle}",)),
    "mt_no_blister": Sign((), ("phoka {leite,leitre}",), flag="no_blister"),
    # a lump in the groin that will not go back ("khwang-gi makha-da leiba bol ... hallaktre"): a stuck hernia
    "mt_hernia_stuck": Sign(("swelling",), ("{bol,lump} adu {ngasi ,houjik ,}{hallaktre,hallakte,hallakpa ngamde}",),
                            flag="irreducible_hernia"),
    # ================= Nagamese =================
    "ng_belly_pain": Sign(("abdominal pain",), ("{pet,pet te} " + _NG_MUCH + _NG_PAIN,)),
    "ng_back_pain": Sign(("back pain",), ("{kamor,kamar} {te ,}" + _NG_MUCH + _NG_PAIN,)),
    "ng_head_pain": Sign(("headache",), ("{mur,matha} {thuri ,bisi ,}" + _NG_PAIN,)),
    "ng_body_ache": Sign(("body ache",), ("gaw {te ,}" + _NG_MUCH + _NG_PAIN,)),
    "ng_leg_pain": Sign(("leg pain",), (_NG_LEG + " " + _NG_MUCH + _NG_PAIN,)),
    "ng_legs_wont_move": Sign(("reduced movement", "weakness"), (
        "{duta theng,theng,haat theng,haat} {hilabo,uthabo,hilai,lorabo,chalabo} " + _NG_CANT,
    ), flag="limb_weakness"),
    "ng_no_feeling": Sign(("numbness",), ("{chuile,chui le} eku gom {napai,napay,na pai}",)),
    "ng_fever": Sign(("fever",), ("jor {ase,ahise,ahi ase,bhi ase,hoise}", "jor {tin,duta,ek,2,3,4,5} din")),
    "ng_watery_stool": Sign(("diarrhea",), ("paikhana pani {nisina,nisena,nakhan}",)),
    "ng_weak": Sign(("fatigue",), ("gaw {ekdum ,bisi ,}kamjor {hoi jaise,hoise,ase}",)),
    "ng_mushroom": Sign((), ("{jungle,jongol,habi} {pora,laga} {chatu,chati,chaatu,mushroom}",
                             "{chatu,chaatu} (mushroom)"), flag="wild_mushroom"),
    "ng_mushroom_eaten": Sign(("poisoning",), ("{chatu,chaatu,chati} {khaise,khai dise,khai kena}",),
                              flag="wild_mushroom"),
    "ng_blood_gushing": Sign(("bleeding",), (
        "khun {jor kori ,bisi ,}{phuti ase,phuti jaise,olai ase,ulai ase,bohi ase}",
        "{khun,kapor} {bandhi dise bhi ,}{rukhi,rukha,bondo hoi,bondo hua} {nai,nahi}",
        "khun bondo {hoi ,}{nai,nahi}",
    ), severity="severe", flag="heavy_bleeding"),
    "ng_cut": Sign(("cut",), ("{haat,theng,anguli} {te ,}{kati,kaati} {dise,jaise,gol}",
                              "{dao,chaku,kuthar} pora {haat ,theng ,}{te ,}{kati,kaati} dise")),
    "ng_snake_or_bite": Sign(("snake bite",), ("{sap,saap,xaap} {kamuri,kamori} dise",)),
    "ng_fang_marks": Sign(("snake bite",), ("{duta,dui} {dat,daat} laga {dag,daag,ghao} ase",)),
    "ng_bite_in_paddy": Sign(("snake bite",), ("{pani,kheti,dhan kheti} {bhitor ,}{te ,}kiba pora {theng,haat} te "
                                               "kamuri dise",)),
    "ng_eyes_wont_open": Sign(("lethargy",), ("chuk {khulibo,kholibo} " + _NG_CANT,), flag="drooping_eyelids"),
    "ng_sleepy": Sign(("lethargy",), ("bisi ghum {ahi ase,ahise,lagi ase}",)),
    "ng_slow_speech": Sign(("slurred speech",), ("kotha {bhi ,}dhire dhire koi ase", "kotha {bhi ,}thik {nai,nahi}",
                                                 "kotha kobo " + _NG_CANT)),
    "ng_wont_wake": Sign(("lethargy",), ("{aji pora,kali pora,rati pora,subah pora} utha {nai,nahi}",)),
    "ng_no_answer": Sign(("loss of consciousness", "lethargy"), ("{matile,matileo,matile bhi} {jowab,jawab} "
                                                                 "{nadiye,nadiya,nadey,nai,nahi,nadi}",),
                         severity="severe", flag="hard_to_rouse"),
    "ng_shook": Sign(("seizure",), ("{gaw,haat theng} {kapi,kopi} {dise,uthise}",)),
    # dog meat eaten and then taken ill ("kukur mangsho khai kena ... bemar hoise"): a food poisoning
    "ng_dog_meat": Sign(("poisoning",), ("kukur {mangsho,mangxo,mangso} khai kena",)),
    "ng_hard_breathing": Sign(("shortness of breath",), ("{sas,saas,usah} {lobole,lobo,loi} {kosto,kasto,kosta}",
                                                         "sas jor jor loi ase")),
    "ng_cold_limbs": Sign((), ("haat theng {thanda,thonda} {hoise,ase,hoi jaise}",), flag="shock_signs"),
    "ng_dizzy": Sign(("dizziness",), ("matha {ghuri,ghure,ghura} {ase,jaise,dise}",)),
    "ng_thirsty": Sign(("excessive thirst",), ("pani {dile,dile bhi} bisi khai",)),
    "ng_sunken_eyes": Sign(("sunken eyes",), ("chuk bhitor te {jaise,goise,ase}",)),
    "ng_scrape": Sign(("wound",), ("{theng,haat,athu} te {chili,sili,chhili} {gise,jaise,dise}",)),
    "ng_bleeding_stopped": Sign(("bleeding",), ("khun {thuri ,}{olaise,olai} abhi bondo",), negated=True),
    "ng_no_bite": Sign(("dog bite",), ("{kamuri,kamori} {nai,nahi}",), negated=True),
    "ng_stool_blood": Sign(("blood in stool",), ("paikhana {kora time te ,te ,}{lal ,}khun",)),
    "ng_wrist_pain": Sign(("wrist pain",), ("{haat laga ,}kobji " + _NG_MUCH + _NG_PAIN,)),
    "ng_ear_discharge": Sign(("ear discharge",), ("kan pora {pani,pug,puj} olai",)),
    "ng_hearing_less": Sign(("hearing loss",), ("kom {huna,hune,hunda}",)),
    "ng_cough": Sign(("cough",), ("khasi {kori ase,ase,kore}",)),
    # ================= Mizo =================
    "mz_fever": Sign(("fever",), ("khawsik {a nei,a sang,nasa,a vei,ni,ka nei,a ni,ka}", "ka khawsik",
                                  "khawsik nasa tak")),
    "mz_no_fever": Sign(("fever",), ("khawsik {a,ka} nei lo",), negated=True),
    "mz_headache": Sign(("headache",), ("{a,ka} lu " + _MZ_HURTS,)),
    "mz_belly_pain": Sign(("abdominal pain",), ("{a,ka} pum {hnuai lam ,chung lam ,}" + _MZ_HURTS,)),
    "mz_back_pain": Sign(("back pain",), ("{a,ka} kawng {lam ,}" + _MZ_HURTS,)),
    "mz_chest_pain": Sign(("chest pain",), ("{a,ka} awm " + _MZ_HURTS, "{a,ka} awm a rit")),
    "mz_no_chest_pain": Sign(("chest pain",), ("{a,ka} awm {erawh ,}a na lo",), negated=True),
    "mz_ear_pain": Sign(("ear pain",), ("{a,ka} beng " + _MZ_HURTS,)),
    "mz_throat_pain": Sign(("sore throat",), ("{a,ka} hrawk " + _MZ_HURTS,)),
    "mz_knee_pain": Sign(("knee pain",), ("{a,ka} khup " + _MZ_HURTS,)),
    "mz_leg_pain": Sign(("leg pain",), ("{a,ka} ke " + _MZ_HURTS,)),
    "mz_dysuria": Sign(("dysuria",), ("{a,ka} zun " + _MZ_HURTS,)),
    "mz_red_urine": Sign(("blood in urine",), ("{a,ka} zun a sen",)),
    "mz_tooth_pain": Sign(("toothache",), ("{a,ka} ha " + _MZ_HURTS,)),
    "mz_sweating": Sign(("sweating",), ("{a,ka} thlan a chhuak {nasa,em em,}",)),
    "mz_night_sweats": Sign(("night sweats",), ("zan-ah {a,ka} thlan a chhuak", "zanah {a,ka} thlan a chhuak")),
    "mz_nausea": Sign(("nausea",), ("{a,ka} luak duh",)),
    "mz_vomiting": Sign(("vomiting",), ("vawi {2,3,4,5,6,hnih,thum} {a,ka} luak", "{a,ka} luak {nasa,zel,a}")),
    "mz_no_vomiting": Sign(("vomiting",), ("{a,ka} luak lo",), negated=True),
    "mz_cough": Sign(("cough",), ("{a,ka} khuh {nasa,deuh,a,thla,ni,}",)),
    "mz_coughing_blood": Sign(("coughing blood",), ("{a,ka} chil-ah thisen", "{a,ka} chil ah thisen")),
    "mz_bleeding_heavy": Sign(("bleeding",), (_MZ_BLOOD + " {a,} {tla,chhuak} nasa {em em,tak,}",
                                              "{a la ,}chhuak zel", "thisen a tla nasa"),
                              severity="severe", flag="heavy_bleeding"),
    "mz_bleeding": Sign(("bleeding",), (_MZ_BLOOD + " {tlem ,}a {tla,chhuak,tel} {bawk,}",
                                        "atangin thisen a chhuak")),
    "mz_no_bleeding": Sign(("bleeding",), (_MZ_BLOOD + " a {tla,tel,chhuak} {lo,tawh lo}",), negated=True),
    "mz_gum_bleeding": Sign(("bleeding",), ("{a,ka} ha hni atangin thisen",), flag="gum_bleeding"),
    "mz_weight_loss": Sign(("weight loss",), ("{a,ka} cher chho zel",)),
    "mz_swelling": Sign(("swelling",), ("{a,ka} {ke,kut,hmai,beng hnung,hnute lam,khup} {a ,}vung",
                                        "a vung {a,nasa}")),
    "mz_fast_breathing": Sign(("fast breathing",), ("{a,ka} {thawk,thaw} a chak {lutuk,em em,deuh,}",)),
    "mz_indrawing": Sign(("shortness of breath",), ("{a,ka} awm a lut {lut,}",), flag="chest_indrawing"),
    "mz_no_indrawing": Sign(("shortness of breath",), ("{a,ka} awm a lut lo",), negated=True),
    "mz_cannot_breastfeed": Sign(("unable to drink",), ("hnute a hne thei lo",), flag="cannot_drink"),
    "mz_fits": Sign(("seizure",), ("{a,ka} kut leh ke a {khur,khur nghal nghal}", "a mit a let")),
    "mz_no_answer": Sign(("loss of consciousness",), ("a chhang lo", "a hre {reng ,}lo", "a hre tawh lo"),
                         severity="severe"),
    "mz_collapsed": Sign(("fainting",), ("a tlu a",)),
    "mz_choking": Sign(("shortness of breath",), ("{a,ka} hrawk-ah a tang", "{a,ka} hrawk ah a tang"),
                       flag="choking"),
    "mz_cannot_breathe": Sign(("shortness of breath",), ("{a,ka} thaw thei lo", "thaw a harsa"),
                              severity="severe"),
    "mz_blue_lips": Sign(("cyanosis",), ("{a,ka} hmui a {dum,pawl,dum tawh}",)),
    "mz_hanging": Sign(("suicidal thoughts",), ("a inkhai", "inkhai a"), flag="hanging_tried"),
    "mz_kill_myself": Sign(("suicidal thoughts",), ("ka inthat dawn", "inthat {duh,dawn}", "nun hi ka ning tawh lo"),
                           flag="suicide_plan"),
    "mz_snake_bite": Sign(("snake bite",), ("rul in {a ke ,ka ke ,a kut ,min ,}{a ,}seh",)),
    "mz_no_snake_bite": Sign(("snake bite",), ("min seh lo", "a seh lo"), negated=True),
    "mz_shot": Sign(("wound",), ("silai a puak", "a ke a kap", "silai in a kap"), flag="penetrating_injury"),
    "mz_diarrhoea": Sign(("diarrhea",), ("a kawthalo",)),
    "mz_tired": Sign(("fatigue",), ("a chau em em", "ka chau reng", "a hah em em")),
    "mz_no_appetite": Sign(("loss of appetite",), ("chaw {a,ka} ei duh lo",)),
    "mz_runny_nose": Sign(("runny nose",), ("{a,ka} hnar tui a luang",)),
    "mz_blurred": Sign(("blurred vision",), ("{a,ka} mit a hmuh a chiang lo",)),
    "mz_cant_sleep": Sign(("insomnia",), ("{zanah,zan-ah} ka mu thei lo",)),
    "mz_sad": Sign(("low mood",), ("ka lung a na", "ka lungngai")),
    "mz_no_belly_pain": Sign(("abdominal pain",), ("{a,ka} pum {hnuai lam ,}a na lo",), negated=True),
    "mz_no_head_pain": Sign(("headache",), ("{a,ka} lu a na lo",), negated=True),
    "mz_no_leg_pain": Sign(("leg pain",), ("{a,ka} ke a na lo",), negated=True),
    "mz_no_bite": Sign(("snake bite",), ("seh lo",), negated=True),
    "mz_missed_period": Sign(("irregular periods",), ("period {a,ka} kal {fel ,}lo",)),
    "mz_urine_hard": Sign(("frequent urination",), ("zun a chhuak har", "{zan-ah,zanah} vawi {4-5,3,4,5} a tho")),
    "mz_fetal_less": Sign(("reduced fetal movement",), ("naute a che tlem",)),
    # ================= Khasi =================
    "kh_pain": Sign(("abdominal pain",), ("ka kpoh ka pang", "ka pang kha")),
    "kh_headache": Sign(("headache",), ("ka khlieh ka pang",)),
    "kh_tooth": Sign(("toothache",), ("ka bniat ka pang",)),
    "kh_breathless": Sign(("shortness of breath",), ("ring mynsiem kham kloi", "sngewsih ban ring mynsiem")),
    "kh_fast_breathing": Sign(("fast breathing",), ("ring mynsiem kham kloi",)),
    "kh_wont_feed": Sign(("unable to drink",), ("ym lah dih", "ym treh shuh ban dih", "ym iam shuh"),
                         flag="cannot_drink"),
    "kh_drowsy": Sign(("lethargy",), ("{sngewthiah,sngew thiah}", "u thiah hi baroh ka sngi"),
                      flag="hard_to_rouse"),
    "kh_tired": Sign(("fatigue",), ("sngew tlot",)),
    "kh_body_ache": Sign(("body ache",), ("sngew pang ka met baroh", "ka met ka pang")),
    # breathless on climbing the road ("ring mynsiem jur haba kiew lynti"): on exertion
    "kh_breathless_climbing": Sign(("shortness of breath",), ("ring mynsiem jur {haba,habi} kiew",), flag="exertion"),
    "kh_forgets": Sign(("confusion",), ("klet ia ki jingbuh", "ym tip shuh ka sngi"), flag="forgetful"),
    "kh_labour_long": Sign(("abdominal pain",), ("ka pang kha naduh {mynhynnin,mynta}",),
                           flag="obstructed_labour"),
}

# Khasi "ym" (not) stands before what it denies, after "don" (has) or "pat" (yet): "ym don fever" (cues.py)
PRE_DENIALS: Final = ("ym",)
PRE_FILLERS: Final = ("don", "pat", "lah")

# Everyday words of these languages the corrector must leave as typed (Meitei, Nagamese, Mizo, Khasi)
EVERYDAY: Final = frozenset("""
hakchang shaba shabi shade saba nari naari nare naba nakhi kok puk pukta mit khut khong khongda nakong naton
thokli thokle thokpa thokte thoklammi lokpa lokli lokle lokpada thawai kanna kanba leite leitre lei leire leiri
oire oiri oikhi touri toure toukhi toude touda tumli tumba ngamde ngamdre ngamli yade yadre yamna khara houjik
amsung ngasi ngarang numit numidang ama ani ahum mari manga tha thaa chahi angang asi mahak eigi ipu ibok ima ipa
nupi matamda matungda mamangda adubu karisu hairi haire hayri khangdaba khangde sense fit lakle lakli lakte chak
chaba pamde nguppa chinbal hangba thanggatpa yetthangba wa ngangba ngangli mayek shengde maram naidaba tarakhi
tarkhi pukhri mathak nungda lakhi ishing thakpa thakli khom koubda paukhum pide dabai chakhi chakhre uchi hatpa
hingba chinggi chenggum phoka phukle suyeling ingba
bisi bikha napare napai theng gaw khun kati dise giri kamuri jowab nadiye matile utha kapi chatu chuile gom
mangsho kukur hachi naak chuk khujli gola thuri bacha hoise olai ase kamor jhum supari gach hilabo uthabo ghum
khulibo kotha dhire koi kena kapor bandhi rukhi phuti bondo thanda ghuri suali chokra jon lobole kosto
khawsik luak thisen tla chhuak nasa em deuh tawh lo thei hre reng chhang khur nghal khuh chil cher chho zel vung
thlan zun beng hrawk khup kawng pum hnuai lam awm lut hnute hne naupang nausen fapa fanu thla kum tunah vawiin
rul seh silai puak kap inkhai inthat dawn hmui dum tang thaw thawk chak lutuk kawthalo chau hah hnar luang
chiang hmuh lungngai lung naute tlem hle tlu rei hmu hlau mahse min hliam engmah zan zanah
khynnah sngewsih ring mynsiem kham kloi ym lah dih khlieh pang jur sngewthiah kpoh bniat naduh mynhynnin
mynstep mynta tlot sngew kynthei khunlung taiew treh shuh thiah sngi iam ruh sien kti kjat
ahing ahingda pukning nungaiteba wakhal khalli oyari tourakpa thabak leech chikkhi khutsa kakhi leple leitre kobji
huna kal fel bidi kiew lynti haba klet jingbuh tip rangbah met baroh khwang makha leiba hallaktre gise chili
dile bhitor heinou kaibda meina chakkhi nade mamangda kalta angangba taba tade nganglaba
""".split())
