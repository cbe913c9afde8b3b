"""Round 21's Maithili and Magahi (Mithila and Magadh, north and south Bihar), in Latin letters as a labour-room nurse
or a PHC's medical officer types a mother's words: Maithili's present in "-ait" ("khelait chhai", is playing; "dudh
pibait", drinks the milk; "khaait", eats), its past in "-al"/"-lak" ("aayal chhal", had come; "kahlak", said),
"kakhano" (sometimes), "okar" (its, his), "bera" (times), "kaili" (yesterday).

Two kinds of sign: what a well child, a feeding baby and an anaemia the ASHA found are told as (so that they are not
read as danger), and wordings of danger signs the rules already read under one name ("flag"): a placenta not out
after the birth ("sail nai nikalal"), a cord or a baby's hand come out first ("naal bahar aabi gel"), a baby gone
limp ("dheel pari gel"), a child gone white ("ekdam safed pad gel"), the breath stopping ("saans band ho raha"),
pupils gone small after a pesticide ("aankh ki putli chhoti ho gayi"), a wish to die ("marai ke mon"), many pills
swallowed in anger, and the illicit liquor that brings a methanol poisoning ("desi daru", "kachchi sharab":
rules_hinglish.methanol_poisoning). The symptoms' own wordings are terms_maithili.py's.

signs.py merges MAITHILI_SIGNS into SIGNS; normalise.py keeps EVERYDAY's words as they are; extract.py reads a
burn's extent with EXTENT_WORDS and BODY_REGIONS.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign
from .signs_hinglish import _OBJECT

_IS: Final = "{chhai,achhi,chhaik,chhathi,chhau,rahait,rahai,hai,}"
_IS_NOW: Final = "{chhai,achhi,chhaik,chhathi,chhau,chhi,rahait,rahai,hai}"
_BLOOD: Final = "{khoon,khun}"
_MILK: Final = "{dudh,doodh}"
NOT: Final = "{nahi,nai,nhi,nahin}"
_GONE: Final = "{pad,pari,padi,bhay,ho} {gel,gelai,gelaik,gaya,gayi,gel chhai,gelai chhai}"
_CAME_OUT: Final = ("{aabi gel,aati gel,abhi gel,aa gel,aa gelai,aayal,aayal chhai,nikal gel,nikli gel,nikal aayal,"
                    "aa gaya,aa gayi}")

MAITHILI_SIGNS: Final[dict[str, Sign]] = {
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
    # the placenta not out after the birth ("sail nai nikalal", "aanwal nai niklal"): WHO MCPC's retained placenta
    "mai_retained_placenta": Sign((), (
        "{sail,sair,aanwal,anwal,aanval,khedi} {abhi tak ,aab tak ,ekhan tak ,}" + NOT + " {niklal,nikalal,nikalai,"
        "nikalal chhai,niklal chhai,khasal,bahar aayal}",
    ), flag="retained_placenta"),
    # a cord or a baby's hand or foot come out first in labour (WHO MCPC: cord or arm prolapse, the labour room now)
    "mai_presenting_part": Sign((), (
        "naal bahar " + _CAME_OUT,
        "{bachcha,bachha,baccha} ke {haath,hath,paer,pair,goda,baanh,bahi,naal} {pahile ,}bahar " + _CAME_OUT,
    ), flag="obstructed_labour"),
    # a baby gone limp ("dheel pari gel", "dheela pad gel"): lying limp, IMCI's lethargic
    # (Maithili's "gel" only: Hindi's "dheeli ho gayi" is as often the clothes gone loose, below)
    "mai_gone_limp": Sign(("lethargy",), (
        "{dheel,dheela,dheeli,dhil,dhila,dhili} {pari,padi,pad,bhay} {gel,gelai,gelaik,gel chhai,gelai chhai}",
    ), flag="lies_limp"),
    # the clothes gone loose ("dhoti dheel bhay gel", "kapda dheela ho gaya"): a weight lost, not a limp body
    "mai_clothes_loose": Sign(("weight loss",), (
        "{dhoti,kapda,kapra,kapde,pant,pent,saari,blouse,kurta,kurti,pajama,salwar} {dheel,dheela,dheeli,dhila,dhili} "
        + _GONE,
    )),
    # a face or body gone all white ("ekdam safed pad gel"): pallor (rules_hinglish.anaemia_breathless with the
    # breath); hair gone white is told "paki gel", not so
    "mai_gone_white": Sign((), (
        "{ekdam,bilkul,bahut,ekdum} {safed,safaid,pheeka,fika,feeka} " + _GONE,
    ), flag="pallor"),
    # the breath stopping ("saans band ho raha", "saans band bhay rahal"): a breathing failing now; a nose blocked
    # ("naak band") is not the breath
    "mai_breath_stopping": Sign(("shortness of breath",), (
        "{saans,sans,saas,swas} band {ho raha,ho rahi,ho rahe,ho rahal,bhay rahal,ho jaa raha,ho ja raha,ho ja rahi,"
        "hoit,hone laga,hone lagi,ho gel,bhay gel} {hai,chhai,achhi,}",
    ), severity="severe", flag="severe_breathing"),
    # pupils gone small ("aankh ki putli chhoti ho gayi"): a cholinergic sign of an organophosphate (pesticide)
    "mai_small_pupils": Sign((), (
        "{aankh ki ,aankh ke ,aankhon ki ,}{putli,putliyan,putali} {chhoti,chhota,chhot,sikud,sikudi,sikud gel} "
        "{ho gayi,ho gaya,ho gel,bhay gel,pad gayi,gayi,gel,hai,chhai,}",
    ), flag="pesticide_exposure"),
    # a wish to die ("marai ke mon karait chhai", "marai ke mon"): the death wish of signs_mind, assessed today (a
    # rope taken into a shut room is terms_maithili's suicidal thought)
    "mai_death_wish": Sign((), (
        "{marai,mare,marbak,marbaak} ke {mon,man,mann} {karait,karaichh,hoit,hoichh,chhai,chhainh,achhi,}",
    ), flag="death_wish"),
    # many pills swallowed in anger or after a quarrel ("gussa me bahut saari goli kha li"): an overdose, however
    # well she looks (many pills taken over days for a fever are told without the anger)
    "mai_pills_in_anger": Sign(("poisoning",), (
        "{gussa,gusse,naraz,naraaz,jhagda ke baad,jhagde ke baad} {me,mein,ho ke,hoke,} {bahut saari ,bahut sari ,"
        "dher saari ,dher sari ,bahut ,dher ,sab ,saari ,sari ,}{neend ki ,}{goli,goliyan,goliyaan,dawai,dawa,tablet,"
        "tablets} {kha,khaa,nigal} {li,liya,gayi,gaya,lelak,lelkai,gel,lelai}",
    ), flag="overdose"),
    # an eye struck at play or by a thrown thing ("gulli danda khelait kaal aankh me laagal", "gend aankh me laagal"):
    # an eye injury, seen today; kohl or a drop put in the eye ("aankh me kajal lagal") is told by what was put
    "mai_eye_struck": Sign((), (
        "{khelait,khelte,khelai} {kaal,samay,time,waqt,me} {aankh,ankh} {me,par,pe} {laagal,lagal,lagi gel,lag gel,"
        "chot laagal,chot lagal}",
        "{gulli,gend,ball,danda,lathi,lakdi,dhela,patthar,ita,chhadi,guli} {aankh,ankh} {me,mein,par,pe} {laagal,lagal,"
        "lagi gel,lag gel,laag gel,lag gail,laga,lagi,lag gaya,lag gayi}",
        "{aankh,ankh} {me,mein,par,pe} {laagal,lagal,lag gel,lagi gel,lag gail,lagal chhai}",
    ), flag="eye_injury"),
    # not speaking properly, the bare present ("thik sa nai bolait"): a late talker's as often as a fevered mind's,
    # so a flag, read with a fever by rules_hinglish.fever_speech_muddled
    "speech_muddled": Sign((), (
        "{thik,theek} {sa,se} " + NOT + " {bolait,bolai,bolaichh}",
    )),
    # illicit liquor ("desi daru", "kachchi sharab", "zahreeli sharab"): methanol's, with a sight lost or a breath
    # gone deep a poisoning (rules_hinglish.methanol_poisoning); drinking told alone is alcohol_use's
    "illicit_liquor": Sign((), (
        "{desi,deshi,kachchi,kachi,nakli,zahreeli,jahrili,jahreeli,zahrili} {daru,daaru,sharab,sharaab,mahua,tharra,"
        "hadiya}",
        "{hooch,country liquor,illicit liquor,moonshine,spurious liquor}",
    )),
}

# Everyday Maithili and Magahi words in Latin letters that the spelling corrector must leave as they are
# (normalise.py): "kakhano" (sometimes) was Marathi's "kankan" (a fever), "okar" (its) "okari" (vomiting), "kahlak"
# (said) "katlak" (bit), "jakhan" (when) "jakham" (a wound), "chhalaun" (I had) "chhala" (a blister), "marai"
# (to die, of a thought) "maran", "makai" (maize) "makhi" (a fly), "suai" (a needle) "suar" (a pig).
EVERYDAY: Final = frozenset("""
kakhano kakhno kakhnu okar okara okra ohi kahlak kahlaik jakhan takhan chhalaun marai makai suai maai dunu biyah
""".split())

# A burn's extent in Maithili ("dunu haath", both hands) and its body words, for extract.py's major burn
EXTENT_WORDS: Final = frozenset({"dunu", "dono"})
BODY_REGIONS: Final = frozenset({"paer", "goda", "gor", "deh", "badan", "muh", "munh"})
