"""Malayalam wordings (Manglish, in Latin letters, and what script_deccan.py reads from the Malayalam script) of
symptoms and danger signs, as a taluk casualty in rural Kerala hears them: "vayaru vedana" (belly pain), "shwasam
muttal" (breathless), "chardi" (vomiting), "bodham illa" (unconscious), "paambu kadichu" (a snake bit), "thala
karakkam" (giddiness), "illa" (not: context.py's cues, from DENIALS here).

Merged into signs.SIGNS. Malayalam joins its endings to the word ("kaalil", in the leg; "chumayum", and a cough), so
the common inflections are spelled out. "pani" is fever but also work ("pani edukkunna", at work) and Hindi water: it
is fever only with a word that makes it one ("pani undu", "3 divasam pani", "paniyum", "pani illa"). "veenu" (fell)
is a fall, but "thala karangi veenu" (went giddy and fell) is a faint.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# "illa" (is not) is signs_deccan.DENIALS'; Malayalam's other ways to say it is not, was not, did not come, nothing
DENIALS: Final = ("illaa", "illayirunnu", "illaayirunnu", "onnumilla", "onnumillaa", "vannittilla", "vannilla",
                  "undaayilla", "undayilla", "undaayittilla", "kandilla", "kandittilla", "illennu", "thonniyittilla",
                  "ottumilla", "illallo")
# words between a complaint and its "illa": "chardi onnum illa" (any), "viyarppu polum illa" (even), "ottum" (at all)
# and "ennu" (that): "marikkanam ennu thonniyittilla" (never felt that he should die)
FILLERS: Final = frozenset({"onnum", "polum", "ottum", "theere", "okke", "ithuvare", "ennu"})

# Everyday Malayalam words the spelling corrector must leave as they are (normalise.py): without them "chora"
# (blood) was read "thora", "randu" (two) "mandu", "veenu" (fell) "veepu", "ninnu" (from) "nine", "vannu" (came)
# "kannu" (eye)
EVERYDAY: Final = frozenset("""
onnu randu moonnu naalu anchu aaru ezhu ettu onpathu pathu oru divasam divasamayi divasamaayi divasathil aazhcha
aazhchayaayi maasam maasamayi maasamaayi varsham varshangalaayi kollam manikkoor innale innu raavile raathri
vaikunneram uchakku ippo ippol ippozhum munpu mumbu muthal ninnu undu und illa aanu aayi aayirunnu ennu parayunnu
paranju kutti kuttikku kunju kunjinu molu monu mon mol amma appan appachan ammachi appooppan apoopan ammoomma
chettan chechi aniyan bharthavu bharya ente enikku avan aval avanu avalkku kurachu orupaadu valare nannayi nannaayi
cheriya valiya valya kure vere kuzhappam sheriyaayi sheriyaanu sheriyalla pole maathram maathrame koodi kuranju
kuravu koodunnu vannu varunnu varum poyi kazhichu kudichu vellam paal bhakshanam veettil thavana vayassu pakshe
koode kondu nokki nokkiyappo pinne kayar thenga thengu chora chorayum poyilla thinnu kazhinja kazhinju enthu
entho enthoo vannathaanu undaayirunnu aayittu kaanikkano mathiyo naale vechu vechittundu kidakkunnu irikkunnu
thudangi pokunnu pokanam venam cheythu cheyyanam eduthu eduthittundu aakunnu ellaam ellam ellaarkkum
""".split())

_PAIN = "{vedana,vedanayum,vedanaya,vedhana,vedanayundu,vedana undu}"
_MUCH = "{kadutha ,bhayankara ,bhayankaram ,valiya ,valya ,nalla ,cheriya ,kurachu ,}"
_BLOOD = "{chora,choora,raktham,rakttam,chorayum}"
_FROM = "{ninnu,ninn,il ninnu,ilninnu}"
_COMES = "{varunnu,vannu,varunnundu,ozhukunnu,pokunnu,poyi}"
_FEVER_VERB = ("{undu,und,aayirunnu,undaayirunnu,vannu,varunnu,koodi,kuranju,kurayunnilla,maarunnilla,"
               "kuravilla,aayi,1,2,3,4,5,6,7,8,10,99,100,101,102,103,104,105}")
_BREATH = "{shwasam,swasam,shvaasam,shwaasam,swaasam,shwasa,swasa,shwasathinu}"
_CHOKES = "{muttal,mutal,muttu,mutt,muttunnu,mutunnu,mutalum,muttalum,muttalundu,mutti,muttal undu}"
_URINE = "{moothram,mootram,moothrathil,moothrathinu}"
_LEG = "{kaal,kaalu,kaalil,kaalinu,kaalukalil,kaalinte vannayil,kaalinte vanna,kaaluvedana}"
_CANT = "{pattunnilla,pattilla,pattiyilla,vayya,kazhiyunnilla}"
_SNAKE = "{paambu,pambu,paampu,paamb,anali,moorkhan,moorghan,vellikkettan,shanguvarayan,churuttamandali,mookkan}"
_BIT = "{kadichu,kothi,kothiyathu,kadichathu,kadi}"

MALAYALAM_SIGNS: dict[str, Sign] = {
    # --- fever ("pani" only with a word that makes it a fever) ---
    "fever_ml": Sign(("fever",), (
        "pani " + _FEVER_VERB, "{paniyum,paniyundu,paniyaanu,paniyaayi,panikku,paniyirunnu,paniyayirunnu}",
        "{kadutha,cheriya,nalla,valiya,viral,dengue,eli,thullal,kulir,viraylodu koodiya,virayalodu koodiya} pani",
        "{divasam,divasamayi,divasamaayi,aazhchayaayi,naalaayi,divasamaayittu} pani",
        "{dehathu,dehamokke,deham,shareeram} {choodu,chood,chudu} {undu,und,}", "{kulirum,viraylum,virayalum} pani",
    )),
    "no_fever_ml": Sign(("fever",), ("pani {illa,illaa,onnum illa,onnumilla,illennu}",), negated=True),
    # --- pain named by where it hurts ---
    "head_hurts_ml": Sign(("headache",), (
        "{thala,thalakku,thalayil} " + _MUCH + _PAIN, "{thalavedana,thalavedanayum,thalavedhana}",
        "thala {kurachu ,}{bhaaram,bharam,vingal}",
    )),
    "dizzy_ml": Sign(("dizziness",), (
        "thala {karakkam,karakkavum,karangunnu,karangal,chuttal,chuttunnu}", "{thalakarakkam,thalakarakkavum}",
        "muri muzhuvan karangunnu",
    )),
    "fainted_ml": Sign(("fainting",), ("thala karangi {veenu,veezhunnu,vizhunnu,veenathu}",
                                       "{bodham,bodhom} {poyi,kettu} {veenu,}")),
    "chest_hurts_ml": Sign(("chest pain",), (
        "{nenju,nenchu,nenjil,nenchil,nenjinu,nenjilum} " + _MUCH + _PAIN, "{nenjuvedana,nenchuvedana}",
        "{nenju,nenjil,nenchil} {bhaaram,bharam,asvasthatha,aswasthatha,pidutham,vingal}",
    )),
    # the belly's burning is a belly pain ("vayattil erichil"); the chest's, or a sour reflux, only indigestion
    "belly_burning_ml": Sign(("abdominal pain",), ("{vayattil erichil,vayattil mukalil erichil}",), flag="dyspepsia"),
    "heartburn_ml": Sign((), ("{nenjerichil,nenjeriyunnu,nenju erichil,pulichu thikattal,puliththikattal}",),
                         flag="dyspepsia"),
    "belly_hurts_ml": Sign(("abdominal pain",), (
        "{vayaru,vayar,vayattil,vayattinu,vayarinu,adivayaru,adivayattil,vayarinte} " + _MUCH + _PAIN,
        "{vayaruvedana,vayarvedana,vayaruvedanayum}",
    )),
    "belly_rigid_ml": Sign((), ("vayaru {muzhuvan ,}kallu pole", "thodan {sammathikkunnilla,sammathikkilla}"),
                           flag="peritonism"),
    "back_hurts_ml": Sign(("back pain",), (
        "{naduvu,naduvinu,naduvinte,naduvilum,naduvil} " + _MUCH + "{vedana,pidutham,vedanayum}",
        "{naduvedana,naduvuvedana}",
    )),
    "leg_hurts_ml": Sign(("leg pain",), (
        _LEG + " " + _MUCH + _PAIN, "{kaal,kaalu,kaalinte vanna} {kazhappu,pidutham}",
        "{vanna,kochi} pidutham", "upputtiyil {kuthunna ,}vedana",
    )),
    "knee_hurts_ml": Sign(("knee pain",), ("{muttu,muttinu,muttil,muttinum} " + _MUCH + "{vedana,kazhappu}",
                                           "{muttuvedana,muttu vedana}")),
    "joint_hurts_ml": Sign(("joint pain",), ("{sandhi,sandhikal,sandhikalil,tholu,tholinu} " + _MUCH + _PAIN,
                                             "sandhivedana", "tholu pokkan pattunnilla")),
    "joints_swollen_ml": Sign(("joint pain", "swelling"), ("{sandhi,sandhikal,sandhikalil} {veerthu,neeru}",)),
    "wrist_stiff_ml": Sign(("wrist pain",), ("{kaikkuzha,kaikkuzhayum,kaikuzha} {murukkam,pidutham}",)),
    "wrist_hurts_ml": Sign(("wrist pain",), ("{kaikkuzha,kaikuzha,kaikkuzhayum} " + _MUCH + _PAIN,)),
    "tooth_hurts_ml": Sign(("toothache",), ("{pallu,pallinu,pallil} " + _MUCH + _PAIN, "palluvedana",
                                            "pallu pulippu")),
    "ear_hurts_ml": Sign(("ear pain",), ("{chevi,cheviyil,chevikku} " + _MUCH + _PAIN, "chevivedana")),
    "eye_hurts_ml": Sign(("eye pain",), ("{kannu,kannil,kannukalil} " + _MUCH + _PAIN, "kannu kazhappu")),
    "behind_eyes_ml": Sign(("retro-orbital pain",), ("kannu {purakil,purakilu,purakile} vedana",)),
    "throat_hurts_ml": Sign(("sore throat",), ("{thonda,thondayil,thondakku} " + _MUCH + _PAIN, "thondavedana")),
    "body_aches_ml": Sign(("body ache",), ("{dehamokke,deham,dehathu,shareeram,meyyu} " + _MUCH + _PAIN,
                                           "{dehavedana,meyvedana}")),
    # --- breath, cough ---
    "breathless_ml": Sign(("shortness of breath",), (
        _BREATH + " " + _CHOKES, "{shwasammuttal,swasammuttal,shwasamutt,shwasammutt}",
        _BREATH + " {kittunnilla,kittaanilla,edukkan budhimuttu,edukkan prayasam,edukkan pattunnilla,valikkunnu}",
        "{kithappu,kithakkunnu,kithaykkunnu}",
    )),
    "fast_breath_ml": Sign(("fast breathing",), (_BREATH + " {kurachu ,valare ,}{vegam,vegathil,vegam vegam}",
                                                 "vegathil shwasam")),
    "indrawing_ml": Sign(("shortness of breath",), ("{nenju,varikellu} ullilekku {valiyunnu,pokunnu,kuzhiyunnu}",),
                         flag="chest_indrawing"),
    "cough_ml": Sign(("cough",), ("{chuma,chumayum,chumakkunnu,chumakkumbo,chumakkumbol,chumachu,chumaykkunnu,"
                                  "chuma undu}",)),
    "blood_cough_ml": Sign(("coughing blood",), ("{kafathil,kaphathil,kafam,kapham,chumakkumbo} " + _BLOOD,)),
    "blue_lips_ml": Sign(("cyanosis",), ("{chundu,chundukal,mukham} {neelachu,neelam,neelichu,neela niram}",)),
    # --- the gut ---
    "vomiting_ml": Sign(("vomiting",), ("{chardi,chhardi,chharddi,charddi,chardiyum,chhardiyum,chharddiyum,chardichu,"
                                        "chardikkunnu,chardil,chhardichu}",)),
    "no_vomiting_ml": Sign(("vomiting",), ("{chardi,chhardi,chharddi} {illa,onnum illa,onnumilla}",), negated=True),
    "nausea_ml": Sign(("nausea",), ("chardikkan {varunnu,varum,thonnal,thonnunnu,thonnunnundu,pole}",
                                    "{ochaanam,manampuratti,okkaanam}")),
    "keeps_nothing_down_ml": Sign(("vomiting",), ("{enthu,entu} kazhichaalum {chardikkunnu,chardi}",
                                                  "vellam kudichaalum {chardikkunnu,chardi}"),
                                  flag="vomits_everything"),
    "blood_vomit_ml": Sign(("vomiting",), (_BLOOD + " {chardichu,chardi,chardikkunnu}",), flag="haematemesis"),
    "diarrhoea_ml": Sign(("diarrhea",), ("{vayarilakkam,vayarilakkavum,vayaru ilakkam,vayar ilakki,vayarilaki}",)),
    "black_stool_ml": Sign(("blood in stool",), ("malam {karuthu,karuthittu,karuppu}",
                                                 "{malathil,malam pokumbo,malam pokumbol} " + _BLOOD)),
    "constipated_ml": Sign(("constipation",), ("{malabandham,malabhandham}", "{toilet il,toiletil} poyilla")),
    "lost_appetite_ml": Sign(("loss of appetite",), ("{vishappilla,vishappu illa,vishappu kuravu,bhakshanam kuravu}",
                                                     "bhakshanam kazhikkunnilla")),
    "weight_lost_ml": Sign(("weight loss",), ("{thooki,thookkam,bhaaram} kuranju",)),
    "weight_kept_ml": Sign(("weight loss",), ("{thooki,thookkam} {kuranjilla,kuranjittilla}",), negated=True),
    "thirsty_ml": Sign(("excessive thirst",), ("{orupaadu ,valare ,}daaham", "vellam aarthiyode kudikkunnu")),
    "jaundice_ml": Sign(("jaundice",), ("{manja,manjappitham,manjapitham,manjayum}", "kannu {manja,manjichu}")),
    "dark_urine_ml": Sign(("dark urine",), (_URINE + " {manja,manjayaanu,manja niram,karuthu}",)),
    # --- urine ---
    "burning_urine_ml": Sign(("dysuria",), (_URINE + " {ozhikkumbo,ozhikkumbol,pokumbo} {erichil,neettal,vedana}",
                                            "{moothrathil,moothra} erichil")),
    "urine_blood_ml": Sign(("blood in urine",), (_URINE + " {chuvanna niram,chuvannu}", "moothrathil " + _BLOOD)),
    "no_urine_ml": Sign(("reduced urine",), (_URINE + " {valare ,}{kuravu,kuranju,pokunnilla,poyilla,illa}",)),
    "urine_often_ml": Sign(("frequent urination",), (
        "idakkidakku {moothram,pokanam,moothram ozhikkanam}", "{moothram ozhikkaan,moothram ozhikkan} ezhunnelkkanam",
        "{randu,moonnu,naalu,naalanchu,pala} thavana moothram",
    )),
    "urine_slow_ml": Sign(("frequent urination",), ("moothram {pokaan,pokan} {thaamasam,thamasam,budhimuttu}",)),
    # --- the skin ---
    "itching_ml": Sign(("itching",), ("{chorichil,chorichilum,chorinju,choriyunnu,chorichal}",)),
    "rash_ml": Sign(("rash",), ("{kurukkal,choodukuru,chuvanna kurukkal,vatta chori,chorinju thadichu}",)),
    "patches_ml": Sign(("skin patches",), ("velutha {paadu,paadukal}", "ilakunna paadukal")),
    # "neeru" only at a site or with its verb: alone it is Kannada's water ("neeru kudiyutte", he drinks water)
    "swollen_ml": Sign(("swelling",), ("{neerum,veekkam,veekkavum}", "neeru {vechu,undu,vannu,koodi}",
                                       "{kaal,kaalil,kai,kaiyil,mukham,mukhathu,viral,viralil,kavil,kaikkuzha} "
                                       "{cheriya ,valiya ,kurachu ,}neeru",
                                       "{cheriya,valiya,kurachu,nalla} neeru",
                                       "{mukham,kaal,kai,muzhuvan} veerthu", "cheriya thadippu")),
    "burn_ml": Sign(("burn",), ("{pollal,polli,pollichu,pollalum,pollippoyi}", "thee pidichu",
                                "{kumila,kumilakal} {vannu,undu}",
                                "{choodu,chood,thilacha,thilachcha} {enna,vellam,chaaya,kanji,kanjivellam,paal} "
                                "{thericchu,therichu,veenu,marinju}", "kanjivellam marinju")),
    # a burn of the face or the chest, or one whose skin peels off: a major burn
    "burn_major_ml": Sign(("burn",), ("{mukhathum,mukhathu,nenjilum,dehamokke,kazhuthilum} pollal",
                                      "tholi {ilaki,ilakki,ilakunnu} varunnu"), severity="severe"),
    "sunburn_ml": Sign(("burn",), ("veyil kondu tholi {chuvannu,karuthu,pollunnu}",), flag="sunburn"),
    # --- bleeding ---
    "bleeding_ml": Sign(("bleeding",), (_BLOOD + " {varunnu,vannu,ozhukunnu,poyi,orupaadu poyi}",)),
    # bleeding that will not stop, or spurts, even with a cloth tied on
    "bleeding_on_ml": Sign(("bleeding",), (_BLOOD + " {nilkkunnilla,nikkunnilla,cheetti}",
                                           "{kettiyittum,amarthiyittum} {nilkkunnilla,nikkunnilla}"),
                           flag="heavy_bleeding"),
    "heavy_period_ml": Sign(("vaginal bleeding",), ("{orupaadu,idakkidakku} pad {maattanam,maattunnu,maattendi}",)),
    "nose_bleeds_ml": Sign(("bleeding",), ("{mookkil,mookku} " + _FROM + " " + _BLOOD,), flag="nosebleed"),
    "ear_bleeds_ml": Sign(("bleeding",), ("{chevi il,cheviyil,chevi} " + _FROM + " " + _BLOOD,),
                          flag="ear_bleeding"),
    "gums_bleed_ml": Sign(("bleeding",), ("{pallil,monayil} " + _FROM + " " + _BLOOD,), flag="gum_bleeding"),
    # --- the nose, ear, eye ---
    "runny_nose_ml": Sign(("runny nose",), ("{mookkolippu,mookkoolippu,jaladosham}",)),
    "blocked_nose_ml": Sign(("nasal congestion",), ("{mookkadappu,mookku adappu,mookkadachil}",)),
    "sneezing_ml": Sign(("sneezing",), ("{thummal,thummalum}",)),
    "ear_pus_ml": Sign(("ear discharge",), ("{chevi il,cheviyil,chevi} " + _FROM + " pazhuppu", "chevi olippu")),
    "hard_of_hearing_ml": Sign(("hearing loss",), ("kelvi {kurachu ,}kuravu", "kelkkan pattunnilla")),
    "red_eye_ml": Sign(("red eye",), ("kannu {chuvappu,chuvannu,chuvanna}", "{chenkannu,kannu chuvakkal}")),
    "blurred_ml": Sign(("blurred vision",), ("kaazhcha {mangal,mangunnu,kuravu,prashnam}", "kannil mangal",
                                            "kaanan pattunnilla", "kannu irutti")),
    # --- the mind and the nerves ---
    "unconscious_ml": Sign(("loss of consciousness",), (
        "{bodham,bodhom} {illa,poyi,kettu,varunnilla,illathe}", "{bodhamilla,bodhamillathe,bodhamattu}",
    )),
    "confused_ml": Sign(("confusion",), (
        "{enthokkeyo,enthokkeyoo} {parayunnu,marannu pokunnu}", "{aalukale,aareyum} thiriyunnilla",
        "{bodham,samsaaram,samsaram} sheriyalla",
    )),
    "drowsy_ml": Sign(("lethargy",), ("urakkam {thoongunnu,thoongal,koodi varunnu}", "eppozhum {urakkam,mayakkam}",
                                      "thalarnnu kidakkunnu", "mayakkam")),
    "hard_to_rouse_ml": Sign(("lethargy",), ("urakke vilichaal maathram",), severity="severe", flag="hard_to_rouse"),
    "fits_ml": Sign(("seizure",), ("{janni,jenni} {vannu,undu,varunnu}", "kai kaal vettunnu",
                                   "fits {vannu,varunnu,undu}")),
    "no_fits_ml": Sign(("seizure",), ("fits {vannittilla,vannilla,illa}",), negated=True),
    "tired_ml": Sign(("fatigue",), ("{ksheenam,ksheenavum,kshinam,thalarcha}",)),
    "sweating_ml": Sign(("sweating",), ("{viyarkkunnu,viyarppu,viyarthu,viyarkkal,viyarthu kulichu}",)),
    "night_sweats_ml": Sign(("night sweats",), ("raathri {viyarkkunnu,viyarkkal,viyarppu}",)),
    "cold_limbs_ml": Sign((), ("{kai kaal,kaikaal} {thanuthu,thanuthirikkunnu}",), flag="shock_signs"),
    "palpitations_ml": Sign(("palpitations",), ("{nenjidippu,heart idippu,idippu koodi}",)),
    "face_droop_ml": Sign(("facial droop",), ("{vaa,vaaya,vaayi,mukham} {oru ,}{kodi,kodippoyi,kodiyirikkunnu}",
                                              "{vaa,vaaya,mukham} oru {bhagathekku,vashathekku}")),
    "arm_wont_move_ml": Sign(("weakness",), (
        "{kaiyum kaalum,kai kaal,kai,kaal} {thalarnu,thalarnnu,thalarnnupoyi}",
        "{valathu,idathu,valatu,itatu} {kai,kaal,kaiyum kaalum} {anakkan,anakkaan,pokkan} " + _CANT,
    ), flag="focal_weakness"),
    "limbs_weak_ml": Sign(("weakness",), ("kai kaal thalarcha",)),
    "slurred_ml": Sign(("slurred speech",), ("{samsaram,samsaaram} {kuzhanju,kuzhayunnu}",
                                             "{samsarikkaan,sansaarikkaan,samsaarikkaan} pattunnilla")),
    "neck_stiff_ml": Sign(("neck stiffness",), ("kazhuthu {kunikkan,thirikkan} " + _CANT,)),
    "numb_ml": Sign(("numbness",), ("{tharippu,maravippu}", "thottal {ariyilla,ariyunnilla}")),
    "cant_walk_ml": Sign(("reduced movement",), ("{nadakkan,nadakkaan,ezhunnelkkan,ezhunnelkkaan,anakkan} "
                                                 + _CANT,)),
    "insomnia_ml": Sign(("insomnia",), ("{urakkam,urakkavum} {illa,kuravu,varunnilla}", "urakkamilla",
                                        "{urangunnilla,urangaan pattunnilla}")),
    "low_mood_ml": Sign(("low mood",), ("{sankadam,vishamam,manovishamam}",)),
    "no_interest_ml": Sign(("loss of interest",), ("onninum {thaalparyamilla,thalparyamilla,thalparyam illa}",
                                                   "onnum cheyyaan thonnunnilla")),
    "fear_ml": Sign(("anxiety",), ("{pedi,bhayam,pediyaanu}",)),
    "tremor_ml": Sign((), ("kai {viraykkunnu,virakkunnu}",), flag="tremor"),
    "wants_to_die_ml": Sign(("suicidal thoughts",), (
        "{jeevikkanda,jeevikkenda,marikkanam,chaakanam,aathmahathya,athmahathya}", "marichaal mathi",
        "{kettitthookkan,kettithookkan,thoongi marikkan} nokki",
    )),
    "suicide_plan_ml": Sign(("suicidal thoughts",), ("kayar vaangi",), flag="suicide_plan"),
    # --- the child's and the pregnancy's signs ---
    "no_feed_ml": Sign(("unable to drink",), ("{paal,mula,vellam,onnum} {kudikkunnilla,kudikkunilla}",)),
    "feeds_well_ml": Sign((), ("{paal,vellam} {nannaayi ,nannayi ,}{kudikkunnundu,kudikkunnu}",),
                          flag="feeding_well"),
    "sunken_eyes_ml": Sign(("sunken eyes",), ("kannu {kurachu ,}{kuzhinju,kuzhinjirikkunnu}",)),
    "baby_still_ml": Sign(("reduced fetal movement",), ("kunju {anakkunnilla,anangunnilla}",)),
    "baby_moves_ml": Sign(("reduced fetal movement",), ("kunju {nannayi ,nannaayi ,}{anakkunnundu,anakkunnu}",),
                          negated=True),
    "discharge_ml": Sign(("vaginal discharge",), ("{vellapokku,vellappokku,vella pokku}",)),
    # --- bites, stings, injuries, poison ---
    "snake_bite_ml": Sign(("snake bite",), (_SNAKE + " " + _BIT, "{paambu,pambu,paampu}",
                                            "randu pallinte paadu")),
    # "something bit": a snake's until shown otherwise (a krait bites the sleeping)
    "something_bit_ml": Sign(("snake bite",), ("{enthoo,entho,entho oru} kadichu",)),
    "snake_seen_ml": Sign((), (_SNAKE + " {kandu,kandennu}",), flag="snake_nearby"),
    "dog_bite_ml": Sign(("dog bite",), ("{patti,naaya,poocha,kurangu} kadichu",)),
    "stings_ml": Sign((), ("{kadannal,theneecha,thenneecha} koottam",), flag="multiple_stings"),
    "cut_ml": Sign(("cut",), ("{kai,kaiyil,viral} murinju", "{kathi,vaakkathi} kondu",)),
    "wound_ml": Sign(("wound",), ("{murivu,vrunam,vranam,muriv}",)),
    "deep_cut_ml": Sign(("cut",), ("{aazham,aazhamulla} {undu,und,ulla murivu}",), flag="deep_wound"),
    "deep_wound_ml": Sign(("wound",), ("aazhathil {murivu,muriv}",), flag="deep_open_wound"),
    "lump_ml": Sign(("swelling",), ("{muzha,muzhayundu,muzha undu}",), flag="lump"),
    "head_hurt_ml": Sign((), ("thalayil murivu", "thala idichu"), flag="head_injury"),
    "fall_ml": Sign(("fall",), ("{vazhuki,thenni,ninnu,kaal thenni,kalikkumbo,kalikkumbol,nadakkumbo,odumbo} veenu",
                                "{veenu,vizhunnu}")),
    "fall_high_ml": Sign(("fall",), ("{uyarathil,mukalil,thenginte mukalil,maram} ninnu veenu",),
                         flag="fall_from_height"),
    "drowned_ml": Sign((), ("{kulathil,vellathil,puzhayil,kinattil} {mungi,veenu}",), flag="drowning"),
    "swallowed_ml": Sign((), ("{naanayam,coin,battery} vizhungi",), flag="swallowed_object"),
    "poison_ml": Sign(("poisoning",), (
        "{visham,keedanaashini,keedanashini,kalanashini,mannenna} {kudichu,kazhichu,thinnu}",
        "{eli visham,othalanga,othalanga kuru,ummam}",
    )),
    "alcohol_stopped_ml": Sign((), ("kudi {nirthi,nirthiyittu}",), flag="alcohol_stopped"),
}
