"""Wordings that set a clinical flag ("chest indrawing", "vomits everything"), and phrases to ignore."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import CANT, FACE_PART, LIMB, PRONOUN, SIDE


@dataclass(frozen=True)
class Sign:
    """A wording that sets a clinical flag, optionally with symptoms, an implied severity, or a negation."""

    symptoms: tuple[str, ...]
    patterns: tuple[str, ...]
    severity: str | None = field(default=None, kw_only=True)
    negated: bool = field(default=False, kw_only=True)


SIGNS: dict[str, Sign] = {
    "focal_weakness": Sign(("weakness",), (
        "{weakness,paralysis} {of,in,on} {the ,his ,her ,my ,}" + SIDE + " " + LIMB, SIDE + "{-, ,}sided {weakness,"
        "paralysis}",
        SIDE + " " + LIMB + " {is ,are ,}{weak,paralysed,paralyzed,not moving}",
            "weak " + SIDE + " {arm,leg,hand,side}",
        CANT + " {lift,move,raise,use} " + PRONOUN + SIDE + " {arm,hand,leg,side}", "hemipleg{ia,ic}",
            "hemipares{is,tic}",
        "paralysis", "paralys{ed,is}", "paralyzed", "lakwa", "lakva", "laqwa", "falij",
    )),
    "limb_weakness": Sign(("weakness",), ("weakness {in,of} {the ,his ,her ,my ,both ,}{arm,leg,hand,limbs,legs,arms}",
                                          "{arm,leg,hand,legs,arms} {is ,are ,}weak")),
    "focal_numbness": Sign(("numbness",), ("numbness {on,of,in} {the ,}" + SIDE + " side", SIDE + " side {is ,}numb")),
    "vision_loss": Sign(("blurred vision",), (
        "{loss of,lost,lost his,lost her} vision", "vision loss", CANT + " see {anything,at all}", "blind{,ness}",
        "went blind",
    )),
    "vomits_everything": Sign(("vomiting",), (
        "{vomit,vomits,vomiting,vomited,throwing up,throws up} everything",
        CANT + " keep {anything,any food,food,water,fluids,liquids,even water} down",
        "{vomiting,vomits} after every {feed,meal,drink}", "sab kuch ulti", "jo bhi {khaye,khata,khati,peeta} ulti",
    )),
    "haematemesis": Sign(("vomiting",), (
        "vomit{ing,ed,s,} blood", "blood in {the ,}vomit", "bloody vomit", "ha{e,}matemesis", "khoon ki ulti",
        "ulti {mein,me} khoon", "coffee ground vomit{,ing}",
    )),
    "bloody_diarrhoea": Sign(("diarrhea", "blood in stool"), (
        "bloody {diarrh{e,oe}a,loose motions,loose stools}", "dysentery", "diarrh{e,oe}a with blood",
        "loose motions with blood",
    )),
    "severe_breathing": Sign(("shortness of breath",), (
        CANT + " breathe", "gasping {for air,for breath,}", "struggling to breathe",
            "breathless {at rest,even at rest}",
        CANT + " {speak,talk} in {full ,}sentences", "saans nahi aa rahi", "saans ruk {rahi,gayi}",
        "{can,could} only {say,speak,talk} {a few,few,one or two,single,one} words",
    ), severity="severe"),
    "chest_indrawing": Sign(("shortness of breath",), (
        "{lower ,}chest {wall ,}{in-drawing,indrawing,in drawing}", "chest {is ,}{pulling,sucking,going,sinking} in",
        "ribs {are ,}{pulling,sucking,showing} in", "{subcostal,intercostal} recession{,s}", "retractions", "grunting",
        "nasal flaring", "pasli chal{na,ti,ti hai,rahi}", "pasliyan andar",
    )),
    "stridor": Sign(("shortness of breath",), ("stridor", "noisy breathing")),
    "choking": Sign(("shortness of breath",), (
        "chok{ing,ed}", "something stuck in " + PRONOUN + "throat", "foreign body in {the ,}{throat,airway}",
    ), severity="severe"),
    "asthma_attack": Sign(("wheezing", "shortness of breath"), ("asthma attack", "attack of asthma")),
    "chest_radiation": Sign((), (
        "{radiating,going,spreading,moving,shooting} {to,into,down,towards} " + PRONOUN + "{left ,}{arm,jaw,"
        "shoulder,neck}",
    )),
    "thunderclap": Sign((), ("worst headache {of {my,his,her} life,ever}", "worst ever", "thunderclap")),
    "face_swelling": Sign(("swelling",), (
        "swollen " + FACE_PART, FACE_PART + " {is ,are ,}{swollen,swelling,swelling up,puffy,puffed up}",
        "swelling {of,in,on} " + PRONOUN + FACE_PART, FACE_PART + " and " + FACE_PART + " {swelling,swollen,"
        "swelling up}",
        "angio{-,}{o,}edema", FACE_PART + " swell{ing,ed}",
    )),
    "allergen": Sign((), (
        "{bee,wasp,hornet,insect} sting", "stung by {a ,}{bee,wasp,hornet,bees,wasps}", "allergic reaction",
        "anaphylaxis",
        "after {an ,the ,}{injection,penicillin,antibiotic,antibiotics}",
    )),
    "envenomation": Sign((), ("scorpion {sting,bite}", "stung by a scorpion", "scorpion", "bichhu", "bicchu", "bichu")),
    "purpura": Sign(("rash",), (
        "{small ,tiny ,}purple {spots,rash,patches} {that {don't,do not,doesn't,does not} fade,}",
        "non{-,}blanching {rash,spots}",
        "{rash,spots} that {don't,do not,doesn't,does not,won't,will not,dont,doesnt} {fade,go away,disappear,blanch}"
        "{ when pressed, with a glass, under a glass, on pressing, when pressed with a glass,}",
        "{doesn't,does not,dont,doesnt} {fade,blanch,go away} {when pressed,with a glass,under a glass,on pressure}",
        "glass test",
        "petechia{e,l}", "petechial rash", "purpura",
    )),
    "skin_pinch_slow": Sign((), (
        "skin pinch {goes back ,}{very ,}slow{,ly}", "skin {goes back,returns} {very ,}slowly",
        "{slow,very slow} skin pinch",
        "{reduced,decreased,poor} skin turgor", "skin turgor {reduced,decreased,poor}",
    )),
    "shock_signs": Sign((), (
        "cold {hands,feet,extremities,hands and feet}", "{weak,thready,feeble} pulse",
        "pulse {is ,}{weak,thready,feeble}",
        "capillary refill {delayed,slow,prolonged}", "{pale,cold} and {sweaty,clammy,cold}", "mottled skin",
    )),
    "cold_clammy": Sign(("sweating",), ("cold and clammy", "clammy and cold")),
    "heavy_bleeding": Sign(("bleeding",), (
        "spurting {blood,}", "blood spurting", "{bleeding,blood} {won't,will not,doesn't,does not,not} stop{,ping}",
        "{bleeding,blood} {is ,}not stopping", "pouring blood", "soaked in blood", "bahut khoon",
        "{blood,bleeding} {is ,}{gushing,pouring,flowing} {out,}", "bleeding {heavily,profusely,badly,a lot}",
    ), severity="severe"),
    "head_injury": Sign((), (
        "head injury", "concussion", "{hit,hurt,banged,injured,bumped,struck} " + PRONOUN + "head",
        "{fell,fall,falling} on " + PRONOUN + "head",
        "blow to the head", "{sir,sar} {par,pe,mein} chot",
    )),
    "trauma": Sign((), (
        "accident", "rta", "road traffic accident", "hit by {a ,}{car,bus,truck,bike,vehicle,motorcycle,tractor}",
    )),
    "fracture": Sign((), (
        "fracture{,d}", "broken {arm,leg,bone,wrist,ankle,hand,hip,collarbone}", "bone {sticking out,broken}",
        "deformed {arm,leg,limb}", "haddi toot {gayi,gai,gaya}",
    )),
    "deep_wound": Sign(("cut",), ("deep {cut,laceration}", "gaping cut")),
    "deep_open_wound": Sign(("wound",), ("deep wound", "gaping wound", "{bone,fat} {visible,showing}")),
    "electrical": Sign((), (
        "electric shock", "electrocut{ed,ion}", "live wire", "current {laga,lag gaya,lagi}", "bijli ka jhatka",
        "lightning",
    )),
    "drowning": Sign((), ("drown{ing,ed}", "near drowning", "pulled out of {the ,}water", "doob gaya")),
    "ruptured_membranes": Sign(("vaginal discharge",), (
        "{water,fluid,waters,liquid} {leaking,leak,broke,broken,is leaking,coming out,gushing}",
        "leaking {water,fluid,liquor}",
        "waters {have ,}broken", "{bag of waters,water bag} {broke,burst}", "rupture of membranes",
    )),
    "overdose": Sign(("poisoning",), ()),  # "took 20 tablets": see extract.OVERDOSE_RE
    "lay_stroke": Sign(("weakness",), ("stroke", "paralysis attack", "brain attack",
    "lakwa {maar gaya,ho gaya,pad gaya}")),
    "testicular_pain": Sign((), (
        "{pain,swelling,ache} in {the ,his ,my ,}{testicle,testicles,testis,scrotum,balls}",
        "{testicle,testicles,testis,scrotum,scrotal,balls} {pain,swelling,swollen,painful,hurting,hurts,ache}",
        "{painful,swollen} {testicle,testicles,scrotum}", "torsion", "andkosh {mein ,}{dard,sujan}",
    )),
    "abdominal_distension": Sign(("swelling",), (
        "{belly,stomach,abdomen,tummy,pet} {is ,}{swollen,distended,bloated,swelling up,hard and swollen}",
        "{swollen,distended,bloated} {belly,stomach,abdomen,tummy}", "pet {phool,phula} {gaya,hua,hai}",
        "abdominal distension",
    )),
    "bilious_vomit": Sign(("vomiting",), (
        "{green,bilious} {vomit,vomiting,vomits}", "vomit{ing,s,ed} {green,bile} {stuff,fluid,liquid,}",
    )),
    "foreign_body": Sign((), (
        "swallowed {a ,an ,the ,}{coin,button,pin,marble,toy,bead,stone,seed,fish bone,bone,nail,screw}",
        "{something,object,seed,bead,insect,stone} {stuck,lodged} in {the ,his ,her ,my ,}{nose,ear,throat}",
        "foreign body in {the ,}{nose,ear,eye}",
    )),
    "button_battery": Sign((), ("{swallowed ,}{a ,}{button battery,battery,magnet,magnets}",)),
    "eye_injury": Sign((), (
        "{hit,injured,poked,scratched,struck} {in ,on ,}{the ,his ,her ,my ,}eye",
        "eye {got ,was ,}{hit,injured,poked,scratched}",
        "eye injury", "injury to {the ,}eye",
        "{something,dust,particle,insect} {went ,}{in,into} {the ,his ,her ,my ,}eye",
    )),
    "chemical_eye": Sign((), (
        "{chemical,acid,lime,chuna,bleach,pesticide} {in,into,splashed in,splashed into,went in,went into} {the ,"
        "his ,her ,my ,}eye{,s}",
        "chemical splash",
    )),
    "lump": Sign((), ("lump{,s}", "mass", "growth", "gaanth", "ganth")),
    "radiating_to_back": Sign((), (
        "{radiating,going,spreading,shooting,boring} {to,into,through} " + PRONOUN + "back",
    )),
    "bulging_fontanelle": Sign((), (
        "{bulging,tense,raised,swollen} {fontanelle,fontanel,soft spot}",
        "{fontanelle,fontanel,soft spot} {is ,}{bulging,tense,raised}",
    )),
    "tetanus_signs": Sign((), (
        "{unable to,can't,cannot,cant} open {his ,her ,my ,the ,}mouth", "lockjaw", "lock jaw", "{stiff,locked} jaw",
        "jaw {stiffness,is stiff,locked}", "trismus", "tetanus",
    )),
    "wound_infection": Sign((), (
        "pus", "{infected,septic,discharging} {wound,ulcer,cut,bite}", "wound {is ,}{infected,discharging,smelly}",
        "{red,hot} and {swollen,hot,red} around {the ,}{wound,cut,bite}",
    )),
    "arm_jaw_pain": Sign((), (
        "{pain,ache,heaviness} in {the ,his ,her ,my ,}{left ,}{arm,jaw,shoulder} {and {the ,}{jaw,arm,neck,"
        "shoulder},}",
        "{left arm,jaw} {pain,ache,heaviness}", "{left ,}{arm,jaw} and {jaw,arm,neck} pain",
    )),
    "hopelessness": Sign((), (
        "life is {useless,pointless,meaningless,not worth living,a burden}",
        "no {point,reason} {in living,to live,living}",
        "better off dead", "{wish,wishes} {he,she,i} {was,were} dead", "{nothing,no one} to live for",
        "burden on {the ,}family",
    )),
    "peritonism": Sign((), (
        "{abdomen,belly,stomach,tummy} {is ,}{hard,rigid,board-like,like a board} {like {a ,}board,}", "rigid abdomen",
        "board{-, }like {abdomen,rigidity}", "guarding", "rebound tenderness",
    )),
    "cold_baby": Sign((), (
        "{cold,cool} to {the ,}touch", "{body,baby,skin,child} {is ,feels ,}{very ,}cold",
        "{weak,floppy,limp} and cold",
        "very cold", "{thanda,thandi} {pad gaya,pad gayi,hai}",
    )),
    "inconsolable_crying": Sign((), (
        "{continuous,continuously,inconsolable,inconsolably,excessive,constant,nonstop,non-stop,high-pitched} crying",
        "crying {continuously,inconsolably,nonstop,non-stop,all the time,a lot}", "{won't,will not,wont} stop crying",
        "drawing up {his ,her ,the ,}legs",
    )),
    "nosebleed": Sign(("bleeding",), (
        "nose bleed{,s,ing}", "nosebleed{,s}", "bleeding {from,through} {the ,his ,her ,my ,}nose", "epistaxis",
        "nakseer",
        "{nose,nostril} {is ,}bleeding", "bleeding nose",
    )),
    "bladder_bowel_loss": Sign((), (
        "{loss of,lost,no} {bladder,bowel} control", "{wetting,wet} {himself,herself} {without knowing,}",
        "{can't,cannot,cant} {control,hold} {urine,stool,bladder,bowels}",
    )),
    "drooling": Sign((), ("drool{,ing,s}", "{can't,cannot,cant,unable to} swallow {saliva,spit,his spit,her spit}",
                          "saliva {dripping,drooling}", "muffled voice", "hot potato voice")),
    "dengue": Sign(("fever",), ("dengue{, fever}", "platelets {low,falling,dropping}", "low platelets")),
    "tremor": Sign((), ("shaky", "{shaking,trembling} hands", "hands {shaking,trembling}", "trembling", "tremor{,s}")),
    "reproducible_pain": Sign((), (
        "{when,if} {i ,he ,she ,you ,}{press,presses,pressed,pressing,touch,touched} {on ,}{it,my ribs,the ribs,his "
        "ribs,her ribs,the chest,}",
        "on {pressing,touching,pressure}", "{tender,hurts,painful,sore} to {touch,press}",
    )),
    "dehydration_sign": Sign((), (
        "no tears", "{dry,parched} {mouth,lips,tongue}", "{sunken,depressed} {fontanelle,soft spot}",
    )),
    # Wordings that say a symptom is absent.
    "afebrile": Sign(("fever",), ("afebrile", "{temperature,temp} {is ,was ,}{normal,ok,fine}", "no temperature"),
                     negated=True),
    "vision_normal": Sign(("blurred vision",), ("vision {is ,}{normal,fine,ok,clear}",), negated=True),
    "breathing_normal": Sign(("shortness of breath",), ("breathing {normally,normal,fine,comfortably}",), negated=True),
    "feeding_well": Sign(("unable to drink",), ("{drinking,feeding,breastfeeding,sucking} {well,normally,fine}",),
                         negated=True),
    "alert": Sign(("lethargy",),
                  ("{alert,active,playful}", "playing {normally,well}", "playing and eating {normally,well}"),
                  negated=True),
    "appetite_normal": Sign(("loss of appetite",), ("eating {well,normally,fine}",), negated=True),
}

# Phrases that contain a symptom word but are not one ("cold water", "fit and well").
IGNORED: tuple[str, ...] = (
    "cold {water,drinks,drink,food,weather,season,air,things,wind}", "{feeling,feels,feel} cold", "fit and well",
    "{feels,feeling,looks,is} fit", "fall{,s,ing} asleep",
    "{white ,}patches on {the ,his ,her ,}{tonsils,tongue}", "hair fall",
    "yellow {sputum,phlegm,discharge,mucus,pus,urine}",
    "pale {stools,stool,motions}", "no complaints", "ringing in {the ,}ears", "heart rate", "blood pressure",
    "blood sugar", "blood test{,s}", "blood report", "blood group", "cut down", "cut back", "{eye,ear,nose} drops",
    "chest {x-ray,x ray,xray}", "sugar patient", "{spo2,sats,saturation} of",
)
