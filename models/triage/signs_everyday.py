"""Round 23: everyday complaints told in Hinglish, Marwari and Bhojpuri that had been over-triaged: piles' few drops of
blood and a child's hard stool, a groin hernia that goes back on lying down, a memory that fails slowly, spotting
years after the periods stopped, a denial of blood ("khoon na aawe"), an old man's nights up to pass urine, threadworms,
varicose veins, a pale woman's nails, reflux after a meal and the grief of a fresh loss. Each wording sets a flag the
rules already read (small_bleed, piles, groin_hernia, forgetful, nocturia, weak_stream, worms_seen, varicose_veins,
pallor, dyspepsia, grief); the keys are this table's own (ev_)."""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_BLOOD: Final = "{khoon,khun,khoon ki,khun ki}"
_DROPS: Final = "{boond,boonde,boondein,bunde}"
_FEW: Final = "{1,2,3,4,5,1-2,2-3,2-4,3-4,ek,do,teen,char,chaar,ek do,do char,do-char,do teen,kuch,thodi,chand,ekaadh}"
_STOOL: Final = "{latrine,letrin,latrin,potty,tatti,tatti,pakhana,paikhana,paikhane,mal,motion,shauch,toilet}"
_URINE: Final = "{peshab,pishab,pesab,pisab,susu}"
_TIMES: Final = "{ber,bera,beri,baar,bar,dafa,daffa,times}"
_NIGHT_TIMES: Final = "{2,3,4,5,6,2-3,3-4,4-5,5-6,do,teen,char,chaar,paanch,kai}"
_GOES: Final = "{jaata,jaati,jata,jati,jaate,jate,jaat,jaala,jaela,jaye,jaaye,jaawe,jaave}"
_WORM: Final = "{keeda,kida,keede,kide,keera,kira,kire,keere,kidwa,keedwa,kidaa,keedaa}"

EVERYDAY_SIGNS: Final[dict[str, Sign]] = {
    # a few drops of bright blood after the stool ("latrine ke baad 2-4 boond laal khoon", "tapak tapak khoon"): a small
    # bleed, a fissure's or piles' with hard stools (minor.outlet_bleeding; NICE CKS haemorrhoids, anal fissure); the
    # stool named before it makes it the stool's (renames), a heavy or black one keeps blood_in_stool's
    "ev_drops_of_blood": Sign(("bleeding",), (
        _FEW + " " + _DROPS + " {laal ,lal ,taaza ,taza ,}" + _BLOOD,
        "{tapak tapak,tapak-tapak,tip tip,boond boond} {ke ,kar ,}{laal ,lal ,}" + _BLOOD,
    ), flag="small_bleed"),
    # piles felt coming out at the stool ("massa sa bahar aata", "masse bahar nikalte"): piles named in lay words
    "ev_piles_mass": Sign((), (
        "{massa,masse,masa,maasa,mussa,masaa} {sa ,jaisa ,jaisi ,jaise ,}{bahar,baahar} {aata,aati,aate,nikalta,"
        "nikalti,nikalte,nikal aata,aa jaata,aa jaati,aawela,niklela,nikalela} {hai,ba,}",
    ), flag="piles"),
    # a child's hard stools every few days (NICE CG99, constipation in children: fewer than 3 a week, hard, painful;
    # a drop of blood from a small tear is common with it): "potty kadak", "4-5 din me ek baar potty"
    "ev_hard_stool": Sign(("constipation",), (
        _STOOL + " {bahut ,}{kadak,kadaak,kadi,kada,sakht,sakhat,sakt,hard,tight,tait,patthar jaisi,patthar jaisa} "
        "{hoti,hota,aati,aata,ho jaati,ho jaata,rehti,rehta,hai,ba,}",
        "{2-3,3-4,4-5,5-6,3,4,5,6,teen,char,chaar,paanch} din {me,mein,main,ma} ek {baar,bar,ber,dafa} {hi ,}"
        + _STOOL,
    ), severity="mild"),  # (hard stools are the constipation's nature: "potty bahut kadak" is not a severe illness)
    # a bulge in the groin on coughing that goes back on lying down (an inguinal hernia: the surgeon's in turn, NICE
    # CKS; a stuck, painful one is rules.stuck_hernia's): "jaangh ke jod pe gola sa", "lete to andar chala jaata"
    "ev_groin_bulge": Sign((), (
        "{jaangh,jangh,jaang,jang,jaanghon,janghon,jangha} {ke,ki,ka} {jod,jodh,jodon} {pe,par,me,mein,ke paas,ke "
        "upar} {gola,gola sa,gol,ubhar,ubhaar,ubhra,sujan,soojan,gaanth,gutthi,phula,fula}",
        "{lete,letne,letne pe,letne par,let ke,let kar,lete hue,lete lete} {to ,toh ,pe ,par ,se ,}{andar,bhitar,"
        "bheetar} {chala,chali,chale,chal,ghus,baith,wapas chala} " + _GOES,
    ), flag="groin_hernia"),
    # forgetting where things were put and asking the same thing again and again, for months (a dementia to assess
    # in turn: signs_mind.forgetful; a confusion of hours or days stays the emergency's)
    "ev_forgets": Sign((), (
        "{bhool,bhul} {jaati,jaata,jate,jaate,jati,jata,jaave,jaawe,jaay} {cheez,cheezen,cheezein,chij,saman,samaan,"
        "chaabi,chabi,paise} {kahan,kaha,kithe,kathe} {rakhi,rakha,rakhe,rakhyo,rakhi hai,rakha hai}",
        "{cheez,cheezen,cheezein,chij,saman,samaan,chaabi,chabi} {kahan,kaha,kithe,kathe} {rakhi,rakha,rakhe,rakhyo} "
        "{bhool,bhul} {jaati,jaata,jate,jaate,jati,jata,jaave,jaawe,jaay}",
        "{ek hi,wohi,wahi,vahi,ek} baat baar baar {poochti,poochta,puchti,puchta,poochhti,poochhta,puchhti,puchhta,"
        "poochte,puchte,bolti,bolta,kehti,kehta,dohrati,dohrata}",
        "naam {bhi ,tak ,}{bhool,bhul} {jaati,jaata,jate,jaate,jati,jata,gayi,gaya,gaye}",
    ), flag="forgetful"),
    # an old man up at night to pass urine, the stream thin and stopping (Bhojpuri "raat me 4-5 ber pishab la uthe
    # ke padela", "dhaar patar"): the prostate's (rules_mimic.prostate_symptoms, NICE CG97)
    "ev_nocturia": Sign(("frequent urination",), (
        "{raat,rat,raati} {me ,mein ,ko ,ke ,}" + _NIGHT_TIMES + " " + _TIMES + " " + _URINE,
        "{raat,rat,raati} {me ,mein ,ko ,ke ,}" + _URINE + " {la,ke liye,karne,karne ke liye,khatir} {uthe,uthna,"
        "uthe ke,uthna padta,uthna padela,uthta,uthti,uthat}",
    ), flag="nocturia"),
    "ev_weak_stream": Sign((), (
        "{dhaar,dhar,dhara,dhaara} {patar,patra,patri,pattar,patal,patla,patli,kamjor,kamzor,halka,halki} {ba,bhail,"
        "ho gail,ho gaya,ho gayi,hai,aawela,aave,}",
        "{ruk ruk,ruk-ruk,rukh rukh} {ke,kar} {aawela,aawe,aave,aavela,aawat,utarela}",
    ), flag="weak_stream"),
    # white thread-like worms in a child's stool, the bottom itching at night (threadworms: NICE CKS, treated at home
    # with the family): "ujjar dhaaga jaisan keeda", "safed dhaage jaise kide"
    "ev_threadworms": Sign((), (
        "{safed ,ujjar ,ujar ,ujjal ,ujla ,chhote ,chhota ,patle ,patla ,}{dhaaga,dhaage,dhaga,dhage,dhago,sut,soot} "
        "{jaisan,jaisa,jaise,jaisi,wala,wale,numa} " + _WORM,
    ), flag="worms_seen"),
    "ev_bottom_itch": Sign(("itching",), (
        "{peeche,pichhe,piche,peechhe,pichhwade,guda,malduar,mal dwar,potty ki jagah,latrine ki jagah} {me ,mein ,}"
        "{khujli,khujlaait,khujlat,khujlahat,khujlaahat,kharish,khujaye,khujata,khujati,khujlaata,khujlaati,khujlaave,"
        "khujlawe}",
    )),
    # spots of blood seen years after the periods stopped ("mahina band hue 8 saal, halke khoon ke dhabbe dikhe"):
    # spotting, a vaginal bleed (NICE NG12: a woman of 55 or more with it is referred on the suspected cancer pathway,
    # not sent to the emergency room); a site told before it makes it that site's (renames)
    "ev_blood_spots": Sign(("vaginal bleeding",), (
        "{halke ,halka ,thode ,thoda ,chhote ,}" + _BLOOD + " {ke,ka} {dhabbe,dhabba,dhabbey,daag,chhinte,chheente} "
        "{dikhe,dikha,dikhi,dikhte,dikhta,dikhai diye,lage,lagte,lagi,pade,padte,aaye,aate,aaya}",
    )),
    # blood denied in Bhojpuri ("khoon na aawe", "khoon nahi aawela"): no bleeding (a cough's blood denied)
    "ev_no_blood_bh": Sign(("bleeding",), (
        _BLOOD + " {na,nahi,nahin,ni,nai} {aawe,aave,aawela,aavela,aawat,aavat,aail,aayil,aawat ba,aawela ha}",
    ), negated=True),
    # veins of the legs swollen into knots ("pair ki nasein phool ke gutthi jaisi"): varicose veins, whose evening
    # ache and heaviness is their own (rules.varicose_veins, NICE CG168), not a deep vein thrombosis
    "ev_varicose_knots": Sign((), (
        "{nas,nasen,nase,nasein,nason,naso} {phool,phul,fool,ful,phool ke,phul ke,fool ke,phool kar,ubhar,ubhar ke} "
        "{gutthi,gutthiyan,gutthi jaisi,gutthi jaise,gaanth jaisi,gaanth jaise,gucchha,guchha,gucche,moti,mote,tedhi,"
        "tedhe,rassi jaisi}",
        "{nas,nasen,nase,nasein} {gutthi,gutthiyan,gaanth} {jaisi,jaise,jaisa} {phool,phul,fool,ubhar} {gayi,gaye,"
        "gayin,hai,hain}",
    ), flag="varicose_veins"),
    # nails gone white (an anaemia's pallor, with tiredness and a breath short on a climb: mimics), in the spellings
    # "naakhun", "nakhoon"
    "ev_white_nails": Sign((), (
        "{naakhun,naakhoon,nakhun,nakhoon,nakhuno,naakhuno,naakhoono} {bhi ,}{safed,saphed,sufed,pheeke,fike,feeke,pale} "
        "{pad gaye,pad gayi,ho gaye,ho gayi,dikhte,lagte,hai,hain,}",
    ), flag="pallor"),
    # a burning in the chest after food ("khana ke baad chhati me jalan") and sour water to the mouth ("khatta pani
    # munh tak aa jaata"): reflux, the dyspepsia of rules.long_heartburn (signs_sadri has the nearer wordings)
    "ev_heartburn_after_food": Sign(("chest pain",), (
        "{khana,khaana,bhojan,khane,khaane} {ke ,}baad {chhati,chhaati,chaati,chati,seene,sine,seena} {me,mein,main} "
        "{jalan,jalan hoti,aag,aag jaisi jalan}",
    ), flag="dyspepsia"),
    "ev_acid_brash": Sign((), (
        "{khatta,khatti} {pani,paani} {munh,muh,gale} {tak,me,mein} {aa jaata,aa jaati,aata,aati,aa jata}",
    ), flag="dyspepsia"),
    # a parent's death weeks ago, the sadness and crying of grief ("bauji ke guzarne ke 2 hafte ho gaye"): the ordinary
    # distress of a loss (signs_benign.grief; WHO mhGAP: bereavement is supported, not treated as a depression, in
    # its first weeks)
    "ev_grief_hi": Sign((), (
        "{guzarne,gujarne,guzar jaane,dehant,dehaant,mrityu,maut,swargwas,nidhan,intkaal} {ke,ko} {1,2,3,4,ek,do,teen,"
        "char,das,10,15,pandrah} {din,hafte,hafta,hafton} {ho gaye,hue,hua,ho gaya,huye,bhaye}",
        "{guzar,gujar,chal bas,nahi rahe,nahin rahe} {gaye,gayi,gaya,} {1,2,3,4,ek,do,teen,das,10,15} {din,hafte,"
        "hafta} {pehle,pahle,hue,ho gaye}",
    ), flag="grief"),
    # a burning in the chest like fire ("seene me aag jaisi jalan"): heartburn's wording, the chest pain kept (its age
    # and danger signs are the chest rules' to judge)
    "ev_chest_burning": Sign(("chest pain",), (
        "{seene,sine,seena,chhati,chhaati,chaati,chati} {me,mein,main} {aag,aag jaisi,aag si,aag jaisa,tezaab jaisi} "
        "{jalan,jalan hoti,jalan ho rahi,jal raha,jal rahi}",
    ), flag="dyspepsia"),
    # a bee's sting swollen where it went, the spots denied elsewhere ("daane kahin aur nahi"): no rash, the sting's
    # local reaction (minor.local_sting)
    "ev_no_rash_elsewhere": Sign(("rash",), (
        "{daane,dane,daana,dana,chakatte,chakte,pitti,dadde,dadore,lal daane} {kahin,kahi,kaheen,kahu} {aur,or} "
        "{nahi,nhi,na,nahin,nai}",
        "{aur,baaki} {kahin,kahi,jagah} {daane,dane,chakatte,pitti,dadde} {nahi,nhi,na,nahin,nai}",
    ), negated=True),
    # a cramp of the calf at night ("raat ko pindi me nas chadh jaati"): a muscle's spasm (signs_care.leg_cramp)
    "ev_calf_cramp": Sign(("leg pain",), (
        "{pindi,pindri,pindiya,pindli,pindiyon,pindriyon} {me,mein,main,ki nas,ki nasen,ke nas} {nas chadh,nas chadh "
        "jaati,nas chadh jaata,nas chadhti,nas chadh jaat,nas chadhe,nas chadh jaala,ainthan,cramp,khinchav}",
    ), severity="mild", flag="leg_cramp"),
    # Bhojpuri: the legs swelling a little by evening ("sanjh ke goda me thoda soojan": "goda" is the leg here, not
    # Punjabi's knee), the ankles' swelling of a slow heart failure beside a breath short on effort (mimics)
    "ev_evening_leg_swelling": Sign(("swelling",), (
        "{sanjh,saanjh,sanjha,sham,shaam} {ke,ko,tak,hote} {goda,gor,godwa,gorwa,pair,paer,paanv} {me,mein,ma,main} "
        "{thoda ,tanik ,halka ,halki ,}{soojan,sujan,sujaan,phulaav,phool jaala}",
    )),
    # Bhojpuri: better for a rest ("aaram kaila pe theek"): a breath or a pain brought on by work and eased by rest
    "ev_rest_eases_bh": Sign((), (
        "{aaram,araam,aram} {kaila,kaile,kaela,karila,karile,kare,karat} {pe,par,se,to,ta,pa} {theek,thik,thik ho "
        "jaala,theek ho jaala,sahi,thik ho jaai}",
    ), flag="exertional_pain"),
}
