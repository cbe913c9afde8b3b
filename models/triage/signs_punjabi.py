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

Also Punjabi wordings of flags the rules already read under their own names (Sign.flag), as a dispensary in Punjab types
them: a spray splashed into the eye (chemical_eye), one calf swollen (swollen_calf: the leg's pain and swelling, a deep
vein thrombosis until shown otherwise), a passive wish to be dead with no plan (death_wish, seen today: the plan and
the act stay suicide_plan's and suicide_risk's), the breathing told fine, and IMCI's well child, playing and eating
(reassurance).
The symptoms' own Punjabi wordings are in terms_punjabi.py.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# Everyday words the spelling corrector must leave as they are (normalise.py): it read "khaas" (special, Hindi and
# Punjabi alike: "koi khaas takleef ni", nothing much wrong) as "khaasi" (a cough). The cough's own "khaas rahi" is
# read by pa_coughing below. "hauli hauli" (slowly) was "hauni".
EVERYDAY: Final = frozenset("""
khaas khass khas khaaas hauli haule
""".split())

_NOT: Final = "{nahi,ni,nai,nhi}"
_BREATH: Final = "{saah,sah,saa,saahn}"
_SIDE: Final = "{khabba,khabbe,khabbi,sajja,sajje,sajji,left,right}"
_SIDE_NOUN: Final = "{pasa,paasa,passa,paase,pase,passe,hath,latt,lat,pair}"

_CHEMICAL: Final = "{spray,dawai,tezaab,tezab,chuna,choona,acid,kirtnashak}"
_INTO_EYE: Final = "{akh,akhan,akhaan,ankh} {ch,vich,wich,mein} {chhitta,chhitte,chhite,chhinta,chhitt} {pai,pe,paya} " \
                   "{gya,gyi,gaya,gayi,geya,gaye}"

PUNJABI_SIGNS: Final[dict[str, Sign]] = {
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
    # the cough told as a verb with "khaas" ("khaas rahi hai", "khaas raha lagatar"), khaas being protected above
    "pa_coughing": Sign(("cough",), (
        "{khaas,khas,khass,khaans,khans} {raha,rahi,rahe,rha,rhi,rhe,reha,riha,rehi,ri,re}",
    )),
    "chemical_eye_pa": Sign(("eye pain", "poisoning"), (
        _CHEMICAL + " {da ,di ,}" + _INTO_EYE,
        # the bottle opened first ("spray di bottle di dhakan khol ke akh ch chhitta pai gya")
        _CHEMICAL + " di {bottle,botal,shishi} di {dhakan,dhakkan,dhakkan} khol ke " + _INTO_EYE,
    ), flag="chemical_eye"),
    "swollen_calf_pa": Sign(("swelling", "leg pain"), (
        "{khabbi,sajji,ik,ikk} pinni {sujj,suj} {gyi,gayi,gai,geyi}",
        "{khabbi,sajji,ik,ikk} pinni {sujji,sujj gyi,sujj gayi} {te,ate} {dukhdi,dard,garam,laal}",
    ), flag="swollen_calf"),
    "death_wish_pa": Sign((), (
        "{lagda,lagdi} {ki ,}mar {jaavan,jawan,jaawan,jaan} {taan,ta,tan,te} changa",
        "mar {jaavan,jawan,jaawan} {taan,ta,tan,te} changa",
    ), flag="death_wish"),
    # the breathing told fine ("saah theek aunda"): a sting's or a wheeze's airway answered
    "breath_fine_pa": Sign(("shortness of breath",), ("saah {theek,thik,sahi} {aunda,aaunda,chalda,aa,ae,}",),
                           negated=True),
    "reassurance_pa": Sign((), (
        "khed {reha,rahi,riha,rehi,rehnda,rehndi}", "{dudh ,}roti {kha,khaa} {leanda,lainda,laindi,leandi}",
        "gallan kar {lainda,laindi,lainde}",
    ), flag="reassurance"),
}
