"""Maithili and Magahi wordings (and the Hindi of a Magahi OPD) of danger signs the rules already read under one name
("flag"): a placenta not out after the birth ("sail nai nikalal"), a cord or a baby's hand come out first ("naal bahar
aabi gel", "bachcha ke haath bahar aabi gel"), a baby gone limp ("dheel pari gel"), a child gone white ("ekdam safed
pad gel"), the breath stopping ("saans band ho raha"), pupils gone small after a pesticide ("aankh ki putli chhoti ho
gayi"), a wish to die ("marai ke mon"), many pills swallowed in anger ("gussa me bahut saari goli kha li"), and the
illicit liquor that brings a methanol poisoning ("desi daru", "kachchi sharab": rules_hinglish.methanol_poisoning).
The symptoms' own wordings are terms_maithili.py's.

Merged into signs.SIGNS; a wording of a flag named elsewhere sets that flag (``flag``).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

NOT: Final = "{nahi,nai,nhi,nahin}"
_GONE: Final = "{pad,pari,padi,bhay,ho} {gel,gelai,gelaik,gaya,gayi,gel chhai,gelai chhai}"
_CAME_OUT: Final = ("{aabi gel,aati gel,abhi gel,aa gel,aa gelai,aayal,aayal chhai,nikal gel,nikli gel,nikal aayal,"
                    "aa gaya,aa gayi}")

MAITHILI_SIGNS: Final[dict[str, Sign]] = {
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
        "{gulli,gend,ball,danda,lathi,dhela,patthar,ita,chhadi,guli} {aankh,ankh} {me,par,pe} {laagal,lagal,lagi gel,"
        "lag gel,laag gel}",
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

# A burn's extent in Maithili ("dunu haath", both hands) and its body words, for extract.py's major burn
EXTENT_WORDS: Final = frozenset({"dunu", "dono"})
BODY_REGIONS: Final = frozenset({"paer", "goda", "gor", "deh", "badan", "muh", "munh"})
