"""Maithili (Mithila: Darbhanga, Madhubani, Saharsa) and Magahi (Gaya, Patna, Nalanda), in Latin letters as a
labour-room nurse and a PHC's OPD type what the mothers and families say: the verb's habitual and progressive in
"-ait" ("pibait", drinks; "kanait", cries; "bolait", speaks; "ainthait", goes stiff; "phulait", swells), its perfect
in "-al"/"-ail"/"-lak" ("sutal", lying asleep; "jaral", burnt; "fulal", swollen; "kaatlak", bit), "gel"/"bhel" (went,
became), the copulas "chhai", "achhi", "chhathi", "nai" for not, "khasi padal" (fell down: "khasab", to fall, never
the cough of Hindi's "khasi"), "kammar" (the waist), "thehuna" (the knee), "paer" (the leg), "mon" (the mind). The
flags these words set are signs_maithili.py's.

terms.py adds these to its own wordings of the same symptom (never replacing them).
"""

from __future__ import annotations

from typing import Final

NOT: Final = "{nahi,nai,nhi,nahin}"
# the copula and the progressive's tail ("chhai", "achhi", "rahal chhai"), or nothing
_IS: Final = "{chhai,chhain,chhaik,achhi,chhathi,chhainh,chhal,chhalai,hai,}"
_BODY: Final = ("{haath,hath,paer,pair,goda,gor,peeth,pet,chhati,muh,munh,chehra,deh,badan,jangh,jaangh,hatheli,"
                "dunu haath,dunu paer,dono haath,dono pair,haath paer,hath paer,haath pair}")
_NOT_NA: Final = "{nai,nahi,nahin,na,nay}"
# the going-on and past forms of "is": "fulal chhai", "pibait achhi", "bhay gel chhal"
_IS_TOLD: Final = "{chhai,achhi,chhal,chhathi,chhaith,chhi}"
# swollen, swelling, swells: Maithili "fulal", "fulait", "fula jaait", and Bhojpuri's "phool gail", "phoolal"
SWOLLEN: Final = ("{fulal,phulal,phoolal,fulail,phulail,fulait,phulait,fula jaait,phula jaait,fulait jaait,"
                  "phulait jaait,phool gail,phool gayil,phool gel,fool gail,phool jaat,phool gaeel,phool gail ba}")
# the places a swelling is told of: never the breath ("saans phulait" is a breathlessness) nor the belly ("pet
# phoolal" is a distension)
SWELL_SITES: Final = ("{paer,pair,gor,godwa,muh,mooh,munh,chehra,aankh,palak,haath,baanh,thehuna,ghutna,naabhi,nabhi,"
                      "andkosh,ganth,gaanth,takhna,pindli,kalai,aangur,ungli,jagah,taraf,gaal,honth}")
# fell down ("khasi padal", "khasi padli", "khasi gel chhal"): the patient's fall, told after where from ("chhat par
# sa") or alone
FELL: Final = ("{khasi padal,khasi padli,khasi padla,khasi padlai,khasi padal chhal,khasi padli chhal,khasi pari gel,"
        # round 22: Purnia's "khasi parlai", "khasi parlaah" (he fell), the "r" of "padal" as it is said there
        "khasi parlai,khasi parlaah,khasi parali}")
_DRINK: Final = "{pibait,pibai,piyat,pibaiy,pi paabait,pi pabait}"

MAITHILI_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "seizure": (
        # Bihar's "chamki" (the fits of the summer's encephalitis, "chamki bukhar") told coming: a fit now; the name
        # alone ("chamki bukhar ke tika", its vaccine) is none
        # ("aabi" is read "aati" typed, "abhi" from Devanagari "आबि")
        "chamki {aabi,aati,abhi,aabait,aait,aayal,aaya,aabi gel,aa gel} {rahal,rahi,raha,gel,gelai,chhal,}",
        # the limbs drawn stiff and twisted ("haath paer ainthait chhai", "haath goda ainth gel"): a fit; a calf's
        # cramp ("pindli me ainthan") is signs_care's
        "{haath paer,hath paer,haath pair,hath pair,haath goda,hath goda,deh,sharir} {ainthait,ainthai,ainthal,"
        "ainth gel,ainthi gel,akdait,akad gel,akdal,tanait,tan gel} " + _IS,
    ),
    "lethargy": (
        # a baby who only lies asleep ("bas sutle rahait", "bhari din sutal rahait")
        "{bas,sirf,bhari din,din bhar} {sutle,sutal,sootal,sutali} {rahait,rahai,rahaichh,rahait chhai,rahait achhi,"
        "rahaiya,rahaichhi}",
        # a child who would not wake in the morning ("bhor me uthal nai", Devanagari "भोर में उठल नै")
        "{bhor,bhore,subah,bhinsar} {me,mein,sa,se} {uthal,uthlai,uthlaik,jagal,jaglai} " + NOT,
    ),
    "loss of consciousness": (
        # "hosh me nai chhai" (is not in her senses); "hosh me achhi" (conscious) is none
        "hosh me " + NOT + " {chhai,chhain,achhi,chhathi,chhainh,hai,hain,rahal,chhalai}",
    ),
    "unable to drink": (
        # a baby who does not drink or suck ("dudh nai pibait", "dudh nai pibait achhi"); "dudh kam pibait" (drinks
        # less) and "dudh thik sa pibait" (drinks well) are not this
        "{dudh,doodh,paani,pani,maai ke dudh} {bhi ,}" + NOT + " {pibait,pibai,pibaichh,pibait achhi,pibait chhai,"
        "pib rahal,pibi rahal,pibait chhathi,kheechait,khinchait,chusait}",
    ),
    "diarrhea": ("{patar,patra} {paikhana,pakhana,latrine,dast}",),
    "slurred speech": (
        # trouble speaking ("bolai me dikkat", "bolai me dikkat bhay rahal"): Hindi's "bolne me dikkat"
        "{bolai,bolay,bolaime} me {dikkat,dikat,pareshani,takleef}",
    ),
    "confusion": (
        # not speaking sense now ("theek se bol nahi rahi", "thik sa nai bolait achhi"): the progressive or the
        # present told with its copula; "theek se bol nahi pata" (a child's speech, a habit) is not this
        "{thik,theek} {sa,se} " + NOT + " {bol rahi,bol raha,bol rahe,bol rahal,bolait achhi,bolait chhai,"
        "bolait chhathi}",
        "{thik,theek} {sa,se} bol " + NOT + " {rahi,raha,rahe,rahal}",
    ),
    "burn": (
        # a body part burnt ("dunu haath jaral", "peeth jari gel"): Maithili's "jarab", to burn
        _BODY + " {jaral,jarl,jari gel,jar gel,jarlai,jaral chhai,jarli gel}",
        # clothes caught fire ("saari me aagi pakdi lelak")
        "{saari,saree,sari,kapda,kapra,dhoti,chunni,dupatta,ghagra} me {aagi,aag} {pakdi,pakad,lagi,lag} {lelak,"
        "lelkai,lelai,gel,gelai,liya,lel}",
        # the hot rice-starch poured off the rice, fallen on a child ("bhaat ke maar paer par khasi gel"); the
        # rice-water stool ("chawal ke maar jaisa dast") is no burn: the fall on a body part is told
        "{bhaat,bhat,chawal,chaawal} ke {garam ,khaulait ,}{maar,maad,mand} " + _BODY + " {par,pe,me} {khasi,gir,"
        "pari,padi,khas} {gel,gelai,gaya,gayi,padal,padli}",
    ),
    "cyanosis": (
        # lips that look blue ("hoth thoda neela lagta hai", "hoth neel lagait chhai")
        "{hoth,honth,hont,thor} {thoda ,halka ,bahut ,}{neela,nila,neel,neeli,nili} {lagta,lagti,lagai,lagait,"
        "laagait,lagaichh,pari gel,pad gel,bhay gel,bhay jaait} {hai,chhai,achhi,}",
    ),
    "neck stiffness": (
        # the neck that will not bend forward ("gardan aage jhuk nahi rahi"): Kernig's and Brudzinski's stiff neck
        "{gardan,gala} {aage,niche,neeche} {jhuk,mud,jhukait,mudait} " + NOT + " {rahi,raha,rahal,paabait,pa rahi,"
        "pa raha,hoit,chhai,}",
    ),
    "suicidal thoughts": (
        # the rope taken into a room shut from inside ("rassi lel ke kotha me band chhal", "rassi leke kamre me
        # band thi"): a hanging attempted or prepared
        "{rassi,rassa,dupatta,chunni,saari} {lel ke,le ke,leke,lekar,le kar,lai ke} {kotha,kothari,kamra,kamre,"
        "room,ghar} me band {chhal,chhalai,thi,tha,bhay gel,ho gayi,ho gaya,bhel}",
    ),
}

# round 21 (words21a): the labour room's wordings of the canonical symptoms, added to the ones above
_LABOUR_ROOM_TERMS: Final[dict[str, tuple[str, ...]]] = {
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
        "{dudh,doodh,paani,pani,kichhu} " + _NOT_NA + " " + _DRINK,
    ),
    "diarrhea": ("{patar,patra,patla} {paikhana,pakhana,latrine,potty}",),
    "constipation": (
        # no stool for days: "paikhana nai bhel", "potty na bhail" (the days told between: "potty 2 din se na bhail")
        "{paikhana,pakhana,potty,poti,latrine} " + _NOT_NA + " {bhel,bhelai,bhail,hoit,hot}",
        "{paikhana,pakhana,potty,poti} {1,2,3,4,5,ek,du,do,teen,tin,char} din {sa,se} " + _NOT_NA
        + " {bhel,bhail,bhelai}",
    ),
    "cyanosis": ("{neel,neela,neeli,nila} {pari gel,pad gel,padi gel,bhay gel,bhay jaait,bhel,pad gail}",),
    "lethargy": (
        # gone limp ("dheel pari gel"), only sleeps ("bas sutle rahait"), will not even cry ("kanait bhi nai"),
        # only whimpers when woken ("uthbai chhi ta bas kunmunait")
        "{dheel,dhila,dheela,dheeli} {pari gel,pad gel,padi gel,bhay gel,pad gail}",
        "{bas ,}{sutle,sutal} {rahait,rahaiy,rahait chhai}", "kanait bhi " + _NOT_NA, "bas {kunmunait,kunkunait}",
    ),
    "wheezing": ("{sitti,seeti,siti} {baajait,bajait,baajai,bajai}",),
    "seizure": (
        # the arms and legs stiffening ("haath paer ainthait chhai"); "chamki" (the fits of Muzaffarpur's
        # encephalitis, AES) coming on
        "{haath paer,hath paer,haath pair,haath gor,hath gor} {ainthait,ainthai,ainth gel,akad jaat,akad jaait,"
        "akadait}",
        "chamki {aabi rahal,aa rahal,aabait,aabai,aayal,aail}",
    ),
    "loss of consciousness": ("hosh {me ,mein ,}" + _NOT_NA + " " + _IS_TOLD,
                              "{bhor me,raati me} {uthal nai,nai uthal}"),
    "slurred speech": ("{bolai,bolait,bole} {me,mein} {dikkat,pareshani,taklif,dikkat chhai}",),
    "dysuria": (
        # a child crying when she passes urine ("peshab karait me kanait"): the burning she cannot name
        "{peshab,pesab} {karait,karai} {me,mein,kaal} {kanait,kanai,kane lagait}",
    ),
    "reduced urine": ("{peshab,pesab} " + _NOT_NA + " {utrait,utarait,utrai}",),
    "reduced fetal movement": ("{bachcha,bachha,baccha} " + _NOT_NA + " {dolait,dolai,dolait chhai}",),
    "difficulty swallowing": ("{ghotai,ghontai} {me ,mein ,}{dard,dikkat,taklif}", "{ghotai,ghontai} " + _NOT_NA
                              + " {paabait,pabait,sakait}", "{ghotai,ghontai} {me ,}{thora,thoda} dard"),
    "sore throat": ("{gala,gla} {me,mein} {khraas,kharas,kharaas,khich khich}",),
    "weight loss": ("{dubar,dubla,dubra,dubala} {bhel,bhay,bhel jaait,bhel jaait chhai,hot jaat,hot jaat ba}",),
    "loss of interest": ("{kono,koi} {kaaj,kaam} {me,mein} {mon,man,mann} " + _NOT_NA + " {lagait,lagai,lagat}",),
    "suicidal thoughts": ("marai ke {mon,man,mann}",),
    "insomnia": ("{neend,nind} " + _NOT_NA + " {aabait,aabai,aawe,aawat,aabe}",),
    "blurred vision": ("{aankh,ankh} {me ,mein ,}{dhundh,dhundhla,dhundhlaa}",),
    "dog bite": ("{kukur,kutta} {muh,mooh,haath,paer,gor} {nochi,noch} {lelak,lihlas,lelkai}",),
}
for _name, _wordings in _LABOUR_ROOM_TERMS.items():
    MAITHILI_TERMS[_name] = MAITHILI_TERMS.get(_name, ()) + _wordings

# Everyday Maithili and Magahi words the spelling corrector must keep (it read "kahlak", said, as "katlak", bit;
# "bhel" (became) "bhee"; "chamki" (fits) "chamdi", skin; "ainthait" (goes stiff) "ainthan", a cramp; "jakhan"
# (when) "jakham", a wound; "makai" (maize) "makhi", a fly; "maai" (mother) "maar", a beating; "kaile" (having
# done) "kale", black; "gulli" (the stick game's peg) "gulle", a bump; "safai" (the womb's evacuation) "safaid",
# white; "rahait" (stays) "rahat", relief; "kanait" (cries), "bolait"/"bolai" (speaks), "dunu" (both), "sutal"
# (lies asleep), "khulait" (opens), "marai" (to die), "kahait" (says) each into another word or two). Round 22, of
# Purnia's Maithili and Bhojpuri: "neek" (well, "dudh neek pibait") was "neel" (blue), "nena" (the baby) "nend"
# (sleep), "jaka" (like) "jakad" (stiff), "maay" (mother) "maar", "suii" (the
# injection) "suji" (a swelling), "daur" (running about: "daur-bhaag raha ba") "daura" (a fit).
EVERYDAY: Final = frozenset("""
bhel bhelai bhelaik kahlak kahlakai kahait chamki ainthait ainthai jakhan makai maai kaile kaili gulli safai
rahait kanait bolait bolai dunu sutal sutle khulait marai karbelak karaulak kakhano patar dolait bahait thehuna
paabait lagait pakal chhilal putli hapta pibait jaral
neek nena jaka maay suii daur daurat
""".split())
