"""Maithili (Mithila: Darbhanga, Madhubani, Saharsa) and Magahi (Gaya, Patna, Nalanda), in Latin letters as a
labour-room nurse and a PHC's OPD type what the mothers and families say: the verb's habitual and progressive in
"-ait" ("pibait", drinks; "kanait", cries; "bolait", speaks; "ainthait", goes stiff), its perfect in "-al"/"-ail"
("sutal", lying asleep; "jaral", burnt), "gel"/"bhel" (went, became), the copulas "chhai", "achhi", "chhathi", and
"nai" for not (read "nahi" before these patterns see it). The flags these words set are signs_maithili.py's.

terms.py adds these to its own wordings of the same symptom (never replacing them).
"""

from __future__ import annotations

from typing import Final

NOT: Final = "{nahi,nai,nhi,nahin}"
# the copula and the progressive's tail ("chhai", "achhi", "rahal chhai"), or nothing
_IS: Final = "{chhai,chhain,chhaik,achhi,chhathi,chhainh,chhal,chhalai,hai,}"
_BODY: Final = ("{haath,hath,paer,pair,goda,gor,peeth,pet,chhati,muh,munh,chehra,deh,badan,jangh,jaangh,hatheli,"
                "dunu haath,dunu paer,dono haath,dono pair,haath paer,hath paer,haath pair}")

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

# Everyday Maithili and Magahi words the spelling corrector must keep (it read "kahlak", said, as "katlak", bit;
# "bhel" (became) "bhee"; "chamki" (fits) "chamdi", skin; "ainthait" (goes stiff) "ainthan", a cramp; "jakhan"
# (when) "jakham", a wound; "makai" (maize) "makhi", a fly; "maai" (mother) "maar", a beating; "kaile" (having
# done) "kale", black; "gulli" (the stick game's peg) "gulle", a bump; "safai" (the womb's evacuation) "safaid",
# white; "rahait" (stays) "rahat", relief; "kanait" (cries), "bolait"/"bolai" (speaks), "dunu" (both), "sutal"
# (lies asleep), "khulait" (opens), "marai" (to die), "kahait" (says) each into another word or two).
EVERYDAY: Final = frozenset("""
bhel bhelai bhelaik kahlak kahlakai kahait chamki ainthait ainthai jakhan makai maai kaile kaili gulli safai
rahait kanait bolait bolai dunu sutal sutle khulait marai karbelak karaulak kakhano patar dolait bahait thehuna
paabait lagait pakal chhilal putli hapta pibait jaral
""".split())
