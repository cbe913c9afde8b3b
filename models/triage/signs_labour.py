"""Round 22: labour and the waters told in the words of the Hindi belt (Hindi, Awadhi, Bhojpuri, Maithili), read by
rules_pregnancy only in a pregnancy told: the waters gone told bare ("paani gir gaya", "pani chhut gail"), the pains
going at term ("dard uth raha"), the birth not come ("ab tak bachcha nahi ho raha"), and a caesarean before ("pichhla
operation se"). Merged into signs.SIGNS."""

from __future__ import annotations

from .lexicon import Sign

_WATER = "{paani,pani,paanee}"
_GONE = ("{gaya,gayi,gya,gai,gaya hai,gayi hai,raha,rahi,rha,rhi,raha hai,rahi hai,gail,gayil,gel,gelai,rahal,"
         "rahal ba,rahal chhai,jaa raha,ja raha,ja rahi,jaa rahi}")
_SINCE = ("{aaj,raat,kal raat,kaal raat,raat bhar,bhor,bhinsare,bihane,subah,kal subah,kal,kaal,aaj subah,kal shaam,"
          "saanjh,dopahar,dupahar}")

LABOUR_SIGNS: dict[str, Sign] = {
    # the waters gone told bare, as a family says it of a woman near her time ("paani gir gaya", "paani gir raha",
    # Bhojpuri "pani chhut gail", "paani beh raha"): a spilt or drunk water in anyone else, so the flag is read only
    # in a pregnancy told (rules.ruptured_membranes, preterm_waters; a scald's "garam paani gir gaya" is the burn's)
    "hi_waters_gone": Sign((), (
        _WATER + " {gir,chhut,chhoot,chhoot ke,beh,bah,behne,nikal} " + _GONE,
        _WATER + " {girna,behna,aana,nikalna} {shuru ho gaya,shuru hua,shuru bhail,chalu ho gaya}",
        "{thaili,paani ki thaili,pani ki thaili,jhilli} {phat,phoot,phut,fat,foot,toot,tut} {gayi,gai,gaya,gail,gel,"
        "rahi,gayi hai}",
    ), flag="water_seeping"),
    # water from the eye, the nose, the ear or the mouth ("aankh se paani gir raha", "muh se paani gir raha"): that
    # site's (a watering eye, a drool), the longer wording, so a pregnant woman's watering eye is no waters broken
    "site_water": Sign((), (
        "{aankh,aankhon,ankh,aankhein,naak,nak,kaan,kan,kaano,muh,munh,mooh,moonh,mukh,honth} "
        "{se,sa,me se,mein se} " + _WATER + " {gir,chhut,chhoot,beh,bah,nikal,aa} " + _GONE,
    )),
    # the pains going, told in the singular ("dard uth raha", "dard aa raha", "raat se dard"): at term, labour's
    # pains (rules.term_labour_pains); a site told with them ("sir me dard uth raha") is that site's pain
    "hi_pains_going": Sign((), (
        "dard {uth,aa,uthe,chal,badh,uthat,aawat,chalat} {raha,rahi,rha,rhi,raha hai,rahi hai,rahal,rahal ba,ba,"
        "rahal chhai,chhai}",
        "{prasav,jachgi,delivery,labour} {ka,ke,wala,wale} dard",
        "dard {shuru,chalu} {ho gaya,ho gaya hai,hua,hua hai,bhail,bhail ba,ho gel,bha gel,}",
        _SINCE + " se dard {ho raha,ho rha,ho rahi,hai,he,ba,chhai,uth raha,aa raha,chal raha,hoit,hoyat,}",
        "{dard,pains} {since,from} {last night,the night,morning,yesterday}",
    ), flag="pains_told"),
    # the pains long: since yesterday or the night before, or a day ("kal se dard", "raat bhar dard", "kal raat se
    # dard"): at term, a labour gone past 12 hours (WHO MCPC prolonged labour)
    "hi_pains_long": Sign((), (
        "{kal,kaal,kal raat,kaal raat,kal subah,kal shaam,parson,2 din,do din,raat bhar,saari raat,puri raat} se "
        "dard {ho raha,ho rha,ho rahi,hai,he,ba,chhai,uth raha,aa raha,chal raha,hoit,hoyat,}",
        "raat bhar dard", "saari raat dard", "puri raat dard",
        "{dard,pains} since {yesterday,last night}", "{pains,labour,labor} for {12,14,16,18,20,24} hours",
        "{12,14,15,16,18,20,24} {ghante,ghanta,ghanton} se dard",
    ), flag="pains_long"),
    # the birth not come, told of a woman near her time ("ab tak bachcha nahi ho raha", "abhi tak delivery nahi
    # hui"): read only in a pregnancy told, where "bachcha nahi ho raha" cannot be the childless couple's
    "hi_birth_not_yet": Sign((), (
        "{ab tak,abhi tak,abhi bhi,ab le,abhi le} {bachcha,baccha,bacha,bachha,baby,delivery} {nahi,nhi,nahin,na,nai} "
        "{ho raha,ho rha,ho rahi,hua,hui,ho paya,ho payi,bhail,hoelak,hoil}",
        "{bachcha,baccha,bacha,bachha,baby,delivery} {ab tak,abhi tak,abhi bhi} {nahi,nhi,nahin,na,nai} "
        "{ho raha,ho rha,ho rahi,hua,hui,ho paya,ho payi,bhail,hoelak,hoil}",
    ), flag="birth_not_yet"),
    # a caesarean before ("pichhla operation se", "pehle operation hua tha", "pichhli delivery operation se",
    # "previous caesarean"): a scarred womb, which labour can tear (rules.labour_after_caesarean)
    "previous_caesarean": Sign((), (
        "{pichhla,pichla,pichhli,pichli,pichhle,pichle,pahila,pahile,pehla,pehle,pehli,pahli} {bachcha,baccha,bacha,"
        "bachha,baby,delivery,janam,bar,baar,wala,wali} {operation,opretion,oparation,operesan,sizerian,caesarean,"
        "cesarean,c-section,c section} {se,sa,say,me,mein,hua,hui,bhail,bhel}",
        "{pichhla,pichla,pichhli,pichli,pichhle,pichle,pahila,pahile,pehla,pehle,pehli,pahli} {operation,opretion,"
        "oparation,operesan,sizerian,caesarean,cesarean,c-section,c section} {se,sa,say,wala,hua,hua tha,hui,hui thi,"
        "bhail,bhail rahe,bhel,bhel chhal}",
        "{pehle,pahile,pehle bhi,pahile bhi} {bada ,}{operation,sizerian,caesarean} {hua,hua tha,hui thi,bhail,"
        "bhail rahe,bhel chhal,ho chuka,ho chuka hai}",
        "{previous,last,earlier} {caesarean,cesarean,c-section,c section,lscs,cs,section}",
        "{last,first,previous} {baby,delivery,child} {by,was by,through} {caesarean,cesarean,c-section,operation}",
        "{had,has had} {a ,}{caesarean,cesarean,c-section} before",
    )),
}
