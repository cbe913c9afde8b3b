"""Surjapuri (Kishanganj, Purnia, Katihar: the Seemanchal) and the Maithili of its PHCs, in Latin letters as a
medical officer copies the OPD register: Surjapuri leans to Bengali ("chhaowa", the child; "jor", fever; "byatha",
pain; "kaashi", cough; "chokh", the eye; "thot", the lips; "dom", the breath; the verb's "-chhe"/"-che" going-on,
"jhimachhe", dozes; "ghumachhe", sleeps; "gelo", went; "khay na", does not take), Maithili beside it ("khokhi",
cough; "khasi parlai", fell; "sujal chhai", is swollen; "pila bha gel", went yellow; "sust paral", lies limp).
The Bengali words a Kolkata clinic types are signs_bengali.py's; the labour room's Maithili is terms_maithili.py's.

terms.py adds these to its own wordings of the same symptom (never replacing them).
"""

from __future__ import annotations

from typing import Final

# "not" after the verb (Bengali order): "khay na" (does not take), "shara dey na" (does not answer)
_NA: Final = "{na,nai,ni}"

SURJAPURI_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "cough": (
        # Maithili "khokhi" (cough: "khokhi aa bukhar", "sukhal khokhi", a dry cough); never Hindi "khasi", which
        # in Maithili is a fall ("khasi parlai")
        "khokhi", "{sukhal,sukhla,sookhal} khokhi",
    ),
    "fall": (
        # Maithili "khasi parlai" (fell down; "khasab", to fall), told with the person's ending ("parlau", "parlaah")
        "khasi {parlai,parlau,parlaah,parlah,parla,parli,parlak,parlan,parlathi,paral,parali,parlain}",
        # Surjapuri and Bengali "pore gelo" (fell), told after where from ("gaach theke pore gelo")
        "{theke,theika,thike} {pore,pode,pori,pade} {gelo,gelaa,gechhe,geche,galo}",
    ),
    "lethargy": (
        # only dozing or sleeping ("khali jhimachhe", "khali ghumachhe"): Bengali "jhimano", to be drowsy
        "khali {jhimachhe,jhimache,jhimay,jhimaay,ghumachhe,ghumache,ghumaay,ghumay}",
        "{jhimachhe,jhimache}",
        # gone limp ("sust paral chhai", "sust pari gel"); "sust" alone is a tiredness
        "{sust,susta} {paral,padal,pari gel,padi gel,bha gel} {chhai,chhathi,}",
        # a newborn who only sleeps ("bahut sutait rahait")
        "{bahut,bhari din,din bhar} {sutait,sutai} {rahait,rahai} {chhai,}",
    ),
    "unable to drink": (
        # the water or the breast refused ("paani dile bhi khay na", "dudh tane na", does not suck; "dudh chhori
        # delak", has left off the breast)
        "{paani,pani,dudh,doodh} {dile,dileo,dile bhi} {khay,khaay,khaye} " + _NA,
        "{dudh,doodh,mai er dudh} {tane,taane,tanche} " + _NA,
        "{dudh,doodh} {chhori,chhodi,chhod} {delak,delkai,delai,dele}",
    ),
    "sunken eyes": (
        # the eyes gone in ("chokh bhitore dhuke gelo"; Maithili "aankh dhasal")
        "{chokh,chok,aankh} {bhitore,bhitre,bhetore} {dhuke,dhuki,dhukeche,dhukechhe} {gelo,geche,gechhe,}",
        "{chokh,aankh,ankh} {dhasal,dhansal,dhasi gel,dhansi gel,dhaski gel} {chhai,}",
    ),
    "seizure": (
        # the arms and legs jerking ("haat-paa khichche"; Bengali "khichuni", a fit)
        "{haat paa,haath paa,haat pa,hat pa,haat pao,haat-paa,haat-pa,haath-pa} {khichche,khichchhe,khinchche}",
    ),
    "cyanosis": (
        # the lips gone blue: Surjapuri "thot nil hoye gelo", Maithili "thor nila bha rahal"
        "{thot,thont,thor,thoth} {ektu ,}{nil,neel,nila,neela} {hoye gelo,hoye geche,laagche,lagche,bha rahal,"
        "bha jaait,bha jaait chhai,bha gel,bhel}",
        "{thot,thont} {nil,neel}",
    ),
    "jaundice": (
        # the eyes and body gone yellow ("aankh aa deh pila bha gel"): Maithili "bha gel", became
        "{aankh,ankh,deh,chehra,aankh aa deh,aankh aur deh} {pila,peela,piyar,hold,holud} {bha gel,bhay gel,bhel,"
        "bha gail,hoye gelo,hoye geche}",
    ),
    "dark urine": (
        # urine thick like mustard oil ("pesab sarsoo ke tel jaka gaadh")
        "{pesab,peshab} {sarsoo,sarso,sarson} ke tel {jaka,jaisan,jaisa}",
    ),
    "loss of appetite": (
        # the hunger gone ("bhukh ekdam mari gel"), Surjapuri "khide nai" (no hunger)
        "{bhukh,bhookh,bhuk} {ekdam ,}{mari gel,mar gel,mar gail,mari gelai}", "{khide,khida,khidhe} " + _NA,
        # takes nothing ("kichhu khay na")
        "{kichhu,kichu,kuchhu} {khay,khaay,khacche,khachhe} " + _NA,
    ),
    "weight loss": (
        # gone thin ("roga hoye gelo"; Bhojpuri "deh sookh gail", the body dried up)
        "{roga,rogaa} {hoye gelo,hoye geche,hoye gechhe}",
        "{deh,badan,sharir} {sookh,sukh,sookhi,sukhi} {gail,gel,gelai,gayi,gaya}",
    ),
    "swelling": (
        # swollen: Surjapuri "phule gelo" (the cheek, the breast, behind the ear), Maithili "sujal chhai"; never the
        # breath ("dom phule", a breathlessness) nor the belly
        "{gaal,mukh,chokh,buk,kaaner pichhe,kaner pichhe,gor,paa,haat,haath,mukh aar chokh} {phule,fule} {gelo,geche,"
        "gechhe,gelaa}",
        "{sujal,sujhal,sujal chhai,sujal chhaik,sujh jaala,sujh jaait,sujh gel,suj gel,phulal chhai}",
        # a leg grown thick like an elephant's ("mot bha gel, haathipaon jaka": filariasis)
        "{gor,paer,pair,goda} {mot,mota,motaa} {bha gel,bhay gel,ho gail,bhel}",
    ),
    "fever": (
        # Surjapuri "jor" (fever), told with what it does: "jor bhi aache", "jor ektu", "jor kome na"
        "jor {bhi ,}{aache,ache,aase,ase,achhe}", "jor {ektu,olpo,halka}", "jor {kome,komche} " + _NA,
        "{halka ,}jor {aar,aa} {matha,maatha}",
    ),
    "confusion": (
        # talking nonsense ("kotha ulta-palta", "ulta palta bolche"), not knowing her own ("chinhat naikhan")
        "{kotha,katha} {ulta palta,ulta-palta,ulta pulta}", "{ulta palta,ulta-palta,ulta pulta} {bolche,bolchhe,"
        "bolait,bolat,bolait chhathi}",
        "{hamra,humra,hamra ke,hamke} {chinhat,chinhait,chinhe} {naikhan,naikhe,nai chhathi,nai}",
    ),
    "headache": (
        # Bhojpuri "sir fatat" (the head splits), Surjapuri "matha byatha"
        "{sir,sar,matha,maatha} {fatat,phatat,fatal,phatal} {ba,baa,ta,}",
    ),
    "diarrhea": (
        # stool like rice water ("chaaler paanir moto paykhana"), Surjapuri "paykhana" with its many times a day
        "{chaaler,chawal ke} {paanir,paani} moto {paykhana,paikhana}",
    ),
    "reduced urine": (
        # "peshab nai" since the morning, "peshab kom" (little urine)
        "{sokal,bhor,sokale} theke {peshab,pesab} " + _NA, "{peshab,pesab} {kom,kam} {hochhe,hocche,}",
    ),
    "shortness of breath": (
        # Bengali "dom phule" (breath swells: breathless on work), "dom nite parche na" (cannot take a breath)
        "{kaam korte ,hatle ,}dom {phule,phule jaay,phulche}", "dom nite {parche,parchhe,pare} " + _NA,
    ),
    "wound": (
        # Maithili "ghaaw" (a wound), told deep ("gahir ghaaw")
        "{gahir,gahira,gehra,bada} {ghaaw,ghaw,ghao}",
        # the teeth sunk in ("daant gaari gel", "daant dhansi gel"): a bite's puncture
        "daant {gaari,gari,gaadi,gadi,dhansi,dhansal} {gel,gelai,gail}",
    ),
    "burn": (
        # burnt on the griddle ("tawa sa sataa gel"), a boiling dal poured over a child ("khaulat daal ulat gail")
        "{tawa,tawe,chulha} {sa,se,par sa} {sataa,sata,satal,jar,jari} {gel,gelai,gail,gaya}",
        "{khaulat,khaulta,ubalta,garam} {daal,dal,paani,pani,doodh,dudh,tel,chai} {ulat,ulati,gir,pari} "
        "{gail,gel,gaya}",
    ),
    "palpitations": (
        # the chest going dhak-dhak ("chhati dhak-dhak"; "dil dhak-dhak karait rahai")
        "{chhati,chhaati,dil,buk} {dhak dhak,dhak-dhak,dhakdhak,dhok dhok} {karait,karai,kore,}",
    ),
    "difficulty swallowing": (
        # not even the spit goes down ("thook ghotal bhi mushkil"), it pricks when swallowing ("ghotat ghari chubhta")
        "{thook,thuk} {ghotal,ghontal,ghotai,ghontai} {bhi ,}{mushkil,mushkil ba,na hoi}",
        "{ghotat,ghontat,ghotai} ghari {chubhta,chubhat,dard}",
    ),
    "ear discharge": (
        # pus from the ear ("kaan theke pooj aashe"): Bengali "pooj", pus
        "{kaan,kan} {theke,thike} {pooj,puj,puuj,pus} {aashe,ashe,ase,aase,berochhe,beroy}",
    ),
    "hearing loss": ("{ektu ,}{kom,kam} {shone,shune,shoney,shunte pay}",),
    "painful periods": (
        # pain at every period ("mashik er shomoy pet byatha"): Bengali "mashik", the monthly
        "{mashik,masik,maasik} er {shomoy,somoy,samay} {pet byatha,pet e byatha,byatha}",
    ),
    "wheezing": (
        # the breath's noise in the chest ("buke shaasher shobdo")
        "{buke,buk e} {shaasher,shasher,shaas er} {shobdo,shabdo,aawaj}",
    ),
    "nausea": (
        # feeling sick ("bomi bomi laage"), a vomit not come
        "{bomi bomi,bomi-bomi,ulti ulti} {laage,lage,lagche,pay}",
    ),
    "insomnia": (
        # awake all night ("raati bhari jaagal rahait", "raati nai sutait")
        "{raati,raat} bhari jaagal {rahait,rahai}", "{raati,raat} {nai,na} {sutait,sutai}",
    ),
}

# The register's everyday Surjapuri and Maithili words the spelling corrector must keep, and Bhojpuri's "daur"
# (running: "daur raha ba", a child well and running), which it read "daura", a fit
EVERYDAY: Final = frozenset("""
daur
khokhi chhaowa chhaowar jhimachhe jhimache ghumachhe ghumaay parlai parlau parlaah sujal thot khide roga pore
gelo sataa khaulat khichche tane dhasal chinhat naikhan naikhe fatat
""".split())
