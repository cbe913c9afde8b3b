"""Lay, British/Indian and Hindi (Latin script) wordings of each canonical symptom: the general,
neurological, eye, ENT, respiratory and circulatory ones here, the body's in terms_body.py.

symptoms.tsv's own phrasings are added to these at load time; see lexicon.py for the brace syntax.
"""

from __future__ import annotations

from .lexicon import CANT, HI_VERB
from .terms_awadhi import AWADHI_TERMS
from .terms_bhojpuri import BHOJPURI_TERMS
from .terms_bihar import BIHAR_TERMS
from .terms_body import BODY_TERMS
from .terms_injury import INJURY_TERMS
from .terms_chat import CHAT_TERMS
from .terms_maithili import MAITHILI_TERMS
from .terms_surjapuri import SURJAPURI_TERMS
from .terms_words import WORDS_TERMS
from .terms_mind import MIND_TERMS
from .terms_punjabi import PUNJABI_TERMS
from .terms_sadri import SADRI_TERMS
from .terms_selfcare import SELFCARE_TERMS
from .terms_senses import SENSES_TERMS
from .terms_under import UNDER_TERMS

SYMPTOM_TERMS: dict[str, tuple[str, ...]] = {
    "fever": (
        # round 16: "tap chadha hua hai" (the fever up)
        "{tap,taap,taav} {chadha,chadhi,chadh} {hua,hui,gaya,gayi,raha,rahi,hai}",
        # round 16: the body told hot ("body is very hot since night", "badan bahut garam hai")
        "{body,badan,sharir,sharir bhi} {is ,feels ,}{very ,so ,bahut ,}{hot,warm,garam} {hai,lag raha,}",
        "{is ,feels ,}a little warm",
        "fever{,s}", "feverish{,ness}", "feaver", "fevar", "fevr", "febrile", "pyrexia{,l}",
        "{high,raised,running a,running,has a,have a,had a,got a} temperature", "temperature",
        "{feels,feel,feeling,is,body is,body feels} {hot,warm}", "{hot,warm} to {the ,}touch",
        "chills", "rigo{,u}rs", "shivering", "shivers", "kapkapi",
        "bukhar", "bukhaar", "bukar", "bhukar", "jwar", "tez bukhar",
        "shaking chills", "shivering with fever", "body {is ,}{burning,garam,hot}", "badan garam", "taap",
        "high grade", "malaria", "typhoid", "viral fever", "flu",
        "shivery", "chilly",
    ),
    "body ache": (
        # round 16: "hath pair me dard" (the limbs aching, as "haath pair mein dard")
        "{haath,hath} {pair,paer,paon,pao} {me,mein,main} dard",
        "body ache{,s}", "bodyache{,s}", "body pain{,s}", "aching all over", "achy", "aches and pains",
        "pain all over {the body,}", "body {is ,}{aching,paining}", "myalgia", "muscle {pain,pains,ache,aches}",
        "badan dard", "sharir {mein ,}dard", "haath pair mein dard",
        "body {is ,}{paining,hurting}", "aching {body,muscles,limbs}", "whole body {pain,ache,aching,paining}",
        "pure badan mein dard",
        "sore muscles",
        "muscles {are ,}{sore,aching,stiff,ache,hurt,hurting}",
        "muscle {soreness,cramps}",
        "badan {toot,tut} {raha,rahi} {hai,}",
    ),
    "fatigue": (
        # round 16: "weakness in body" (all over, not a limb's)
        "weakness in {the ,his ,her ,my ,}{body,whole body}",
        # round 20: too weak to get up ("kamzori se uth nahi pati"): the weakness, not a limb that will not move
        "{kamzori,kamjori,thakan,thakaan} {se,ke mare,ki wajah se} {uth,uth bhi,khade ho,khadi ho,khada ho,chal} "
        "{nahi,nhi,nahin} {pati,pata,paate,pa rahi,pa raha,paa rahi,paa raha,sakti,sakta}",
        # round 16: no strength left in the body ("sharir me jaan nahi")
        "{sharir,shareer,badan,body} {me,mein,main} {jaan,jan,taakat,takat,taqat,shakti,energy} {hi ,}{nahi,nhi,nahin}",
        "fatigue{,d}", "tired{,ness}", "exhausted", "exhaustion", "weakness all over", "general{,ised,ized} weakness",
        "body weakness", "{feel,feels,feeling,felt,is,very} weak", "no energy", "{lack of,low} energy", "malaise",
        "thakan", "thakaan", "thakawat", "kamzori", "kamjori", "kamzor",
        "{feeling,feel,feels} {tired,weak,drained,run down}", "no strength", "{very ,}weak and tired", "tired and weak",
        "{thaka,thaki} {hua,hui,hue,rehta,rehti,rehte,lagta,lagti,sa,si}",  # "thoda thaka hua" (tired)
    ),
    "weakness": ("weakness", "weak {arm,leg,hand,limb,limbs,arms,legs}", "{arm,leg,limb} weakness",
                 # round 16: limbs of one side that will not work ("haath pair ek taraf kaam nahi kar rahe")
                 "{haath,hath,pair,haath pair,hath pair} {ek taraf ,ek side ,ek taraf ke ,}kaam {nahi,nhi} kar {raha,"
                 "rahi,rahe}"),
    "weight loss": (
        "{have,has,i have,i've} lost {some ,a lot of ,much ,}weight",
        "{losing,lost,loss of,lose} weight", "weight {loss,is going down,decreasing,has reduced,dropped,reduced}",
        "getting thin{,ner}", "{wajan,vajan,wazan,vazan} {kam,ghat} {ho raha,ho gaya,hua,}",
    ),
    "loss of appetite": (
        # round 16: "not feeling hungry"
        "{not,no} {feeling ,}hungry", "{doesn't,does not,don't,do not} feel hungry",
        # round 16: food does not appeal ("khana accha nahi lagta")
        "khana {accha,acha,achha} nahi {lagta,lag raha,lagti}",
        "khane {ka,ki} {man,mann,ichha,iccha} nahi {karta,hota,kar raha}",
        "no hunger", "{bhookh,bhuk,bhook} nahi {lagti,lag rahi,hai}",
        "{eats,eating} {very ,}{little,less}",
        "{no,poor,reduced,decreased,less,low,loss of,lost,lost his,lost her} appetite",
        "appetite {is ,}{poor,reduced,low,gone,decreased,less}", "off {his ,her ,}food",
        "{does not,doesn't,not,don't,do not,didn't,did not} feel like eating", "{stopped,has stopped,not} eating",
        # round 20: nothing goes down ("can't eat anything", "unable to eat at all"); not a food avoided ("can't eat
        # spicy food" names what)
        CANT + " eat {anything,at all,much,properly,a thing}",
        "eating {less,very little,poorly}",
        "bhookh nahi", "bhook nahi", "bhukh nahi", "bhookh kam", "bhook kam",
        "khana nahi {kha raha,kha rahi,khata,khati}",
        "khana nahi kha {pa raha,pa rahi,pa rahe,paata,paati,pata,pati,sakta,sakti}",  # cannot eat (round 9)
        "anorexia",
        "{hasn't,has not,haven't,have not,didn't,did not,not} {eaten,eat,had food,taken food,eaten anything,had "
        "anything to eat}",
        "{won't,will not,refuses to} eat", "khana nahi {khaya,kha rahi,kha raha}",
        # round 19: the long vowels as typed, and Awadhi's "khaat" ("khaana nahi khaa rahi", "khana nahi khaat")
        "{khana,khaana,bhojan,roti} {nahi,nahin,nhi,na} {khaa,kha} {raha,rahi,rahe,rhi,rha,pa raha,pa rahi,"
        "paati,paata}",
        "{khana,khaana,bhojan,roti} {nahi,nahin,nhi,na} {khaat,khaati,khaata,khaya,khayi,khaayi,khaat hai,khaat ba,"
        "khaat hain,kha rahin,khaa rahin}",
        "{khana,khaana,bhojan,kuch} {khaana,khana} {chhod,chod} {diya,diye,di}",
    ),
    "night sweats": ("night sweat{,s}", "{sweating,sweats,sweat} {at,in the} night",
                     "raat {ko,nu,mein,me} {pasina,paseena,pasina aata,paseena aata}",
                     "{pasina,paseena} raat {ko,nu,mein,me}"),
    "sweating": (
        "sweat{,s,y,ing}", "profuse sweating", "diaphoresis", "diaphoretic", "clammy", "cold sweat{,s,y}",
        "pasina", "paseena", "perspir{ing,ation}",
        # round 20: a cold sweat, and the patient soaked in it ("thande paseene mein hain", "paseene paseene ho
        # gaye"); a bare "pasine se khujli" is a heat rash's trigger, no sweating told
        "{thande,thanda,thandi,thande thande} {paseene,pasine,pasina,paseena}", "{paseene,pasine} {paseene,pasine}",
        "{paseene,pasine} {me,mein,se} {tar,bheeg,bheege,bheegi,nahaye,naha gaye,lath path,lathpath}",
        "{haath,hath,hatheli,hatheliyon,haathon} {mein,me,par,pe} {pasina,paseena}", "{sweaty,sweating} {palms,hands}",
    ),
    "excessive thirst": (
        "thirsty", "thirst", "{excessive,increased} thirst", "polydipsia", "{drinks,drinking} eagerly",
        "{drinking,drinks} water {all day,all the time,the whole day,again and again}",
        "drinking a lot of water", "pyaas", "pyas",
        "{drinking,drinks,drank} {lots of,a lot of,loads of,so much,too much,litres of,liters of} water",
        "{always,very} thirsty", "{bahut,baar baar} {paani,pani} {pee raha,pee rahi,peeta,peeti,pita,piti}",
        # IMCI's "drinks eagerly": a glass emptied fast, "gatagat pee raha"
        "{drinking,drinks} {fast,quickly,greedily} {from glass,from the glass,}",
        "{gatagat,gat gat} {pani ,paani ,}{pee,pi} {raha,rahi,gaya,gayi}",
        # asking for water again and again (IMCI's "drinks eagerly"): "paani maang maang ke pee raha"
        "{paani,pani} {maang maang,mang mang,maang maang kar,baar baar maang} {ke ,kar ,}{pee,pi,peeta,pita,peeti,"
        "piti} {raha,rahi,rha,rhi,hai}",
    ),
    "lethargy": (
        # round 16: "child not active"
        "{child,baby,kid,toddler,infant,bachcha,bachchi} {is ,}{not,less} active",
        # round 16: a child or an elder who will not wake ("jaag nahi raha")
        "{jaag,jag} {nahi,nhi,nahin} {raha,rahi,rahe,pa raha,pa rahi,pa rahe}",
        "lethargic", "lethargy", "{very ,too ,more ,}sleepy", "sleeping all {the time,day}", "floppy", "limp",
        "{hard,difficult} to wake{ up,}", "listless", "not alert", "less active", "sust", "susti",
        "{is,looks,looking,very,became} dull", "{unusually,abnormally} sleepy", "{not,stopped} playing", "inactive",
        "less responsive", "not responding properly", "weak and sleepy", "{drowsy,sleepy} and {weak,dull}",
        "{very ,}weak and drowsy",
        "sleepiness", "drowsiness",
        "{bahut ,}neend {aa rahi,aa raha,aa rhi,aa rahi hai} {bahut,bahut zyada,}", "{bahut,bahot,bohot} {neend,nind} {aa rahi,aa rhi}",
        "{bas,sirf,din bhar,dinbhar} so {raha,rahi,rahe,rhe,rha} {hai,hain,}", "{sust,susti,sushti} {pad,padh} {gaya,gayi,gaye}",

        "{keeps,kept} {sleeping,dozing,dozing off,falling asleep,drifting off}", "dozing off", "not fully awake",
        # a sick old man who stays in bed asleep: "not getting up from bed, just sleeping"
        "{is ,}just {sleeping,lying,lying down,lying in bed,sleeping in bed} {all day,the whole day,all the time,}",
        "{not getting,won't get,will not get,doesn't get,does not get} up from {the ,his ,her ,}bed {at all,}",
    ),
    "confusion": (
        # round 17: an old person's new muddle, told by the family: calling her daughter by her sister's name,
        # forgetting mid-sentence what she was saying, talking strangely (a dementia of years is told with its years)
        "by {her,his} {sister's,sisters,sister,brother's,brothers,brother,mother's,mothers,husband's,husbands,wife's,"
        "wifes,dead husband's,dead mother's} name",
        "baat karte karte bhool {jaati,jati,jaata,jata,jaate,jate,gayi,gaya,jaa rahi,ja rahi}",
        "{bol,baat kar} {rahe,rahi,raha} {to ,}{ajeeb,ajib,ajeeb ajeeb,ajib ajib}",
        # round 16: nonsense talk ("ulti seedhi baatein", which is no vomiting) and not knowing the family ("pahchaan
        # nahi rahe")
        "{ulti,ulta,ulte} {seedhi,sidhi,seedha,sidha,seedhe,sidhe,pulta,pulti,palta,palti} {baatein,baaten,baate,"
        "baten,baat,bol,bolna,bol raha,bol rahi,bol rahe,bolta,bolti,bak}",
        "{pehchan,pehchaan,pahchan,pahchaan} {nahi,nhi,nahin} {raha,rahi,rahe,pa raha,pa rahi,pa rahe,paa raha,"
        "paa rahi,paa rahe}",
        "confused", "confusion", "disoriented", "disorientation", "talking nonsense", "altered sensorium",
        "delirious", "delirium",
        # round 20: the family not known ("not recognising us", "doesn't recognise her own children")
        "{not,doesn't,does not,didn't,did not,isn't,is not} recogni{s,z}{ing,e} {family,people,anyone,anybody,us,me,"
        "him,her,them,his family,her family,family members,his children,her children,her own children,his own "
        "children,his wife,her husband}",
        # round 20: talk that makes no sense ("saying things that make no sense")
        "{saying,talking,says,talks,speaking} {things ,words ,}{that ,which ,}{make,makes} no sense",
        "behaving strangely",
        "bahki bahki baatein", "ulta seedha bol {raha,rahi,rahe}", "muddled", "not making sense", "making no sense",
        "pehchaan nahi {raha,rahi,rahe,pa raha,pa rahi,pa rahe,sakta,sakti}", "{bahki,behki} {baatein,baaten,baat}",

        # how relatives tell delirium: the answers are wrong, not absent (absent is loss of consciousness)
        "{talking,talks,talk,speaking} {irrelevant,irrelevent,irrelevantly}", "irrelevant {talk,talking,speech}",
        "not {answering,replying,responding} {us ,me ,him ,her ,them ,}{properly,sensibly,correctly,normally}",
        "{mixing,mixes,mixed,mixing up,mixes up,mixed up} {up ,}{names,our names,people,faces,words}",
        "{mixing,mixes,mixed} up {her,his,my,their} words",
        "{does not,doesn't,did not,didn't,not} know where {he,she,they} {is,are,was}",
        "{acting,behaving} {strange,strangely,odd,oddly,weird,weirdly}", "bakwas {kar,karne} {raha,rahi,rahe,lage}",
        "bhram", "{ajeeb,ajib} {baatein,baaten,harkatein} {kar,karne}",
        # muddled talk told in Hindi and Punjabi: "uljhi baatein", "ajeeb gallan", "ulti seedhi gallan"
        "{uljhi,uljhi uljhi,ulti seedhi,ulti sidhi,bahki,behki,ajeeb,ajib} {gallan,galla,baatan}",
        "{uljhi,uljhi uljhi} {baatein,baaten,baat,baatain}",
        # words come out jumbled: "shabd ulte seedhe bol raha hai"
        "{shabd,sabd,baatein,baaten,baat} {ulte seedhe,ulte sidhe,ulta seedha,ulta sidha,ulti seedhi,ulti sidhi} "
        "{bol,bolna,bolne,nikal,nikle,nikal rahe}",
        "{ulte seedhe,ulte sidhe,ulti seedhi,ulti sidhi} {shabd,sabd,baatein,baaten} {bol,bolna,bolne}",
    ),
    "loss of consciousness": (
        "unconscious{,ness}", "loss of consciousness", "lost consciousness", "knocked out", "not waking up",
        "{lose,losing,loses} consciousness",  # round 15: "didn't lose consciousness" (the cue denies it)
        "{nahi,nhi} {jaag,jag,uth} {raha,rahi,rahe,rha,rhi,pa raha,pa rahi,pa rahe}", "{jaag,jag} {nahi,nhi} {raha,rahi,rahe,rha,rhi,pa raha,pa rahi}",
        "{uthane,jagane,hilane} {pe,par,se} {bhi ,}{nahi,nhi} {uth,jaag,jag} {raha,rahi,rahe,rha,rhi,uthta,uthti,rahe hain}",
        "{uthane,uthaane,jagane,jagaane,hilane,hilaane,bulane,bulaane} {pe,par,se} {bhi ,}{nahi,nhi} {uthte,uthti,"
        "uthta,jaagte,jaagti,jaagta,jagte,jagti,jagta,hilte,hilti,hilta}",
        # round 19, Awadhi and Bhojpuri: "jagaawe pe nahi jaagat", "uthaile par na uthat ba", "jagawla se naahi
        # jaagela" (the habitual "-at" and "-ela", the conditional "-awe", "-ile")
        "{uthane,uthaane,jagane,jagaane,hilane,hilaane,jagaawe,jagaave,jagawe,jagave,jagaile,jagawla,uthaawe,uthaave,"
        "uthaao,uthao,jagaao,jagao,"
        "uthawe,uthaile,hilaawe,hilaave,hilaile,bulaawe,bulaile} {pe,par,se,pa,ta,to} {bhi ,bhee ,}{nahi,nhi,naahi,"
        "nai,na} {jaagat,jagat,jaagela,jagela,uthat,uthela,jaagat ba,uthat ba,jaagat hai,jaagat hain,jaagal,jaagle,"
        "jaagli,uthle,uthli,jaagat rahe,hilat,bolat,jaagta,jaagti,jaag raha,jaag rahi,jaage,uthta,uthti,uth raha,"
        "uth rahi}",
        "{won't,will not} wake up", "{won't,will not} wake",
        # not answering a call (AVPU below "V"): "not answering when we call", "doesn't respond even when called"
        "{not,isn't,is not,wasn't,was not,does not,doesn't,did not,didn't} {answering,responding,replying,answer,"
        "respond,reply} {when,even when,even if,if} {we ,i ,you ,they ,someone ,anyone ,}{call,calls,called,shout,"
        "shouted,speak,talk,call loudly,call her,call him,called her,called him,call her name,call his name}",
        "{can't,cannot} wake {him,her,them} {up,}", "unresponsive", "comatose", "coma",
        "behosh", "behoshi", "be hosh", "pass{,es,ing} out",
        "{fell,went} unconscious", "not {responding,waking}", "fainted and not {waking,responding}",
        "{does not,doesn't} respond", "not breathing",
        "{won't,will not,cannot,can't,does not,doesn't} open {his ,her ,}eyes",
        "{does not,doesn't,did not,didn't,won't,will not} {answer,answering,react,reacting,respond,"
        "responding}",
        "{can't,cannot,could not,couldn't} {wake,rouse} {him,her,them}", "{no,not} {response,responding} at all",
        "{found,lying} {him ,her ,}{lying ,}{unconscious,senseless,motionless,lifeless}",
        "found {him,her} {lying ,collapsed ,}on the {floor,ground,road}",
        "opens {his ,her ,}eyes only {when,to,if} {shouted at,called,shaken,pinched,spoken to,loud voice,pain}",
        "hosh {hi ,bhi ,}{nahi,nahin,nhi} {hai,aa raha,aa rahi,aaya,aayi,aai}",
        "{koi ,}jawab {nahi,nahin,nhi} de {raha,rahi,rahe,rhe,rha,"
        "rhi} {hai,hain,}",
        "collapse{,d,s}",
        # arrest: "stopped" and "nahi" after a symptom cancel it, so these are whole phrases
        "{stopped,stops} breathing", "breathing {has ,}stopped", "{cardiac,heart} arrest",
        "heart {has ,}stopped", "no pulse", "pulseless",
        "saans nahi {le raha,le rahi,chal rahi}", "saans band {ho gayi,ho gai,hai}",
    ),
    "fainting": ("faint{ed,ing,s}", "fainting spell{,s}", "black{ed,} out", "blackout{,s}", "syncope",
                 "{nearly,almost} {fainted,passed out,blacked out,collapsed,fell down}", "{feel,feels,feeling} faint",
                 "chakkar {kha kar,kha ke,aa ke,aake,aa kar,aakar,aaya aur,aayi aur} gir {gaya,gayi,gaye,pada,padi,pade}", "{went,goes,going} dark before {my ,his ,her ,}eyes",
                 "{feel,feels,feeling,felt} like {passing out,fainting,blacking out,i will faint,he will faint,"
                 "she will faint}",
                 # round 16: as if fainted, an event ("behosh jaisi ho gayi", "behoshi si"): a faint, not a coma (as if
                 # unconscious, a state, "behosh si padi hai", stays one)
                 "behosh {jaisa,jaisi,jaise,si,sa} {ho gayi,ho gaya,ho gaye,ho gai,ho gae,hui,hua,hue,lagi,laga}",
                 "behoshi {si,jaisi,jaisa} {aa gayi,aayi,aai,hui,lagi,}"),
    "seizure": (
        "fits", "fit", "{a,one,another,had,having,had a,having a} fit", "fitting", "{febrile,epileptic} {fit,fits}",
        "epilepsy", "convuls{ion,ions,ing,ed}", "jerking",
        "jerky movements", "seizure{,s}", "seizing", "epileptic {attack,fit}", "eyes rolled up", "mirgi", "mirgee",
        "jhatke", "jhatka", "daura", "daure", "dora", "dore",
        "shaking all over", "{whole ,}body {is ,was ,}shaking", "{froth,frothing,foam,foaming} {at,from} {the ,}mouth",
        "{teeth,jaw} {clenched,locked}", "eyes rolling {up,back,}", "{body,face,limbs,arm,leg} twitching",
        "twitching of {the ,}{body,face,limbs}", "jerks", "{stiffened,stiff} and {shook,shaking,jerking}",
        "daura pada", "jhatke {aa rahe,aaye,aana}",
        # a fit going on now told by the limbs or the eyes ("haath pair jhatak rahe", "aankh upar chadh gayi"): not
        # the habitual jerk of sleep ("jhatak jaate")
        "{haath pair,hath pair,haath paon,hath paon,haath paer,hath paer} {jhatak,jhatka,jhatke,jhatakne,jhatkne} "
        "{raha,rahe,rahi,rha,rhe,lage,lag gaye}",
        "{aankh,aankhen,aankhein,ankh,ankhen,aankhe} upar {chadh,chadhi,chadi,chad,chadh gayi,chad gayi,chadh gayin,"
        "palat gayi,ulat gayi,tik gayi,ruk gayi}",
        "convulse{,s}", "convulsive {episode,fit}",
    ),
    "headache": (
        # round 16: "sir phat raha hai" (a splitting head), the forehead's pain ("mathe me dard")
        "{sir,sar} {phat,fat} {raha,rahi,jaata,jata} {hai,}",
        "{matha,mathe,maatha,maathe,mathay} {me,mein,main} dard",
        "headache{,s}", "head ache", "head pain", "headach", "hedache", "headake", "hedake", "migraine{,s}",
        "sir dard", "sar dard", "sirdard", "sardard", "sir {mein,me} dard", "sar {mein,me} dard", "splitting headache",
    ),
    "neck stiffness": (
        "stiff neck", "neck stiff{,ness}", "neck is stiff", "neck rigidity",
        "{can't,cannot,unable to} bend {the ,his ,her ,my ,}neck",
        "gardan akad{,i,na,gayi,gayi hai}", "gardan jakad{,i,gayi}", "gardan mein akdan",
        # round 20: the neck drawn back ("gardan peeche khinch rahi"): a baby's meningism or tetanus
        "{gardan,garden} {peeche,piche,pichhe,peechhe} {ko ,ki taraf ,}{khinch,kheench,khich,tan,akad,mud} {rahi,raha,"
        "gayi,gaya,jaati,jati,jaata,jata,rahi hai}",
        # the neck that will not bend forward ("gardan aage jhuka nahi pa raha"): the chin-to-chest test
        "{gardan,garden,sar,sir} {aage,neeche,niche} {jhuka,jhukaa,jhuk,mod,mud} {nahi,ni,nhi,nahin} {pa,paa,sakta,"
        "sakti,saka} {raha,rahi,rha,rhi,rahe,}",
        # a baby's neck drawn back, the head arched (retrocollis, opisthotonus: a meningitis sign in infants)
        # (told to its "hai", as signs_hinglish.body_spasms reads the same words: both are read)
        "{gardan,garden,sir,sar} {peeche,piche,pichhe,peechhe} {ko ,ki taraf ,}{khinch,kheench,khich,khinchi,kheenchi,"
        "mud,mur,tan,akad,jaa} {rahi,raha,rha,rhi,gayi,gaya,jaati,jata,jati,jaata} {hai,}",
        "{neck,head} {is ,keeps ,}{arched,pulled,drawn,thrown,bent,arching,pulling,bending,going} {back,backwards,"
        "backward}", "{arching,arches,arched} {his ,her ,the ,}{neck,head} {back,backwards,backward}",
        "opisthotonus", "retrocollis",
    ),
    "dizziness": (
        # round 16: the head spinning ("sir ghoom raha hai")
        "{sir,sar} {ghoom,ghum,ghumta,ghoomta,ghumna,ghoomna} {raha,rahi,rha,hai,jaata,jata,}",
        # round 20: giddy and cold to the touch ("feeling giddy and cold"): the dizziness, not a cold in the nose
        "{feeling ,feel ,feels ,}{giddy,dizzy} and cold",
        "dizzy", "dizziness", "giddy", "giddiness", "giddyness", "chakkar", "chakar", "lightheaded", "light headed",
        "light-headed", "vertigo", "room spinning", "head spinning", "{feel,feels,feeling,felt} faint", "near fainting",
        "unsteady", "loss of balance", "losing balance", "off balance", CANT + " walk straight",
        "head {is ,}{spinning,reeling}", "{everything,room} {is ,}spinning",
        "{feeling,feel,feels} {dizzy,giddy,woozy}", "woozy", "chakkar {aana,aaye,aa gaya}",
    ),
    "slurred speech": (
        # round 16: "speech not clear since morning"
        "speech {is ,}{not clear,unclear}",
        # round 16: trouble speaking ("bolne me dikkat")
        "{bolne,baat karne,bolne mein,bolne me} {mein,me,main} {dikkat,taklif,takleef,pareshani}",
        "bolne {mein,me} {dikkat,taklif,takleef,pareshani}",
        "slurred speech", "speech {is ,became ,has become ,got ,}slurred", "slurring {of speech,words,}",
        "speech difficulty",
        "{difficulty,trouble} {speaking,talking,in speaking}", CANT + " {speak,talk} {properly,clearly,}",
        "{talking,speaking} {unclearly,funny,strangely}", "words {are ,}jumbled", "garbled speech", "aphasia",
        "dysarthria",
        "{lost,loss of} speech", "zaban ladkhada{,na,ti,ne lagi,rahi}", "bolne mein {dikkat,taklif,pareshani}",
        "{cant,can't,cannot,unable to,not able to} get {her ,his ,my ,the ,}words out",
        # word-finding trouble (aphasia) in lay words: "can't find her words", "the words won't come"
        CANT + " find {her,his,my,their} words", "{searching,struggling,groping} for {her ,his ,my ,}words",
        "{her ,his ,my ,}words {won't,will not,wont,don't,do not,dont,are not,aren't} {come,coming,come out}",
        "{shabd,alfaaz,alfaz} {nahi,nhi} {mil rahe,mil rahi,nikal rahe,aa rahe} {hain,hai,}",
        "{speech,voice,words} {is ,are ,became ,has become ,}{unclear,garbled,jumbled,funny,strange,thick,muddled}",
        # round 20: the words mixed up of a sudden, a dysphasia ("mixing up her words"; confusion reads them too)
        "{mixing,mixes,mixed} up {her,his,my,their} words",
        # round 20: "talking all slurry" (a lexicon word now, so the spelling corrector no longer makes it "blurry")
        "{talking,talks,speech,speaking,voice,words} {is ,are ,}{all ,a bit ,bit ,little ,a little ,very ,}slurry",
        # round 20: the voice gone strange of a sudden ("awaaz achanak se ajeeb ho gayi"); without the suddenness a
        # strange voice may be a sore throat's hoarseness
        "{awaaz,awaz,aawaz,avaaz,boli,zabaan,zaban} {achanak,achanak se,ekdum,ekdum se,ekdam se,ek dum se} {ajeeb,"
        "ajib,ajeeb si,ajib si,tutli,totli} {ho gayi,ho gai,ho gyi,lag rahi,ho gayi hai,}",
        "not {talking,speaking} {properly,clearly,normally}", "talking {funny,strange,strangely,unclearly}",
        "{stopped,not} {talking,speaking}",
        "bol nahi {pa raha,pa rahe,pa rahi,sakta,sakte,sakti}",
        # round 17: typed short ("bol nhi pa rhe the")
        "bol {nahi,nhi,ni} {pa,paa} {rhe,rha,rhi}",
        # the tongue that fumbles ("jeebh latpata rahi", Bundeli and Awadhi)
        "{jeebh,jibh,zaban,zabaan,zubaan,jaban,jabaan} {latpata,latpataa,lat pata,latpat} {rahi,raha,rahe,gayi,gaya,"
        "rahi hai,raha hai}",
        "{bolna,bolti,awaaz,awaz} band {ho gaya,ho gayi,ho gai,hai}", "{zubaan,zaban,jeebh,awaaz,awaz} {ladkhada,atak}"
        " {rahi,raha,gayi,gaya,rahi hai}", "talking like {he is ,she is ,he's ,she's ,}{drunk,a drunk}",
        "{drunken,drunk} {speech,talking}", "words {are ,}{come,came,coming} out {wrong,jumbled,funny,strange}",
        # round 17: speech gone thick, "as if something were in the mouth" ("awaaz aisi jaise muh me kuch ho")
        "jaise {muh,munh,mooh,moonh,mu} {me,mein,main,mai} kuch {ho,hai,bhara ho,rakha ho,phasa ho,bhara hai}",
        "{like,as if,as though} {there is ,there was ,}{something,food,a sweet,a stone} {is ,was ,}in {his,her,the} "
        "mouth",
        "{zaban,zabaan,zubaan,jaban,jabaan,juban,jubaan,jeebh,awaaz,awaz,aawaz,boli} {ladakhda,ladakhdaa,ladkhada,ladkhadaa,ladakhdaati,lad khada,ladkhadane,ladkhadaane,ladakhdane,ladkhadati,ladkhadaati,atak,atakne} {rahi,raha,gayi,gaya,gai,hai,lagi,laga,lagi hai,rahi hai}",
    ),
    "facial droop": (
        "face drooping", "facial droop", "droop{ing,y} face",
        "face {is ,}{drooping,droopy,deviated,twisted,crooked,lopsided,uneven}",
        "face {looks,looking} {drooping,droopy,lopsided,crooked,twisted,uneven}",
        "mouth {is ,}{deviated,twisted,drooping,deviating}",
        "mouth {pulled,deviated} to one side", "deviation of {the ,}mouth", "{crooked,uneven} smile",
        # "half his mouth hangs down", "one side of her mouth has dropped"
        "{half,one side of,one half of,a side of,the side of} {his,her,my,the} {mouth,lip,lips,face} {hangs,is hanging,"
        "hanging,has dropped,dropped,droops,is drooping,drooping,sags,is sagging,sagging,has fallen,fell} {down,}",
        "facial {palsy,weakness}",
        "bell's palsy", "one side of {the ,}face {drooping,droopy,fallen}", "{muh,munh,mooh,moonh,mu,moh} {tedha,tedhaa,teda,terha,tircha,tirchha} {ho gaya,ho gya,hai,}",
        "{chehra,chehre,munh,muh,mooh,moonh,honth} {ek taraf ,ek side ,ek or ,}{tedha,tircha,tirchha,latak,lataka,jhuk,jhuka}"
        " {gaya,gayi,ho gaya,ho gayi,hai,}",
        "{can't,cannot,cant} smile {properly,evenly,on one side,on the left side,on the right side}",
        "{drink,water,food,tea,milk} {dribbles,drips,spills,leaks,runs} out {of the mouth,of her mouth,of his mouth,}",
        # round 17: food or water falling from one corner of the mouth while eating ("khana muh ke ek side se gir
        # raha tha")
        "{muh,munh,mooh,moonh} ke ek {side,taraf,kone,or,kinare} se {gir,nikal,beh,tapak,girne,nikalne,behne} {raha,rha,"
        "rahi,rhi,rahe,rhe,jata,jaata,jaati,jati,gaya,gya,lagi,laga,lga,lgi,jaa raha,ja raha}",
        "{food,water,drink,tea,milk} {falls,falling,fell,spills,spilling,dribbles,dribbling,drips,dripping} {out ,}from "
        "one {side,corner} of {the,his,her} mouth",
    ),
    "numbness": ("numb", "numbness", "tingling", "pins and needles", "{no,loss of} sensation", "jhunjhuni",
                 "{sunnapan,sunapan,jhunjhunahat,jhunjhunaahat}",  # round 16: the nouns of it
    "jhunjhunahat", "sunn",
        "{numb,tingling} {feeling,sensation}", "{feels,feel,feeling} numb", "{burning,tingling} {feet,hands}",
        # round 20: the limb named first ("no leg numbness", "arm tingling"), which a "no" before denies
        "{leg,legs,arm,arms,hand,hands,foot,feet,finger,fingers} {numbness,tingling}",
        # a pin felt not at all ("sui chubhao to pata nahi chalta"): the lost feeling of a leprosy patch too
        "{sui,pin,kaanta} {chubhao,chubhane,chubhaya,chubhayein,lagao,lagane} {to,par,pe,se} {bhi ,}{pata,mehsoos,ehsaas} "
        "{hi ,bhi ,}{nahi,nahin,na} {chalta,hota,hua}",
        "{hands,feet,legs,arms,fingers,toes} {are ,}{numb,tingling}", "lost feeling",
        "{cannot,can't,cant,unable to} feel {the ,my ,his ,her ,}{foot,feet,leg,legs,hand,hands,arm,toes,fingers}",
        "{can't,cannot,cant,unable to,not able to} feel {his ,her ,my ,the ,}{left ,right ,}{legs,arms,hands,feet,leg,arm}",
        "{face,arm,hand,leg,side} {feels ,is ,}numb",
        # feet that burn and tingle (a diabetic's neuropathy), not a burn: "soles burn at night", "tingle and burn"
        "{feet,foot,soles,sole,toes,palms} {burn,burns,are burning,keep burning,burn at night,burns at night}",
        "{tingle,tingles,tingling} and {burn,burns,burning}", "{burn,burns,burning} and {tingle,tingles,tingling}",
    ),
    "cough": (
        # round 16: the phlegm's colour ("sputum has become yellow"): a cough's, not a jaundice
        "{sputum,phlegm,balgam,kaf,kafa,balgham} {bhi ,}{is ,has ,}{become ,turned ,}{peela,peeli,yellow,green,hara,"
        "yellowish}",
        "cough{,s,ed,ing}", "caugh", "coff", "cofh", "khansi", "khaansi", "khasi", "khaasi", "khasee",
        "phlegm", "sputum", "balgam", "bulgum",
        "{dry,wet,productive,barking,whooping,chesty,tickly,persistent,hacking} cough",
        "coughing {a lot,badly,constantly}", "khaasi", "khansee",
        "{coughing,cough,whooping cough} {fits,fit,spells,spell,bouts,bout,attacks}", "whooping cough",
    ),
    "coughing blood": (
        "cough{ing,ed,s,} {up ,}blood", "blood in {the ,}{sputum,phlegm,spit,cough}", "bloody sputum",
        "blood{,y} streaked sputum", "ha{e,}moptysis", "spitting blood", "{khansi,balgam} {mein,me} khoon",
        "khoon {ki,wali} khansi",
        "blood {in,with,while} {coughing,cough}", "{blood,bloody} {streaks,streaked} {in ,}{sputum,phlegm,spit}",
        "coughing up blood{,streaks, streaks}", "blood{ ,-}{stained,streaked} {sputum,phlegm}",
        "balgam {mein ,me ,}khoon",
        "cough{,ing} with blood",
    ),
    "shortness of breath": (
        # round 16: "saas phool rahi" (the breath typed as saas, only with its swelling verb: saas is also a
        # mother-in-law)
        "{saas,sas} {phool,phul} {rahi,raha,rhi,rha,jaati,jati} {hai,}",
        # round 16: panting ("hafni chadh rahi", "haanf raha"), "dum phool raha"
        "{hafni,haafni,hamfni,hanfni,hapni} {chadh,chad,aa,ho} {rahi,raha,gayi,jaati,jati}",
        "{haanf,hanf,haaf,haamph,hamph} {raha,rahi,rahe,jaata,jaati}",
        "{dam,dum} {phool,phul,ghut,ghutt} {raha,rahi,gaya,jaata,jata,jaati}",
        "breathless{,ness}", "short of breath", "shortness of breath", "sob", "difficulty {in ,}breathing",
        "breathing {difficulty,difficulties,problem,problems,trouble}", "difficult breathing", "trouble breathing",
        "{hard,difficult} to breathe", "breathing {is ,}{difficult,hard,laboured,labored,heavy}",
        "labo{u,}red breathing",
        "out of breath", "{can't,cannot} catch {my ,his ,her ,}breath", "dysp{n,no}ea", "saans", "sans",
        "saans {phool,phul} {rahi,raha,jaati,jati} {hai,}", "saans phoolna",
        "{saans,sans,saas} {phoolti,phoolta,phoolte,phulti,phulta,phulte,phool gayi,phool gai,phool jaata,"
        "phool jaati,phool jati,phool jata} {hai,}",
        "saans {lene mein ,}{taklif,takleef,dikkat,pareshani}",
        # "saans me dikkat", "saans ki koi takleef" (a bare "saans" and a "nahi" three words on denied nothing)
        # (round 22: Maithili's and Bhojpuri's "kono", any: "saans mein kono dikkat nai")
        "saans {me,mein,main,mei,ki,ka,ko} {koi ,kono ,bahut ,thodi ,thoda ,}{takleef,dikkat,pareshani,problem}",
        # "saah" (breath in Punjabi, Dogri, Kashmiri's Urdu; ساہ), with the Urdu script's "لینے" as read ("line")
        "saah {lene,laine,line} {mein,vich,ch} {taklif,takleef,dikkat,pareshani,aukha,aukhaa}",
        "saah {phool,phul,chadh,chad} {reha,raha,rahi,riha,gaya,jaanda,janda}", "saah {nahi,ni,nai} {aa,a} {raha,reha,riha}",
        "saans ki takleef", "dam phoolna", "air hunger",
        "breathing {heavily,hard,badly,with difficulty}", "heavy breathing",
        "{difficulty,trouble,problem} {in ,}{taking,catching} breath", "breath is short", "panting", "puffing",
        "{can't,cannot,cant} get enough air", "suffocat{ing,ion,ed}", "ghutan", "saans chadh {rahi,raha,gayi}",
        "saans {lene,le} {mein,me,main} {koi ,}{dikkat,dikat,taklif,takleef,pareshani}",
        # round 21: "sas lene me bahut dikat" (the breath as typed short; "dikat" written as typed: Maithili's "bolai me
        # dikat" made it a word the corrector keeps)
        "{sas,saas,sans} {lene,le} {mein,me,main} {koi ,bahut ,thodi ,}{dikkat,dikat,taklif,takleef,pareshani}",
        "{breathless,breathlessness} {on,with} {exertion,walking,climbing}",
        "not breathing {properly,well,normally,right,easily,comfortably}",
        "suffocate{,s}", "winded", "out of puff", "{fighting,struggling,gasping} for {breath,air}",
        "saans {lene ,}mein {bahut ,}{taklif,takleef,dikkat,pareshani}",
        # round 16: "saans me dikkat", "saans mein koi problem nahi" (the breathing's trouble, told or denied)
        "{saans,sans,saas} {mein,me,main} {koi ,thodi ,thoda ,bahut ,}{dikkat,taklif,takleef,pareshani,pareshaani,"
        "problem,problems}",
    ),
    "fast breathing": (
        "fast breathing", "{breathing,breathes} {very ,too ,}{fast,quickly,rapidly}", "rapid breath{ing,s}",
        "tachyp{n,no}o{e,}{a,ic}",
        "tez saans", "saans tez {hai,}", "jaldi jaldi saans", "tez tez saans", "hyperventilat{ing,ion}",
        "{saans,sans,saas} {jaldi jaldi,jaldi-jaldi,tez tez} {chalne lagti,chalti,lene lagti,lene lagta,}",
        "breathing {is ,}{fast,rapid,quick}", "{fast,rapid,quick} breaths", "{fast,rapid} respiration",
        "tez tez saans {le raha,le rahi}",

        # round 16: the deep sighing breaths of an acidosis, as writers count them ("saans gehri gehri aur tez",
        # "lambi lambi saans", "breathing deep deep"): fast breathing (signs.acidotic_breathing flags it too)
        "{saans,sans,saas} {gehri,lambi} {gehri ,lambi ,}{aur tez,aur jaldi,tez,}", "{gehri,lambi} {gehri,lambi} saans",
        "breathing {deep deep,deep and fast,deep and rapid}",
        # "saans thodi tez chal rahi", "saans jaldi jaldi le raha": how fast, then the verb of breathing
        "saans {thodi ,thoda ,bahut ,kaafi ,}{tez,fast,jaldi jaldi,jaldi} {chal rahi,chal raha,chal rhi,le raha,le rahi,"
        "lag rahi,lag raha,lag rhi}",
        # round 20: how fast with no verb ("saans bahut tez, pasli chal rahi"): the bare "saans" had read as
        # breathlessness. Not "saans thodi tez" (a little fast): an older adult's fever with it is no CURB-65 rate
        "{saans,sans,saas} {bahut,kaafi,kafi,zyada,jyada,ekdum,ghani,ghano,bohot,bahot} {tez,fast}",
        # round 23: the rate told against the child's own ("breathing faster than usual", "breaths quicker than
        # normal"): IMCI's fast breathing as a mother sees it
        "{breathing,breathes,breaths,breath} {is ,are ,}{faster,quicker,more rapid} than {usual,normal,before,"
        "normal,yesterday}",
        # round 20: the deep heavy breaths of an acidosis ("breathing deep and heavy")
        "breathing {deep and heavy,deep and hard,deep and laboured,deep and labored}",
    ),
    "wheezing": (
        "wheez{e,ing,y,es}", "whistling {chest,sound,breath,breathing}", "whistling in {the ,}chest",
        "seeti {ki awaaz,}",
        "ghargharahat",
        "{wheezy,tight} chest", "chest {is ,}{wheezy,tight and wheezy}", "whistling",
    ),
    "cyanosis": (
        "lips {gone,turned,are,look,looking,went} {blue,blu,bluish}",
        # round 20: lips dusky ("his lips look dusky", "lips blu")
        "{lips,lip} {gone ,turned ,are ,look ,looking ,went ,}{dusky,blu}", "dusky lips",
        "{honth,hont,hoth} {thode ,}{neele,nile,neela}",
        "blue baby", "{baby,child,bachcha,bachi} {is ,looks ,has ,}{blue,turned blue,gone blue}",
        "blue lips", "bluish lips", "lips {are ,}{blue,bluish,turning blue,turned blue}", "{turning,turned,going} blue",
        "cyanos{is,ed}", "cyanotic", "blue {tongue,face,skin,fingers}", "{hont,honth,hoth,hoath} {neele,neela,nile}",
        "{neele,neela} {hont,honth,hoth}",
        "{lips,face,tongue,fingers} {is ,are ,}{blue,bluish,purple,grey,gray}",
        "{lips,face,tongue} {a bit,a little,slightly,bit,little} {blue,bluish,purple,dusky}",
        "{turned,turning,going,gone} {blue,purple,dusky}",
        "blue around {the ,his ,her ,}{lips,mouth}",
        "{skin,lips,face,body,baby} {is ,looks ,}{bluish,blue,dusky,purple}",
    ),
    "chest pain": (
        # round 16: "heart me dard"
        "heart {me,mein,main} dard",
        # round 16: a heaviness told in two words ("chhati me bhari pan")
        "{chhati,chhaati,seene,seena,sine} {mein,me,main,pe,par} {bhari,bhaari} {pan,pann,sa,si,lagta,lag raha,lagna}",
        "chest pain", "chest {tightness,heaviness,pressure,discomfort,burning}", "{tight,heavy} chest",
        # round 20: the chest told heavy ("her chest is heavy", "chest feels very heavy")
        "chest {is ,feels ,feel ,felt ,was ,}{very ,a bit ,bit ,little ,a little ,so ,}heavy",
        "{tightness,heaviness,pressure,burning} in {the ,my ,his ,her ,}chest",
        "retrosternal {pain,heaviness,discomfort,burning}",
        "{retrosternal,central} chest pain", "heart pain", "angina", "{seene,sine,seena,sina} {mein,me} {dard,jalan}", "seena dard",
        "chhati {mein ,}dard", "dil {mein,me} dard",
        # round 16: the ribs' pain in the chest ("pasli mein chubhan"; under them, "pasli ke neeche", is the belly's)
        "{pasli,pasliyon,pasliyan} {mein,me,main} {dard,chubhan,chubhta,dukhta,dukhti}",
        "heart attack", "{chest,heart} {is ,}{hurting,aching,paining}", "dil ka daura", "heart ka daura",
        "pain {over,around,across} {the ,his ,her ,my ,}heart",
        "crushing pain", "{holding,clutching,gripping,clasping} {his ,her ,my ,the ,}chest",
        "{squeezing,crushing,pressing,heavy,tight} {feeling ,sensation ,}{in,on,around,across} {the ,his ,her ,my ,"
        "}chest",
        "{weight,elephant} on {the ,his ,her ,my ,}chest", "seene {mein,me} {bhaaripan,jakdan,dabav}",
        "chest {feels ,}{tight,heavy,squeezed}",
        # a pain caught on a deep breath (the chest wall's or the pleura's), not a breathlessness: "gehri saans lo to
        # chubhan", "lambi saans lene pe dard", "hurts to take a deep breath"
        "{gehri,lambi,deep} saans {lo,lu,li,le,lene,lete,leta,leti,lene par,lene pe,lete waqt} "
        "{to ,toh ,tau ,pe ,par ,se ,me ,mein ,waqt ,}{chubhan,chubhta,chubhti,dard,dukhta,dukhti,tees,chees}",
        "{pain,hurts,hurting,catches,catching} {on,with,when taking,when i take,when he takes,when she takes} {a ,}"
        "deep breath{,s}",
    ),
    "palpitations": (
        # round 16: "dhak dhak ho rahi hai"
        "{dil ,}{dhak dhak,dhak-dhak,dhakdhak,dhadak dhadak} {ho raha,ho rahi,karta,kar raha,kar rahi,hota}",
        # round 16: "dil jor se dhadak raha" (the heart pounding)
        "dil {itna ,bahut ,}{jor,zor,jor jor,zor zor,tez tez} se {dhadak,dhadakta,dhadak raha,dhadak rahi,dhadakti,"
        "dhadka,dhadki}",
        "dil {itna ,bahut ,}{tez,tez tez,jor se,zor se,jor jor se,zor zor se} dhadakne {laga,lagta,lagti,lagi,"
        "lage} {hai,}",
        "dhadkan {jor,zor,zyada,jyada} {se ,}{badh,tez}",
        # the heartbeat fast ("dil ki dhadkan tez ho gayi"; no "tej" here: a lexicon word teaches the Devanagari and
        # Assamese readers its spelling, and तेज is read "tez")
        "{dil ki ,}dhadkan {tez,bahut tez,tez tez} {hai,ho gayi,ho gai,ho rahi,chal rahi,}",
        "{heart,dil} {flutters,fluttering,thumps,thumping,pounds,pounding,races,racing,flutter,thump}",
        "{fluttering,thumping,pounding} {in the chest,heart}",
        "palpitation{,s}", "heart racing", "racing heart", "heart {is ,}{racing,pounding,fluttering,thumping,jumping}",
        "fast heartbeat",
        "heart {beats,beating,is beating,beat} {fast,too fast,very fast,quickly,irregularly,irregular,fast and "
        "irregular,hard}", "heart {suddenly ,}{starts ,}{pounds,races,thumps,flutters,pounding,racing}",
        "heart {is ,}beating {very ,}{fast,hard}", "heart pounding", "{fast,rapid,irregular} heart{beat,beats, beat}",
        "dhadkan {tez,badh gayi,badhi}", "dil ki dhadkan {tez,badh gayi}",
        "{heart,heartbeat} {is ,}{fast,racing,irregular,skipping,pounding}", "heart {skipping,skips} {a ,}beat{,s}",
        "{feel,feels,feeling} {my ,his ,her ,}heart {beating,racing,pounding}",
        "dil {bahut ,itna ,}{tez,zor se} {dhadak,dhadakta,dhadak raha,dhadak rahi,dhadakti}", "dil ki dhadkan",
        # "achanak dil tez" (the heart suddenly fast), "dil tej chalne lagta"
        "{dil,dhadkan} tez {ho jaata,ho jata,ho jaati,chalta,chalne lagta,chalne lagti,}",
        "heart {is ,keeps ,}{hammering,banging,thudding,galloping,drumming,jumping,fluttering,thumping}",
        "{hammering,pounding,racing,thumping,fluttering} {in ,}{my ,his ,her ,the ,}{heart,chest}",
    ),
    "swelling": (
        # round 20: a bump risen ("gomda nikla", "bada gomda", which the spelling corrector reads "gomad"); on the
        # head by name it is signs_hinglish's head_bump
        "{gumda,gomda,gumad,goomad,gomad} {nikla,nikal aaya,nikal gaya,ho gaya,ban gaya,aa gaya,uth aaya}", "gomad",
        "swelling", "swollen", "swell{,s,ed,ing}", "swelling up", "{o,}edema", "oedematous", "puffy", "puffiness",
        "sujan", "soojan", "sooj gaya", "pedal {o,}edema",
        # the place before the swelling, so that a denial before both reaches it ("no leg swelling")
        "{leg,legs,feet,foot,ankle,ankles,pedal} swelling",
        "{feet,legs,ankles,hands,body} {are ,is ,}{puffy,swollen,swelling,bloated}", "puffed up", "phool gaya",
        "sooj{an,} {aa gayi,hai}",
        "swellings", "{suj,sooj,phool} {gaye,gaya,gayi,gai,gye}",
        "{pair,pairon,paon,paer,pao,haath,chehra,munh,muh,takhne,ankle} {sooje,suje,sooja,suja,sooji,suji,phoole,phule,soojhe}",
        "{sooje,suje,sooja,suja,sooji,suji,soojhe,phoole,phule} {hain,hai,hue,huye,gaye,hui,hua,rehte,raha,rahe}",
        # round 15: red and swollen where it was stung or jabbed ("wahi jagah laal suja")
        "{laal,lal} {suja,suji,suje,sooja,sooji,sooje}", "{suja,suji,suje} {aur ,}{laal,lal}",

        # every tense of "swell" (sooj-), and the swollen part told with the adjective alone ("ghutna sooja garam")
        "{sooj,suj,soojh,sujh} " + HI_VERB, "{sooja,soojha,sooji,soojhi,sooje,soojhe}", "soja {hua,hui,hue,hai}",
        "puff{,s,ed,ing} up",
    ),
    **BODY_TERMS,
    **INJURY_TERMS,
    **MIND_TERMS,
    **SENSES_TERMS,
}
# round 18: Punjabi wordings and more wordings of minor complaints, added to each symptom's own, never replacing them
# (round 19: Awadhi and Bhojpuri, terms_awadhi.py; the WhatsApp and elderly clinics' lay English, terms_chat.py;
# round 20: Sadri and the tea gardens' Hindi, terms_sadri.py; round 21: Bihar's Bhojpuri, Maithili and Magahi,
# terms_bhojpuri.py, terms_maithili.py and terms_bihar.py; round 22: the Seemanchal's Surjapuri, terms_surjapuri.py;
# round 23: a child's breathing faster than usual and the urine's burning with "pesab", terms_under.py; little urine,
# a stiff neck, periods stopped and red eyes in new words, terms_words.py)
for _table in (PUNJABI_TERMS, SELFCARE_TERMS, AWADHI_TERMS, CHAT_TERMS, SADRI_TERMS, BHOJPURI_TERMS, MAITHILI_TERMS,
               BIHAR_TERMS, SURJAPURI_TERMS, UNDER_TERMS, WORDS_TERMS):
    for _name, _wordings in _table.items():
        SYMPTOM_TERMS[_name] = SYMPTOM_TERMS.get(_name, ()) + _wordings
