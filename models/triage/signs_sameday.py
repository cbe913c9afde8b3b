"""Wordings, in the Bhojpuri, Maithili, Magahi and Nagpuri (Sadri, Khortha) of Bihar and Jharkhand as an ASHA, an ANM
or a labour-room nurse types them, that hid a picture to be seen the same day (round 21): a pregnancy's spotting
("halka sa dhabba laga"), the baby moving less ("bachcha kam dolait"), water seeping ("paani jaisan chu rahal"), the
belly going hard at 7 months ("pet kada bhay jaait"), pains that stop and come ("dard ruk ruk ke"), a swollen calf
after a birth ("pindli phool gail"), pus from the stitches, a foot's ulcer, a fever with shaking ("kaanp ke jaar"), a
malaria test told positive, period pain that keeps a girl from school, a whistling chest ("sitti baajait"), a grain
pushed into the nose, a fall from a tree ("khasi padal") and an arm that looks bent, a new mother who
does not look after her baby, urine that will not come down, a ripe boil.

Merged into signs.SIGNS; a wording of a flag named elsewhere sets that flag (``flag``). The rules that read the new
flags (water_seeping, belly_tightening, malaria_positive, misses_school) are rules_hinglish.py's and rules_mimic.py's.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_BABY: Final = "{bachcha,bachha,baccha,bacha,babua,baby}"
_NOT: Final = "{nahi,nai,nahin,nhi,na,nae}"
_PUS: Final = "{peep,peeb,pus,mawaad,mavaad,mawad,mavad,pas}"

SAMEDAY_SIGNS: Final[dict[str, Sign]] = {
    # spotting told as a stain that came ("aaj halka sa dhabba laga kapde pe", "thoda dhabba laga"): a little blood
    # from below (in a pregnancy of under 14 weeks, mimics.threatened_miscarriage judges it; later, the pregnancy's
    # bleeding rule). A patch on the skin "is" or "came up" ("chehre pe kala dhabba hai"), never "laga"
    "bh_spotting": Sign(("vaginal bleeding",), (
        "{halka,halki,thoda,thodi,jara,zara,chhota} {sa ,si ,}{dhabba,dhabbe} {laga,lagal,lagi,lag gaya,lag gail,"
        "lagal hai,dikha,dikhal,aaya,aail}",
        "{dhabba,dhabbe,khoon ka dhabba,khoon ke dhabbe} {laga,lagal,lagi,lag gaya,lag gail} {kapde,kapda,kapra,"
        "chaddi,panty,petticoat,saree,sari} {pe,par,me,mein}",
        "{kapde,kapda,kapra,chaddi,panty,petticoat} {pe,par,me,mein} {khoon ka ,khoon ke ,halka ,thoda ,}"
        "{dhabba,dhabbe} {laga,lagal,lagi,dikha,dikhal}",
    ), severity="mild"),
    # the baby moving less, in Maithili and Magahi "dolait" (moves), "hilait" ("bachcha kam dolait chhai")
    "mai_baby_moves_less": Sign(("reduced fetal movement",), (
        _BABY + " {bahut ,kaafi ,kafi ,}kam {dol,dolait,dolai,dolaichh,dolta,dolti,dole,dolat,dolal,hilait,hilai,"
        "hilaichh,hilat,hilal,ghumait,ghoomait,ghumat}",
    )),
    # water seeping like water since a time ("bhor sa paani jaisan chu rahal chhai"): in a pregnancy, the waters
    # (rules.ruptured_membranes reads the flag only of a woman told pregnant: a nose's "paani jaisa" is a cold's)
    "mai_water_seeping": Sign((), (
        "{paani,pani} {jaisan,jaisa,jaisi,jaise} {kuch ,}{chu,chuu,chuwe,chuye,chuat,tapak,tapkat,ris,risat} "
        "{rahal,raha,rahi,rahal chhai,raha hai,rahi hai,lagal,rahalai,raha ba}",
        "{neeche,niche,nichaan} {sa,se} {paani,pani} {chu,chuu,chuat,tapak,tapkat} {rahal,raha,rahi,lagal}",
    ), flag="water_seeping"),
    # the belly going hard so many times an hour, before term ("pet kada bhay jaait ghanta me 2-3 bera", "pet tight
    # ho jata hai"): tightenings that may be preterm labour's beginning (rules.preterm_tightenings)
    "mai_belly_tightening": Sign((), (
        "pet {kada,kadaa,kadak,kadha,kadhaa,tight,tait,sakht,sakt,patthar} {bhay,ho,hoi,bhai,hoy,ban} {jaait,jaai,jata,"
        "jaata,jati,jaati,jaat,jay,jai,jaichhai,ja raha,ja rahi,jaata hai,jata hai,jaati hai}",
        "{belly,tummy,stomach,womb,abdomen,bump} {goes,gets,becomes,turns,going,getting} {hard,tight,rock hard}",
    ), flag="belly_tightening"),
    # pains that stop and come again ("pet aa kammar me dard ruk ruk ke aabi rahal"): labour's contractions
    "mai_pains_come_and_go": Sign((), (
        "dard ruk ruk {ke,kae} {aabi,aabai,aawat,aawe,aabi rahal,uthat,uthai,hoi}",
    ), flag="contractions"),
    # a calf swollen after a birth, told with the Bhojpuri past ("ek gor ke pindli phool gail ba aa dard karat ba"):
    # the leg's swelling, and its pain (rules_complaints.possible_dvt; a deep vein thrombosis after a delivery)
    "bh_calf_swollen_painful": Sign(("leg pain", "swelling"), (
        "{pindli,pindliya,pindali,pinni} {phool,fool,phul,ful,sooj,suj,fuli,phuli,fulal,phulal} {gail,gayil,gel,gelai,"
        "gaya,gayi,gelo,} {ba ,hai ,chhai ,}{aa,aur,ar,o} dard {karat,karta,karti,kar raha,kar rahi,hoi,hota,ho raha,"
        "hoit,karai}",
    )),
    "bh_calf_swollen": Sign(("swelling",), (
        "{pindli,pindliya,pindali,pinni} {phool,fool,phul,ful,sooj,suj,fuli,phuli,fulal,phulal} {gail,gayil,gel,gelai,"
        "gaya,gayi,gelo}",
    )),
    # pus from the stitches of a birth or an operation ("taanke me sujan aur peep aa rahi"): an infected wound
    "bh_stitch_pus": Sign(("wound",), (
        "{tanka,tanke,taanka,taanke,tankwa,tanko,silai} {me,mein,se,pe,par} {sujan ,soojan ,laali ,lali ,dard ,}"
        "{aur ,aa ,ar ,o ,}" + _PUS,
    ), flag="wound_infection"),
    # an ulcer of the foot ("foot me ulcer", "pair me ghaav"): a wound (a diabetic's is infected_wound's)
    "bh_foot_ulcer": Sign(("wound",), (
        "{foot,feet,pair,paer,paon,pao,talwa,talwe,edi,anguthe,angutha} {me,mein,pe,par,ke,ka} {ulcer,ulcers,ghaav,"
        "ghav,ghaw,zakhm,zakham}",
    )),
    # a fever that comes with shaking ("kaanp ke jaar aawat hai", "kaanp ke bukhar aata"): rigors (malaria's, in
    # Bihar's and Jharkhand's endemic districts: rules_hinglish.fever_with_rigors)
    "sd_shaking_fever": Sign(("fever",), (
        "{kaanp,kanp,kaamp,kaap,kap} {ke,kar,kae,ke ke} {jaar,jar,jwar,bukhar} "
        "{aawat,aawe,aata,aati,aa raha,aa rahi,aayel,aail,aabai,aabe,aabait,chadhat,chadhe,}",
    ), flag="rigors"),
    # a malaria test told positive (the ASHA's kit, a slide): a confirmed malaria, treated today (rules_hinglish)
    "malaria_positive": Sign((), (
        "malaria {positive,pos} {aaya,aayi,aail,aayel,hai,ba,tha,nikla,niklal,nikli,aa gaya,}",
        "positive {for,of} malaria",
        "malaria {test,rdt,kit,slide,jaanch,janch} {positive,me positive}",
        "{rdt,kit,test,jaanch,janch} {me,mein,se} malaria {positive,aaya,nikla,niklal}",
    )),
    # period pain that keeps a girl from school ("2 din school nahi ja paati", "har mahina school nai jaait"): bad
    # enough for a review (rules_mimic.period_pain)
    "misses_school": Sign((), (
        "school " + _NOT + " {ja,jaa,jaat,jaati,jaait,jaaye,jaye,ja paati,ja pati,jaa paati,ja pata,ja paata,ja sakti,"
        "jaa sakti,gayi,gai,jaa sake,ja sake}",
        "skool " + _NOT + " {ja,jaa,jaat,jaati,jaait,jaaye,ja paati,jaa paati,gayi,gai}",
        "{misses,missed,missing,miss} school", "{can't,cant,cannot} go to school",
    )),
    # a seed or a grain pushed into the nose or the ear, the Maithili and Magahi past ("naak me makai ke dana ghusa
    # lelak"): a foreign body (ENT today)
    "mai_nose_object": Sign((), (
        "{naak,kaan} me {makai,makka,bhutta,chana,dana,beej,moti,kankad,pathri,kagaj,mungfali} {ke dana ,ka dana ,}"
        "{ghusa,ghusaa,daal,dal,dhuka,ghusiya} {lelak,lelai,leli,"
        "lelkai,delak,dele,lihlas,lihlis,liya,diya,li,lee,delkai}",
    ), flag="foreign_body"),
    # a fall from a tree or a roof in Maithili ("gachh par sa khasi padal": "khasi" is the fall here, not a cough)
    "mai_fell": Sign(("fall",), (
        "{gachh,gaachh,gachhi,ped,chhat,chhath,chhaat,deewal,diwal,cycle,palang,seedhi,sidhi} {par ,pe ,pa ,}"
        "{sa,se} {khasi,khas,khasal} {padal,padla,padli,gel,gelai,gelaa,gail,gela}",
    )),
    # an arm or a leg that looks bent ("baanh tedh lagai chhai"): a deformity, a fracture's (suspected_fracture)
    "mai_limb_bent": Sign((), (
        "{baanh,banh,baah,bahiya,haath,hath,bazu,baazu,gor,taang,pair,kalai} {tedh,tedha,tedhi,terh,terha,terhi} "
        "{lagai,lagait,lagaichh,lag raha,lag rahi,lagta,lagti,lagal,bhay gel,ho gaya,ho gail,ho gel}",
    ), flag="fracture"),
    # a new mother who does not look after her baby ("bachche ko nahi dekhti"): a low mood (after a birth, postnatal
    # depression: rules.pregnancy_see_today)
    "bh_baby_neglected": Sign(("low mood",), (
        "{bachche,bachcha,bacche,baby,bachwa,bachhe,laika,babua} {ko,ke} " + _NOT + " {dekhti,dekhat,dekhait,"
        "sambhalti,sambhalat,uthati,uthawat,pilati,pilawat,dulaar karti,pyaar karti}",
    )),
    # urine that will not come down ("peshab nai utrait 8 ghanta sa"): a retention, little urine passed
    "bh_urine_held": Sign(("reduced urine",), (
        "{peshab,pesab,pishab,susu} " + _NOT + " {utrait,utarat,utar raha,utar rahi,utarta,utarti,utra,utral,"
        "utrai}",
    )),
    # a boil gone ripe ("chutad par fuda, pakal"): the swelling of an abscess (with a fever, hot_swollen_joint's)
    "mai_ripe_boil": Sign(("swelling",), (
        "{fuda,phuda,phoda,foda,fora,phora} {pakal,pak gel,pak gaya,pak gail,paka,pakka,pak gayal}",
    )),
    # the chest whistling, in Maithili and Magahi ("sitti baajait chhai"): a wheeze
    "mai_whistling_chest": Sign(("wheezing",), (
        "{sitti,siti,seeti,siitti} {baajait,bajait,baajat,bajat,baje,baaje,bajta,bajti,baj rahi,baj raha,bajai,"
        "bajaichh,bajal}",
    )),
}
