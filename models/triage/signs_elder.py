"""An old person's sudden decline told in everyday words (round 22): an elder who has stopped eating and drinking and
just lies there ("khana pani chhod di, bas leti rehti", Bhojpuri "khana pani chhoot gail, bas paral rahat"), who
cannot get up since the morning ("aaj subah se uth nahi paavat", "bistar se uth nahi pa rahe", "uthat naikhe"), who
is suddenly off the legs. In someone 65 or over such a decline is how a sepsis, a dehydration, a delirium or a stroke
shows (NICE CG103 delirium; British Geriatrics Society, "off legs" and the acutely unwell older person): seen the same
day (rules_elder.py). The wordings set one flag, ``elder_decline``; only "cannot get up" names a symptom (reduced
movement, as terms_body.py's Hindi wordings do), and a frailty of months is left to a review by rules_elder.py's guard.

Merged into signs.SIGNS."""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_NOT: Final = "{nahi,nai,nahin,nhi,na,naa}"
_FOOD: Final = "{khana pani,khana-pani,khaana paani,khana paani,khaana pani,khana peena,khana pina,khaana peena,anna jal,"\
    "anna pani,dana pani}"
_LIE: Final = "{leti,lete,leta,padi,pade,pada,paral,paril,pareel,parel,pari,padal,padel}"
_STAY: Final = "{rehti,rehte,rehta,rahti,rahte,rahta,rahat,rahela,rahelan,rahelin,rahat baadi,rahat baade,rahat ba,"\
    "rahat hain,rahat hai,rehti hai,rehte hai,rehte hain,rehti hain,rahti hai,hai,hain,ba,baadi,baadan,hove,rahi,rahe}"
_UP: Final = "{uth,uthi,utth,uthh}"

ELDER_SIGNS: Final[dict[str, Sign]] = {
    # stopped eating and drinking, both: "khana pani chhod di", "khana peena band", "anna jal tyag diya", Bhojpuri and
    # Awadhi "khana pani chhoot gail", "chhodi dihin" (the drinking said with the eating: not a poor appetite)
    "elder_stopped_food_water": Sign((), (
        _FOOD + " {sab ,sabh ,bilkul ,ekdam ,}{chhod,chhod di,chhod diya,chhod diye,chhod dihin,chhod dihis,chhodi,"
        "chhodi di,chhodi dihin,chhodi dihis,chhod dini,chhor,chhor di,chhor diya,chhoot,chhut,chhoot gail,chhut gail,"
        "chhoot gaya,chhut gaya,chhut gayil,chhoot gayil,band,band hai,band ho gaya,band kar diya,band kar diye,band ba,"
        "band baa,tyag,tyag diya,nahi le rahe,nahi le rahi,nahi lait,naikhe lait}",
        "{stopped,stopped both,not} {eating and drinking,eating or drinking,taking food and water,taking food or water}",
        "{no food or water,nothing to eat or drink} {since,for,from}",
    ), flag="elder_decline"),
    # just lies there ("bas leti rehti", "bas pade rehte", Bhojpuri "bas paral rahat baadi", "khatiya pe paral")
    "elder_just_lying": Sign((), (
        "{bas,bus,sirf,khali,din bhar,din bhar bas} " + _LIE + " " + _STAY,
        "{khatiya,khaat,khat,charpai,bistar,bistara,bichhauna,bed} {pe,par,pa,me,mein} {bas ,}" + _LIE + " " + _STAY,
        "{just,only} {lying,lies,lying down,lying in bed,stays in bed} {there,all day,in bed,}",
    ), flag="elder_decline"),
    # cannot get up, Awadhi and Bhojpuri ("uth nahi paavat", "uthat naikhe", "uthi na paawat"), from the bed
    # ("bistar se uth nahi pa rahe"); the Hindi "uth nahi pa rahi" alone is terms_body's reduced movement
    "elder_cannot_get_up": Sign(("reduced movement",), (
        _UP + " " + _NOT + " {paavat,paawat,pavat,pawat,paavati,paawati,pavet,paavai,pawai,paat,paavat hain,"
        "paavat baadan,paavat baadi,paa rahe,paa rahi,pa rahe,pa rahi,pa raha,pa rhe,pa rhi,sakat,sakat hain,sakat baadan,"
        "sakte,sakti,sakta,saktin,pavatin,paavatin}",
        "{uthat,uthati,uthaat,uthhat} {naikhe,naikhan,naikhi,nikhe,nahi,nai,na} {baadan,baadi,ba,hain,hai,}",
        "{bistar,bistara,khatiya,khaat,charpai,bed,bichhauna} {se,sa,su,pe se,par se} " + _UP + " " + _NOT,
        "{can't,cannot,cant,unable to,not able to,could not,couldn't} get {up,out of bed,out of the bed} {since,from,}",
        "{off,gone off} {his,her,their} legs",
        "{not,hasn't,has not,hasnt} {got,gotten,been} {up,out of bed} {since,from,all day,today}",
    ), flag="elder_decline"),
    # the family not known, Awadhi and Bhojpuri ("pehchaan nahi paavat", "hamra ke chinhat naikhan"): a confusion
    # (with the decline, a delirium: the emergency rules' altered mental state)
    "elder_not_knowing": Sign(("confusion",), (
        "{pehchan,pehchaan,pahchan,pahchaan} " + _NOT + " {paavat,paawat,pavat,pawat,paavati,paavat hain,paavat baadi,"
        "paavat baadan,sakat,sakat hain,paavatin,pawatin,pawat baadan,pawat baadi,rahin,rahe hain,rahin hain}",
        "{chinhat,chinhait} {naikhe,naikhan,naikhi} {baadan,baadi,ba,hain,hai,}",
    )),
}
