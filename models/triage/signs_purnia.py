"""Round 22's danger signs as a PHC's medical officer in Purnia and Katihar (north-east Bihar) hears them: Surjapuri,
the Bengali-like speech of Kishanganj and Purnia ("chhaowa", a child; "korche", is doing; "khay na", does not
eat; "daakle", when called), Maithili ("nena", a baby; "thor", the lips; "khasi parlaah", fell down) and the
Bhojpuri-Hindi of the plains ("baadan", is; "naikhan", is not; "khaulat", boiling).

Wordings of danger signs the rules already read under a symptom or a flag, each told as the families told them:
IMCI's severe dehydration (eyes gone in, only drowsing, will not drink when given), ETAT's convulsion (hands and
feet pulling, told with a hyphen), a neck that will not bend with nonsense talk and a face not known (meningitis),
work in the sun then nonsense talk (heat stroke), an elder who does not answer when called (reduced consciousness),
a baby's lips going blue when he coughs, a boiling pot spilt over a child's chest and belly (a major scald), rat
poison swallowed told in Surjapuri, and a fall with the dark before the eyes (a faint's warning, the palpitations
rule's). The signs' words are kept from the spelling corrector by EVERYDAY (normalise.lexicon_vocabulary).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

NOT: Final = "{nahi,nai,nhi,na,naikhe,naikhan,nakhan}"
_EYES_BN: Final = "{chokh,chok,chokh duto,chokh du to}"
_CALLED_BN: Final = "{daakle,dakle,daaklei,daakleo,dakleo,daka dile,daak dile}"
_ANSWER_BN: Final = "{shara,sara,saara,sharab,sharaa,uttor,jawab,jobab}"
_HANDS_FEET: Final = ("{haat-pa,haat-paa,hat-pa,hat-paa,haath-paa,haath-pa,haath-gor,haath gor,haat gor,haat-gor,"
                      "haath-god,haath god,hath-gor,hath-god}")
# (Bhojpuri's and Maithili's pulling too, "haath-gor khichat ba"; a twisting, "ainthat", may be a cramp's)
_PULLING: Final = ("{khichche,khichchhe,khinchche,khichhe,khichai,khichait,khinchait,khichat,khinchat,tene dhorche,"
                   "benke jacche}")
_CONFUSED_WORDS: Final = ("{ulta-seedha,ulta seedha,ulta-sidha,ulta sidha,ulta-pulta,ulta pulta,ulta-palta,"
                          "ulto-palta,ulto palto,ulta palta}")
_SPEAKS: Final = ("{bolat,bolait,bolta,bolti,bolche,bolchhe,bokche,bol rahal,bol raha,bol rahi,bakat,bakait,"
                  "baklaah,bolai chhathi,bolait chhathi}")

PURNIA_SIGNS: Final[dict[str, Sign]] = {
    # --- IMCI severe dehydration, in Surjapuri: the eyes gone in, only drowsing, will not drink when given ---
    # the eyes gone inside ("chokh bhitore dhuke gelo", "chokh bhitor e bose gechhe"): sunken eyes
    "pu_sunken_eyes": Sign(("sunken eyes",), (
        _EYES_BN + " {bhitore,bhitre,bhitor e,bhitor,bhetore} {dhuke,dhuki,dhuke jay,bose,boshe,bose jay} "
        "{gelo,gechhe,geche,gele,jacche,jachhe,gelai,gel}",
    )),
    # only drowsing ("khali jhimachhe": Surjapuri's present of Bengali "jhimano"; the corrector splits it as "jhim
    # achhe"): IMCI's lethargic child
    "pu_drowsing": Sign(("lethargy",), (
        "{khali ,shudhu ,sudhu ,sara din ,}{jhimachhe,jhimacche,jhimachche,jhimochhe,jhimaay,jhimay,jhim achhe}",
        "{khali,shudhu,sudhu} {ghumachhe,ghumacche,ghumochhe,ghumocche,ghumaay,ghumay}",
    )),
    # water given and not drunk ("paani dile bhi khaay na", "dudh dile o khay na"): IMCI's not able to drink; a
    # child who drinks eagerly ("hap-hap kore khay") is some dehydration, not this
    "pu_not_drinking": Sign(("unable to drink",), (
        "{paani,pani,jol,dudh,doodh,ors} {dile,dileo,dile o,dile bhi,debar por} {bhi ,o ,}{khaay na,khay na,khae na,"
        "khete pare na,khete parche na,khachhe na,khacche na,ne na,tane na}",
    )),
    # --- ETAT convulsions: the hands and feet pulling, told with a hyphen ("haat-paa khichche"; the corrector reads
    # "paa" as "pa"); signs_bengali.bn_seizure has the words apart ---
    "pu_fit": Sign(("seizure",), (
        _HANDS_FEET + " " + _PULLING,
    )),
    # --- meningitis (WHO, NICE NG240): the neck that will not bend forward, told in Bhojpuri ("gardan aage jhuka na
    # pawat"); terms_maithili and terms_bihar have the Maithili's and Hindi's ---
    "pu_neck_stiff": Sign(("neck stiffness",), (
        "{gardan,gardaan,gala,ghaar,ghaad} {aage,niche,neeche,samne} {jhuka,jhuk,jhukawe,jhukaawe,mod,mud,mor} "
        "{na,nai,nahi,naikhe} {pawat,paawat,paavat,pawata,paawe,pawe,sakat,sakela,pa rahal,paa rahal,paabait}",
        # the neck gone stiff in Bhojpuri and Maithili ("gardan akdal ba"), as Hindi's "gardan akad gayi" (terms.py)
        "{gardan,gardaan} {akdal,akad gail,akad gel,akdait,akdaail,akdayil,jakdal,jakad gail} {ba,baa,chhai,achhi,"
        "baadan,baadi,}",
    )),
    # nonsense talk ("ulta-seedha bolat baadan", "kotha ulta-palta"): the confusion the words apart already read
    "pu_nonsense_talk": Sign(("confusion",), (
        _CONFUSED_WORDS + " " + _SPEAKS,
        "{kotha,kothao,baat,bolna} " + _CONFUSED_WORDS,
    )),
    # a face not known ("hamra ke chinhat naikhan", "hamra chinhait nai chhathi"): disorientation
    "pu_not_knowing": Sign(("confusion",), (
        "{hamra,hamara,humra,hamar,ham,hamke,hamra ke,apna log ke,ghar ke log ke,maay ke,keu ke,kauke} {ke ,}"
        "{chinhat,chinhait,chinhta,chinhe,chinche,chinchhe,pahchanat,pahchanait,pahchan} " + NOT,
    )),
    # --- heat stroke (NDMA heat action plan): work in the sun at a brick kiln or a field ("rode bhaata kaam korte
    # korte pore gelo"; "rode" is Surjapuri's "in the sun", "bhaata" the kiln, read by the corrector as "bhaat") ---
    "pu_sun_work": Sign((), (
        "{rode,rodde,roude,rode rode,ghame,dhoop me,dhup me} {bhaata ,bhata ,bhaat ,bhatta ,khete ,khet e ,mathe ,"
        "maathe ,}{kaam,kam} {korte,korchhilo,korchhe,kortei,kore,karait,karat}",
        "{bhaata,bhatta,int bhatta,eent bhatta} {e ,er ,me ,}{kaam,kam} {korte korte,karait kaal,karat ghari}",
    ), flag="heat_exposure"),
    # --- reduced consciousness (AVPU): an elder who sleeps and does not answer when called (Surjapuri "daakle shara
    # dey na", the corrector reads "shara" as "sharab") ---
    "pu_no_answer": Sign(("lethargy",), (
        _CALLED_BN + " {bhalo kore ,bhalo ,thik kore ,}" + _ANSWER_BN + " {dey na,day na,deyna,dichhe na,dicche na,"
        "dey ni,de na}",
    ), flag="hard_to_rouse"),
    # --- a baby's lips going blue as he coughs ("thor nila bha jaait chhai"): cyanosis (IMCI: a young infant's
    # central cyanosis, pertussis' spells) ---
    "pu_blue_lips": Sign(("cyanosis",), (
        "{thor,thot,hoth,honth,thoR} {nila,neela,neel,nil,neeli,nili} {bha,bhay,bhe,ho,pad,pari} "
        "{jaait,jait,jaai,jaay,jaata,jata,gel,gelai,jaai chhai,jaait chhai}",
    )),
    # --- a scald: a boiling pot spilt on a child ("khaulat daal ulat gail ... chhati aa pet par"); extract.py reads
    # its extent from the body's places in the sentence (two places, or the face: a major burn) ---
    "pu_scald": Sign(("burn",), (
        "{khaulat,khaulta,khaulait,khaulal,khaulta hua,ubalta,ubalat,garam,gorom} {daal,dal,paani,pani,dudh,doodh,tel,"
        "chai,chaah,cha,maad,maar,bhaat,bhaat ke maad,jol} {ulat,ulta,ulati,gir,khasi,pad,par,ulti} {gail,gel,gaya,"
        "gayi,gelai,gela,gelo,gechhe,geche}",
    )),
    # --- rat poison swallowed, in Surjapuri and Maithili ("indur maara dawa kheyechhe", "musa maara dawai khelak"):
    # poisoning, even if "a little" and well now (zinc or aluminium phosphide, a coumarin: WHO poisoning) ---
    "pu_rat_poison": Sign(("poisoning",), (
        "{indur,idur,ondur,musa,moosa,mus,chuha,chooha} {mara,maara,marar,maarar,mare,maare,maarai,marai} {dawa,dawai,"
        "oshudh,osudh,oshud,bish,bis,goli,biskut,khana,poison} {kheyechhe,kheyeche,kheye feleche,kheye felechhe,khaise,"
        "kheyechhilo,kheye,khelo,khelak,khelaik,khalak,kha lelak,kha lihlas,kha lihalas,kha leli}",
    )),
    # --- a fall in Maithili ("raasta mein khasi parlaah": "khasi" the fall here, not Hindi's cough), and the dark
    # before the eyes ("aankh aage andhaar"): a faint's warning, with palpitations the palpitations rule's ---
    "pu_fell": Sign(("fall",), (
        "{khasi,khas} {parlaah,parlah,parla,parlai,parli,paral,parlaha,parlahu,parlau}",
    )),
    "pu_dark_before_eyes": Sign(("dizziness",), (
        "{aankh,aankhi,ankh} {ke ,}{aage,samne,saamne} {andhaar,andhar,andhariya} {bha gel,bhay gel,chha gel,aayal,"
        "aa gel,chhaa gel,}",
    )),
}

# Surjapuri's and Maithili's words above that the spelling corrector would take for another ("shara", an answer,
# is not "sharab"; "jhimachhe" is one word; "parlaah" a fall)
EVERYDAY: Final = frozenset("""
jhimachhe jhimacche jhimachche jhimochhe ghumachhe ghumacche shara daakle parlaah parlah andhaar khaulat baadan
naikhan chinhat thor rode bhaata indur khichche
""".split())
