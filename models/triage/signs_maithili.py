"""Round 21's Maithili and Magahi (Mithila and Magadh, north and south Bihar), in Latin letters as a labour-room nurse
or a PHC's medical officer types a mother's words: Maithili's present in "-ait" ("khelait chhai", is playing; "dudh
pibait", drinks the milk; "khaait", eats), its past in "-al"/"-lak" ("aayal chhal", had come; "kahlak", said),
"kakhano" (sometimes), "okar" (its, his), "bera" (times), "kaili" (yesterday). What a well child, a feeding baby and
an anaemia the ASHA found are told as; signs.py merges MAITHILI_SIGNS into SIGNS, normalise.py keeps EVERYDAY's
words as they are."""

from __future__ import annotations

from typing import Final

from .lexicon import Sign
from .signs_hinglish import _OBJECT

_IS: Final = "{chhai,achhi,chhaik,chhathi,chhau,rahait,rahai,hai,}"
_IS_NOW: Final = "{chhai,achhi,chhaik,chhathi,chhau,chhi,rahait,rahai,hai}"
_BLOOD: Final = "{khoon,khun}"
_MILK: Final = "{dudh,doodh}"

MAITHILI_SIGNS: dict[str, Sign] = {
    # IMCI's well child in Maithili: playing, eating, happy ("khelait chhai", "khelait kudait", "khaait", "khush
    # rahait"); a child "not playing" is signs_child's ("nai khelait" is read as its denial first)
    # (the bare "khelait" is "while playing" too, "khelait kaal", and "khaait" a stumble's "thokar khaait": each is told
    # with its copula, its pair or its food)
    "mai_playing": Sign((), (
        "{khelait,khelai,khelaait} {kudait,kudai,} " + _IS_NOW, "{khelait,khelai} {kudait,kudai}",
        "{khana,bhaat,roti,sab kuchh,sab kuch} {thik sa ,thik se ,}{khaait,khaai,khait} {pibait ,}" + _IS,
        "{khaait,khait} {pibait,piyait}",
        "khush {rahait,rahai,chhai,achhi}", "{aab,ab,abhi} {thik,theek,nik} {chhai,achhi,chhi,chhathi}",
    ), flag="reassurance"),
    # a baby drinking the milk well ("dudh thik sa pibait", "dudh khub pibait chhai"): the feed told, no
    # unable-to-drink (a milk that "nai pibait" is the denial's, not this)
    "mai_feeds_well": Sign(("unable to drink",), (
        _MILK + " {thik sa ,thik se ,theek sa ,nik sa ,achha sa ,khub ,bhar pet ,}{pibait,pibai,piyait,pibait rahait} "
        + _IS,
    ), negated=True),
    # the ASHA's or the ANM's anaemia in Maithili, Magahi and Bhojpuri ("khoon kam chhai", "khoon kam ba", "khoon
    # kam hau"): an anaemia for the antenatal visit, not a bleeding (signs_pregnancy.anaemia_told's Hindi)
    "mai_anaemia_told": Sign((), (
        _BLOOD + " kam {chhai,achhi,chhau,chhainh,ba,baa,hau,he,bhel,bhay gel,ho gel}",
    ), flag="anaemia_told"),
    # after a birth the bleeding told getting less ("khoon kam bhay rahal", "khoon kam hoit jaait"): the lochia
    # settling (signs_homecare.bleeding_lessening's Hindi and English; minor_home.lessening_lochia judges it)
    "mai_bleeding_lessening": Sign(("vaginal bleeding",), (
        _BLOOD + " {roz ,dheere dheere ,dhire dhire ,}kam {bhay rahal,bhai rahal,bha rahal,ho rahal,hoit jaait,"
        "bhel jaait,hoit} {chhai,achhi,}",
    ), flag="bleeding_lessening"),
    # no blood lost told as "khoon nahi gira" or "khoon paani kuch nahi" (neither blood nor water from below): a
    # denial, not a fall (terms_injury's "gira") nor a bleeding with "nahi" too far after it
    "mai_no_blood_fallen": Sign(("vaginal bleeding",), (
        _BLOOD + " {nahi,nai,nhi,na} {gira,giri,gire,girl,gel,aayal,girlai}",
        _BLOOD + " {paani,pani} {kuch,kuchh,kichhu,kichu} {nahi,nai,nhi}",
        _BLOOD + " {ya,aa,aur,or} {paani,pani} {nahi,nai,nhi} {gira,aaya,aayal,gel}",
    ), negated=True),
    # saliva dripping told in Maithili and Hindi ("laar bahut girta hai", "laar girait"): the drooling the rules read
    # (a teething baby's, or epiglottitis' with a fever and saliva not swallowed), not a fall
    "mai_drooling": Sign((), (
        "{laar,lar,raal} {bahut ,khub ,besi ,}{girta,girti,girte,girait,gire,bahait,bahta,bahti,tapakta,tapakti,"
        "chuait} {hai,chhai,achhi,rahta,rahti,rahait,}",
    ), flag="drooling"),
    # a teething baby's fingers in the mouth ("ungli muh me dalta hai", "haath muh me daalait"): the mouthing of the
    # teeth coming, beside its drool (IMCI: no fever, feeding: home care)
    "mai_mouthing": Sign((), (
        "{ungli,ungliyan,anguri,aanguri,haath,hath,sab kuch,sab kuchh,khilauna} {muh,munh,mooh} {me,mein,ma} {dalta,"
        "dalti,daalta,daalti,dalait,daalait,dalai,daalai} {hai,chhai,achhi,rehta,rehti,rahait,}",
    ), flag="teething"),
    # a newborn girl's few spots of blood in the nappy told "like blood" ("nappy me thoda khoon jaisa dikha", "langot
    # me khoon jaisan daag dekhlaun"): the pseudo-menses of signs_homecare, whose age and sex newborn_care_only judges
    "mai_pseudo_menses": Sign(("vaginal bleeding",), (
        "{langot,langoti,kapde,kapda,nappy,diaper} {mein,me,par,pe} {thoda ,thodi ,halka ,zara sa ,}{khoon,blood} "
        "{jaisa,jaisan,jaisen} {kuch ,}{dikha,dikhi,dikhal,dekhal,dekhlaun,lagal,laga,daag}",
    ), severity="mild", flag="pseudo_menses"),
    # milia told on the nose and the cheeks in Maithili and Magahi ("naak par chhota chhota safed daana", "naak aur
    # gaal pe chhote safed daane"): signs_benign's newborn mark
    "mai_milia": Sign((), (
        "{naak,nak} {aur gaal ,aa gaal ,}{par,pe} {chhota chhota ,chhote chhote ,chhote ,chhota ,}safed {daana,daane,"
        "dane,dana}",
    ), flag="newborn_mark"),
    # a coin or a bead swallowed, told with Maithili's and Magahi's past ("sikka nigal gel", "batan nigal lelak"):
    # signs_hinglish's swallowed object, X-rayed today whatever the child is doing after it
    "mai_swallowed_object": Sign((), (
        _OBJECT + " {nigal,nigl,nighal,ghont} {gel,gelai,gelaik,gelau,lel,lelak,lelkai,gail,gayil,lelkau}",
    ), flag="swallowed_object"),
    # a baby's green stool told with the feed ("paikhana hara, dudh pibait"): a breastfed baby's stool's colour
    # (NICE CKS: green or yellow, seedy or soft, in a thriving baby); newborn_care_only weighs it with the feed
    "mai_green_stool": Sign((), (
        "{paikhana,pakhana,potty,tatti,latrine} {hara,hari,hare,green} {rang ke ,}{chhai,hai,hota,hoit,hoit chhai,}",
        "{hara,hari,hare,green} {rang ke ,rang ka ,}{paikhana,pakhana,potty,tatti}",
    ), flag="breastfed_stools"),
    # pus running from an ear told in Maithili ("kaan sa pib bahait", "kaan sa peep aabait"): an ear discharge (the
    # ear rules judge its days, its pain and its fever; not the meaning fallback's bleeding)
    "mai_ear_discharge": Sign(("ear discharge",), (
        "{kaan,kan} {sa,se,me sa,me se,sa bahut dino sa,se bahut dino se} {pib,peeb,peep,pip,mawad,mavad} {bahait,"
        "bahai,bahta,bahti,aabait,aabi rahal,nikalait,nikalta,nikalti}",
    )),
}

# Everyday Maithili and Magahi words in Latin letters that the spelling corrector must leave as they are
# (normalise.py): "kakhano" (sometimes) was Marathi's "kankan" (a fever), "okar" (its) "okari" (vomiting), "kahlak"
# (said) "katlak" (bit), "jakhan" (when) "jakham" (a wound), "chhalaun" (I had) "chhala" (a blister), "marai"
# (to die, of a thought) "maran", "makai" (maize) "makhi" (a fly), "suai" (a needle) "suar" (a pig).
EVERYDAY: Final = frozenset("""
kakhano kakhno kakhnu okar okara okra ohi kahlak kahlaik jakhan takhan chhalaun marai makai suai maai dunu biyah
""".split())
