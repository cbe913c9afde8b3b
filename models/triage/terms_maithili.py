"""Maithili (Darbhanga, Madhubani, Saharsa) wordings of the canonical symptoms, in Latin letters as a labour room's
nurse types a family's words: the going-on "-ait" of a verb ("pibait", drinks; "phulait", swells; "kanait", cries),
its past in "-al"/"-lak" ("fulal", swollen; "jaral", burnt; "kaatlak", bit), "bhel"/"gel"/"bhay gel" (happened,
went, became), "chhai"/"achhi" (is), "nai" (not), "khasi padal" (fell down: "khasab", to fall, never the cough of
Hindi's "khasi"), "kammar" (the waist), "thehuna" (the knee), "paer" (the leg), "mon" (the mind).

terms.py adds these to its own wordings of the same symptom (never replacing them).
"""

from __future__ import annotations

from typing import Final

NOT: Final = "{nai,nahi,nahin,na,nay}"
# the going-on and past forms of "is": "fulal chhai", "pibait achhi", "bhay gel chhal"
IS: Final = "{chhai,achhi,chhal,chhathi,chhaith,chhi}"
# swollen, swelling, swells: Maithili "fulal", "fulait", "fula jaait", and Bhojpuri's "phool gail", "phoolal"
SWOLLEN: Final = ("{fulal,phulal,phoolal,fulail,phulail,fulait,phulait,fula jaait,phula jaait,fulait jaait,"
                  "phulait jaait,phool gail,phool gayil,phool gel,fool gail,phool jaat,phool gaeel,phool gail ba}")
# the places a swelling is told of: never the breath ("saans phulait" is a breathlessness) nor the belly ("pet
# phoolal" is a distension)
SWELL_SITES: Final = ("{paer,pair,gor,godwa,muh,mooh,munh,chehra,aankh,palak,haath,baanh,thehuna,ghutna,naabhi,nabhi,"
                      "andkosh,ganth,gaanth,takhna,pindli,kalai,aangur,ungli,jagah,taraf,gaal,honth}")
# fell down ("khasi padal", "khasi padli", "khasi gel chhal"): the patient's fall, told after where from ("chhat par
# sa") or alone
FELL: Final = "{khasi padal,khasi padli,khasi padla,khasi padlai,khasi padal chhal,khasi padli chhal,khasi pari gel}"
_DRINK: Final = "{pibait,pibai,piyat,pibaiy,pi paabait,pi pabait}"

MAITHILI_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "fall": (
        FELL, "{sa,se,par sa,par se,upar sa} {khasi gel,khasi gelai,khasi gel chhal,khasal}",
    ),
    "burn": (
        # the burnt hand or back ("haath jaral", "peeth jaral"), the blister ("phokla bhay gel"), the sari that caught
        # fire ("aagi pakdi lelak"). (Not the food that burnt: "roti jaral", "daal jaral" are not_symptoms')
        "{haath,hath,paer,pair,peeth,pith,aangur,ungli,hatheli,chehra,muh,deh,chamra} {jaral,jarel,jari gel,jar gel,"
        "jarli,jaral chhai}",
        "{phokla,fokla} {bhay gel,bhel,padal,pari gel,bhelai,aabi gel}",
        "aagi {pakdi lelak,pakad lelak,pakdi lel,lagi gel,lag gel}",
    ),
    "swelling": (
        SWELL_SITES + " {seho ,bhi ,sab ,ek taraf ,dunu ,dono ,}" + SWOLLEN,
        "{laal,lal} {aa,aur,o} " + SWOLLEN, SWOLLEN + " {aa,aur,o} {laal,lal}",
    ),
    "back pain": (
        "{kammar,kamar} {me ,mein ,}{dard,dukhait,dukhai,dukhat}", "{pet,pet aa,pet aur} kammar {me ,mein ,}dard",
        "kammar {me ,}halka dard",
    ),
    "abdominal pain": ("{pet aa,pet aur} {kammar,kamar} {me ,mein ,}dard",),
    "knee pain": ("{thehuna,thehun,thehuna me} {dard,dukhait,dukhai}", "thehuna {me ,mein ,}dard"),
    "leg pain": ("{paer,gor,godwa} {me ,mein ,}dard", "{paer,gor} {dukhait,dukhai}"),
    "joint pain": ("{haath,hath,haath paer} ke {jor,jod} {me ,mein ,}dard",),
    "unable to drink": (
        # the breast or the water refused: "dudh nai pibait", "paani nai pibait", "dudh nai pibait achhi"
        "{dudh,doodh,paani,pani,kichhu} " + NOT + " " + _DRINK,
    ),
    "diarrhea": ("{patar,patra,patla} {paikhana,pakhana,latrine,potty}",),
    "constipation": (
        # no stool for days: "paikhana nai bhel", "potty na bhail" (the days told between: "potty 2 din se na bhail")
        "{paikhana,pakhana,potty,poti,latrine} " + NOT + " {bhel,bhelai,bhail,hoit,hot}",
        "{paikhana,pakhana,potty,poti} {1,2,3,4,5,ek,du,do,teen,tin,char} din {sa,se} " + NOT + " {bhel,bhail,bhelai}",
    ),
    "cyanosis": ("{neel,neela,neeli,nila} {pari gel,pad gel,padi gel,bhay gel,bhay jaait,bhel,pad gail}",),
    "lethargy": (
        # gone limp ("dheel pari gel"), only sleeps ("bas sutle rahait"), will not even cry ("kanait bhi nai"),
        # only whimpers when woken ("uthbai chhi ta bas kunmunait")
        "{dheel,dhila,dheela,dheeli} {pari gel,pad gel,padi gel,bhay gel,pad gail}",
        "{bas ,}{sutle,sutal} {rahait,rahaiy,rahait chhai}", "kanait bhi " + NOT, "bas {kunmunait,kunkunait}",
    ),
    "wheezing": ("{sitti,seeti,siti} {baajait,bajait,baajai,bajai}",),
    "seizure": (
        # the arms and legs stiffening ("haath paer ainthait chhai"); "chamki" (the fits of Muzaffarpur's
        # encephalitis, AES) coming on
        "{haath paer,hath paer,haath pair,haath gor,hath gor} {ainthait,ainthai,ainth gel,akad jaat,akad jaait,"
        "akadait}",
        "chamki {aabi rahal,aa rahal,aabait,aabai,aayal,aail}",
    ),
    "loss of consciousness": ("hosh {me ,mein ,}" + NOT + " " + IS, "{bhor me,raati me} {uthal nai,nai uthal}"),
    "slurred speech": ("{bolai,bolait,bole} {me,mein} {dikkat,pareshani,taklif,dikkat chhai}",),
    "dysuria": (
        # a child crying when she passes urine ("peshab karait me kanait"): the burning she cannot name
        "{peshab,pesab} {karait,karai} {me,mein,kaal} {kanait,kanai,kane lagait}",
    ),
    "reduced urine": ("{peshab,pesab} " + NOT + " {utrait,utarait,utrai}",),
    "reduced fetal movement": ("{bachcha,bachha,baccha} " + NOT + " {dolait,dolai,dolait chhai}",),
    "difficulty swallowing": ("{ghotai,ghontai} {me ,mein ,}{dard,dikkat,taklif}", "{ghotai,ghontai} " + NOT
                              + " {paabait,pabait,sakait}", "{ghotai,ghontai} {me ,}{thora,thoda} dard"),
    "sore throat": ("{gala,gla} {me,mein} {khraas,kharas,kharaas,khich khich}",),
    "weight loss": ("{dubar,dubla,dubra,dubala} {bhel,bhay,bhel jaait,bhel jaait chhai,hot jaat,hot jaat ba}",),
    "loss of interest": ("{kono,koi} {kaaj,kaam} {me,mein} {mon,man,mann} " + NOT + " {lagait,lagai,lagat}",),
    "suicidal thoughts": ("marai ke {mon,man,mann}",),
    "insomnia": ("{neend,nind} " + NOT + " {aabait,aabai,aawe,aawat,aabe}",),
    "blurred vision": ("{aankh,ankh} {me ,mein ,}{dhundh,dhundhla,dhundhlaa}",),
    "dog bite": ("{kukur,kutta} {muh,mooh,haath,paer,gor} {nochi,noch} {lelak,lihlas,lelkai}",),
}
