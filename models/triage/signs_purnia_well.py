"""Round 22's Purnia and Katihar (north-east Bihar): Surjapuri (a Bengali-like speech: "chhaowa", the child; "kaandte
kaandte", crying and crying; "dom aatke gelo", the breath caught; "bhoy paichhe", is afraid), Maithili ("goomra", a
bump; "khel rahal chhai", is playing) and Bhojpuri, in Latin letters as a PHC's medical officer types the OPD
register. What a well child and a well newborn are told as, and what a family fears rather than saw, so that the
alarming words anxious families use are not read as the danger they name; no wording here names a danger sign.

signs.py merges PURNIA_WELL_SIGNS into SIGNS (the danger signs of the same families are signs_purnia.py's); phrases.py reads IGNORED as nothing. The everyday words the corrector must keep are terms_maithili.EVERYDAY's.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_CRYING: Final = "{kaandte,kaande,kandte,kande,kanait,kaanait}"
_IS: Final = "{chhai,achhi,chhaik,chhathi,chhau,ba,baa,}"

PURNIA_WELL_SIGNS: Final[dict[str, Sign]] = {
    # a bump on the forehead after a fall ("mathe par goomra bha gel"): the knock's swelling (minor.minor_knock judges
    # it; Sadri's "maathe pe gulla" is signs_sadri's)
    "pu_head_bump": Sign(("swelling",), (
        "{mathe,maathe,matha,maatha,kapar,kapaar,kapal} {par,pe,pa,me,mein} {gooma,gumda,gulla}",
    ), flag="head_bump"),
    # IMCI's well child in Maithili's progressive ("aab khel rahal chhai", is playing now): signs_maithili.mai_playing's
    # habitual "khelait chhai"
    "pu_playing": Sign((), (
        "{khel,khelait} {rahal,rahal hai} " + _IS,
        # Surjapuri and Bengali: well again by itself ("dosh second pore nijei thik"); not "ekhon khelche", which a
        # "na" after it makes a child who does not play (signs_bengali's lethargy)
        "{nije,nijei,nijey} {thik,bhalo} {hoye gelo,hoye geche,holo,}",
    ), flag="reassurance"),
    # a newborn girl's spot of blood on the nappy in Surjapuri ("langote ektu rokter daag", a little stain of blood):
    # the pseudo-menses of her mother's hormones withdrawn, judged by age and sex (conditions.newborn_care_only)
    "pu_pseudo_menses": Sign(("vaginal bleeding",), (
        "{langot,langote,langoti,kapor,kapore,nappy,diaper} {e ,te ,me ,mein ,par ,}{ektu ,olpo ,thoda ,halka ,}"
        "{rokter,rokto,rokt,khooner,khoon} {daag,dag,chhop}",
    ), severity="mild", flag="pseudo_menses"),
    # a newborn's breasts swollen by the mother's hormones ("nena ke chhati phulal chhai" in the first weeks): the
    # newborn mark of signs_benign's breast buds, home care only with nothing else told and the age a newborn's
    # (conditions.newborn_care_only). Told with the baby's own word: a grown-up's "chhati phulal" is a chest's
    # complaint that stays unexplained (never routine)
    "pu_newborn_breasts": Sign((), (
        "{nena,chhaowa,baby} {ke ,ker ,er ,ka ,ki ,}{chhati,chhaati} {phulal,fulal,phulail,phool gel,phool gail,"
        "phule gelo,phule geche}",
    ), flag="newborn_mark"),
    # Surjapuri's and Bengali's breath caught while crying ("kaandte kaandte dom aatke gelo"): a breath-holding spell,
    # judged by the child's age and how it ended (conditions.breath_holding_spell), not a breath failing
    "pu_breath_holding": Sign((), (
        _CRYING + " {" + _CRYING[1:-1] + ",} {dom,dam} {aatke,atke,aatkay,atkay,aatki} {gelo,geche,"
        "gechhe,jay,jaay,jaye,gel}",
    ), flag="breath_holding"),
    # Surjapuri's strained chest after lifting ("bora uthate giye buke tan legeche"), and its pain where pressed ("chaap
    # dile byatha kore"): a chest pain the rules judge by age and what is denied (rules_complaints.non_cardiac_chest_pain
    # and the cardiac rules), and the tenderness that presses out (signs.reproducible_pain)
    "pu_chest_strained": Sign(("chest pain",), (
        "{buke,buk} {tan,taan} {legeche,legechhe,lagche,lagchhe,lege,lage,laglo}",
    )),
    "pu_pressed_pain": Sign((), (
        "{chaap,chap,chepe} {dile,dele,dilei} {byatha,betha,bytha} {kore,lage,laage,hoy}",
    ), flag="reproducible_pain"),
    # a baby drinking the milk well in Surjapuri and Maithili ("dudh bhalo khachhe", "dudh neek pibait"): the feed
    # told, no unable-to-drink (signs_maithili.mai_feeds_well's "dudh thik sa pibait")
    "pu_feeds_well": Sign(("unable to drink",), (
        "{dudh,doodh} {bhalo,thik,khub,neek,nik} {khachhe,khacche,khay,khai,tanche,tane,pibait,pibai}",
        "{bhalo,thik,khub} {dudh,doodh} {khachhe,khacche,khay,tanche}",
    ), negated=True),
    # ... and Bengali's "not" after its verb, read whole before them (the longer wording wins): the milk not drunk
    # well ("bhalo dudh khachhe na": IMCI's not feeding well), the weight not gaining, not well again off the bus
    "pu_feeds_poorly": Sign(("unable to drink",), (
        "{dudh,doodh} {bhalo,thik,khub} {khachhe,khacche,khay,khai,tanche,tane} na",
        "{bhalo,thik,khub} {dudh,doodh} {khachhe,khacche,khay,tanche} na",
    )),
    "pu_not_thriving": Sign((), (
        "{wajan,ojon,ojan,weight} {bhalo ,thik ,}{baarche,barchhe,baarchhe} na",
    ), flag="poor_weight_gain"),
    "pu_not_well_off_the_bus": Sign((), (
        "{namle,naamle,namlei,neme gele} {thik,bhalo} {hoye jaay,hoye jay,hoye jae,hoy,hoye jaye} na",
    )),
    # a little milk brought up after a feed ("dudh khaoar pore ektu dudh tule dey") by a baby gaining weight ("wajan
    # bhalo baarche"): a thriving baby's posseting (conditions.posseting, newborn_care_only), however the granny names it
    "pu_posseting": Sign((), (
        "{ektu ,olpo ,thoda ,}{dudh,doodh} {tule,tole,tulche,ulte,ugle} {dey,de,dae,day,dichhe,deye,dei}",
    ), flag="posseting"),
    "pu_thriving": Sign((), (
        "{wajan,ojon,ojan,weight} {bhalo ,thik ,}{baarche,barchhe,baarchhe}",
    ), flag="thriving"),
    # a bus ride's giddiness and retching in Surjapuri ("bus e uthlei matha ghure", as soon as he gets on the bus),
    # well again once off it ("namle thik hoye jaay"): signs_homecare's motion sickness and well since home
    "pu_motion_sickness": Sign((), (
        "{bus,gaadi,gari,jeep,train,tempo,nouka} {e ,te ,me ,}{uthlei,uthle,chodhlei,chodhle,chorlei,chorle}",
    ), flag="motion_sickness"),
    "pu_well_off_the_bus": Sign((), (
        "{namle,naamle,namlei,neme gele} {thik,bhalo} {hoye jaay,hoye jay,hoye jae,hoy,hoye jaye}",
    ), flag="reassurance"),
    # the lips gone blue in Surjapuri ("thot ektu nil hoye gelo"): a cyanosis, an emergency unless a breath-holding
    # spell of a child of 6 months to 6 years, well again after it, explains it (conditions.breath_holding_spell)
    "pu_blue_lips_bn": Sign(("cyanosis",), (
        "{thot,thont,honth} {ektu ,olpo ,}{nil,neel,nila,neela} {hoye gelo,hoye geche,hoye gechhe,hoye jay,"
        "hoye jaay,pore gelo,bha gel}",
    )),
    # a bulge that comes on standing and goes back in lying down ("khade hone par ubhaar aata, letne pe andar chala
    # jaata"): a reducible hernia, the surgeon's in turn (rules_mimic.groin_hernia); one that sticks, hurts or brings
    # vomiting is told by those, and is not this picture
    "pu_reducible_bulge": Sign((), (
        "{letne,lete,letne pe,letne par,leto to,sutla par,sutle} {pe ,par ,}{andar,wapas,bhitar} {chala jaata,"
        "chali jaati,chala jata,chali jati,chala jaata hai,chali jaati hai,chal jaait,chali jaait}",
    ), flag="groin_hernia"),
    # periods that come one time after two months and another after a fortnight ("mahwaari kahiyo du mahina par
    # aabait, kahiyo pandrah din par"): irregular periods, told with Maithili's "kahiyo" (sometimes)
    "pu_irregular_periods": Sign(("irregular periods",), (
        "{mahwari,mahawari,masik,period,periods,mc} {kahiyo,kabhi,kakhno,kakhano} {du,do,teen,tin,ek,"
        "dedh,pandrah,bees,das,2,3,15,20} {mahina,mahine,din,hafta} {par,pe,me,mein,ke baad,}",
    )),
    # the skin dried in winter, told with Maithili's perfect ("jaada mein chamdi sukhal aa khujli"): signs_benign's
    # everyday dry skin, its itch home care when nothing else is told (a rash, a fever, a weeping skin are seen)
    "pu_dry_skin": Sign((), (
        "{chamdi,chamri,chamra,twacha} {sukhal,sukhla,sukhail,sookhal,phatal,phatait}",
    ), flag="minor_ailment"),
    # what the family fears, not what it saw ("maa bhoy paichhe mirgi", the mother fears epilepsy; "bou bhoy paichhe
    # heart attack"): the fit or the heart attack named is the fear's; the complaint's own words are read as told
    # (the corrector reads "bhoy paichhe" as "bhor parchhe")
    "pu_family_fear": Sign((), (
        "{bhoy,bhor,bhay,dor} {paichhe,parchhe,pachhe,paichhen,lagche,lagchhe} {je ,ki ,}{mirgi,"
        "epilepsy,heart attack,stroke,lakwa}",
    )),
}

# What holds a danger word but tells no complaint of today: the doctor's name for a fit already over ("doctor kahlak
# bukhar wala jhatka", the doctor said it was a febrile fit); a mother's "bukhar wala jhatka aaya" stays a fit
IGNORED: Final = (
    "{doctor,daktar,dr} {kahlak,bollo,bolechhe,ne kaha,ne bola,ne bataya} "
    "{ki ,je ,}{bukhar,jvar,jwar,jor} {wala,wali,ke,ka,er} {jhatka,jhatke,daura,khinchuni}",
)
