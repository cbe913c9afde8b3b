"""Malwa Punjabi wordings (in Latin letters) of the danger signs an elder's family brings to a dispensary, written
from the language: the breath that will not come ("saah nahi aunda", "saah chadeya"), a
sentence that cannot be finished for it ("gall poori nahi hundi"), lips gone blue ("bulh neele pai gaye"), the
stroke's tongue that catches ("jeebh atakdi") and speech not clear ("bol saaf nahi hunda"), one side gone numb
("khabba pasa sunn"), the chest squeezed ("chhati ghutti gayi"), too weak to stand ("khada nahi hunda"), an elder
who has not woken since morning ("subah ton uthde nahi"), and a black sticky stool (melaena: "latrine kaali
chipchipi", Hindi and Punjabi alike).

Merged into signs.SIGNS; a wording of a danger sign named elsewhere sets that sign's flag (``flag``). The face's
droop and the limb that will not lift are read by pipeline._stroke_patterns from lexicon's Punjabi sides
("sajja", "khabba"), side nouns ("pasa") and verbs ("chakkeya nahi janda").
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# Everyday words the spelling corrector must leave as they are (normalise.py): it read "khaas" (special, Hindi and
# Punjabi alike: "koi khaas takleef ni", nothing much wrong) as "khaasi" (a cough)
EVERYDAY: Final = frozenset("""
khaas khass khas khaaas
""".split())

_NOT: Final = "{nahi,ni,nai,nhi}"
_BREATH: Final = "{saah,sah,saa,saahn}"
_SIDE: Final = "{khabba,khabbe,khabbi,sajja,sajje,sajji,left,right}"
_SIDE_NOUN: Final = "{pasa,paasa,passa,paase,pase,passe,hath,latt,lat,pair}"

PUNJABI_SIGNS: dict[str, Sign] = {
    # the breath will not come at all, or has "climbed" (Punjabi saah chadna: breathless)
    "pa_breath_not_coming": Sign(("shortness of breath",), (
        _BREATH + " {bilkul ,uka ,ukka ,}" + _NOT + " {aunda,aaunda,aanda,aundi,aa reha,aa riha,aa rya,laya janda}",
        _BREATH + " {vi ,bhi ,bahut ,bahot ,}{chadeya,chadheya,chadhya,chadya,chadh gaya,chadh gya,chad gaya,"
        "chad gya,charheya,chadda,chadh reha,chadh riha,phulleya,phull gaya,phull gya,phulda}",
    )),
    # breathless after a run or a climb (mimics.effort_breathless): "bus pichhe bhajeya ta saah chadh gya"
    "pa_breath_on_effort": Sign(("shortness of breath",), (
        "{bhajeya,bhajya,bhajje,bhaj ke,bhajde,daudeya,daud ke,nathya,nath ke,pauriyan chadh ke,pauri chadhde,"
        "chadhai chadhde} {ta ,taan ,tan ,te ,to ,}" + _BREATH + " {chadh gya,chadh gaya,chadheya,chadhya,chadh janda,"
        "phull gaya,phulleya,phull janda}",
    ), flag="exertional_pain"),
    # a sentence cannot be finished for the breath (GINA/BTS: talks in words; rules.severe_respiratory_distress)
    "pa_speech_in_words": Sign((), (
        "{gall,gal,baat} {poori,puri,pori,pooree} " + _NOT + " {hundi,hunda,hondi,kar hundi,kar sakda,kar sakdi,"
        "kar honda,kar hondi,hoyi}",
    ), flag="speech_in_words"),
    # lips, face or nails gone blue
    "pa_blue_lips_told": Sign(("cyanosis",), (
        "{bulh,bull,bullh,bulla,bulhan,hoth,honth,hont,nahun,nauh} {neele,neela,neeli,nile,nila,neelay} "
        "{pai gaye,pai gye,pe gaye,pe gye,ho gaye,ho gye,hoye,pai gaye ne,ho gaye ne,pai gayian,ho gayian}",
    )),
    # the stroke's speech: the tongue catches, the words do not come out clear
    "pa_speech_catches": Sign(("slurred speech",), (
        "{jeebh,jeeb,jibh,jeebhan,zubaan,zuban,juban,jubaan} {thodi ,bahut ,bahot ,}{atakdi,atkdi,atak rahi,"
        "atak rahi ae,athakdi,thathldi,thathla rahi,ladkhadaundi,ladkhada rahi,moti ho gayi,bhari ho gayi}",
        # (speech "not clear" told with no change is a toddler's as well: only when it is told new, or beside the
        # face or the hand that went with it, as in the stroke)
        "{achanak,ekdam,ekdum,ajj ton,aj ton,subah ton,savere ton,hun,hunn} {bol,boli,gall,gal} {saaf,saf} " + _NOT
        + " {hunda,hundi,aunda,aundi,nikalda,nikaldi,ho reha,ho rahi,ho riha,nikal reha,nikal rahi}",
    )),
    # one side gone numb, told with a little time between ("khabba pasa ik ghante ton sunn")
    "pa_side_numb": Sign(("numbness",), (
        _SIDE + " " + _SIDE_NOUN + " {ik ghante ton ,adhe ghante ton ,subah ton ,savere ton ,achanak ,}"
        "{sunn,sun,sunn jeha,sun jeha,sunn ho gaya,sunn ho gya,sunn hoya}",
    ), flag="focal_numbness"),
    # the chest squeezed, pressed, gripped
    "pa_chest_squeezed": Sign(("chest pain",), (
        "{chhati,chhaati,chaati,chhatti,chati,seena,sina} {ghutti,ghuti,ghutt,ghut,nappi,nappi gayi,nappi gyi,"
        "jakdi,jakad,jakdi gayi,dabdi,dabb} {gayi,gyi,gai,jandi,rahi,reha,hoyi,}",
    )),
    # too weak to stand (prostration): beside loose stools, severe dehydration's sign
    "pa_cannot_stand": Sign((), (
        "{khada,khadi,khade,khadha} {hun ,hunn ,}" + _NOT + " {hunda,hundi,hunde,ho hunda,ho hundi,ho reha,ho rahi,"
        "ho sakda,ho sakdi}",
        "{hun ,hunn ,}" + _NOT + " {khada,khadi,khade} {hunda,hundi,hunde}",
    ), flag="cannot_stand"),
    # not woken since the morning or the night: an elder who cannot be roused
    "pa_not_woken": Sign(("loss of consciousness",), (
        "{subah,savere,saver,sver,raat,kal raat,kal} {ton,to,tou} {uthde,uthda,uthdi,jaagde,jagde,jaagda,jaagdi,"
        "jaagi,uthe,uthi} " + _NOT,
        "{subah,savere,raat} {ton,to} " + _NOT + " {uthde,uthda,uthdi,jaagde,jaagda,jaagdi,uthe,uthi}",
        "{uthaye,uthaaye,uthaunde,hilaye,hilaunde,jagaye,jagaunde} {vi ,bhi ,}" + _NOT + " {uthde,uthda,uthdi,jaagde,"
        "jaagda,jaagdi,uthe}",
    )),
    # a black, sticky stool (melaena): Punjabi and Hindi "latrine kaali chipchipi"
    "pa_black_sticky_stool": Sign(("blood in stool",), (
        "{latrine,letrin,tatti,potty,pakhana,pakhaana,tatti vi,motion,motions} {ekdam ,ekdum ,bilkul ,}"
        "{kaali,kali,kaala,kala,kaale,kale} {chipchipi,chip chipi,chipchipa,tar varge,tar vargi,taar jaisi,"
        "tar jaisi,kolte varge,kolta jaisi,aa rahi,aundi,aa reha,aunde,ho rahi,hundi,hoyi}",
    ), flag="black_stool"),
}
