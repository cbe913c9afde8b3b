"""Chhattisgarhi wordings (in Latin letters, and what script.py reads from Devanagari) of symptoms and danger signs,
as a PHC in Bastar and Dantewada hears them, with the Halbi and Gondi words that go with them there: "pet pirawat he"
(the belly hurts), "jar aawat he" (fever comes), "mud pirawat" (headache), "maadi sooj ge" (the knee swelled),
"kanihaa" (the waist, the low back), "goD" (the leg), "aankhi pila" (yellow eyes), "bak-bak karat he" (talks
nonsense), "palak gir ge" (the eyelids fell: a krait's paralysis), "lile me dikkat" (hard to swallow), "khoon ruke
nai" (the bleeding will not stop). signs_odia.py holds the older Chhattisgarhi words ("jar rahis", "ainth gis").

Chhattisgarhi "nai" (not) follows its verb ("kaatis nai", did not bite): context.py's cues read it as Hindi "nahi".
Words that are other words elsewhere are used only inside a phrase: "jar" (English a jar; "jar ge", burnt) only as
a fever that comes or stays, "mud" (English mud) only with its pain or its blow, "dama" (asthma) only as its attack
("dama ka daura" is no fit).

Merged into signs.SIGNS; a wording of a danger sign named elsewhere sets that sign's flag (``flag``).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# "pirawat he" (it hurts), "piraat", and what script.py reads from "पिरावत"
_PAIN = "{pirawat,piravat,piraawat,piraavat,pirawath,piraat,pirat,pirath,pirais,piraye,pirawe,pirawthe,piraathe}"
_MUCH = "{bahut ,abbad ,jabar ,ekdam ,thoda ,thodkun ,halka ,}"
_IN = "{me ,ma ,mein ,ke ,}"
_NOT = "{nai,nahi,nahin}"
# "jar aawat he" (fever comes), "jar aais" (fever came), "jar chadhthe" (fever climbs)
_COMES = "{aawat,aavat,aawath,aathe,aais,aaye,aa ge,aage,chadhthe,chadhe,tez,bhi he,bhi hai,rehthe,rahithe}"
_EYE = "{aankhi,aankhee,aankh,aakhi}"
_LEG = "{goD,god,gor,godd,pair,paanv}"
_URINE = "{pishab,peshab,pisab,pesab,mut,moot,mutt}"
_SWELLED = "{sooj,suj,sooja,phool,phul,fool,phoolge} {ge,gis,gaye,gayi,gaya,ge he,gay}"

CHHATTISGARHI_SIGNS: dict[str, Sign] = {
    # --- pain named by where it hurts ---
    "cg_belly_pain": Sign(("abdominal pain",), ("{pet,peth,pett} " + _IN + _MUCH + _PAIN,
                                                "pet ke {neeche,niche,upar} " + _MUCH + _PAIN,
                                                # Hindi, a side told and a little said: "pet me ek taraf thoda sa dard"
                                                "pet {me,mein} {ek taraf ,ek side ,daayi taraf ,baayi taraf ,}"
                                                "{thoda sa,halka sa,thoda,halka} dard")),
    "cg_headache": Sign(("headache",), ("{mud,mood,moond,mund,moor,mur,sir,matha,mathaa} " + _IN + _MUCH + _PAIN,)),
    "cg_chest_pain": Sign(("chest pain",), ("{chhati,chhaati,chati} " + _IN + _MUCH + _PAIN,)),
    "cg_back_pain": Sign(("back pain",), ("{kanihaa,kaniha,kanhiya,kanihan,kamar} " + _IN + _MUCH + _PAIN,)),
    "cg_back_shoulder": Sign(("back pain", "body ache"), ("{kanihaa,kaniha,kamar} aur {kandha,kandhe} " + _IN + _MUCH
                                                          + _PAIN,)),
    "cg_knee_pain": Sign(("knee pain",), ("{maadi,madi,maandi,mandi} " + _IN + _MUCH + _PAIN,
                                          "{dono ,}{maadi,madi,maandi} {mahina bhar le ,saal bhar le ,}" + _PAIN)),
    "cg_knee_swelled": Sign(("knee pain", "swelling"), ("{maadi,madi,maandi,ghutna} " + _SWELLED,)),
    "cg_leg_pain": Sign(("leg pain",), (_LEG + " " + _IN + _MUCH + _PAIN,
                                        "{pindli,pindri} {me ,ma ,}{khinchaav,nas chadh}")),
    "cg_body_ache": Sign(("body ache",), ("{haath-goD,haath goD,haath-god,haath god,haath-pair,deh,jammo deh,badan,"
                                          "kandha} " + _IN + _MUCH + _PAIN,)),
    "cg_joint_pain": Sign(("joint pain",), ("{jod,jodh,gaanth,haath-goD ke jod} " + _IN + _MUCH + _PAIN,
                                            "{haath-goD,haath goD,haath pair} ke jod aur")),
    "cg_wrist_pain": Sign(("wrist pain",), ("{kalai} " + _IN + _MUCH + _PAIN,)),
    "cg_eye_pain": Sign(("eye pain",), (_EYE + " " + _IN + _MUCH + _PAIN,)),
    "cg_ear_pain": Sign(("ear pain",), ("{kaan,kan} " + _IN + _MUCH + _PAIN,)),
    "cg_toothache": Sign(("toothache",), ("{daant,dant,daat} " + _IN + _MUCH + _PAIN,)),
    "cg_sore_throat": Sign(("sore throat",), ("{gala,galaa,ghech,tetwa,tetuwa} " + _IN + _MUCH + _PAIN,)),
    # --- fever ("jar"), chills, and its denial ---
    "cg_fever": Sign(("fever",), (
        "jar " + _COMES,
        "{halka,halki,tez,bahut,abbad,sanjha ke,sanjha ke halka,raati ke} jar",
        "{kaali raati,kaal raati,raati,bihaniya,sanjha,kaali,kaal,hafta,mahina} le jar",
        "jar {1,2,3,4,5,6,7,8,9,10,ek,do,teen,char,paanch} {din,hafta,mahina} le",
    )),
    "cg_rigors": Sign(("fever",), ("{thand,jaad,jada} {deke,de ke,lag ke,lagke,deke ke} {jar,bukhar,fevar,fever}",
                                   "{kaanpat,kaapat,kapkapi} {kaanpat ,}{jar,bukhar}"), flag="rigors"),
    "cg_no_fever": Sign(("fever",), ("jar " + _NOT, "jar {bhi ,}" + _NOT + " {he,hai,rahis,aais}"), negated=True),
    # --- the gut ---
    "cg_nausea": Sign(("nausea",), ("{ji,jee,jiv} {machlawat,machlaat,machlathe,machhlawat,machlaye}",)),
    # --- swelling, cuts, wounds, bleeding ---
    "cg_swelled": Sign(("swelling",), ("{pair,goD,god,haath,muh,munh,chehra,takhna,gaal,hoth,honth,aankhi} "
                                       + _SWELLED,)),
    "cg_cut": Sign(("cut",), (
        "{goD,god,pair,haath,ungli,anguthi,hath} {kat,kati,kaat} {ge,gis}",
        "{hasiya,kulhadi,tangiya,tangia,chaku,basula,hasuwa} {le ,se ,}{goD ,god ,haath ,ungli ,pair ,}"
        "{gehri ,gehra ,}{kat,kati,kaat} {ge,gis,gaye,gayi,gaya,}",
    )),
    # a spot of blood ("khoon ka daag") is a bleeding, not a patch of the skin
    "cg_blood_spot": Sign(("bleeding",), ("{khoon,lahu} {ka,ke} {daag,dhabba,chhita} {laga,lagis,dikhis,dikha,}",)),
    # the bleeding will not stop ("khoon ruke nai"), spurts ("fuwara jaise"), soaks cloths ("teen lugra bheeg ge")
    "cg_heavy_bleeding": Sign(("bleeding",), (
        "{khoon,lahu} {ruke,rukat,rukay,rukis,thame,thamat} " + _NOT,
        "{khoon,lahu} {fuwara,phuwara,fawwara,fuhara} {jaise,jaisa,kas}",
        "{do,teen,char,2,3,4} {lugra,lugda,luga,kapda,kapde,saadi,saari} {bheeg,bhij} {ge,gis,gaye,gaya}",
    ), flag="heavy_bleeding"),
    # the bleeding stopped ("khoon ruk gis"): a bleeding denied, as Hindi "khoon ruk gaya"
    "cg_bleeding_stopped": Sign(("bleeding",), ("{khoon,lahu} {ruk gis,ruk ge,rukis,band hoge,band ho gis,tham gis}",),
                                negated=True),
    # a bear's or a wild boar's attack in the forest: a mauling, not a bite to dress
    "cg_mauled": Sign(("wound",), (
        "{bhalu,bhaalu,bhalua,baagh,bagh,tendua,chita,jangli suar,suar,hathi,gaur,bhainsa} {ne ,ke ,}"
        "{hamla,hamala,humla,hamlaa} {kar dis,karis,kar diye,kar diya,kiya,kar dis he,kare he,kar de}",
        "{bhalu,bhaalu,bhalua,baagh,bagh,tendua} {ne ,ke ,}{panja,panje} {maara,maaris,maar dis,mara,maar diya}",
    ), flag="trauma"),
    # a snake seen ("saanp dekhen"): watched for a krait's painless bite (rules_complaints.snake_nearby); seen and then
    # biting is a bite
    "cg_snake_seen": Sign((), ("{saanp,sanp,saap,saamp} {dekhen,dekhis,dikhis,dekhe rahen,dekhe rahis,dikhe rahis}",),
                          flag="snake_nearby"),
    "cg_snake_seen_bit": Sign(("snake bite",), ("{saanp,sanp,saap} {dekhen,dekhis,dikhis} {aur ,phir ,fer ,tahan ,}"
                                                "{kaatis,chaabis,chaab dis,kaat dis,kaat dis he}",)),
    # "kaatis nai" (it did not bite): a snake seen, no bite
    "cg_no_bite": Sign(("snake bite",), ("{kaatis,chaabis,chabis,chaab dis} {nai,nahi,nahin}",), negated=True),
    # a pesticide drunk ("keeda maare wala dawai pee lis") or its bottle put to a child's mouth
    "cg_pesticide": Sign(("poisoning",), (
        "{keeda,keede,kida,keera} {maare,maar,marne,maarne,mare} {wala,wali,ke,ki} {dawai,dawa,dava} {pee lis,pi lis,"
        "pee lees,pee liya,pi liya,pee li,pi li,kha lis,khaa lis,pee gis,pee dis}",
        "{dawai,dawa,dava} {ke,ka} {bottle,botal,sheesi,dabba} munh me {laga lis,lagais,laga liya,laga li,daal lis}",
    )),
    # --- breathing: an asthma attack is no fit ---
    "cg_asthma_attack": Sign(("wheezing",), ("{dama,dame,asthma,saans,saas} {ka,ke} {daura,dora}",
                                                    "{dama,dame} (asthma) {ka,ke} {daura,dora}")),
    # a sour belch or sour water in the mouth after food: indigestion (rules_complaints.non_cardiac_chest_pain)
    "cg_sour_water": Sign((), (
        "{khatta,khatti} {dakar,dakar aawat,dakar aathe}",
        "{khatta,khatti} {pani,paani} {munh me ,muh me ,mukh me ,}{aathe,aawat,aata,aati,aaye,aa jaathe}",
    ), flag="dyspepsia"),
    # --- the eyes, the skin, the urine ---
    "cg_jaundice": Sign(("jaundice",), (_EYE + " {pila,peela,piyar,piyara,peeli,pili} {pila ,peela ,}{hoge,ho ge,he,"
                                              "hai,dikhat,dikhat he,ho gis,hoge he,}",
                                        "{deh,nakh,jammo deh} {pila,peela,piyar} {hoge,ho ge,pad ge}")),
    "cg_dark_urine": Sign(("dark urine",), (
        _URINE + " {gaadha ,gadha ,pila ,peela ,pila-,peela-,}{kaala,kala,kaali,kali}",
        _URINE + " {chai,chaha,coca cola,cola} {jaisa,jaise,kas}",
    )),
    "cg_little_urine": Sign(("reduced urine",), ("{bahut kam,kam,thodkun} {utarta,utarte,utarat,utrat,utarthe,"
                                                 "utar raha,utarat he}",)),
    "cg_sunken_eyes": Sign(("sunken eyes",), (_EYE + " {dhans,dhas,dhansi,bhitar dhans} {ge,gis,gaye,"
                                                     "gayi,gaya,ge he}",)),
    "cg_night_sweats": Sign(("night sweats",), ("{raati,raat} {pasina,paseena} {le ,se ,}{kapda ,}{bheeg,bhij} "
                                                "{jaathe,jathe,jaat he,jaata,ge,}",)),
    "cg_weight_loss": Sign(("weight loss",), ("{wajan,vajan,wazan,vazan} {ghat,ghatat,ghatis,ghatthe,kam} {ge,gis,he,"
                                              "hoge,ho ge,}",)),
    "cg_ear_discharge": Sign(("ear discharge",), ("{kaan,kan} {le,se} {peela ,pila ,}{paani,pani,peep,pip,mawad}"
                                                  " {aawat,bohat,bahat,nikalat,girat,aathe,}",)),
    # --- consciousness, speech, the face ---
    "cg_confused": Sign(("confusion",), (
        "{bak-bak,bakbak,bak bak,baka-baki,bakwas,ulta pulta,ulta-pulta,alu-balu} {karat,kare,karis,karthe,karat he,"
        "bolat,bolthe,bolis,bol raha,bol rahe,bol rahi,kar raha,kar rahe,kar rahi}",
        "{manse,manse la,mankhe la,kakhro,kakhro la,koi la,kisi ko,ghar ke manse la} " + _NOT
        + " {pehchanat,pehchanis,chinhat}",
    )),
    "cg_drowsy": Sign(("lethargy",), (
        "{din bhar,dinbhar,din-bhar} {sovat,sovath,soot,sute,sota,soti} {rehthe,rahithe,rahat,he,hai,rehta,rehti,}",
        "{dheela,dhila,dheeli,dhili,lusur} {pad ge,padge,pade he,pad gis,pad gaya,pad gayi,pade}",
    )),
    "cg_unconscious": Sign(("loss of consciousness",), (
        "{bihaniya le,subah se,abhi le,ab le,kaali le,raat le} {uthat,uthay,uthis,jaagat} " + _NOT,
        "{hila ke,hilake,hila ke bulaye to,bulaye to,hilaye to} {bhi ,}jawab " + _NOT,
        "{minute,minat,ghanta,ghante} se {utha,uthe,uthi,uthat,uthis} " + _NOT,
    )),
    "cg_fit": Sign(("seizure",), ("{haath pair,haath-pair,haath-goD,haath goD} {akad,ainth,tan} {gaye,gaya,"
                                  "gayi,ge,gis}",)),
    "cg_slurred": Sign(("slurred speech",), (
        "{bolne,bolat,bolthe,baat karne,baat karte,gothiyaye,gothiyat} {me ,ma ,}{atak,atakat,atkat,atke,atak rahi,"
        "atak raha,atak rahe}",
        "{zabaan,zaban,jabaan,jaban,jeebh,jibh} {ladkhadati,ladkhade,ladkhadaa}",
    )),
    "cg_face_droop": Sign(("facial droop",), ("{munh,muh,mooh,chehra} {thoda ,thodi ,ekdam ,ek taraf ,}{tedha,tedhi,"
                                              "terha,tircha} {lag raha,lagat,lagat he,he,hai,hoge,ho ge,dikhat,}",)),
    # --- swallowing, feeding ---
    "cg_swallowing": Sign(("difficulty swallowing",), (
        "{pani ,khana ,kuch ,}{lile,lilat,lilai,lilna,lile ke,lilat ke,lile bar} {me ,ma ,}{dikkat,takleef,taklif,"
        "nai ban,nai banat,nahi ban,nahi banat,nai sakat,nahi sakat}",
        "{lil,lile,lilat} {nai,nahi} {pawat,pa raha,pa rahi,sakat,sakay,banat,ban}",
    )),
    "cg_not_feeding": Sign(("unable to drink",), (
        "{dudh,doodh,pani,paani,thana,thanor} " + _NOT + " {pit,piye,pie,pivat,peevat,kheenchat,khinchat,khichat,"
        "pi pawat,pi sakat,piyat}",
    )),
    # --- the eyelids fall: a krait's paralysis (rules_hinglish.descending_paralysis) ---
    "cg_eyelids": Sign((), (
        "{aankhi ke ,aankh ke ,}{palak,papni,pipni} {gir,jhuk,latak,dhal} {ge,gis,gaye,gayi,gaya,ge he,gay}",
        "{palak,aankhi,aankh} {khol,ughar} " + _NOT + " {pawat,pa raha,pa rahi,sakat,sakay}",
    ), flag="drooping_eyelids"),
    # --- the baby in the womb has not moved ---
    "cg_fetal_still": Sign(("reduced fetal movement",), (
        "{bachcha,baccha,laika,lika} {pet me ,}{bilkul ,ekdam ,}{hila nahi,hila nai,hilat nai,hilis nai,hilat nahi,"
        "nai hilat,nahi hila,hilis nahi}",
    )),
    # --- the mind: a death wished, a poison kept with the resolve to take it ---
    "cg_wants_to_die": Sign(("suicidal thoughts",), (
        "ab {jeena,jina,jiye} {nahi,nai} {hai,he,chahta,chahti,chahat}",
        "{bolta,bolti,kehta,kehti,bolthe,kahithe} {hai ,he ,}ab {jeena,jina} {nahi,nai}",
        "{jeena,jina,jiye} {nahi,nai} {chahta,chahti,chahat,chahat he}",
    )),
    "cg_poison_kept": Sign((), (
        "{choohe,chuhe,chuha,mus,musa} {maarne,marne,maar,mar,maare} {ki ,wali ,wala ,ke ,}{dava,dawa,dawai,goli} "
        "{chhupa ke,chhupake,chhupa kar,sambhal ke,la ke,laake,leke} {rakhi,rakha,rakh,rakhe}",
    ), flag="poison_at_hand"),
    "cg_resolve": Sign((), ("aaj {raat,raati,rati} {kha,pee,pi} {loongi,lungi,loonga,lunga,leho,lehun,lebo}",),
                       flag="resolve_to_take"),
    "cg_fear_of_water": Sign((), ("{paani,pani} {dekh ke,dekhke,dekh kar} {darta,darti,darat,darthe,dar jaata,"
                                  "ghabrata,ghabrati}",), flag="fear_of_water"),
    # --- what is seen in turn: a child who wets the bed, a couple with no child yet, lips cracked by the cold ---
    "cg_bedwetting": Sign((), ("{bistar,bistara,khatiya,khaat,bichhona} {geela,gila,bhigo,bhiga} {karta,karti,karat,"
                               "kar deta,kar deti,karthe,kar dethe,kar deth}",)),
    "cg_childless": Sign((), ("{laika,lika} {nai,nahi} {hoy,hoth,hois,hoye,hot he}",)),
    "cg_cracked_lips": Sign((), ("{honth,hoth,onth,edi,ediyan,eri} {fat,phat,fatt} {gaye,gaya,ge,gis,gayi,gai,jaathe}",),
                            flag="minor_ailment"),
    # --- a child slow to walk or talk ---
    "cg_slow_child": Sign((), ("{abhi tak ,ab tak ,}{chalna,bolna,rengna} {nahi,nai} {seekha,sikha,seekhis,sikhis}",),
                          flag="developmental_delay"),
}

# Wordings that are no complaint: a blood test ("khoon ki jaanch") is no bleeding
IGNORED: Final = (
    "{khoon,blood} {ki,ka,ke} {jaanch,janch,test,report}",
)

# Everyday Chhattisgarhi, Halbi and Hindi words of Bastar in Latin letters, which the spelling corrector must leave
# as they are (normalise.py): "matka" (a pot) was "matha" (the head) and a broken pot a head injury, "daud" (ran)
# "dard" (pain), "jhagda" (a quarrel) "jhada" (loose stools), "mola" (me) "molar", "dama" (asthma) "dawa",
# "aawat" (comes) "aawaz", "lile" (to swallow) "life".
EVERYDAY: Final = frozenset("""
nai aawat aavat aathe aais aaye hoge hois rahen rahis pehli pehla laika lika noni dokri dokra mola tola mor tor
pawat sakat dikhat maare khelte aaram jhan hothe pithon pithe baandhat dekhen sooye uthis lile lilat masuda hamla
hoke pehchanat aanwal hissa dikhana kheenchat padge bechne tayyar lota kehte chhatta shahad lagis deth khadan leke
roka wahi pulta lagwayi darta bechain karis imli bakbak rehthe utarta utarte kaatat nikalat girat pina rukis dhonda
bolthe chidchida chidchidi dangal tehni panja phoda aangan kulhe karwaya karwayi kaanpat daahini bagal laane murga
chawal phisla phad munshi jaathon paisa milis jaathe pichhla beene beenat beenne baanh chubhao leni khelti poochna
chalate gudaa masse chhodna chahat badhat aakhri karani biha banayi chadhai gaddi chhidakne chhidkis ghatat seekha
cheenk khatta baithe jaage tokri dhovat banate pakadne angoothe tukda puchna taaki dabba puch gandh nange
nale mudh doli khayen lauten machlawat machlathe lagthe utre karthe dikhis laite tendu todat bhalu lugra
lugda matka dama daud fark bistar jhagda jhaag dedh pirawat piraat kanihaa kaniha maadi bihaniya sanjha raati kaali
kaal manse karat kare jaat rahithe sovat bheeg geela chabis chaab dis lis gis ge rahe sakon karthon khat khaat pit
pivat lilna uthat jawab bulaye hilake dhans ghaav ghav kulhadi hasiya tangiya lakdi mahua makhi pahad khet kheti
beeja jinne
""".split())
