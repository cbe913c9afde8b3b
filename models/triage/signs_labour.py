"""Round 22: labour and the waters told in the words of the Hindi belt (Hindi, Awadhi, Bhojpuri, Maithili), read by
rules_pregnancy only in a pregnancy told: the waters gone told bare ("paani gir gaya", "pani chhut gail"), the pains
going at term ("dard uth raha"), the birth not come ("ab tak bachcha nahi ho raha"), and a caesarean before ("pichhla
operation se"). Merged into signs.SIGNS."""

from __future__ import annotations

from .lexicon import Sign

_WATER = "{paani,pani,paanee}"
# (single words: "paani gir gaya hai" is read by its first three)
_GONE = "{gaya,gayi,gya,gai,raha,rahi,rha,rhi,gail,gayil,gel,gelai,rahal}"

LABOUR_SIGNS: dict[str, Sign] = {
    # the waters gone told bare, as a family says it of a woman near her time ("paani gir gaya", "paani gir raha",
    # Bhojpuri "pani chhut gail", "paani beh raha"): a spilt or drunk water in anyone else, so the flag is read only
    # in a pregnancy told (rules.ruptured_membranes, preterm_waters; a scald's "garam paani gir gaya" is the burn's)
    "hi_waters_gone": Sign((), (
        _WATER + " {gir,chhut,chhoot,beh,bah,nikal} " + _GONE,
        _WATER + " {girna,behna,aana,nikalna} {shuru ho gaya,shuru hua,shuru bhail,chalu ho gaya}",
        "{thaili,jhilli} {phat,phoot,phut,fat,foot,toot,tut} {gayi,gai,gaya,gail,gel,rahi}",
    ), flag="water_seeping"),
    # water from the eye, the nose, the ear or the mouth ("aankh se paani gir raha", "muh se paani gir raha"): that
    # site's (a watering eye, a drool), the longer wording, so a pregnant woman's watering eye is no waters broken
    "site_water": Sign((), (
        "{aankh,aankhon,ankh,aankhein,naak,nak,kaan,kan,kaano,muh,munh,mooh,moonh,mukh,honth} "
        "{se,sa} " + _WATER + " {gir,chhut,chhoot,beh,bah,nikal,aa} " + _GONE,
    )),
    # the pains going, told in the singular ("dard uth raha", "dard aa raha", "dard shuru ho gaya"): at term, labour's
    # pains (rules_pregnancy.TERM_PAINS: in_labour, prolonged_labour); a site told with them ("sir me dard uth
    # raha") is that site's pain
    "hi_pains_going": Sign((), (
        "dard {uth,aa,uthat,aawat} {raha,rahi,rha,raha hai,rahi hai,rahal,rahal ba,ba,chhai}",
        "dard {shuru,chalu} {ho gaya,ho gaya hai,hua,hua hai,bhail,bhail ba,ho gel,}",
    ), flag="pains_told"),
    # the pains since a time of the day ("raat se dard", "bhor se dard ba", "aaj subah se dard ho raha"): at term, as
    # the singular's are (a preterm pregnancy's "subah se dard" may be any pain: not read as labour there)
    "hi_pains_since": Sign((), (
        "{aaj,raat,bhor,bhinsare,bihane,subah,aaj subah,dopahar,dupahar,saanjh} se dard {ho,hai,ba,chhai}",
        # the bare "raat se dard" ends at its comma or stop ("raat se dard, ab tak ..."), never before a verb that is
        # the contractions' own ("dopahar se dard chal rahe": signs_pregnancy.contractions)
        "{aaj,raat,bhor,bhinsare,bihane,subah,aaj subah,dopahar,dupahar,saanjh} se dard ,",
        "{aaj,raat,bhor,bhinsare,bihane,subah,aaj subah,dopahar,dupahar,saanjh} se dard .",
    ), flag="pains_told"),
    # the pains long: since yesterday or the night before, or all night ("kal se dard", "raat bhar dard", "kal raat
    # se dard"): at term, a labour gone past 12 hours (WHO MCPC prolonged labour)
    "hi_pains_long": Sign((), (
        "{kal,kaal,kal raat,kaal raat,kal subah,kal shaam,parson,raat bhar,saari raat,puri raat} se dard "
        "{ho,hai,ba,chhai}",
        "{kal,kaal,kal raat,kaal raat,kal subah,kal shaam,parson} se dard ,",
        "{kal,kaal,kal raat,kaal raat,kal subah,kal shaam,parson} se dard .",
        "{raat bhar,saari raat,puri raat} dard {raha,rahal,hua,}",
    ), flag="pains_long"),
    # the birth not come, told of a woman near her time ("ab tak bachcha nahi ho raha", "abhi tak delivery nahi
    # hui"): read only in a pregnancy told, where "bachcha nahi ho raha" cannot be the childless couple's
    "hi_birth_not_yet": Sign((), (
        "{ab tak,abhi tak,abhi bhi,ab le,abhi le} {bachcha,baccha,bacha,bachha,baby,delivery} {nahi,nhi,nahin,na,nai} "
        "{ho,hua,hui,bhail,hoelak,hoil}",
        "{bachcha,baccha,bacha,bachha,baby,delivery} {ab tak,abhi tak,abhi bhi} {nahi,nhi,nahin,na,nai} "
        "{ho,hua,hui,bhail,hoelak,hoil}",
    ), flag="birth_not_yet"),
    # a caesarean before ("pichhla operation se", "pehle operation hua tha", "pichhli delivery operation se",
    # "previous caesarean"): a scarred womb, which labour can tear (rules.labour_after_caesarean)
    "previous_caesarean": Sign((), (
        "{pichhla,pichla,pichhli,pichli,pichhle,pichle,pahila,pahile,pehla,pehle,pehli,pahli} {bachcha,baccha,bacha,"
        "bachha,baby,delivery,janam,bar,baar,wala,wali} {operation,opretion,oparation,sizerian,caesarean,cesarean} "
        "{se,sa,me,mein,hua,hui,bhail,bhel}",
        "{pichhla,pichla,pichhli,pichli,pichhle,pichle,pahila,pahile,pehla,pehle,pehli,pahli} {operation,opretion,"
        "oparation,sizerian,caesarean,cesarean} {se,sa,wala,hua,hui,bhail,bhel}",
        "{previous,last,earlier} {caesarean,cesarean,c-section,lscs}",
        "{had,has had} {a ,}{caesarean,cesarean,c-section} before",
    )),
}
