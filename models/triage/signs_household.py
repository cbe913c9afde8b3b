"""Wordings, in the Hindi, Awadhi, Bhojpuri and Maithili of an ASHA's household visits (round 22), of questions that
are no symptom and of what a well newborn does: a child not yet talking or walking at an age ("ab le chalat nahi,
pakad ke khada hot ba bas"), a couple married some years with no child, spacing asked after a delivery ("parivar
niyojan"), a vaccine missed and asked about ("teeka chhut gaya, ab lagega kya"), where to deliver after a past
caesarean ("kaha delivery karawal jaai"), a murmur a doctor heard in a child who plays; a newborn's breasts swollen by
the mother's hormones ("chhati me halki gaanth"), a girl's spots of blood in the nappy in her first days, the face
only a little yellow, the evening's crying of colic, milk brought up by a baby gaining weight, skin peeling in the
first weeks, a feed told good in Maithili ("dudh thik pibait"). And what an Awadhi household tells that is no
danger sign: the breath easy ("aaram se saans leti"), a mouth breathed through for a nose blocked by a cold.

Each sets a flag read elsewhere (``flag``): a visit's purpose keeps a short question with a danger word ("dil",
"operation") from unclear_danger_word and any question from not_understood; the newborn's ways are
conditions.newborn_care_only's. A fever, a bad feed or any other symptom told beside them is judged as before.
Merged into signs.SIGNS."""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_NOT: Final = "{nahi,nai,nahin,nhi,na,ni}"
_TALKS_WALKS: Final = ("{bolta,bolti,bolat,bolait,bolai,chalta,chalti,chalat,chalait,chalai}")
_YELLOW: Final = "{piyar,piyaar,peela,peeli,pila,pili}"
_MARRIED: Final = "{shaadi,shadi,biyah,biyaah,byah,byaah,vivah,vivaah}"
_YEARS: Final = ("{1,2,3,4,5,6,7,8,9,10,ek,do,teen,tin,chaar,char,paanch,panch,chhe,chhah,saat,aath,dedh,dhai,"
                 "saadhe teen} {saal,sal,baras,baris,varsh}")

HOUSEHOLD_SIGNS: Final[dict[str, Sign]] = {
    # --- a child's milestones told not reached yet, in the habitual present (rules_complaints.developmental_delay:
    # WHO motor milestones, IAP developmental surveillance, a developmental assessment in turn). A child who could
    # and stopped ("chalna band kar diya", "khada nahi ho pa raha") has lost a skill and is not read here: "begun",
    # "clearly" or "only holding on" is required, so a child or an adult who has not spoken or walked since a fall
    # or since morning is never this ---
    "milestone_not_yet": Sign((), (
        "{bolna,bolne,chalna,chalne} shuru " + _NOT + " {kiya,kiye,kail,kaile,kelak,kelkai,kaili,karis,kiyo}",
        "{abhi tak,ab tak,ab le,aab tak,abhi le,ab talak,abahun} {theek se,thik se,saaf,saaf saaf} " + _NOT + " "
        + _TALKS_WALKS,
        "{abhi tak,ab tak,ab le,aab tak,abhi le,ab talak,abahun} {theek se,thik se,saaf,saaf saaf} " + _TALKS_WALKS
        + " " + _NOT,
        # only stands holding on ("pakad ke khada hot ba bas")
        "{pakad ke,pakad kar,dhar ke,dhai ke,dhaike,pakadi ke} {khada,khadi,thaadh,thadh,thaarh} {hot,hoat,hola,hoyat,"
        "hota,hoti,hoi} {ba ,hai ,chhai ,}bas",
        # a child of 2 or 3 whose words are only "mumma papa"
        "{sirf,bas,khali,keval,kewal,only} {mumma papa,mummy papa,mama papa,maa papa,papa mumma,papa mummy,mumma papa "
        "bolat,mumma papa bolta,mummy papa bolta}",
    ), flag="developmental_delay"),
    # --- years married and no child (rules_mimic.infertility: both partners seen in turn). The married years are
    # the question's frame: "bachcha nahi ho raha" alone is also a labour that will not progress, and is not read ---
    "married_years_no_child": Sign((), (
        _MARRIED + " ke " + _YEARS + " {ho gaye,ho gaya,ho gayi,hoi gaye,hoi gava,bhel,bhail,bhelai,bit gaye,beet gaye,"
        "hue,huye,ho gail,bhaye}",
    ), flag="infertility"),
    # --- spacing after a delivery, named (rules_mimic.family_planning) ---
    "family_planning_hi": Sign((), (
        "{parivar,pariwar,parivaar,pariwaar} {niyojan,niyajan,niyojana}",
    ), flag="contraception"),
    # --- what the visit is for: a vaccine missed and asked about, where to deliver, a murmur a doctor heard ---
    "missed_vaccine": Sign((), (
        "{teeka,tika,tikka,teeke,tike,vaccine,injection,sui} {chhut,chhoot,chut,chhoot,chhooti,chhuti,rah,reh} "
        "{gaya,gayi,gail,gel,gela,gelai,gava,gavaa,gaye}",
        "{ab,abhi,aab} {lagega,lagegi,lag sakta,lag sakti,lag jayi,lagi,lagwa sakte,lagwa sakti,lagwaun,lagaab} kya",
        "{teeka,tika,tikka,vaccine} {baad me ,baad mein ,ab ,abhi ,}{lag sakta,lag sakti,lagega,lagegi,lagwa sakte} "
        "{kya,hai kya,}",
    ), flag="visit_purpose"),
    "where_to_deliver": Sign((), (
        "{delivery,delivary,deliveri,prasav,jachgi,janchgi} {kaha,kahan,kahaan,kata,kat,kaun jagah,kaha pe,kahan par,"
        "kidhar} {karawal jaai,karaval jaai,karawal jaay,karaye,karayen,karaen,karwayein,karwaye,karab,karai,karwana,"
        "karana,karwani,karayi,hoi,hogi,karwayen}",
        "{kaha,kahan,kahaan,kata} {delivery,jachgi,prasav} {karawal jaai,karab,karwayein,karaye,karwana,hoi,hogi,karai}",
    ), flag="birth_planning"),
    # a check-up come for, in Awadhi and Bhojpuri ("jaanch karawe aayi", "jaanch karaye aail"): the visit's purpose
    # (as signs_benign.visit_purpose's "jaanch karwane")
    "checkup_aw": Sign((), (
        "{jaanch,janch,jaach,check up,checkup} {karawe,karaye,karawal,karawe ke,karaye ke,karawe khatir} {aayi,aaye,aayin,"
        "aail,aailin,aawa,aaye hain,aayi hai,ke liye}",
    ), flag="visit_purpose"),
    # (where to deliver and a breech told are a pregnancy's questions, "birth_planning": no rule reads the flag, it
    # only says the complaint was understood, and the learned model still hears a danger told after them)
    # a baby told lying the wrong way up at a scan ("ultrasound me kahlak bachcha ulta chhai"): a breech before term,
    # the antenatal visit's question (RCOG GTG 20a: turning offered from 36-37 weeks); pains or water are their own
    "breech_told": Sign((), (
        "{ultrasound,sonography,sonografi,scan,usg} {me,mein,ma,main} {kahlak,kahalak,bataya,batayin,bola,boli,bole,"
        "aaya,kahin,kahis,dikha,dikhal} {ki ,je ,}{bachcha,baccha,bacha,baby} {ulta,ulta hai,ulta chhai,ulta ba,ulta he,"
        "ulta baitha}",
    ), flag="birth_planning"),
    "murmur_told": Sign((), (
        "{doctor,dactar,daktar,dr} {kahlak,kahalak,kahle,kahin,kahis,bole,bola,boli,ne kaha,ne bola,ne boli,bataya,"
        "batayin,batalak} {ki ,je ,}{dil,dill,hriday,heart,kaleja} {me,mein,ma,mein ek} {awaaz,aawaz,awaj,aawaj,"
        "avaaz,sound,murmur}",
        "{heart,dil} murmur",
    ), flag="visit_purpose"),
    # --- a well newborn's ways (conditions.newborn_care_only) ---
    # a newborn's breast (either sex) with a small lump under it, the mother's hormones' (Nelson; IMNCI home care);
    # the lump and the swelling are read by their words, and newborn_care_only lets them stand in a baby under 2
    # months feeding well with nothing else told; an adult's or an older child's breast lump is a lump to examine
    "newborn_breast_bud": Sign((), (
        "{chhati,chhaati,chaati,chhatiya,stan,breast} {me,mein,ma,pe,par,ke neeche} {halka,halki,chhota,chhoti,"
        "thoda,thodi,tanak,chhot}",
    ), flag="newborn_breast"),
    # a newborn girl's spot of blood in the nappy from below ("neeche se halka khoon wala dhabba langot pe")
    "pseudo_menses_bh": Sign(("vaginal bleeding",), (
        "{neeche se,niche se,aage se} {halka ,halki ,thoda ,thodi ,tanak ,zara sa ,}{khoon,khun,blood} {wala,wali,"
        "jaisan,jaisa,jaisi,ka,ke,sa} {dhabba,dhabbe,daag,dag,nishan,nishaan}",
    ), severity="mild", flag="pseudo_menses"),
    # the face a little yellow ("chehra halka piyar lagat ba"): the face told, and only it (minor_child.face_jaundice
    # judges it after the first day, the feed told; palms and soles told yellow are jaundice_palms_soles')
    "face_yellow_bh": Sign(("jaundice",), (
        "{chehra,chehre,chehara,mukh,face} {halka,halki,thoda,thodi,tanak} " + _YELLOW + " {lagat,lagta,lagti,"
        "lag raha,lag rahi,lagait,laagat,dikhat,dikhta,dikhai}",
    ), flag="jaundice_face_only"),
    # the evening's crying of colic ("shaam hote hi ghanta bhar rota", "roz saanjh ko bahut rowat")
    "evening_crying_hi": Sign((), (
        "{shaam,sham,saanjh,sanjh,saanj} {hote hi,hote,hot hi,hone pe,ke time} {ghanta bhar,ghante bhar,ek ghanta,"
        "do ghanta,ghanton,1-2 ghanta} {rota,roti,rowat,rovat,rote,rowait}",
    ), flag="newborn_normal"),
    # milk brought up after a feed ("dudh pila ke thoda ulti kar deta"): with a baby gaining weight, posseting
    "posseting_hi": Sign((), (
        "{dudh,doodh} {pila ke,pilake,pila kar,pilane ke baad,pine ke baad,peene ke baad,pi ke,pee ke,piyaa ke} "
        "{thoda,thodi,thoda sa,tanak,zara sa,jara sa,halka} {ulti,ulat,ugal} {kar deta,kar deti,kar dete,karta,karti,"
        "kar det,kar deit,ho jati,ho jaata} {hai,ba,}",
    ), flag="posseting"),
    # a newborn's dry skin peeling in the first weeks ("chamra chhoot rahal chhai"): a well newborn's way, the feed
    # told (newborn_care_only); red, blistered or wet skin with a fever is other wordings', and seen
    "newborn_peeling": Sign((), (
        "{chamra,chamda,chamdi,chamri,khaal,khal} {chhoot,chhut,utar,utarat,chhil,pheel,nikal} {rahal chhai,rahal ba,"
        "rahal,raha,rahi,raha hai,rahi hai,rahe,jaat,jaat ba,gail,rahal achhi}",
    ), flag="newborn_peeling"),
    # --- an Awadhi household's words that are no danger sign ---
    # the breath told easy, the adverb first ("aaram se saans leti": breathes at ease); "aaram se saans nahi le
    # paati" keeps its trouble (the "nahi" is not in the wording, and denies what follows)
    "breathing_easy_aw": Sign(("shortness of breath",), (
        "{aaram se,araam se,aram se,aaraam se} {saans,sans,saans bhi,sans bhi} {leti,leta,lete,le rahi,le raha,"
        "le rahe,lewat,leyat,leat,chalat,chalat ba,chal rahi,chal raha} {hai,ha,ba,}",
    ), negated=True),
    # the mouth breathed through because a cold blocks the nose ("raat ko muh se saans lena padat"): the blocked
    # nose, not a breath that is short
    "mouth_breathing": Sign(("nasal congestion",), (
        "{muh,munh,mooh,moonh,muhn} se saans {lena padat,lena padta,lena padti,leni padti,leni padat,lena padta hai,"
        "leta,leti,lete,lewat,le raha,le rahi}",
    )),
    # a mother's fear that her milk is too little, told of her breast in Bhojpuri ("chhati me dudh kam aawat ba"):
    # the breastfeeding's review (rules_complaints.breastfeeding_review), no chest's danger
    "milk_worry_bh": Sign((), (
        "{chhati,chhaati,chaati,stan} {me,mein,ma,se} {dudh,doodh} {kam,thoda,tanak,nahi,nai} {aawat,aavat,aawela,"
        "aawe,utarat,utrat,banat,hot,aata,aati,aa raha,utar raha,utarta,banta} {ba,hai,chhai,}",
    ), flag="milk_supply_worry"),
    # a feed told good in Maithili and Bhojpuri ("dudh thik pibait", "dudh khoob pi rahal ba")
    "feeding_well_mai": Sign(("unable to drink",), (
        "{dudh,doodh} {thik,theek,khoob,achha,nik,neek} {pibait,pibai chhai,pibait chhai,pibai,pi rahal,pee rahal,"
        "piyat,peeyat,piyat ba}",
    ), negated=True),
}
