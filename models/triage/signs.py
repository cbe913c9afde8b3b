"""Wordings that set a clinical flag ("vomits everything", "black stool"), and SIGNS, which merges them with the
other signs_* modules: the airway's and the breathing's (signs_breathing.py), the reassuring ones (signs_benign.py;
the phrases read as nothing are not_symptoms.py's), a young child's danger signs (signs_child.py), pregnancy's and
labour's (signs_pregnancy.py, signs_labour.py), the mind's (signs_mind.py), injuries' and bites' (signs_injury.py),
and, through signs_later.py, the other languages' wordings and the later rounds' tables (the belly's and the groin's
surgical signs among them)."""

from __future__ import annotations

from dataclasses import replace

from .lexicon import CANT, FACE_PART, LIMB, PRONOUN, SIDE, Sign
from .signs_absent import ABSENT_SIGNS
from .signs_benign import BENIGN_SIGNS
from .signs_breathing import BREATHING_SIGNS
from .signs_child import CHILD_SIGNS
from .signs_hinglish import HINGLISH_SIGNS
from .signs_injury import INJURY_SIGNS
from .signs_mimic import MIMIC_SIGNS
from .signs_mind import MIND_SIGNS
from .signs_later import LATER_SIGNS
from .signs_odia import ODIA_FLAG_WORDINGS
from .signs_pregnancy import PREGNANCY_SIGNS
from .signs_labour import LABOUR_SIGNS

# A bee's, a wasp's or a hornet's sting ("stung by a wasp", "madhumakkhi ne haath pe kaata", Assamese "bhimrul", a
# hornet): an allergen for the anaphylaxis rules, and a sting of its own for a local reaction (minor.local_sting)
STINGS: tuple[str, ...] = (
    "{bee,wasp,hornet,insect,honey bee,honeybee} sting{,s}", "stung by {a ,}{bee,wasp,hornet,bees,wasps,honey bee}",
    "{a ,the ,}{bee,wasp,hornet,honey bee} {stung,has stung,stings}",
    "{madhumakhi,madhu makhi,madhumakkhi,madhu makkhi,tatiya,tatayya,tataiya,bhirad,bhimrul,bhimrool} "
    "{ne kaata,ne kata,ne kaat liya,ne dank mara,ne dank maara,ka dank,}",
    "{madhumakhi,madhu makhi,madhumakkhi,madhu makkhi,tatiya,tatayya,tataiya,bhirad} ne "
    "{haath,hath,pair,paer,ungli,baazu,bazu,kandhe,gardan,peeth,taang,kaan,maathe,gaal} {pe,par,mein,me} {kaata,kata,"
    "kaat liya,kaat diya,dank mara,dank maara}",
)

# cold and sticky hands and feet ("haath pair thande chipchipe"): a shock sign and a sweat at once
_COLD_CLAMMY_LIMBS = ("{haath,hath} {pair,paon,paer} {thande,thanda,thandi} {aur ,}{chipchipa,chipchipi} "
                      "{ho gaye,pad gaye,hain,hai,}")

SIGNS: dict[str, Sign] = {
    "focal_weakness": Sign(("weakness",), (
        "{weakness,paralysis} {of,in,on} {the ,his ,her ,my ,}" + SIDE + " " + LIMB, SIDE + "{-, ,}sided {weakness,"
        "paralysis}",
        SIDE + " " + LIMB + " {is ,are ,}{weak,paralysed,paralyzed,not moving}",
            "weak " + SIDE + " {arm,leg,hand,side}",
        CANT + " {lift,move,raise,use} " + PRONOUN + SIDE + " {arm,hand,leg,side}", "hemipleg{ia,ic}",
            "hemipares{is,tic}",
        "paralysis", "paralys{ed,is}", "paralyzed", "lakwa", "lakva", "laqwa", "falij",
        "{arm,hand} {is ,keeps ,}{drifting,drifts,falling} down", "{arm,hand} drift",
        "{ek,ek taraf ka,ek side ka,daayan,dayan,baayan,bayan,daahina,seedha,ulta,daaen,daayen,baaen,baayen,daen,"
        "baen,dayen,bayen} {haath,hath,pair,baazu,bazu}"
        " {mein jaan nahi,nahi chal raha,nahi uth raha,nahi hil raha,kamzor,sunn,bekaar}",
        "{haath,hath,baazu,bazu,pair} {mein ,}{jaan nahi,taakat nahi,taqat nahi,shakti nahi}",
        "{ek,ek taraf ka,ek taraf ke,daayan,dayan,daahina,baayan,bayan,seedha,ulta,daaen,daayen,baaen,baayen} "
        "{haath,hath} {aur ,}{pair,paon,taang} {kamzor,sunn,bekaar,kaam nahi kar rahe,kaam nahi kar raha}",
        "{ek taraf ke,ek taraf ka,daayan,dayan,baayan,bayan,daaen,daayen,baaen,baayen} {haath,hath} {aur ,}"
        "{pair,paon,taang} {mein,me} {kamzori,kamjori}",
        "{left,right} {leg,foot} {is ,keeps ,}dragging", "dragging {his ,her ,the ,my ,}{left ,right ,}{leg,foot}",
        "{haath,hath,baazu,bazu} {nahi uth raha,nahi uth rahi,nahi utha pa raha,nahi utha pa rahi,uth nahi raha}",
        # a hand gone clumsy on one side (drops the cup, cannot button): a stroke's weakness in lay words
        SIDE + " {hand,arm,leg} {is ,feels ,has become ,became ,gone ,went ,got ,}clumsy",
        "clumsy " + SIDE + " {hand,arm,leg}",
        # round 17: a glass that one hand cannot hold ("left haath se glass nahi pakad pa rahe")
        "{left,right,ek,daayen,dayen,baayen,bayen,ulte,seedhe} {haath,hath} se {glass,gilas,cup,katori,chammach,kuch,"
        "cheez,roti} {nahi,nhi,ni,na} {pakad,pakda,utha,uth,pakadh} {pa,paa} {raha,rahe,rhe,rha,rahi,rhi}",
        CANT + " {hold,grip,lift} {a ,the ,}{glass,cup,spoon,anything} {in,with} {the ,his ,her ,my ,}"
        "{left,right} hand",
        # round 19: an arm of one side that will not lift, with Kannada's "kai" (hand) too ("right kai not lifting"),
        # or a hand of one side that keeps dropping what it holds ("right hand dropped the tumbler twice")
        "{left,right} {kai,hand,arm} {is ,}{not,nt} {lifting,rising,getting up,going up}",
        "{left,right} hand {dropped,drops,dropping,keeps dropping,is dropping} {the ,his ,her ,a ,}{coffee ,tea ,}"
        "{cup,glass,tumbler,spoon,things,everything}",
    )),
    "limb_weakness": Sign(("weakness",), ("weakness {in,of} {the ,his ,her ,my ,both ,}{arm,leg,hand,limbs,legs,arms}",
                                          "{arm,leg,hand,legs,arms} {is ,are ,}weak",
                                          "{arm,leg,hand,legs,arms} {has ,have ,}{gone,went,become,became,got,feels,"
                                          "feel,is feeling} {weak,dead,useless,floppy,limp}",
                                          "dead {arm,leg,hand}",
                                          # round 20: the plural's oblique too ("dono pairon me kamzori")
                                          "{haath,hath,baazu,bazu,pair,taang,pairon,pairo,haathon,hathon,taangon} "
                                          "{aur ,or ,}{pair ,paer ,paon ,taang ,pairon ,}"
                                          "{mein,me} {kamzori,kamjori,kamzoree,kamjoree,kamjor,kamzor}",
                                          "{haath,hath} {pair,paer,paon} kaam nahi kar {raha,rahi,rahe}")),
    "focal_numbness": Sign(("numbness",), ("numbness {on,of,in} {the ,}" + SIDE + " side", SIDE + " side {is ,}numb")),
    "vision_loss": Sign(("blurred vision",), (
        "{curtain,shadow,veil,black curtain} {came down ,coming down ,came ,}{over,across} {part of ,}{my ,his ,her ,"
        "the ,}{vision,eye,sight}",
        "{loss of,lost,lost his,lost her} vision", "vision loss", CANT + " see {anything,at all}", "blind{,ness}",
        "{vision,eyesight,sight} {is ,}going",
        "went blind",
        "{dikhna,dikhai dena,dikhayi dena,dikhai,dikhayi,nazar aana} band {ho gaya,ho gayi,ho gya,hua,hai}",
        "{aankh,ankh,eye} se {dikhna,dikhai dena,dikhayi dena,dikhai,dikhayi} band", "{dikhna,dikhai dena} band",
        "{vision,sight,eyesight} {is ,has ,}{gone,went,lost}",
        "{kuch ,}{dikhai,dikhayi,dikh} nahi {de raha,de rahi,de rahe,raha,rahi,rha,rhi}", "{roshni,nazar,najar} chali {gayi,gai}",
    )),
    # coloured rings around lights: the cornea waterlogged by a raised eye pressure (acute angle-closure glaucoma,
    # with a painful red eye, headache, vomiting), a blur of the eye's own and not a stroke's (rules.EYE_OWN_BLUR);
    # alone, a cataract's or an old eye's
    "haloes": Sign(("blurred vision",), (
        "{seeing ,sees ,}{haloes,halos,rainbows,rainbow rings,coloured rings,colored rings,rainbow circles,"
        "coloured circles,coloured haloes,colored haloes} {around,round} {the ,}{lights,light,bulbs,bulb,lamps,"
        "street lights,headlights,tube light,tubelight}",
        "{seeing ,sees ,see ,}{rainbow,coloured,colored,rainbow coloured,rainbow colored} {rings,halos,haloes,circles}",
        "{haloes,halos}", "seeing rainbows",
        "{bulb,balb,batti,light,roshni,lamp} ke {charon,chaaron} {taraf,or} {rangeen ,satrangi ,indradhanush jaise ,"
        "indradhnush jaise ,}{ghere,gol ghere,chhalle,chhale,daire,rings}",
        "{rangeen,satrangi,indradhanush jaise,indradhnush jaise,rang birange} {ghere,gol ghere,chhalle,chhale,daire,"
        "rings}",
    )),
    # vomit that shoots out (a baby's pyloric stenosis): never a well baby's posseting
    "projectile_vomit": Sign(("vomiting",), (
        "projectile {vomiting,vomit,vomits}", "{vomit,vomits,vomiting} {shoots,shooting,shot} {out,across}",
        "{fuwara,fawara,fountain} {jaisi,jaise,jaisa,ki tarah} {ulti,ultiyan}",
        "{vomiting,vomits} {with force,forcefully}",
    ), severity="severe"),
    "vomits_everything": Sign(("vomiting",), (
        "{vomit,vomits,vomiting,vomited,throwing up,throws up} everything",
        CANT + " keep {anything,any food,food,water,fluids,liquids,even water} down",
        "{vomiting,vomits} after every {feed,meal,drink}", "sab kuch ulti", "jo bhi {khaye,khata,khati,peeta} ulti",
        "{vomiting,vomited,throwing up} {again and again,repeatedly,continuously,non-stop,nonstop,many times}",
        "{persistent,repeated,continuous,recurrent} {vomiting,vomits}", "{keeps,kept} {vomiting,throwing up}",
        "baar baar ulti", "bar bar ulti", "ulti {ruk nahi rahi,band nahi ho rahi}",
        "{ulti,ultiyan,ultiyaan} {nahi,nhi} {ruk,tham} {rahi,raha,rahe,rhi,rha}",
        # a child who brings back all he is given: "jo bhi do ulat deta hai", "sab ulat deta"
        "jo {bhi,vi} {do,de,dein,dete,diya,khilao,pilao,khaye,piye,khave,peeve} {ulat,kadh,kad} {deta,deti,dete,"
        "diya,dinda,dindi,de raha,de rahi}",
        "sab {kuch ,}ulat {deta,deti,dete,diya,dinda,dindi,de raha,de rahi}",
    )),
    "haematemesis": Sign(("vomiting",), (
        "vomit{ing,ed,s,} blood", "blood in {the ,}vomit", "bloody vomit", "ha{e,}matemesis", "khoon ki ulti",
        "ulti {mein,me} khoon", "coffee ground vomit{,ing}",
        "coffee {ground,grounds}",
        # "vomited something like coffee powder", "coffee-coloured vomit"
        "like coffee {powder,grounds,ground,granules,dust}", "coffee {powder,coloured,colored,colour,color,brown} "
        "{vomit,vomiting,vomits,ulti}",
    )),
    # a stool told black, not tarry (iron tablets blacken it too: context.apply_iron_colour); tarry is melaena's
    "black_stool": Sign(("blood in stool",), (
        "black stool{,s}", "black {poo,motions,potty}", "{stool,stools,poo,potty} {is ,are ,}black",
        "{passing ,passed ,}black {stool,stools,motion,motions}", "kala {pakhana,potty,mal}",
    )),
    "bloody_diarrhoea": Sign(("diarrhea", "blood in stool"), (
        "bloody {diarrh{e,oe}a,loose motions,loose stools}", "dysentery", "diarrh{e,oe}a with blood",
        "loose motions with blood",
    )),
    "chest_radiation": Sign((), (
        "{radiating,radiates,going,goes,spreading,spreads,moving,shooting,travels,travelling} {to,into,down,towards} " + PRONOUN + "{left ,}{arm,jaw,"
        "shoulder,neck}",
    )),
    "thunderclap": Sign((), ("worst headache {of {my,his,her} life,ever}", "worst ever", "thunderclap",
                             "{exploding,explosive,bursting} headache", "headache {came ,}out of nowhere",
                             "headache like {being hit,a blow,a thunderclap,an explosion}")),
    # a face puffy on waking (the kidney's oedema, nephrotic syndrome) is not an allergic swelling of the face
    "morning_puffiness": Sign(("swelling",), (
        "{face,eyes,eyelids} {is ,are ,looks ,}{puffy,swollen} {in the morning,every morning,on waking,when "
        "{he,she,i} {wakes,wake} up}", "puffy {face,eyes,eyelids} {in the morning,every morning,on waking}",
        "subah {chehra,aankhein,aankhen,muh} {sooja,suja,phoola,phula} {hota hai,rehta hai,hua}",
    )),
    # swelling in front of or below the ears, that hurts to chew: the parotid (mumps), not a joint or the skin
    "parotid_swelling": Sign(("swelling",), (
        "swelling {in front of,below,under,near} {both ,the ,his ,her ,my ,}{ears,ear}", "mumps", "galsua",
        "{cheeks,jaw} {swollen,swelling} {in front of,below} {the ,both ,}{ears,ear}",
    )),
    "face_swelling": Sign(("swelling",), (
        # a tongue or lips that feel thick or tight are swelling the patient feels before anyone sees it
        "{tongue,lips,lip} {feels,feel,felt,is feeling,are feeling,is,are,getting,got,became,has become} {thick,"
        "heavy,fat,tight,big,too big,funny and thick}", "thick tongue", "{jeebh,jibh,honth} {moti,mota,mote,bhaari,"
        "bhari} {lag rahi,lag raha,lag rahe,ho gayi,ho gaya,ho gaye}",
        "swollen " + FACE_PART, FACE_PART + " {is ,are ,}{swollen,swelling,swelling up,puffy,puffed up}",
        "swelling {of,in,on} " + PRONOUN + FACE_PART, FACE_PART + " and " + FACE_PART + " {swelling,swollen,"
        "swelling up}",
        "angio{-,}{o,}edema", FACE_PART + " swell{ing,ed}",
        # a face puffed up on waking ("subah mooh phula"; "mooh phula ke baitha", sulking, has no time and no verb)
        "{subah,subah se,aaj subah,uthte hi,savare} {mooh,muh,munh,chehra,chehre} {phula,phool gaya,phool gayi,phula hua,"
        "sooja,suja,sooj gaya}",
        "{mooh,muh,munh,chehra} {phool gaya,phool gayi,phula hua hai,sooj gaya,sooja hua hai,suja hua hai}",
        FACE_PART + " {blew up,puffed up,swelled up,got big,got bigger,became big,is big,are big}",
        FACE_PART + " {is ,are ,have ,has ,}{puffed,swollen,swelled} shut",
        "{honth,hont,chehra,aankhein,aankhen,jeebh} aur {honth,hont,chehra,aankhein,aankhen,jeebh,muh} {suj,sooj,phool} "
        "{gaye,gaya,gayi,gai,gye}",
        "{honth,hont,hoth,chehra,chehre,muh,munh,jeebh,jibh,aankh,palak} {suj,sooj,phool,phul} "
        "{gaye,gaya,gayi,gya,gai,gye,"
        "raha,rahe,rahi,gaye hain,gaya hai,gayi hai}",
        "{honth,hont,chehre,munh,jeebh} {par,pe,mein} {sujan,soojan}",
    )),
    "allergen": Sign((), (
        *STINGS, "allergic reaction", "anaphylaxis", "allergic to", "allergy to",
        "after {an ,the ,}{injection,penicillin,antibiotic,antibiotics,antibiotic injection,tablet,medicine}",
        "{injection,dawai,dawa,goli,sui} {ke baad,lene ke baad,lagne ke baad}",
        "{ate,eating,eaten,after eating,after} {some ,}{peanut,peanuts,groundnut,groundnuts,nuts,cashew,cashews,"
        "prawn,prawns,shrimp,shrimps,crab,seafood,sea food,fish,egg,eggs,shellfish}",
        "{prawns,shrimps,crabs,seafood,shellfish,peanuts,cashews} {at,in} {the,a} {wedding,party,dinner,function}",
        "{anda,ande,moongphali,mungfali,moongfali,machhli,machli,jhinga,kaju,badam} {khane ke baad,khaya,khane se,"
        "kha kar,kha ke,khaane ke baad}",
    )),
    # piles or a fissure named: with a few bright red drops of blood for weeks, the surgeon's in turn (minor.py)
    "piles": Sign((), ("piles", "bleeding piles", "piles {with blood,bleeding}", "haemorrhoid{,s}", "hemorrhoid{,s}",
                       "{bawaseer,bavaseer,bawasir,bavasir,bawaseer ki bimari,mulvyadh,mulvyaadh}",
                       "{anal ,}fissure")),
    # a bee's or a wasp's sting, one allergen among others: a local reaction alone is minor (minor.local_sting)
    "insect_sting": Sign((), STINGS),
    # a scorpion's sting: its own rules (rules.py), an emergency in a child or with the venom's signs
    # an erection that will not go (priapism): after a scorpion's sting, its venom; otherwise the urologist's today
    "priapism": Sign((), ("priapism", "{erection,erections} {that ,which ,}{won't,will not,does not,doesn't} "
                                      "{go,go down,settle,subside}", "{painful ,}{persistent,prolonged} erection",
                          "ling {khada,khada hi,sakht} {reh gaya,rehta,hai,ho gaya} {aur ,}{baith nahi raha,}")),
    "scorpion_sting": Sign((), ("scorpion {sting,bite}", "stung by a scorpion", "scorpion", "bichhu", "bicchu", "bichu")),
    "purpura": Sign(("rash",), (
        "{small ,tiny ,}purple {spots,rash,patches} {that {don't,do not,doesn't,does not} fade,}",
        "non{-,}blanching {rash,spots}",
        "{rash,spots} that {don't,do not,doesn't,does not,won't,will not,dont,doesnt} {fade,go away,disappear,blanch}"
        "{ when pressed, with a glass, under a glass, on pressing, when pressed with a glass,}",
        "{doesn't,does not,dont,doesnt,don't,do not} {fade,blanch,go away} {when pressed,with a glass,under a glass,"
        "on pressure}",
        "glass test",
        "petechia{e,l}", "petechial rash", "purpura",
    )),
    "skin_pinch_slow": Sign((), (
        "skin pinch {goes back ,}{very ,}slow{,ly}", "skin {goes back,returns} {very ,}slowly",
        "{slow,very slow} skin pinch",
        "{reduced,decreased,poor} skin turgor", "skin turgor {reduced,decreased,poor}",
    )),
    # cold hands told bare ("haath thande", "hands are cold"): a sign of severe dehydration beside loose stools or
    # vomiting (rules.severe_dehydration), not shock by itself (cold hands in winter)
    "cold_hands": Sign((), (
        "{haath,hath,haath pair,hath pair,haath paon,hath paon} {thande,thanda,thandi,thande ho,thande pad}",
        "{hands,hands and feet} {are ,}{cold,ice cold,very cold}",
    )),
    # too weak to stand (prostration): beside loose stools, a sign of severe dehydration ("khade nahi ho pa rahe",
    # "cannot stand up")
    "cannot_stand": Sign((), (
        "{khade,khada,khadi} {nahi,nhi,nahin,ni} {ho pa rahe,ho pa raha,ho pa rahi,ho paa rahe,ho sakte,ho sakta,"
        "ho sakti,ho paate,ho paata,ho paati}",
        "{can't,cannot,cant,unable to,not able to,too weak to} stand {up,}",
    )),
    "shock_signs": Sign((), (
        "cold {hands,feet,extremities,hands and feet}", "{weak,thready,feeble} pulse",
        "pulse {is ,}{weak,thready,feeble}",
        "capillary refill {delayed,slow,prolonged}", "pale and cold", "mottled skin",
        # (Hinglish: "haath pair thande pad gaye", cold hands and feet)
        "{haath,hath} {pair,paon,paer} {thande,thanda,thandi} {pad gaye,ho gaye,pad gaye hain,ho gaye hain,hain,hai}",
        _COLD_CLAMMY_LIMBS,
    )),
    # sweating as well as a shock sign: "pale and sweaty" must name the sweating too
    "cold_clammy": Sign(("sweating",), ("cold and clammy", "clammy and cold", "{pale,cold} and {sweaty,clammy}",
                                        # round 20: Hindi's cold and sticky ("thande chipchipe"), of the limbs too
                                        # (shock_signs reads those words as well)
                                        "{thande,thanda,thandi} {aur ,}{chipchipa,chipchipi}",
                                        _COLD_CLAMMY_LIMBS)),
    "heavy_bleeding": Sign(("bleeding",), (
        "spurting {blood,}", "blood spurting", "{bleeding,blood} {won't,will not,doesn't,does not,not} stop{,ping}",
        "{bleeding,blood} {is ,}not stopping", "pouring blood", "soaked in blood", "bahut khoon",
        # the Hindi of "the bleeding will not stop" in either order: "khoon nahi ruk raha", "khoon ruk nahi raha"
        "khoon {nahi,nhi} {ruk,tham} {raha,rahi,rha,rhi,pa raha,pa rahi,rahaa}",
        "khoon {ruk,tham} {nahi,nhi} {raha,rahi,rha,rhi,pa raha,pa rahi,rahaa}",
        "{blood,bleeding} {is ,}{gushing,pouring,flowing} {out,}", "bleeding {heavily,profusely,badly,a lot}",
        # round 15: "khoon band nahi ho raha" (the bleeding does not stop), as "khoon nahi ruk raha"
        "khoon {band,bandh} {nahi,nhi} {ho raha,ho rahi,ho rha,ho pa raha,ho pa rahi,hota,hua}",
        # round 20: blood that spurts like a fountain or a squirt ("khun fuchkari jaisa nikal raha": a cut artery)
        "{khoon,khun,lahu} {fuwara,fawara,fuhara,phuwara,pichkari,pichkaari,fuchkari,phuchkari} {jaisa,jaise,jaisi,"
        "ki tarah}", "{blood,bleeding} {is ,}{spurting,squirting,gushing} like a fountain",
    ), severity="severe"),
    # sickle cell disease named ("sickle cell patient", "SS card", "sickle wala"); the sickle that cuts is a tool
    "sickle_cell": Sign((), (
        "sickle cell{,s}", "sickle{-, }cell {disease,anaemia,anemia,patient,card}", "sickler", "{hbss,hb ss,hb-ss}",
        "{ss,sickle} card {holder,hai,he}", "sickle {wala,wali,vala,vali,positive,ka marij,ki marij,ka mareez,"
        "ki mareez,patient,disease,rog,roga,rogi}", "{sikal,sickel,sikle} {cell,sel}",
    )),
    # others at home itch too (scabies): "whole family is itching", "ghar mein sab ko khujli"
    "household_itch": Sign(("itching",), (
        "{whole family,everyone at home,everybody at home,all at home,others at home,his brother,her brother,his sister,"
        "her sister,siblings} {is ,are ,also ,}{itching,scratching,has itching,have itching,also itching}",
        "{ghar mein,ghar me,ghar ke} {sab ko,sabko,sabhi ko,sab} {khujli,kharish}",
        "{sab ko,sabko,sabhi ko} {bhi ,}{khujli,kharish} {hai,ho rahi,hoti}",
    )),
    "overdose": Sign(("poisoning",), ()),  # "took 20 tablets": see overdose.OVERDOSE_RE
    "lay_stroke": Sign(("weakness",), ("stroke", "paralysis attack", "brain attack", "mini stroke",
    "lakwa {maar gaya,ho gaya,pad gaya}")),
    # a family's fear of a stroke ("brought him thinking stroke", "scared he got paralysis") is what they fear, not a
    # weakness they saw: an emergency still (rules.stroke_signs) unless the complaint tells the numbness's own
    # harmless cause and the strength or face intact (conditions.numbness_own_cause)
    "feared_stroke": Sign((), (
        "{thinking,thinks,thought,scared,afraid,worried,fearing} {it is ,it's ,}{a ,}{stroke,paralysis,lakwa}",
        "{scared,afraid,worried,thinks,thought} {he,she} {got,has,had} {a ,}{stroke,paralysis}",
        "{worried,scared,afraid} {of,about} {a ,}{stroke,paralysis}",
        "{lakwa,stroke,paralysis} {ka ,}{dar,shak} {hai,}",
    )),
    # the body overheated (hot, confused, no longer sweating): the longer phrase wins over "stroke", a brain's
    "heat_stroke": Sign((), ("{heat,sun} stroke", "heatstroke", "sunstroke", "heat{ ,-}stroke", "loo {lagna,lag gayi,"
                             "lag gai,lagi} {aur ,}{behosh,behoshi,ulta seedha bol}")),
    # worn out (in labour, a labour gone on too long: rules.prolonged_labour); the Hinglish in signs_hinglish.py
    "exhausted": Sign(("fatigue",), (
        "exhausted", "exhaustion", "worn out", "no strength left", "{too tired,no strength} to push",
    )),
    # a swarm's many stings: venom toxicity (haemolysis, kidney failure) beside anaphylaxis, worst in a child
    "multiple_stings": Sign((), (
        "{many,multiple,several,lots of,dozens of,hundreds of,numerous} {bee ,honey bee ,wasp ,hornet ,}{stings,bites}",
        "{bee,honey bee,wasp,hornet} {many,multiple,several} {stings,bites}",
        "{stung,bitten,attacked} by {a ,}{swarm,many bees,bees,wasps,hornets,honey bees}",
        "{bee,honey bee,wasp,hornet} {swarm,attack}",
        # round 15: "many bees stung him", "a swarm of wasps attacked"
        "{many,several,lots of,a swarm of,swarm of} {bees,wasps,hornets,honey bees} {stung,attacked,bit}",
        "{madhumakhi,madhu makhi,madhumakkhi,madhumakkhiyon,madhumakhiyon,makhiyon,makkhiyon,tatiya,tatiye,bhid,"
        "bhirh} ne {bahut,kai,bahut jagah,"
        "kai jagah,poore sharir par,pure sharir pe} {kaata,kata,kaat liya,kat liya,dank mara,dank maara}",
        "{bahut,kai} {madhumakhi,madhumakkhi,makkhiyon,tatiya,tatiye} {ne ,}{kaata,kata,kaat liya,kat liya}",
    )),
    # (flesh that grows, "maans badh raha", is a growth: over the eye a pterygium, routine for the eye doctor)
    "lump": Sign((), ("lump{,s}", "mass", "growth", "gaanth", "ganth",
                      "maans {badh,badh raha,badh rahi,badh ke,badh gaya,badh gayi,badhna,aa raha,aa gaya}")),
    "radiating_to_back": Sign((), (
        "{radiating,going,spreading,shooting,boring} {to,into,through} " + PRONOUN + "back",
    )),
    "arm_jaw_pain": Sign((), (
        "{pain,ache,heaviness,aching,discomfort} in {the ,his ,her ,my ,both ,}{left ,}{arm,arms,jaw,shoulder}"
        " {and {the ,}{jaw,arm,neck,shoulder},}",
        "{left arm,jaw,both arms} {pain,ache,aching,heaviness}", "{left ,}{arm,jaw} and {jaw,arm,neck} pain",
        "{jaw,jaws} {is ,}{aching,hurting,paining}", "jaw pain", "{jabda,jabde} {mein ,}dard",
        "{baayen,bayen,baaye,left} {haath,hath,baazu,kandhe} {mein ,}{dard,bhaaripan}",
        # the chin ("thodi", also "a little", is read only with its pain)
        "{thodi,thori,thuddi} {mein,me} {dard,dukh,dukhta,dukhti,dard hai}",
        # (the jaw in its other words and orders: pipeline._jaw_patterns)
    )),
    # the jaw and the teeth named together, in one pain ("jabde aur daant mein dard"): a toothache, and the jaw's
    # pain that a heart's may be (pipeline._jaw_patterns)
    "jaw_teeth_pain": Sign(("toothache",), (), flag="arm_jaw_pain"),
    # pain brought on by walking or climbing and eased by standing still or rest: the pattern of angina, wherever the
    # pain is felt (rules.exertional_heart_pain reads it with the jaw, the teeth, the arm or the chest)
    "exertional_pain": Sign((), (
        "{worse,worsens,worsening,increases,increasing,comes on,comes,starts,brought on,gets worse,aggravated,"
        "only} {on,when,while,with,after} {walking,climbing,climbing stairs,climbing the stairs,going upstairs,walking "
        "fast,walking uphill,exertion,exercise,effort,running,hurrying}",
        "{on,when,while,with} {walking,climbing stairs,climbing the stairs,exertion,effort,walking fast,"
        "walking uphill} {it ,the pain ,pain ,}{increases,comes,comes on,starts,gets worse,worsens}",
        "{relieved,eases,eased,goes away,goes,settles,settled,better,improves,reduces,subsides,stops,disappears,"
        "lessens} {with,on,by,after,when,if} {rest,resting,stopping,sitting,sitting down,standing still,"
        "{i ,he ,she ,}{stop,stops,rest,rests,sit,sits,sit down,sits down,stand still,stands still}}",
        # (the walk and the rest told with words between, in Hindi and English: pipeline._exertion_patterns)
    )),
    # blood thinners ("anticoagulant"): in signs_hinglish.py, with the Hindi names
    # urine told red or the colour of cola, which a sign of blood unless it is beetroot or a drug's colour
    "red_urine": Sign(("blood in urine",), (
        "{urine,pee,peshab} {looks ,is ,became ,turned ,}{red,reddish,pink,pinkish,pinkish red,cola coloured,"
        "cola-coloured,cola colored}",
        "{red,reddish,pink} {urine,pee,peshab}", "peshab {laal,lal}", "{laal,lal} peshab",
        # round 20: red seen in it ("peshab me thoda laal dikhta")
        "{peshab,pishab,pesab} {me,mein,main} {thoda ,thodi ,halka ,halki ,kuch ,bhi ,}{laal,lal}",
    )),
    # gums that bleed on brushing: the dentist's (with a fever the dengue rules take it)
    "gum_bleeding": Sign(("bleeding",), (
        "{bleeding,bleed,blood} {from ,}{the ,my ,his ,her ,}{gums,gum}", "{gum,gums} {bleed,bleeding,bleeds}",
        "{teeth,tooth} bleeding",
        "{masoodon,masudon,masude,masoode,masoodo,masudo,masuda,masoodhe,masoore,masure,masuron} {se ,mein ,me ,}{khoon,khun}",
        # blood on brushing the teeth: "brush karte khoon aata", "bleeding when brushing"
        "{brush,manjan,datun} {karte,karne,karte waqt,karne pe,karne par,karte hi} "
        "{samay ,waqt ,}{khoon,khun}",
        "{bleed,bleeds,bleeding,blood} {when,while,on,after} {brushing,i brush,he brushes,she brushes}",
    )),
    "nosebleed": Sign(("bleeding",), (
        "nose bleed{,s,ing}", "nosebleed{,s}", "bleeding {from,through} {the ,his ,her ,my ,}nose", "epistaxis",
        "nakseer",
        "{nose,nostril} {is ,}bleeding", "bleeding nose",
        # round 15: "nose started bleeding", "naak se kuch boond khoon", "naak se khoon aaya"
        "{nose,nostril} {started,starts,began,begins,has started,keeps,kept} bleeding",
        # round 19: the past tense ("nose bled little after picking")
        "{nose,nostril} {bled,bleeds,was bleeding}", "bled from {the ,his ,her ,my ,}nose",
        "{naak,nak,nathune,nathuna} {se,me,mein,main} {thoda ,thodi ,kuch ,halka ,}{khoon,blood} {aaya,aayi,aa raha,"
        "aa rahi,aa gaya,nikla,nikal raha,nikal aaya,beh raha,bah raha,gira,tapka,}",
        "{naak,nak} se {kuch ,do ,chand ,thodi ,ek do ,}{boond,boonde,boondein,bunde,bunden} {khoon,blood}",
    )),
    "bladder_bowel_loss": Sign((), (
        "{loss of,lost,no} {bladder,bowel} control", "{wetting,wet} {himself,herself} {without knowing,}",
        "{can't,cannot,cant} {control,hold} {urine,stool,bladder,bowels}",
    )),
    # the cauda equina's signs (NICE CKS sciatica / back pain: refer at once): the saddle gone numb, felt at the wipe
    # ("can't feel the paper when I wipe"), and both legs numb (rules.cauda_equina reads them with the back and urine)
    "saddle_numbness": Sign(("numbness",), (
        "saddle {numbness,anaesthesia,anesthesia,area numb,area is numb}",
        "numb{,ness} {around,in,near,over,of} {the ,my ,his ,her ,}{back passage,anus,bottom,buttocks,private parts,"
        "private part,private area,privates,genitals,saddle area,perineum,area between the legs}",
        "numb {back passage,bottom,bum,buttocks,private parts,private part,privates,genitals,saddle area}",
        "{back passage,anus,bottom,buttocks,private parts,private part,private area,privates,genitals,saddle area,"
        "perineum} {is ,are ,feels ,feel ,has gone ,have gone ,gone ,}numb",
        "{can't,cannot,cant,couldn't,could not,unable to,not able to} feel {the ,}{toilet paper,tissue,paper,wiping,"
        "when {i ,he ,she ,}{wipe,wipes,wash,washes},while {i ,he ,she ,}{wipe,wipes,wash,washes}}",
        "{no feeling,no sensation,numb} {when,while} {wiping,washing,{i ,he ,she ,}{wipe,wipes,wash,washes}}",
        "{latrine,toilet,potty,tatti,peshab} {ki jagah,ke raste,ke raaste,wali jagah,ke paas} {sunn,sun,sunn pad gayi,"
        "sun pad gayi,sunn ho gayi,sun ho gayi}",
        "{dhote,dhote waqt,saaf karte,saaf karte waqt,dhone par} {pata,mehsoos,mahsoos} {nahi,nhi} {chalta,hota,ho raha,"
        "chal raha}",
    )),
    "both_legs_numb": Sign(("numbness",), (
        "both {legs,thighs} {are ,have ,feel ,}{numb,gone numb,become numb,going numb}",
        "{numb,numbness} {in,of} both {legs,thighs}", "{dono,donon} {pair,pairon,taang,taangen,tange,taangon,jaanghen} "
        "{mein ,me ,}{sunn,sun,sunnpan,sunn pad gaye,sun pad gaye,sunn ho gaye,sun ho gaye}",
    )),
    "drooling": Sign((), ("drool{,ing,s}", "saliva {dripping,drooling}", "{spitting,spits,spitting out} {saliva,spit}",
                          "{laar,lar,raal} {tapak,tapk,gir,beh,bah,nikal,aa} {rahi,raha,rhi,rha,jaati,jati,rahi hai}",
                          "{muh,munh,munh se,muh se} {laar,lar,raal} {tapak,gir,beh,bah} {rahi,raha,rhi,rha}")),
    # what epiglottitis or a deep neck abscess does to the throat: the saliva cannot go down, the voice is muffled
    "cant_swallow_saliva": Sign(("difficulty swallowing",), (
        CANT + " swallow {saliva,spit,his spit,her spit,my spit,his own spit,her own spit,my own spit,own spit,"
        "his saliva,her saliva,my saliva,his own saliva,her own saliva,even saliva,even spit}",
        "{thook,thuk,laar} {bhi ,}{nigal,nigla} nahi {pa raha,pa rahi,paa raha,paa rahi,sakta,sakti,ja raha,ja rahi}",
        "{thook,thuk,laar} {bhi ,}{nahi,nhi} {nigal,nigla} {pa raha,pa rahi,paa raha,paa rahi,pata,pati,sakta,sakti}",
    )),
    "muffled_voice": Sign((), ("muffled voice", "hot potato voice", "voice {sounds ,is ,has become ,became ,}muffled",
                               "{awaaz,awaz,aawaz} {dab,band,bhaari} {gayi,gai,ho gayi,ho gai}")),
    # the fever falling, when dengue turns dangerous (WHO critical phase): with a warning sign it is an emergency
    "defervescence": Sign(("fever",), (
        "fever {went,has gone,came,has come,is going,is coming,coming,going} down",
        "{as ,when ,}{the ,}fever {subsided,settled,broke,dropped,fell,falls,reduced,left}",
        "after the fever {went,came} down", "bukhar {utar gaya,utra,kam ho gaya,chala gaya}",
    )),
    # chickenpox named (Hindi's "chhoti mata", the small goddess): a rash the clinic knows, at home in a well child
    # (minor.well_chickenpox), seen today in an infant, a pregnancy, or with breathing trouble or drowsiness
    "chickenpox": Sign(("rash",), ("{chickenpox,chicken pox,chicken-pox,chikenpox,chiken pox,chikan pox,chikanpox,"
                                   "chikanpaॉks,varicella}", "{chhoti,choti} {mata,maata}")),
    "dengue": Sign(("fever",), ("dengue{, fever}", "platelets {low,falling,dropping}", "low platelets",
                                "platelet{,s} {count ,}{were ,are ,is ,was ,has ,have ,}{low,falling,dropping,dropped}")),
    # opening the mouth only part way: a throat or dental abscess (urgent); a jaw locked shut is tetanus_signs
    "trismus": Sign((), (
        "{barely,hardly,only just,not able to,unable to,can't,cannot,cant} open {his ,her ,my ,the ,}{jaw,mouth} "
        "{fully,properly,wide}", "{barely,hardly} open {his ,her ,my ,the ,}{jaw,mouth}",
        "{can't,cannot,cant} open {his ,her ,my ,the ,}jaw", "{trouble,difficulty,pain} opening {his ,her ,my ,the ,}"
        "{mouth,jaw}", "muh {poora ,}nahi {khul raha,khul rahi,khulta,khulti}",
    )),
    "pesticide_exposure": Sign((), (
        "{spraying,sprayed,spray} {pesticide,pesticides,insecticide,poison,the field,the crop,the crops,crops,the "
        "cotton,cotton,the cotton field,the paddy,in the field}", "{pesticide,insecticide,keetnashak} {spray,exposure}",
        # spraying told in Hinglish and Punjabi ("spray karte hue", "spray kardeyan", "spray kita si")
        "spray {karte,kardeyan,kardeya,karde,kardi,kiya,kita,kiti,karke,kar ke,kar raha,kar rahe,kar reha,marte,"
        "maarte,chhidakte}",
        "{pinpoint,tiny,small,constricted} pupils", "pupils {are ,}{tiny,pinpoint,very small,constricted}",
    )),
    # a kidney patient who missed dialysis: fluid and potassium build up (missed_dialysis rule)
    "missed_dialysis": Sign((), (
        "{missed,skipped,missing} {a ,my ,his ,her ,the ,}dialysis", "dialysis {missed,skipped,miss,miss ho gaya,miss hua,chhoot gaya,chhut gaya,chhoot gayi,nahi hua,nahi hui,nahi karaya,nahi karayi}",
        "dialysis {session ,sessions ,}{miss,missed}", "{din,days} dialysis miss",
    )),
    # responds only to voice or pain (AVPU "V"/"P"): opens the eyes when roused, then sleeps again
    "hard_to_rouse": Sign(("lethargy",), (
        "{aankh,aankhen,aankhein,ankh} {kholte,kholti,kholta,kholkar,khol kar,khol ke} {hain ,hai ,}{fir ,phir ,aur ,}"
        "{so,sou}",  # "... fir so jate hain": the words before the sleep carry it
        "{uthane,jagane} {pe,par,se} {bhi ,}{mushkil se,bas,sirf} {uthte,uthti,uthta,jaagte,jaagti}",
        "{wakes,opens {his ,her ,}eyes} only {to,when} {voice,pain,shaken,called,shouted at,pinched}",
        "{goes,drifts,falls} back to sleep {straight away,immediately,at once}",
        # an answer that is only a sound, then the eyes close again (a relative's AVPU "V"): "answers with hmm only",
        # "bas hmm hmm karte hain", "hmm karke phir so jaate"
        "{answers,answering,answer,answered,replies,replying,reply,replied,responds,responding,respond,responded,"
        "says,saying} {with ,by ,}{only ,just ,}{a ,}{hmm,hmmm,hm,mm,hmm hmm,hm hm,grunt,grunts,a grunt,groan,groans}",
        "{only,just} {hmm,hmmm,hm,hmm hmm,hm hm,grunts,groans} {hmm ,}{only,and nothing else,nothing else,}",
        "{bas,sirf,keval} {hmm,hmmm,hm,hmm hmm,hm hm,hun,hun hun,hoon,hoon hoon,haan haan,aah,uh} {karta,karti,"
        "karte,kar raha,kar rahi,kar rahe,karte hain,karti hai,bolta,bolti,bolte,bol raha,bol rahi,bol rahe,kehta,"
        "kehti,kehte,karke,kar ke,mein,me,se}",
        "{hmm,hmmm,hm,hun,hoon} {karke,kar ke,bolke,bol ke,kehke,keh ke} {phir ,fir ,}{so,soye,soyi,sote,soti,"
        "aankh band}",
        "{then,and then,and} {closes,shuts,close,shut} {his ,her ,their ,the ,}{eyes,them} {again,back again}",
        "{closes,shuts} {his ,her ,their ,the ,}eyes {again,back again}", "eyes {close,closing,closes,shut} again",
        "{hardly,barely,only just,scarcely} {wakes,wake,wakes up,wake up,waking,rouses,rouse,responds,opens his eyes,"
        "opens her eyes,opens eyes}",
        "{hard,difficult,very difficult,very hard} to {rouse,arouse}", "not {easily ,}{rousable,arousable}",
        # the eyes opened only a slit when called ("only opening eyes little", "opens her eyes just a little")
        "{only,just} {opening,opens,opened,open} {his ,her ,the ,}eyes {a ,}{little,slightly,a bit,for a second}",
        "{opening,opens,opened} {his ,her ,the ,}eyes only {a ,}{little,slightly,a bit,for a second}",
        "{bas,sirf,din bhar,dinbhar,subah se,kal se} {aankh,aankhen,aankhein,ankh,ankhen} band {karke,kar ke,kiye,kie} "
        "{pade,padi,pada,lete,leti,leta,soye,soyi,soya} {hain,hai,rehte,rehti,rehta,hue,hui,hua,}",
    ), severity="severe"),
    "drowning_event": Sign((), (
        "{went,gone,had gone,was,pulled} under {the ,}water", "{had gone,went,was} under for",
        "{fell,fallen,slipped} into {the ,a ,}{river,pond,well,canal,tank,lake}",
    )),
    "malaria_pattern": Sign((), (
        "{every,on} alternate day{,s}", "every {other,second,third} day", "{chills,shivering} and sweating",
        "{tertian,quartan}", "{ek din chhod kar,ek din chhodkar}",
    )),
    "tremor": Sign((), ("shaky", "{shaking,trembling} hands", "hands {shaking,trembling}", "trembling", "tremor{,s}")),
    "reproducible_pain": Sign((), (
        "{when,if} {i ,he ,she ,you ,}{press,presses,pressed,pressing,touch,touched} {on ,}{it,my ribs,the ribs,his "
        "ribs,her ribs,the chest,}",
        "on {pressing,touching,pressure}", "{tender,hurts,painful,sore} to {touch,press}",
        "jab {daba,dabata,dabati,dabate,dabane,dabaya} {hoon,hu,hai,hain,par,pe,}",
        # round 9: "dabane pe dard hota" (it hurts where it is pressed)
        "{dabane,dabaane,dabao,dabaao,dabaane} {pe,par,se,to} {dard,dukhta,dukhti,dukhta hai}",
        "{worse,hurts,pain,painful,dard} {on,when,with,while} {twisting,turning,moving,bending,stretching}",
        # round 15: "chest paining on pressing and on turning only", "when he presses it or turns body" (the pain word
        # is left to its site: "chest paining")
        "{and ,or ,}on {turning,twisting,bending} {only,}",
        "{turns,turning,twists,twisting,bends,bending} {his ,her ,my ,the ,}{body,trunk}",
    )),
    # pain of the chest wall itself (a strain, a bruise): reproducible, so the ECG rule spares the young
    "chest_wall": Sign(("chest pain",), (
        "chest wall pain", "chest wall {hurts,pains,aches,is sore,is painful}", "chest {muscle,muscles} {pain,ache,aches,hurt,hurts,sore,strain,strained}",
        "{pain,ache,strain} in {the ,my ,his ,her ,}chest {wall,muscle,muscles}",
        "{bruised,bruise on,bruise to,hurt,injured} {his ,her ,my ,the ,}chest",
    )),
    # round 20: a chest's pain caught only on a deep breath (pleuritic: the pleura's, a pneumonia's with a fever and a
    # cough, pictures.CHEST_INFECTION_PAIN); the wordings of terms.py's chest pain, flagged
    "pleuritic": Sign(("chest pain",), (
        "{pain,hurts,hurting,catches,catching} {on,with,when taking,when i take,when he takes,when she takes} {a ,}"
        "deep breath{,s}",
        "{only ,}{when,while,on,whenever} {i ,he ,she ,}{take,takes,taking,breathe,breathes,breathing} {a ,}{deep "
        "breath,deep breaths,in deeply,deeply,in}",
        "{worse,more} {on,with,when} {deep breathing,breathing in,taking a deep breath,a deep breath,coughing or deep "
        "breathing}",
        "{gehri,lambi} saans {lo,lu,li,le,lene,lete,leta,leti,lene par,lene pe,lete waqt} "
        "{to ,toh ,tau ,pe ,par ,se ,me ,mein ,waqt ,}{chubhan,chubhta,chubhti,dard,dukhta,dukhti,tees,chees}",
    )),
    "dehydration_sign": Sign((), (
        "no tears", "{dry,parched} {mouth,lips,tongue}", "{sunken,depressed} {fontanelle,soft spot}",
    )),
    "purulent_sputum": Sign(("cough",), (
        "{yellow,green,greenish,yellowish,thick,peela,peeli,peele,hara,hari,gadha,gaadha} {sputum,phlegm,mucus,"
        "balgam,bulgum,cough}",
        "{sputum,phlegm,mucus,balgam,bulgum} {is ,are ,}{yellow,green,greenish,yellowish,thick,peela,peeli,hara,"
        "hari} {colour,color,coloured,colored,}",
        "{peela,peeli,hara} balgam wali khansi",
    )),
    **BREATHING_SIGNS,
    **INJURY_SIGNS,
    **BENIGN_SIGNS,
    **ABSENT_SIGNS,
    **MIMIC_SIGNS,
    **CHILD_SIGNS,
    **PREGNANCY_SIGNS,
    **LABOUR_SIGNS,
    **HINGLISH_SIGNS,
    **MIND_SIGNS,
    **LATER_SIGNS,
}
# Odia wordings of flags defined above: the flag's own Sign, with more patterns
SIGNS.update({flag: replace(SIGNS[flag], patterns=SIGNS[flag].patterns + patterns)
              for flag, patterns in ODIA_FLAG_WORDINGS.items()})
