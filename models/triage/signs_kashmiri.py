"""Kashmiri wordings (in Latin letters, and what script_urdu.py reads from the Perso-Arabic script) of symptoms and
danger signs, as a sub-district hospital in Jammu and Kashmir hears them, with the Dogri, Gojri and Pahari ones
heard beside them: "kalas dod" (headache; "dod" is Kashmiri pain), "tap chhu" (fever), "tsaas" (cough), "wokun"
(vomiting), "shah chhu tang" (hard to breathe), "kath chhes ni saaf neraan" (the speech is not clear), "aas gomut
akh taraf" (the mouth went to one side), "buth gov neel" (the face went blue), "pasen chhus tsalaan" (sweat runs).

Kashmiri says "not" after its copula and before the verb ("dod chhu ni chevaan", he does not drink the milk; "tap
chhes ni", she has no fever): "ni" is a denial after what it denies (context.py's cues, from DENIALS here), and the
copula ("chhu", "chhes", "chhus" ...) may stand between (FILLERS). A wording whose own verb is denied is a danger sign
as a whole here ("shah chhus ni yivaan", no breath comes: he is choking).

Words that are other words elsewhere are used only inside a phrase: "tap" (English a tap) only with its copula or a
number, "dod" (Kashmiri also milk) as pain only by its site, and as milk only with a verb of drinking, "shah" only
with what the breath does, "zard" (yellow) as jaundice only of the eyes or the urine, not of the face (pale).

Merged into signs.SIGNS; a wording of a danger sign named elsewhere sets that sign's flag (``flag``).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# "ni", "na" (not) after what they deny ("tap ni", "wokun chhu ni"): cues.py; the Urdu script's "na" after the
# copula is read "ni" (script_urdu.py)
DENIALS: Final = ("ni",)
# The copula and "ti" (also) stand between a complaint and its denial ("tap ti chhus ni")
FILLERS: Final = ("chhu", "chhe", "chhes", "chhus", "chhum", "chhem", "chhi", "chhis", "chhas", "chus", "ches",
                  "ti", "te")

# Kashmiri time: "zeh doh pyeth" (for two days), "warih brounh" (a year ago); its numbers and units (durations.py,
# cues.py read them)
AGO: Final = ("brounh", "bronh", "broonh", "brunh")
TIME_UNITS: Final = ("warih", "wuhur", "reth", "rethan", "haftan", "doh", "dohan")
NUMBERS: Final = {"akh": 1, "zeh": 2, "tre": 3, "treh": 3, "tsor": 4, "paantsh": 5, "sheh": 6}

# --- word groups ---
_IS = "{chhu,chhe,chhes,chhus,chhum,chhem,chhi,chhis,chus,ches,chhas}"
_IS_ = "{chhu ,chhe ,chhes ,chhus ,chhum ,chhem ,chhi ,chhis ,chus ,ches ,chhas ,}"
_NOT = "{ni,na}"
_PAIN = "{dod,dodh}"
_MUCH = "{sakh ,sakht ,thod ,zyaadeh ,zyada ,bonkani ,bon ,halka ,}"
_IN = "{manz ,peth ,pyeth ,andar ,}"
_HEAD = "{kalas,kalus,kali,kalas manz}"
_BELLY = "{yadas,yidas,yad,yadus,yadas manz,yadas andar}"
_CHEST = "{seenas,sinas,seenas manz,seenas peth,seenus,seenas andar}"
_BACK = "{kamras,kamaras,kamris,kamras manz,kamar,kamri}"
_LEG = "{zangi,zangan,zangas,zang,zangen}"
_ARM = "{athas,athan,athh,ath,athi}"
_SIDE = "{khovur,khovru,khowur,khovris,dachhun,dachhin,dachun,dachhen,dachhnis}"
_LIMB = "{athh,ath,athas,zang,zangi,zangas,athh te zang,athh ti zang}"
_EYE = "{achh,achhi,achen,achhen,achhan,aech,aechi,achhas}"
_FACE = "{buth,buthas,buthis,wuth,woth,hont,hontan}"
_WENT = "{gov,gau,gav,gayi,gaye,gomut,gomets,gemets,chhu gomut,chhe gomut,chhes gomut,chhus gomut}"
_DRINK = "{chevaan,cheyaan,chyavaan,chhevaan,chevan}"
_EAT = "{khewaan,khyevaan,khyavaan,khevaan,khyewaan,khyavan}"
_BREATH = "{shah,shaah}{ ti,} {chhu ,chhus ,chhes ,chhe ,chus ,chhem ,chhum ,}"
_COUGHED_BLOOD = "{tsaasas,tsaas} {saeth,saet,seeth,saath} {yivaan ,chhu yivaan ,}{rath,khoon}"
_GLASSFUL = "{akh,ek,ik} {glass,gilaas,gilas,kap,cup,katori} {bharith,bhar ke,bhar kar}"
_FELL = "{peyov,peyi,pyov,pyav,peyev,peye,peyos,pyos}"
# Dogri (what script.py reads from Devanagari, and Latin typings) and Gojri/Pahari
_DOGRI_SIDE = "{sajja,sajji,sajje,sajjaa,khabba,khabbi,khabbe,khabbaa}"
_DOGRI_LIMB = "{hatth,hath,haath,lat,latt,latta,pair,bah,baanh}"
_DOGRI_MOVES = "{chalda,chaldi,chalde,hilda,hildi,uthda,uthdi}"
_MOVES = "{hilaan,tulaan,chalaan,hekaan}"
_DOGRI_NOT = "{neein,nein,neeen,nai,nei,nahi}"

KASHMIRI_SIGNS: dict[str, Sign] = {
    # --- pain named by where it hurts ---
    "ks_headache": Sign(("headache",), (_HEAD + " " + _MUCH + _PAIN, "{kal,kalas} {chhu ,chhum ,chhem ,}" + _MUCH
                                        + "{dod,chakar}")),
    "ks_belly_pain": Sign(("abdominal pain",), (
        _BELLY + " " + "{dachhin taraf ,khovur taraf ,hyor ,bon ,}" + _MUCH + _PAIN,
    )),
    "ks_chest_pain": Sign(("chest pain",), (
        _CHEST + " " + _MUCH + _PAIN,
        # a weight on the chest ("seenas peth chhu bor hyu", as if a load lies on it)
        _CHEST + " " + _IS_ + "{bor,boor,bor hyu,boor hyu,dabaav,dabav,dabaav hyu}",
    )),
    # the pain goes to the left arm ("dod chhu khovris athas taam gatshaan")
    "ks_chest_radiation": Sign((), (
        _PAIN + " " + _IS_ + "{khovris,khovur,khowris,dachhnis} {athas,athh,kandhas,kandh,hoontas} {taam,tam,kun} "
        "{gatshaan,gachhaan,waatan,watan,wotaan}",
    ), flag="chest_radiation"),
    "ks_back_pain": Sign(("back pain",), (_BACK + " " + _IN + _MUCH + _PAIN,)),
    "ks_leg_pain": Sign(("leg pain",), (_LEG + " " + _IN + _MUCH + _PAIN,)),
    "ks_arm_pain": Sign(("body ache",), (_ARM + " " + _IN + _MUCH + _PAIN,)),
    "ks_eye_pain": Sign(("eye pain",), (_EYE + " " + _IN + _MUCH + _PAIN,
                                        "{dachhin,khovur} {achhi,achhas} " + _IN + _MUCH + _PAIN)),
    "ks_ear_pain": Sign(("ear pain",), ("{kanas,kanan,kan} " + _IN + _MUCH + _PAIN,)),
    "ks_hard_of_hearing": Sign(("hearing loss",), ("{kan,kanan,kanav} " + _IS + " " + _NOT + " {booznaan,boozaan,"
                                                   "bozaan}",)),
    "ks_toothache": Sign(("toothache",), ("{dandas,dandan,dand} " + _IN + _MUCH + _PAIN,)),
    "ks_sore_throat": Sign(("sore throat",), ("{hotis,hotas,hot} " + _IN + _MUCH + _PAIN,)),
    "ks_knee_pain": Sign(("knee pain",), ("{dushwen ,}{kothan,kothas,koth} " + _IN + _MUCH + _PAIN,)),
    # --- fever ("tap") and its denial ---
    "ks_fever": Sign(("fever",), (
        "tap " + _IS, "tap {ti,te} " + _IS, "tap {te,ti} {tsaas,nazla,dod,wokun}",
        "tap {100,101,102,103,104,105,raath,raath pyeth,raath peth}",
        "{zeh,tre,treh,tsor,paantsh,2,3,4,5,akh} {doh,dohan} {pyeth,peth} tap",
    )),
    # a bare "tap" told in a list beside a Kashmiri complaint ("shur 3 warih, tap, tsaas"), or Gojri "tap 3 din su"
    "ks_fever_listed": Sign(("fever",), (
        *(("tap" + comma + " {tsaas,tshaas,wokun,dod,sooj,daene,achh lal,pair,khaansi}") for comma in ("", " ,")),
        *(("{tsaas,wokun,dod,sooj,garam,garm,dard,sakh,khaansi ar,khaansi te,khaansi aur}" + comma + " tap")
          for comma in ("", " ,")),
        "tap {1,2,3,4,5,6,7,ek,do,teen,char} {din,doh,dihade} {su,se,pyeth,peth,to}",
    )),
    "ks_no_fever_gojri": Sign(("fever",), ("tap {koni,nai,nahi,nei}",), negated=True),
    "ks_no_fever": Sign(("fever",), ("tap " + _NOT, "tap {ti ,}" + _IS + " " + _NOT), negated=True),
    # --- cough, cold, breath ---
    "ks_cough": Sign(("cough",), ("{tsaas,tshaas,tsas,tsaasas}",)),
    "ks_cough_blood": Sign(("coughing blood",), (_COUGHED_BLOOD,)),
    # blood a glassful at a time ("akh glass bharith"): a massive haemoptysis
    "ks_cough_blood_glassful": Sign(("coughing blood",), tuple(_COUGHED_BLOOD + comma + " " + _GLASSFUL
                                                               for comma in ("", " ,")), flag="heavy_bleeding"),
    "ks_blood_glassful": Sign((), ("{rath,khoon} " + _GLASSFUL,), flag="heavy_bleeding"),
    "ks_sneezing": Sign(("sneezing",), ("{tsheenkh,tsheenk,tshenkh,chheenkh}",)),
    "ks_breathless": Sign(("shortness of breath",), (
        _BREATH + "{sakh ,thod ,}{tang,phutaan,pheraan,ruzaan tang}",
        "{pakaan,pakaan pakaan,heer khasaan} {wiziy ,}{shah} {chhu ,chhus ,chhes ,}{thod ,}{tang,phutaan,khasaan}",
    )),
    "ks_fast_breathing": Sign(("fast breathing",), (_BREATH + "tez tez", _BREATH + "{sakh ,}tez")),
    # Gojri: the breath runs fast ("saah tez chale")
    "ks_fast_breath_gojri": Sign(("fast breathing",), ("{saah,sah} {bhot ,bahut ,bohot ,}tez {chale,chaale,chalyo,"
                                                        "chal reya,chalda,chal rahyo}",)),
    "ks_breath_not_fast": Sign(("fast breathing",), (_BREATH + _NOT + " tez",), negated=True),
    "ks_breath_fine": Sign(("shortness of breath",), (_BREATH + "{theek,thik}",), negated=True),
    # no breath comes: the airway is shut
    "ks_cant_breathe": Sign(("shortness of breath",), (_BREATH + _NOT + " {yivaan,yiwaan,eevaan}",),
                            flag="too_breathless_to_speak"),
    "ks_chest_indrawing": Sign(("shortness of breath",), (
        "{pasliyan,pasli,pasleyan} {manz ,}{gaer ,}{gatshaan,gachhaan,chhe gatshaan,chhi gatshaan} {andar,andar kun}",
        "{pasliyan,pasli} {andar,andar kun} {gatshaan,gachhaan}",
    ), flag="chest_indrawing"),
    "ks_red_eye": Sign(("red eye",), (_EYE + " {lal,laal,wozul}",)),
    "ks_rash": Sign(("rash",), ("{daene,daane,dane,khasra}",)),
    "ks_swelling": Sign(("swelling",), ("{sooj,soojh,soejh,sooz} {gomut,gov,gau,chhu,chhes,chhus,chhe}",
                                        "{soejmets,soojmut,soejmut}")),
    # a limb gone crooked after a fall ("athh gov tyoor"): a broken bone
    "ks_crooked_limb": Sign(("fall",), ("{athh,ath,zang,nalav,nalvas,kalai,pakh,oongij} {gov,gayi,gau,chhu,"
                                        "chhes,chhus,gomut} {tyoor,tyur,tyoot}",), flag="fracture"),
    # the mouth will not open fully ("aas chhus ni poore mutsraavaan"): trismus
    "ks_mouth_wont_open": Sign((), ("{aas,oas} " + _IS + " " + _NOT + " {poore ,poor ,}{mutsraavaan,mutsraan}",),
                               flag="trismus"),
    # Gojri: a joint swelled ("ghutno suj gayo")
    "ks_knee_swelled": Sign(("knee pain", "swelling"), ("{ghutno,ghutna,ghutne} {suj,sooj,sujj} {gayo,gyo,gayi,"
                                                         "gaya}",)),
    # Pahari and Punjabi: a splinter went into the eye ("chhilka akh ch vajja")
    "ks_eye_struck": Sign(("eye pain",), ("{akh,akkh,ankh,aankh} {ch,vich,wich,mein,me,ma} {vajja,vajjya,vajji,"
                                          "lagga,laggya,pai gaya,ghus gaya,chubh gaya,jaa vajja}",),
                          flag="eye_injury"),
    "ks_blue": Sign(("cyanosis",), (_FACE + " " + _WENT + " {neel,neelu,neela}", _FACE + " {neel,neelu}")),
    # --- the gut ---
    "ks_vomiting": Sign(("vomiting",), ("{wokun,wokan,wukun,vokun,vokan,wokaan}",)),
    "ks_nausea": Sign(("nausea",), ("{wokun,wokan,wukun} hyu {baasaan,yivaan,chhu baasaan,chhum baasaan}",)),
    # not even water stays down ("poan ti chhu ni rozaan"): vomiting everything
    "ks_nothing_stays": Sign(("vomiting",), ("{poan,poni,kenh,dod} {ti ,}" + _IS + " " + _NOT + " {rozaan,rozan,"
                                             "rozaaan}",), flag="vomits_everything"),
    "ks_little_urine": Sign(("reduced urine",), ("{peshab,pishab} " + _IS_ + "{kam,thod,kam kam}",)),
    "ks_not_eating": Sign(("loss of appetite",), ("{kenh,kenha,kinh} " + _IS_ + _NOT + " " + _EAT,)),
    # the belly's burning is a belly pain ("yadas hyor zalun"); a chest's burning or a sour belch only indigestion
    "ks_belly_burning": Sign(("abdominal pain",), ("yadas {hyor ,}zalun",), flag="dyspepsia"),
    "ks_heartburn": Sign((), ("seenas {hyor ,}zalun", "{khatti,khatt} {dakar,dakaar}"), flag="dyspepsia"),
    "ks_jaundice": Sign(("jaundice",), (_EYE + " {gov,gayi,gaye,chhe,chhi,chhu} zard {rang,}",)),
    "ks_dark_urine": Sign(("dark urine",), ("{peshab,pishab} " + _IS_ + "{zard ,}{chaai,chai,chaayi,kehwa} hyu",)),
    "ks_dysuria": Sign(("dysuria",), ("{peshab,pishab} {karan wiziy,karnas,karaan} zalun",)),
    "ks_thirst": Sign(("excessive thirst",), ("{treish,tresh,tresh} " + _IS_ + "{zyaadeh,zyada,sakh}",)),
    # --- sweat, stroke, consciousness ---
    "ks_sweating": Sign(("sweating",), ("{pasen,paseen,pasene,paseene} " + _IS + " {tsalaan,tshalaan,chalaan,"
                                                                                 "yivaan,neraan}",)),
    "ks_slurred": Sign(("slurred speech",), (
        "kath " + _IS + " " + _NOT + " {saaf ,theek ,}{neraan,niraan,karaan,yivaan}",
        # Dogri: the talk halts ("gall bi atki-atki karde")
        "{gall,gal,gallan} {bi ,}{atki atki,atki-atki,atak atak,atki} {karde,karda,kardi,karan}",
    )),
    "ks_face_droop": Sign(("facial droop",), (
        "{aas,oas,buth} {gomut,gov,gau,chhu gomut,chhes gomut,chhus gomut,gayi} {akh,ek} {taraf,taref,kun}",
        "{aas,oas} {gov,gomut} {tyoor,tyur}",
        # Dogri: the mouth went to one side ("munh ik passai hoi gea")
        "{munh,mooh,muh} {ik,ek,iq} {passai,passe,paase,pase,paasse,passe} {hoi,ho} {gea,geya,gaya,gya}",
    )),
    "ks_one_side_weak": Sign(("weakness",), (
        # (the second limb of "khovur athh te khovur zang chhu ni hilaan" is this pattern's: the two limbs spelled
        # out as one pattern were 912,384 phrases, six seconds of every worker's start)
        _SIDE + " " + _LIMB + " " + _IS + " " + _NOT + " " + _MOVES,
        # Dogri: the right hand and leg will not move ("sajja hatth te pair neein chalda")
        _DOGRI_SIDE + " " + _DOGRI_LIMB + " " + _DOGRI_NOT + " " + _DOGRI_MOVES,
        _DOGRI_SIDE + " " + _DOGRI_LIMB + " te " + _DOGRI_LIMB + " " + _DOGRI_NOT + " " + _DOGRI_MOVES,
    ), flag="focal_weakness"),
    # both legs feel nothing, cannot be moved: after a fall, the spine
    "ks_legs_numb": Sign(("numbness",), ("{dushwen ,donwen ,akh ,}{zangan,zangas,zang,athan} " + _IS + " " + _NOT
                                         + " {kenh ,}{baasaan,basaan}",), flag="limb_weakness"),
    "ks_cant_move": Sign(("weakness",), ("{hilaavith,hilaav,tulith} {ti ,}" + _IS + " " + _NOT + " {hekaan,hekan}",),
                         flag="limb_weakness"),
    "ks_unconscious": Sign(("loss of consciousness",), ("{hosh,hoash} " + _IS_ + _NOT,
                                                         "{behosh,behoash} {gov,gau,gayi,peyov,peyi}")),
    "ks_drowsy": Sign(("lethargy",), ("{shongaan shongaan,pheri shongaan}", "{az ,}" + _IS + " " + _NOT + " wuthaan",
                                      "sust {chhu ,chhe ,}{peyomut,pyomut,gomut}")),
    "ks_hard_to_rouse": Sign(("lethargy",), (
        "{wuthaavaan,wuthaavo,wuthaavith,wothaavaan} {chhi ,chhe ,chhu ,ti ,}{magar ,}{pheri ,}{shongaan,shoangaan}",
        "{wuthaavaan,wuthaavo,wuthaavith} {ti ,}" + _IS + " " + _NOT + " {achh ,aech ,}{mutsraavaan,mutsraan,"
        "wuthaan}",
    ), flag="hard_to_rouse"),
    "ks_seizure": Sign(("seizure",), ("{atha-khor,atha khor,athh khor} {chhus ,chhes ,}{jhatke,jhatkay} {yivaan,"
                                      "yiwaan}",)),
    "ks_confused": Sign(("confusion",), (
        # Gojri and Pahari: talks nothing straight ("seedhi baat koni kare")
        "{seedhi,sidhi} {baat,gall,gal} {koni,nahi,nai,nei} {kare,karta,karti,karda,kardi}",
    )),
    # --- feeding ---
    "ks_not_feeding": Sign(("unable to drink",), (
        "{maajeh hund ,maajih hund ,maaji hund ,}{dod,poan,dodh} {ti ,}" + _IS + " " + _NOT + " " + _DRINK,
        _IS + " " + _NOT + " {maajeh hund ,maajih hund ,}{dod,poan} " + _DRINK,
    )),
    "ks_feeds": Sign((), ("{maajeh hund ,}{dod,poan} " + _IS + " {theek ,}" + _DRINK,
                          "{khyevaan,khewaan} " + _IS, _IS + " {theek ,}{khyevaan,khewaan}"), flag="feeding_well"),
    # --- falls, wounds, burns, bites ---
    "ks_fall_height": Sign(("fall",), (
        "{kulis,kul,doon kulis,doon kulis,daebi,daeb,chhatas,chhatis,diwaaras,pahaadas,zeenas,baanas} peth " + _FELL,
    ), flag="fall_from_height"),
    "ks_fall": Sign(("fall",), ("{sheenas,shishris,pathras,batas,wathas} peth " + _FELL,)),
    "ks_mauled": Sign(("wound",), (
        "{haputan,haput,hapat,hapot,haapat,suhan,chitan} {kor,korus,kores,kur,koruk} {hamla,hamlah}",
    ), flag="trauma"),
    "ks_wound": Sign(("wound",), ("{zakhm,zakham}",)),
    "ks_bleeding": Sign(("bleeding",), ("{rath,khoon} " + _IS + " {wasaan,neraan,yivaan,tsalaan}",
                                        "{rath,khoon} {neraan,wasaan}")),
    "ks_bleeding_wont_stop": Sign(("bleeding",), ("{rath,khoon} {neraan ,wasaan ,}{ruk ni,ni ruk,chhu ni rukaan,"
                                                  "chhu ni rukaan}",), flag="heavy_bleeding"),
    "ks_bleeding_stopped": Sign(("bleeding",), ("{rath,khoon} {ruk gov,ruk gau,rukyov,band gov}",), negated=True),
    "ks_burn": Sign(("burn",), ("{zol,zolmut,zaelith,zolus}",)),
    "ks_major_burn": Sign((), (
        "{seenas,buthas,buthis,yadas,kamras,yad} te {dushwen,donwen} {athan,zangan}",
        "{dushwen,donwen} {zangan,athan} {zol,peth chhale}",
    ), flag="major_burn"),
    "ks_dog_bite": Sign(("dog bite",), ("{hoonis,hoonan,hoon} {tsop,tsopus,tsoap,tsuop}",)),
    "ks_choking": Sign(("shortness of breath",), ("{hotis,hotas,hoti} manz {phas,phasith,phasyov,atkyov}",),
                       flag="choking"),
    # --- poison, the mind ---
    "ks_spray_drunk": Sign(("poisoning",), (
        "{chyav,chyov,cheyov,khyav,khyov,chyaav} {baagas wali ,baagas hinz ,seban hinz ,}{spray,zahar,zeher,"
        "keedmar} {dawa,dawai,}",
        "{spray,keedmar} {dawa,dawai} {chyav,chyov,cheyov,chyaav}",
    )),
    "ks_froth": Sign((), ("{aasas,aasus,oasas} manz {chhu ,chhus ,chhes ,}{kaf,jhaag} {yivaan,neraan}",),
                     flag="drooling"),
    "ks_kill_self": Sign(("suicidal thoughts",), ("{maareh,maarav,maaras,maarni} {panun,pannun} paan",
                                                  "{panun,pannun} paan {maarnuk,maarun}")),
    "ks_tonight": Sign(("suicidal thoughts",), ("{az,aaz} raath {maareh,maaras} {panun,pannun} paan",),
                       flag="suicide_plan"),
    "ks_rope_kept": Sign((), ("{raz,rass,rassi} " + _IS_ + "{kamras manz ,kamras andar ,}{thovmut,thavmut,"
                              "rotmut,tshopmut}",), flag="suicide_plan"),
    "ks_no_plan": Sign(("suicidal thoughts",), ("{maarnuk,marnuk,maarun} {kaanh ,kanh ,}{plan,khayal} {ni,na}",
                                                "{marnuk,maarnuk} khayal {chhum ,chhem ,}{ni,na}"), negated=True),
    # --- Hindi, Gojri and Pahari ---
    # a snake not named: "kaalo keedo" (the black creature) struck, two small fang marks ("do chhota chhota daant ka
    # nishaan"); bleeding gums after it ("masooda su khoon") are the venom's
    "ks_black_creature": Sign(("snake bite",), (
        "{kaalo,kaala,kaali,kalo} {keedo,keeda,kida,keedi,kido} {dang,daant,kaat} {maar,maaryo,maar gayo,maar gaya,"
        "maar gyo,gayo,gaya}",
        "do {chhota chhota,chhote chhote,chhoti chhoti,chhota,chhote,baarik} {daant,dant} {ka,ke,ki} {nishaan,nishan,"
        "nisaan}",
    )),
    "ks_gums_bleed": Sign(("bleeding",), ("{masooda,masoode,masoodon,masudo,masuda} {su,se,to,cho} {khoon,lahu} "
                                          "{aave,aa reya,aata,aa raha,nikle}",), flag="gum_bleeding"),
    # the belly hard as a stone: a rigid abdomen ("pet patthar jaisa sakht", Gojri "pet sakht patthar jeho")
    "ks_belly_stone_hard": Sign(("abdominal pain",), (
        "{pet,pait,yad} {patthar,pathar,pathhar,kani} {jaisa,jaise,jaisi,jeho,jesa,jeha,hyu,varga} {sakht,sakt,kada,"
        "kadak,hard,tight}",
        "{pet,pait} {sakht,kada} {patthar,pathar} {jaisa,jaise,jeho,jesa,jeha,varga}",
    ), flag="peritonism"),
    "ks_stings": Sign((), (
        "{madhu makhiyan,madhumakhiyan,makhiyan,makhiyaan,bhirdan,tatiyan,dhamoodiyan,madhu makhi} ne {kai jagah ,"
        "saare ,bohot ,}dang {maare,maareya,maar ditte,maarey}",
    ), flag="multiple_stings"),
    "ks_throat_closing": Sign(("throat swelling",), ("{gala,galaa} band {hunda,hunde,hondaa} {lagda,lagde,lagdi}",)),
    "ks_breath_hard": Sign(("shortness of breath",), ("{saah,sah} {aukha,aukhaa,okha,aukhi}",
                                                      "{saah,sah} {ukhdeya,ukhdiya,ukhdi,ukhad}")),
    "ks_drowned": Sign((), (
        "{nale,naale,nadi,dariya,darya,talaab,khadd,nallah,kul,paani} {ch,vich,wich,manz,mein} {rudh,rurh,dubb,doob,"
        "dub} {gayi,gaya,gaye,gea,geya,gya,gai}",
    ), flag="drowning_event"),
    "ks_body_ice_cold": Sign((), ("{badan,sareer,shareer,jism} barf {jeho,jeha,jaisa,jaise,jiha,varga} {thando,thanda,"
                                  "thandi,thanda}",), flag="cold_clammy"),
}

# Everyday Kashmiri, Dogri and Gojri words in Latin letters that the spelling corrector must leave as they are:
# "dod" (pain, milk) was "dard"'s neighbour "dood", "tap" tape, "shah" shab, "wokun" woken, "tsaas" taas, "zang"
# zung, "kath" kaat, "rath" raat, "mouj" mouth, "koor" kooch, "warih" waris, "reth" rest.
EVERYDAY: Final = frozenset("""
chhu chhe chhes chhus chhum chhem chhi chhis chhas chus ches ni warih wari reth rethan doh dohan pyeth peth brounh
mouj myaen myon maaj maajeh bab koor koori shur shuris nechuv aasheen zaamets tap tsaas tshaas tsheenkh nazla wokun
shah tang tez dod kalas yadas seenas kamras zangi zangan zang athh athas athan dandas kanas achh achhi achen achhen
aech buth buthas buthis aas oas kath neraan hilaan tulaan chalaan hekaan baasaan yivaan gatshaan chevaan khewaan
khyevaan khyavaan wuthaan shongaan wuthaavo wuthaavaan mutsraavaan pasen tsalaan neel zard gov gau gomut gayi
peyov peyi pyav kulis daebi sheenas shishris haput haputan hamla kor zakhm rath wasaan zol chhale kangri kangir
hoonis tsop hotis manz phas tukur doon khovur khovris dachhin dachhun akh taraf dushwen te ti saeth saet zeh tre
treh tsor paantsh sheh sakh thod zyaadeh bor hyu taam lati lat kenh pheri magar theek pakaan heer khasaan
phutaan treish zalun peshab karan wiziy nendar phikir khosh karaan dil udaas kaanh baaki panun paan maareh raz
thovmut kamras az raath subhan subahas raatas dohas wunyi wuni wuchaan gindaan naste poan mohallas khasra daene
jismas bistras safarus baathroom wazwan dakar khatti yad kal seen kamar dand kan hot kandh koth nalvas tyoor
nermut sooj soejh soejmets garm lokut lokchi tsaetmets tsuri subzi tsatan oongij oongjan khoran prath wuhur
yithay phaetith gaemets kharesh booznaan thazaavaan shor kinaar bodaan bharaan purun daag chyav chyavaan jajeer
baagas spray dawa kaf aasas wokun samavar pyav noon chai haftan hund shuris jhatke mirgi aayi gardan khyev
dhok dhokan jatak mharo mhari gharaalli koni jeho thando kaanpto pasli dhansain saah aukha ukhdeya rudh kadd
bold akhiyan khulliyan nale ch dhi putar peya charh gaiyan akkad hun makhiyan dang aakhda hunda lagda reya
sajja khabba hatth latt passai gea gall atki karde neein chalda bebe tilki dhei khadoi
""".split())
