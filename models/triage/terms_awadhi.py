"""Awadhi and Bhojpuri (Lucknow, Faizabad, Gorakhpur) wordings of the canonical symptoms, in Latin letters as a
PHC's ANM types a relative's words: the habitual "-at" of a verb ("badan dukhat", the body aches; "ooncha sunat",
hears little), "-awat" ("chal nahi paawat", cannot walk), the going-on "-e rahe" ("laat maarat rahe", kicked), "hoi
gawa" (has become), "bhawa"/"bhaye" (happened) and the feminine plural "-in" ("gir gayin", she fell).

dialect.py reads the auxiliaries ("gawa", "bhaye", "aawa", "hoi") and an unknown "-at"/"-awat" verb as their Hindi
forms before the lexicon reads the text; the verbs the lexicon already knows in their Awadhi form ("dukhat",
"bolat", "lagat", "jaagat": Marathi's and Chhattisgarhi's words too) are named here with their Hindi forms.
terms.py adds these to its own wordings of the same symptom (never replacing them).
"""

from __future__ import annotations

from typing import Final

NOT: Final = "{nahi,nahin,nai,nhi,na}"


def habitual(stem: str) -> str:
    """Every present tense of a verb stem, Awadhi and Hindi: "dukh" is "dukhat", "dukhta", "dukh raha" …"""
    return (f"{{{stem}at,{stem}ta,{stem}ti,{stem}te,{stem} raha,{stem} rahi,{stem} rahe,{stem}at hai,{stem}at ba,"
            f"{stem}at rahe,{stem}at rahi}}")


CANNOT: Final = "{paawat,paavat,paata,paati,paate,paatin,pa raha,pa rahi,pa rahe,paa raha,paa rahi,paa rahe,sakat,sakta,sakti}"

AWADHI_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "body ache": (
        # "pura badan dukhat" (the whole body aches); "sar aur badan dard" (the head and the body ache)
        "{badan,sharir,deh,dehiya} " + habitual("dukh"), "{sar,sir} aur badan {me ,mein ,}dard",
    ),
    "headache": ("{sar,sir} aur badan {me ,mein ,}dard", "{sar,sir,kapaar,kapar} " + habitual("dukh")),
    "knee pain": ("{ghutna,ghutne,ghutnwa} " + habitual("dukh"),
                  # the knees and the calves ache together ("dono ghutne aur pindli dukhat"): both sites
                  "{ghutna,ghutne} aur {pindli,pindliyan,pair,jaangh} " + habitual("dukh")),
    "leg pain": ("{ghutna,ghutne} aur {pindli,pindliyan,pair,jaangh} " + habitual("dukh"),
                 # the thigh's pain, alone or with the hip's ("kulha aur jaangh dard"; the hip alone is not the leg)
                 "{jaangh,jangh} {me ,mein ,}dard", "kulha aur {jaangh,jangh} {me ,mein ,}dard",
                 "{jaangh,jangh,pair,pindli,godwa,gor} " + habitual("dukh")),
    "reduced movement": (
        # "chal nahi paawat" (cannot walk), "wajan nahi de paawat" (bears no weight), "haath hilaawe nahi deta" (will
        # not let the arm be moved). (Not "khadi nahi ho paati", cannot stand: as often the weakness of a dehydration)
        "chal " + NOT + " " + CANNOT,
        "{wajan,vajan,wazan,bhaar,jor,zor} " + NOT + " de " + CANNOT,
        "{hilaawe,hilaane,hilane,hilawe} " + NOT + " {deta,deti,dete,den,det}",  # (not "chhoone": a tenderness)
    ),
    "reduced fetal movement": (
        # the baby in the womb has not moved, told without the belly: "bachcha hilat nahi" (told with it, "pet me hilaa
        # nahi", and the kicks that stopped, are terms_body's)
        "{bachcha,bachha,baccha,bacha,baby} {hilaa,hilat,hilta} " + NOT,
        # round 21, Bhojpuri: the denial before the verb, the past "hilal" ("kaal se bachcha ekdam na hilal", "bachcha
        # na hilat ba", "bachcha dolat nahi"); a newborn's moving little is its own age's (no pregnancy then)
        "{bachcha,bachha,baccha,bacha,baby} {ekdam ,bilkul ,tanik ,}" + NOT + " {hilal,hilat,hilat ba,hilat bate,"
        "dolal,dolat,hilla}",
        "{bachcha,bachha,baccha,bacha,baby} {hilat,dolat} " + NOT + " {ba,bate,hai}",
    ),
    "lethargy": (
        # a baby that only lies there, will not even cry, only sleeps: "bas pada rahat", "roawat bhi nahi",
        # "sota hi rahat"
        "{bas ,}{pada,padi,pade} {rahat,rehta,rahta,rehti,rahti,rahe,rehte}",
        "{roawat,rowat,rovat,rota} bhi " + NOT,  # (not "roti": the bread, "roti bhi nahi khaata")
        "{sota,soti,sovat,sowat} hi {rahat,rehta,rahta,rehti,rahti,rahe,rehte}",
        # round 22: drowsy, told doubled or as a state ("uneendi uneendi", "uneendi si ha"), as a sick person lies
        # (not "uneendi si lag rahi" after a night awake: a want of sleep)
        "{uneendi uneendi,uneenda uneenda,uneende uneende,unindi unindi}",
        "{uneendi,uneenda,uneende,unindi} {si,sa,se} {ha,hai,he,h,rahat,padi,pada,pade,padi hai,pada hai}",
    ),
    "loss of appetite": ("{khaana,khana,khanwa} {bhi ,}chhod {di,diya,diye,dihin,dihis,dele,delas}",),
    "confusion": ("{ulta,ulte} {seedha,sidha,seedhe,sidhe} " + habitual("bol"),
                  # round 21, Bhojpuri and Khortha: "ulta pulta bolat ba", "ulta pulta bolo he" (talks nonsense)
                  "{ulta,ulte} {pulta,pulte,palta} {bolat,bolta,bolti,bol raha,bol rahi,bolo,bole,bolela,bolat ba,"
                  "bolo he,bole he,bakat,bakta,bak raha}",
                  "{bahki,bahki bahki} {baat,baatein} {karat,karta,karti,kar raha,kar rahi,kar rahe}",
                  # round 22: the family not known, with Awadhi's "cannot" ("pehchaan nahi paavat")
                  "{pehchan,pehchaan,pahchan,pahchaan} " + NOT + " " + CANNOT),
    # (will not wake when woken, "jagaawe pe nahi jaagat", is terms.py's loss of consciousness)
    # round 21, Bhojpuri: not waking now ("bihane se jaagat na ba", "na jaagat bate"), Hindi's "jaag nahi raha"; the
    # sleepless "jaagat rahat" (stays awake) has no denial
    "loss of consciousness": ("{jaagat,jagat} " + NOT + " {ba,bate,bani,baadi}",
                              NOT + " {jaagat,jagat} {ba,bate,bani}"),
    "weakness": (
        # the head or the neck that cannot be lifted ("gardan nahi utha paawat"): a krait's paralysis, a floppy child
        "{gardan,gardaniya,sir,sar,mundi} {nahi utha,utha nahi,nahi uthaa,uthaa nahi} " + CANNOT,
    ),
    "shortness of breath": (
        "saans " + NOT + " le " + CANNOT,
    ),
    "difficulty swallowing": (
        "{thook,thuk,khana,paani,kaur} {bhi ,}{nigalat,nigalte,nigalta,nigal,ghont} " + NOT + " {bane,banat,paawat,paata,"
        "pa raha,pa rahi,hot,hota}",
        "{thook,thuk,khana,paani} nigalna {mushkil,mushkil hai,dukhat}",
    ),
    "sore throat": (
        "{gala,gale,galwa} {itna,itni,bahut} dard", "{gala,gale} {khush khush,khus khus,kharab,baith gaya,"
        "baith gayi,bait gaya,baith gail}",
    ),
    "hearing loss": (
        "{ooncha,ucha,uncha,oocha} {sunat,sunta,sunti,sunte,sunai deta,sunai deti,sune}",
        "sunai {band,kam,nahi deta,nahi det,nahi dewat}",  # (typed "sunaai" is corrected to "sunai")
    ),
    "runny nose": ("{naak,nak} {bahat,behta,bahta,beh raha,bah raha,bahe}",),
    "fever": ("badan {tawa,tava,aag} {jaisa,jaise,jaisan} {garam,garm,tapat}",
              # round 21, Bhojpuri: the body hot or burning, told with its verb ("deh tapat ba", "deh garam ba",
              # "dehiya jarat ba"); not the warm water or clothes a body is washed or wrapped in (no verb follows)
              "{deh,dehiya,badan,sharir} {tapat,tapta,garam,jarat,jaral} {ba,bate,bani,hai,rahal ba,lagat ba,lagat,"
              "lag raha,ho gail,ho gail ba}"),
    # round 21, Bhojpuri "piyar" (yellow): the body, the eyes or the skin gone yellow ("deh piyar ho gail", "aankh
    # piyar ba"); a newborn's palms and soles are signs_infant's (the sign of a severe jaundice)
    "jaundice": ("{deh,dehiya,badan,sharir,aankh,ankh,aankhi,chamdi,pura deh,pura badan} {bhi ,sab ,}piyar {ho gail,"
                 "bhail,ho gaya,ba,bate,hai,lagat,dekhat,dikhat,ho gail ba,hoe gelak}",),
    "frequent urination": ("baar baar {pesab,peshab,pishab,susu}",),
    "wound": (
        # pus from the stitches, a nail torn off
        "{tanka,tanke,taanka,taanke,tankwa} {se,me,mein,pe} {peeb,pus,mawaad,paani} {aawat,aata,aa raha,nikalat,}",
        "{nakhoon,nakhun,nakhun} {ukhad,ukhar,ukhaad} {gaya,gayi,gawa}",
    ),
    "palpitations": ("dil dhadakne {lagat,lagta,lagti,lage}",),
    "painful periods": ("{mahina,mahine} ke {samay,time,dino,din} {bahut ,}dard",),
    "swelling": ("{phoolan,phulan,phoolal}",),
    "blood in stool": ("{pakhana,paakhana,latrin,tatti} {ekdum ,bilkul ,}{kaala,kala,kaali} {tarkol,tarkool,kolta,"
                       "dambar,coaltar} {jaisa,jaisan,jaise}",),
    "poisoning": (
        # insecticide or rat poison taken, with Awadhi's "she/they took" ("kha lihin", "pee liye", "kha gayin"):
        # "keeda maar dawaai pee liye", "chuha maar dawa kha lihin"
        "{keeda,kida,keede,kide,keera,chuha,chuhe,chooha} {maar,mar,maara,maarne wali,maarne ki} {dawaai,dawa,dawai,"
        "goli,zeher,zahar,powder} {pee,pi,kha,khaa} {liye,liya,li,lihin,lihis,lihen,gaye,gayi,gawa,gayin}",
        # round 21, Bhojpuri: "the killing one" ("chuha maare wala dawai kha lihlas", "keeda mare wali dawa pi gail")
        "{keeda,kida,keede,kide,keera,chuha,chuhe,chooha,machchhar,makhi} {maare,mare,maar,maarne,marne} {wala,wali,"
        "wale,waala,waali} {dawaai,dawa,dawai,goli,zeher,zahar,powder,cake} {pee,pi,kha,khaa} {liye,liya,li,lihin,"
        "lihis,lihlas,lihalas,lihli,leli,lelas,lelak,gail,gaili,gayil,gaya,gayi,gelak}",
        "{keedamaar,keedemaar,kidamaar} {dawaai,dawa,dawai} {pee,pi,kha}",
    ),
    "weight loss": ("{vajan,wajan,vazan,wazan} {bhi ,}{gira,ghata,ghat gaya,kam ho gaya}",
                    "{vajan,wajan,vazan,wazan} {ghata,ghat gawa,ghat gail}"),
}

# round 22 (words22): an ASHA facilitator's Awadhi from Bahraich and Sitapur, added to the wordings above
_BAHRAICH_TERMS: Final[dict[str, tuple[str, ...]]] = {
    # Awadhi "piraat" (aches): the forehead ("kapaar piraat", a headache), the knees, the shoulder
    "headache": ("{kapaar,kapar,kapaal,sir,sar} {bahut ,jor se ,bahut jor se ,}{piraat,pirat,piraay,piraawat}",),
    "knee pain": ("{ghutna,ghutne,dono ghutna,dono ghutne} {piraat,pirat,piraat hain,piraat ha}",),
    "joint pain": ("{kandha,kandhaa,kandhe} {3 mahine se ,}{piraat,pirat}",),
    # a throat that tickles or aches ("gala khichkhich karat", "gala bahut dukhat"); once sore ("gala kharab raha")
    "sore throat": ("{gala,gale} {thoda ,halka ,}{khichkhich,khich khich,khichkhich karat}",
                    "{gala,gale} {bahut ,thoda ,}{dukhat,dukhta,dukhti,dukh raha}", "gala kharab {raha,rahe,tha}"),
    # a runny nose ("naak bahna", "naak bahat")
    "runny nose": ("{naak,nak} {bahna,bahat,bahait,bah raha,beh raha,bahata,behta,se paani}",),
    # drowsy ("uneendi", "uneende se"): a sleepiness a child or an old man cannot shake off
    "lethargy": ("{uneendi,uneende,uneenda,unindi,uninde}", "{bahut ,}{sovat,sowat} rahat",
                 "jagaao to {phir ,}so {jaat,jaata,jaati}"),
    "itching": ("{bahut ,}{khujlaat,khujlaawat}",),
    # not knowing her own ("pehchaan nahi paavat"), talking nonsense ("bolat hain to ulta seedha")
    "confusion": ("{pehchaan,pehchan,pahchaan} {nahi,nhi,na} {paavat,pawat,paawat}",
                  "{bolat,bolait,bolte} {hain ,hai ,}to ulta {seedha,sidha}"),
    # dying told as a plan ("khud bhi mar jaungi"; "sab khatam kar lenge" with the rope brought in); the passive
    # "jee ke ka karab" (what is the use of living) is signs_mind's death_wish
    "suicidal thoughts": ("khud bhi mar {jaungi,jaunga,jaib,jaibe}",
                          "sab khatam kar {lenge,lebe,lebo,lungi,lunga}"),
    "palpitations": ("dil {bahut ,}{tez ,}{dhadakat,dhadka,dhadke,dhadkat}",),
    "insomnia": ("{neend,nind} {kharab,toot jaati,toot jaat,tut jaati}",),
    "loss of appetite": ("{khana,khaana} {bilkul ,}{nahi,nai} {khaat,khaawat}", "{khana,khaana} pani chhod {diya,diye,"
                         "dihin,dihis}"),
    "numbness": ("{sunnpan,sunn pan,sunpan}",),
    "fever": ("badan bhi garam",),
    "unable to drink": ("{dudh,doodh} {nahi,nhi} {kheench,khinch} {paavat,pawat,paawat}",),
    "fainting": ("gash kha {ke,kar,kai} {gir,gir padin,gir pade,gir padi}",),
}
for _name, _wordings in _BAHRAICH_TERMS.items():
    AWADHI_TERMS[_name] = AWADHI_TERMS.get(_name, ()) + _wordings

# Everyday Awadhi and Bhojpuri words the spelling corrector must keep, each a lexicon word's near miss: "kurta" (the
# shirt) is not "kutta", "socha" (thought) not "sochta", "bichha" (spread, a mat) not "bichhu" (a scorpion), "teerth"
# (a pilgrimage) not "teeth", "tanka" (a stitch) not "tanki", "pilaawat" (giving to drink) not Chhattisgarhi's
# "piraawat" (aches), "bati" (Bhojpuri's "is", Garhwali's "from") not "bate".
EVERYDAY: Final = frozenset("""
socha soche sochin kurta bahan bichha bichhaa bichhaaye chatai chaadar tarkol tanka tanke taanka taanke kuchli kuchal
chaara murh murha gaana gappa bataayein bataawat bataawe chhotka chhotki waha teerth khaate bhuna dhol rupaya
maad khaansne sambhalte jagaawe hilaawe chalawat chalaate uthaawat roawat nigalat pilaawat lalten munni
aloo daalat khelat khaaun ghatagat dulhin phoolan lalla lalli
piraat kapaar uneendi uneende khujlaat sunnpan
bati
""".split())
