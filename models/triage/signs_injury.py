"""Wordings of injuries, bites and things gone where they should not (a head injury, a fracture, a fall from a height,
a stab, an electric shock, drowning, a snake near, a foreign body, a button battery, an eye hurt or a chemical in it, a
wound gone bad): signs.py merges them into SIGNS."""

from __future__ import annotations

from .lexicon import PRONOUN, Sign

INJURY_SIGNS: dict[str, Sign] = {
    "head_injury": Sign((), (
        "head injury", "concussion", "{cut,wound,injury,bump,swelling,gash} on " + PRONOUN + "{head,forehead,scalp}",
        "{hit,hurt,banged,injured,bumped,struck,knocked} " + PRONOUN + "head",
        "{fell,fall,falling} on " + PRONOUN + "head",
        "blow to the head", "{sir,sar} {par,pe,mein} chot",
        "{sir,sar} {me,mei,mein,pe,par} {chot,chhot,choat} {lagi,lag gayi,aayi,aai,hai,}",
        # the head as what struck: "his head hit the floor", "landed on her head", "sar zameen pe laga"
        PRONOUN + "{head,forehead} {hit,struck,banged,bumped,knocked,smashed} {on,against,into,the,a}",
        PRONOUN + "{head,forehead} {got,was,has been} {hit,struck,banged,bumped,injured,hurt}",
        "{hit,struck,injured,hurt} {on,in} " + PRONOUN + "{head,forehead}",
        "{landed,fell} {on,onto} " + PRONOUN + "{head,forehead}", "fell head {first,down,-first}", "head first",
        "{sir,sar,matha,maatha,maathe,mathe} {zameen,jameen,farsh,floor,deewar,diwar,darwaze,darwaza,table,palang,"
        "bed,pathar,pathhar,sadak,seedhi,seedhiyon,kone} {pe,par,se,mein,me,ke kone} {laga,lagi,lag gaya,lag gayi,"
        "takraya,takrayi,takra gaya,takra gayi}",
        "{sir,sar,matha,maatha} {phat,phoot,fat,foot,footh} {gaya,gayi,gya}",
        "{sir,sar} ke bal",  # "sir ke bal gira": fell on the head (the fall is "gira"'s)
        "{sir,sar,maathe,mathe} {pe,par,mein,me} {lagi,laga,lag gayi,lag gaya,gumad,gumadh,goomad,guma,soojan,sujan}",
    )),
    # blood from the ear: after a fall it is a skull-base fracture until proven otherwise (head_injury_danger)
    "ear_bleeding": Sign(("bleeding",), ("{bleeding,blood,blood coming} from {the ,his ,her ,my ,one ,}{ear,ears}",
                                         "{ear,ears} {is ,are ,}bleeding", "kaan se khoon")),
    "sprain": Sign((), (
        "{twisted,sprained,rolled,turned} {his ,her ,my ,the ,}{ankle,knee,wrist,foot}", "sprain{,ed}",
        "{ankle,knee,wrist,foot} {twisted,sprained,mud gaya,mud gayi,moch}", "moch {aa gayi,aayi,hai}",
    )),
    "trauma": Sign((), (
        "accident", "rta", "road traffic accident", "hit by {a ,}{car,bus,truck,bike,vehicle,motorcycle,tractor}",
    )),
    # a stab or a gunshot: a penetrating injury (SATS: the surgeon's at once, whatever the wound looks like)
    "penetrating_injury": Sign((), (
        "stabbed", "stab wound{,s}", "{knife,chaku,chaaku,chhura} {wound,injury,attack,mara,maara,laga,lag gaya}",
        "gunshot{, wound}", "shot with a gun", "{goli,bullet} {lagi,lag gayi,lag gai,laga}",
        # round 20: a blade gone into the body, not a cut across it ("pruning churi jangh me ghus gaya", "chaku pet me
        # ghus gaya", "pet me chhura ghonp diya"); a thorn or a nail gone in is puncture_wound's
        "{churi,chhuri,chaku,chaaku,chhura,knife,daa,dao,talwar,bhala,barchha,hasiya,hansiya} {jangh,jaangh,pet,"
        "chhati,chaati,seene,peeth,kamar,gardan,pair,taang,bazu,baazu,kandhe,kandha,pindli,kokh,buk} {me,mein,main,"
        "pe,par} {ghus,ghusa,ghonp,ghop,utar,gad,dhans} {gaya,gayi,gai,gel,diya,di}",
        "{jangh,jaangh,pet,chhati,seene,peeth,kamar,gardan,bazu,baazu} {me,mein,main} {churi,chhuri,chaku,chaaku,"
        "chhura,knife,daa,dao,bhala} {ghus,ghusa,ghonp,ghop,maar} {gaya,gayi,gel,diya,di}",
    )),
    # a fall from a height is a high-energy injury (SATS): seen today, and with blood from the ear an emergency
    "fall_from_height": Sign(("fall",), (
        "{fell,fallen,falling,fall,fallen down} {from,off} {a ,the ,his ,her ,}{roof,tree,terrace,height,ladder,building,wall,"
        "balcony,scaffolding,cliff,stairs,staircase,bike,motorcycle,motorbike,scooter,horse,bus,truck}",
        "{chhat,chhath,ped,seedhi} se gir {gaya,gayi,gaye,pada,padi}",
        # round 15: "chhat se gira", "ped se giri" (the verb alone, or "gir ke")
        "{chhat,chhath,chhaat,chhajja,chhajje,ped,pedh,seedhi,seedhiyon,balcony,terrace,deewar,diwar} se "
        "{gira,giri,gire,gir ke,gir kar,gir pada,gir padi}",
        # round 18, Mumbai: a chawl's gallery, a floor up ("gallery se neeche gira", "pehli manzil se gira")
        "{gallery,galari,gallary,balcony,khidki,window,chhat,chhajja} se {neeche,niche,khali} "
        "{gira,giri,gire,gir gaya,gir gayi,gir pada,gir padi,padla,padli}",
        "{pehli,pahli,dusri,doosri,teesri,tisri,first,second,third,1st,2nd,3rd} "
        "{manzil,manjil,floor} se {neeche ,niche ,}{gira,giri,gire,gir gaya,gir gayi,gir pada,"
        "gir padi,padla,padli}",
        "{gira,giri,gire} {pehli,pahli,dusri,doosri,teesri,first,second,1st,2nd} {manzil,manjil,floor} se",
    )),
    # round 20: a bone seen out through the wound, an open fracture (SATS: very urgent; rules.open_fracture)
    "open_fracture": Sign(("wound",), (
        "bone {sticking,poking,coming,showing} out", "{open,compound} fracture",
        "bone {visible,showing} {through,in} {the ,}{wound,skin,cut}",
        "haddi {bahar,baahar} {dikh rahi,dikh raha,dikhti,aa gayi,nikal aayi,nikal gayi,nikli}",
    )),
    "fracture": Sign((), (
        "fracture{,d}", "broken {arm,leg,bone,wrist,ankle,hand,hip,collarbone}", "bone broken",
        "deformed {arm,leg,limb}", "haddi toot {gayi,gai,gaya}",
        "{haath,hath,pair,haddi,kalai,baazu,bazu,ungli,tang,taang} {toot,tut} {gaya,gayi,gai,gya} {lagta hai,lagti hai,shayad,}",
        "{tedha,tedhi,tedhe,terha,terhi} {hai,ho gaya,ho gayi,dikh raha,dikh rahi,lag raha}",
        # round 18: Punjabi's "tedha jeha lagda" (looks bent), a limb out of its shape
        "{tedha,tedhi,teda,tedi} {jeha,jehi,jeya,sa,si} {lagda,lagdi,lagta,lagti,dikhda,dikhdi,dikhta,dikhti}",
    )),
    # round 19: a joint out of its socket (a shoulder, an elbow, a finger: reduced today, before the swelling and the
    # spasm hold it out, and an X-ray for a fracture beside it): the fracture rule's, as Marathi's "khandha utarla"
    "dislocation": Sign((), (
        "dislocat{ed,ion,ions}",
        "{shoulder,elbow,finger,thumb,knee,kneecap,hip,jaw,wrist} {popped,came,slipped,went,has come,has popped,"
        "has slipped,is} out {of place,of joint,of its socket,of the socket,}",
        "{kandha,kandhe,kohni,kalai,ungli,ungali,angootha,ghutna,ghutne,jabda,kulha,kulhe,haath,hath,baanh,"
        "baah,bazu,baazu} {utar,khisak,sarak} {gaya,gayi,gai,gaye,gya,gyi,gail,gel,jaata,jata}",
        "{kandha,kandhe,kohni,kalai,ungli,ungali,angootha,ghutna,ghutne,jabda,haath,hath,baanh} {utra,utri,"
        "utar ba}",
        "{kandha,kandhe,kohni,ghutne ki katori,ghutna,jabda,kulha} {apni jagah se,jagah se,jod se} {hat,khisak,sarak,"
        "nikal,utar} {gaya,gayi,gai,gya,gail}",
    ), flag="fracture"),
    # round 19: after a fall in old age, a leg turned outward (and shortened) that cannot bear weight is a broken hip
    # until an X-ray says otherwise (NICE CG124): the fracture rule's
    "hip_fracture_signs": Sign((), (
        "{leg,foot} {is ,has ,has been ,}{turned,rotated,rolled,pointing,twisted,turning,pointed} {out,outward,"
        "outwards,outside,to the side,sideways}",
        "{pair,paer,paon,panja,taang,goda,gor} {bahar,baahar,baahar ki taraf,bahar ki taraf,bahar ki or,"
        "bahar ko,baahar ko} {ghoom,ghum,mud,mud gaya,mud gayi,ghoom gaya,ghoom gayi,ghum gaya,ghum gayi,"
        "phir gaya,phir gayi,ghoom gail,mud gail}",
    ), flag="fracture"),
    # round 19: a finger, a hand or a foot crushed, caught in a machine (a fodder cutter, a thresher) or its nail torn
    # off: an X-ray for a broken tip (with a torn nail, an open fracture) and the nail bed repaired, today
    "crush_injury": Sign(("wound",), (
        "{finger,fingers,thumb,hand,toe,toes,foot} {got ,was ,has been ,}{crushed,smashed,squashed,mangled}",
        "{crushed,smashed,squashed,mangled} {his ,her ,my ,the ,a ,}{finger,fingers,thumb,hand,toe,toes,foot}",
        "{finger,fingers,thumb,hand,arm,foot} {got ,was ,}{caught,stuck,trapped,pulled} in {a ,the ,}{machine,"
        "thresher,chaff cutter,fodder machine,fodder cutter,chaff machine,gear,belt,roller,"
        "press,grinder,mixer}",
        "{ungli,ungliyan,ungali,anguli,angootha,angutha,haath,hath,panja} {kuchal,kuchli,kuchla,kuchle,"
        "kuchal gayi,kuchal gaya,kuchal gai,pichak gayi,pichak gaya,pichka}",
        "{machine,chaara machine,chara machine,kutti machine,chaff cutter,thresher,thresar,"
        "kolhu} {me,mein,main,ke andar,se} {haath ki ,pair ki ,}{ungli,ungliyan,ungali,anguli,angootha,angutha,"
        "haath,hath,panja,pair} {aa gayi,aa gaya,aa gai,phans gayi,phans gaya,phas gayi,phas gaya,"
        "fas gayi,fas gaya,chali gayi,chala gaya,kat gayi,kat gaya,kuchal gayi,kuchal gaya,dab gayi,dab gaya}",
        "{nakhoon,nakhun,naakhun} {ukhad,ukhar,ukhd,ukhad gaya,ukhad gayi,ukhar gaya,ukhar gayi,ukhdi}",
        "{nail,fingernail,toenail} {was ,got ,}{torn,ripped,pulled,came} off",
        "{tore,ripped,torn} off {the ,his ,her ,my ,a ,}{nail,fingernail,toenail}",
    ), flag="crush_injury"),
    "deep_wound": Sign(("cut",), ("deep {cut,laceration}", "gaping cut")),
    # round 20: stings counted a few at once ("6-7 jagah kaata", "stung 5 times", "4 dank lage"): watched today for
    # a spreading reaction (rules_complaints.several_stings reads them with a stinging insect named); a swarm's many
    # stings are multiple_stings'
    "several_stings": Sign((), (
        # (a range is any two counts: "6-7" is spelled as one product of three words)
        "{2,3,4,5,6,7,8,9,{2,3,4,5,6,7,8}-{3,4,5,6,7,8,9}} {jagah,jagha,jageh} {kaata,kata,lage,laga,lagi,maara,mara,"
        "kaatis,kaatlak,kamurile}", "{2,3,4,5,6,7,8,9,{2,3,4,5,6,7,8}-{3,4,5,6,7,8,9}} {dank,daank,stings}",
        "stung {2,3,4,5,6,7,8,9,two,three,four,five,six,seven,eight,nine,several} {times,places}",
    )),
    "deep_open_wound": Sign(("wound",), ("deep wound", "gaping wound", "{bone,fat} {visible,showing}",
                                         "{can see,could see,can be seen,we can see,i can see} {the ,}{fat,bone}",
                                         "{charbi,haddi,fat} {dikh,dikhai de} {rahi,raha,rahe,reha,gayi}",
                                         "{gehra,gahra} {ghaav,ghav,zakhm,kat}")),
    "electrical": Sign((), (
        "electric shock", "electrocut{ed,ion}", "live wire", "current {laga,lag gaya,lagi}", "bijli ka jhatka",
        "lightning",
        # round 20: the live wire touched ("chhat pe bijli ka taar chhu gaya, jhatka laga"): its jolt is the shock,
        # not a fit (not_symptoms.py reads "jhatka laga" as nothing)
        "{bijli,current,light,electric,motor,pump,pankhe,heater,press} {ka ,ki ,ke ,}{taar,tar,wire} {chhu,chhoo,"
        "chhua,chhooa} {gaya,gayi,gawa,liya,li,gya,gyi}", "{current,bijli} ka jhatka",
    )),
    "drowning": Sign((), ("drown{ing,ed}", "near drowning", "pulled out of {the ,}water", "doob gaya")),
    # a snake seen near the patient, no bite known: a krait's bite at night is painless and leaves no mark
    "snake_nearby": Sign((), (
        "{a ,the ,}snake {was ,}{seen,spotted,found} {near,nearby,close to,next to,in,under,around,beside}",
        "{saw,seen,spotted,found,noticed} a snake {near,nearby,close to,next to,in,under,around,beside,}",
        "{saanp,sanp,saap} {dikha,dikhai diya,dekha} {tha,}",
        # the snake named by its kind ("a krait was seen nearby", "pados me kal karait dikha tha", "kala naag dekha")
        "{a ,the ,}{krait,cobra,viper,karait,karet,kraith,naag,nag,kala naag,ganhuan,russell's viper} {was ,}{seen,"
        "spotted,found,dikha,dikhai diya,dekha,dekha gaya,nikla,mila} {near,nearby,close to,next to,in,under,around,"
        "beside,tha,thi,}",
        "{saw,seen,spotted,found,noticed} a {krait,cobra,viper} {near,nearby,close to,next to,in,under,around,"
        "beside,}",
        # a snake that came out near the hut or the field ("saanp nikla jhopdi ke paas se", "saanp ghus aaya")
        "{saanp,sanp,saap,saamp} {nikla,nikli,nikal aaya,nikal aayi,ghus aaya,ghusa,ghus gaya,dikhai pada,dikha tha}",
    )),
    # a bite told by the limb it was on, no animal named ("pair me kaata"): with a snake seen
    # (snake_nearby) it is the snake's bite (rules.snake_nearby_signs)
    "bite_on_limb": Sign((), (
        "{pair,paon,paanv,paer,pao,haath,hath,ungli,ungali,anguli,angootha,tang,taang,edi,aedi} {me,mein,main,pe,par,"
        "ko} {kaata,kata,kaat liya,kat liya,kaat gaya,kat gaya,kaat diya,kaat li,kaati,kati}",
    )),
    # (a swallowed object is swallowed_object's, signs_hinglish.py: it has rules of its own)
    "foreign_body": Sign((), (
        "{something,object,seed,bead,insect,stone} {stuck,lodged} in {the ,his ,her ,my ,}{nose,ear,throat}",
        "foreign body in {the ,}{nose,ear,eye}",
        # a fish bone in the throat: ENT today (it can pierce the gullet), not an airway emergency while he talks
        "{fish bone,fishbone,fish-bone,chicken bone} {stuck ,lodged ,}in {the ,his ,her ,my ,}throat",
        "{machhli,machli,machhi,macchi} ka {kaanta,kanta,kaata} {gale,gala} {mein,me} {phans,phas,fas,atak}",
        # round 22: the bone told first and the fish before it ("machhri khaat ghari kaanta gala me atak gail",
        # Bhojpuri and Maithili; "kaanta gale me atak gaya")
        "{kaanta,kanta,haddi} {gala,gale} {me,mein} {atak,phans,phas,fas,fansi,atki} "
        "{gail,gel,gelai,gelaik,gelak,gelo,gaya,gayi}",
        # the object and where it went is enough ("put a bead in her nose", "seed up the nostril"); every verb and
        # article in front of it made 18,000 phrases and 80 MB of a worker's memory
        "{bead,seed,stone,pea,chana,moti,button,small toy,pencil,crayon,eraser,rubber,paper,grain} {in,into,up,inside} "
        "{his ,her ,the ,my ,}{left ,right ,}{nose,ear,nostril}",
        # round 20, Punjabi: "kann ch manka paa leya" (a bead put in the ear), "nakk vich daana"
        "{kann,kan,nakk,nak} {ch,vich,wich,mein} {manka,moti,daana,dana,chhola,chola,beej,kankar,rodi} {paa,pa,paya,"
        "paaya,fas,phas,ghus}",
        "{naak,nak,kaan,kan} {mein,me} {moti,daana,dana,chana,beej,pathar,pathhar,kuch,button,rubber} {daal,dal,ghusa,"
        "phans,phas,fas}",
        # round 21: the grain named before it ("naak me makai ke dana ghusa lelak": a maize grain pushed up the nose)
        "{naak,nak,kaan,kan} {mein,me} {makai,makka,makkai,bhutta,chana,matar,dhaan,gehun,moongfali} {ke,ka,"
        "ki} {daana,dana,dane,daane,beej} {daal,dal,ghusa,ghus,phans,phas,fas,atak}",
        # round 19: a live insect crawled or flew into the ear (ENT today: drowned in oil, then taken out; it
        # scratches the eardrum as it moves): "an insect went in his ear", "kaan me keeda ghus gaya"
        "{an ,a ,some ,}{insect,bug,ant,cockroach,mosquito,moth,beetle,spider,keeda,kida,keera,cheenti,chinti,"
        "makkhi,makhi,machhar,kockroach,kaakrocha,tilchatta} {went,got,crawled,flew,entered,has gone,has entered,"
        "has crawled,is} {in,into,inside} {the ,his ,her ,my ,son's ,daughter's ,child's ,baby's ,}{ear,ears}",
        "{kaan,kan} {mein,me,mai,mei,ke andar,ke bhitar,me andar} {keeda,kida,keera,"
        "cheenti,chinti,makkhi,makhi,machhar,tilchatta,kockroach,koi keeda,koi kida,kuch} {ghus,ghusa,ghusi,chala,"
        "chali,chal,ghus gaya,ghus gayi,chala gaya,chali gayi,ghus gail,ghus gel} {gaya,gayi,"
        "gail,gel,hai,}",
        # round 20: the insect told where it is, no verb ("raat se kaan me keeda", "there is an insect in her ear"); a
        # worm in a tooth is the tooth's decay
        "{kaan,kan} {mein,me,mai,mei,ke andar,ke bhitar} {keeda,kida,keera,cheenti,chinti,makkhi,makhi,machhar,"
        "tilchatta,kockroach,koi keeda,koi kida}",
        "{an ,a ,}{insect,bug,ant,cockroach,moth,beetle,spider} {in,inside} {the ,his ,her ,my ,}{ear,ears}",
    )),
    # a limb suddenly cold, pale and painful: an artery blocked (acute limb ischaemia, hours to save the limb)
    "cold_pale_limb": Sign((), (
        "{leg,foot,arm,hand} {became,turned,went,has become,has gone,suddenly became,suddenly went,suddenly turned} "
        "{cold,white,pale}",
        "cold {white,pale,blue} {leg,foot,arm,hand}",
    )),
    # a button battery burns through the gullet in hours, two magnets pinch the bowel between them (NASPGHAN): a
    # button battery anywhere, a battery or magnet swallowed or put in the mouth, nose or ear
    "button_battery": Sign((), (
        "button {battery,batteries,cell,cells}", "{watch,remote,coin} {battery,cell}",
        "{swallowed,swallow,has swallowed,ate,eaten,gulped} {a ,an ,the ,one ,two ,some ,small ,tiny ,round ,}"
        "{battery,batteries,cell,magnet,magnets,magnetic balls,magnet balls}",
        "{battery,batteries,cell,magnet,magnets} {in,into,up} {his ,her ,the ,my ,}{mouth,nose,nostril,ear}",
        "{battery,baitree,baitri,bateri,betri,cell,sel,chumbak,chunbak,magnet} {nigal,nigl,nighal,kha,khaa} "
        "{gaya,gayi,gai,gya,gyi,liya,li,lia,lee,liyaa,gaye}",
        "{battery,baitree,cell,sel,chumbak,chunbak,magnet} {muh,munh,naak,nak,kaan} {mein,me} {daal,dal,daala,dala,"
        "daali,dali,chala,chali,ghus,phans,phas,fas}",
    )),
    "eye_injury": Sign((), (
        "{hit,injured,poked,scratched,struck} {in ,on ,}{the ,his ,her ,my ,}{left ,right ,}eye",
        "eye {got ,was ,}{hit,injured,poked,scratched}",
        "eye injury", "injury to {the ,}eye",
        "{aankh,ankh} {me,mein,par,pe} chot", "{aankh,ankh} {me,mein,par,pe} {danda,lakdi,patthar,ungli,gend} {laga,lagi,"
        "lag gaya,lag gayi,maara,mara,maari,mari}",
        "{something,dust,particle,insect,metal,piece of metal,stone,chip,splinter,sand,glass,wood}"
        " {went ,flew ,got ,fell ,}{in,into} {the ,his ,her ,my ,}eye",
        "{aankh,ankh,aankhon,ankhon} {me,mein,mei} {kuch,kachra,tinka,dhool,keeda,lohe ka kan,kan,kankad,ret,chhilka} "
        "{gir,pad,padh,chala,chal,ghus}",
    )),
    "chemical_eye": Sign((), (
        "{chemical,acid,lime,chuna,bleach,pesticide} {in,into,splashed in,splashed into,went in,went into} {the ,"
        "his ,her ,my ,both ,one ,}eye{,s}",
        "chemical splash",
        "{chemical,acid,tezaab,tezab,chuna,choona,bleach,pesticide} {dono ,ek ,}{aankh,ankh,aankhon,ankhon,aankhen,"
        "aankhein} {mein,me} {chala gaya,chali gayi,"
        "gir gaya,gira,pad gaya,padh gaya,gaya,ud ke gaya}",
    )),
    "tetanus_signs": Sign((), (
        "{unable to,can't,cannot,cant} open {his ,her ,my ,the ,}mouth", "lockjaw", "lock jaw", "{stiff,locked} jaw",
        "jaw {stiffness,is stiff,locked}", "trismus", "tetanus",
        "{his ,her ,my ,the ,}jaw {is ,has ,has got ,got ,}{locked,stiff,clamped,clamped shut,locked shut}",

    )),
    "wound_infection": Sign((), (
        "pus", "{infected,septic,discharging} {wound,ulcer,cut,bite}", "wound {is ,}{infected,discharging,smelly}",
        "{red,hot} and {swollen,hot,red} around {the ,}{wound,cut,bite}",
    )),
}
