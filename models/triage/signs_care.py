"""Round 16's wordings of care at home and of what must be seen today (a school nurse around Jaipur, an NCD clinic's
nurse in central Kerala, an ANM in Bundelkhand): what settles a worry (a sugar told normal, a cut from a kitchen
knife, prickly heat, a long day on the feet, noisy breathing from a blocked nose, getting up too fast, a needle's
faint, a relative's check-up the visitor came with) and what does not (a nosebleed starting again, a low sugar given
glucose, a pregnancy that keeps nothing down, dry lips, a wish that God would take one). signs.py merges CARE_SIGNS
into SIGNS; the pictures that read them are minor_care.py's."""

from __future__ import annotations

from .lexicon import Sign

# a verb of a nosebleed (or any bleed) starting again after it stopped
AGAIN = "{again,phir se,fir se,phirse,firse,dobara,dubara,vapas}"

CARE_SIGNS: dict[str, Sign] = {
    # a diabetic's sugar told normal or in control (conditions.self_care_eligible: a cold in such a patient is care at
    # home with sick-day advice)
    "sugar_controlled": Sign((), (
        "sugar {is ,was ,}{normal,controlled,under control,in control,okay,ok,fine} {at home,today,now,}",
        "{sugar and bp,sugar and pressure,bp and sugar,sugar bp} {are ,is ,}{normal,controlled,under control,"
        "in control,ok,okay,fine}",
        "sugar {control,controlled,normal,theek,thik} {mein,me} {hai,}", "sugar {theek,thik,normal} {hai,aa rahi,aayi}",
        "{home,ghar ki,glucometer} {sugar,reading} {is ,was ,}{normal,fine,ok}",
    )),
    # a cut from a kitchen knife, a blade or glass: the cut, not a weapon (signs_mind.with_a_weapon's "with a knife")
    "tool_cut": Sign(("cut",), (
        "{cut,cuts,nicked,nick,small cut,minor cut} {on ,in ,to ,}{the ,his ,her ,my ,a ,}{finger,thumb,hand,palm,"
        "fingertip,finger tip} {with,by,from,on,while cutting with} {a ,the ,}{kitchen ,}{knife,blade,chaku,chhuri,"
        "glass,tin,paper,peeler,grater}",
        "{knife,chaku,chhuri,blade} {se ,}{ungli,angootha,ungali} {kat,kati,kata} {gayi,gaya,gai}",
    )),
    # a tetanus shot up to date ("TT taken 2 yrs back", "tetanus injection lagi hai"): a clean small cut is home care
    "tetanus_covered": Sign((), (
        "{tt,tetanus,tetanus toxoid,td} {injection ,shot ,vaccine ,}{taken,given,done,up to date,lagi,laga,lagwaya,"
        "liya,li}", "{tetanus,tt} {is ,}up to date",
    )),
    # a first antenatal visit, a registration: what the visit is for (signs_benign.visit_purpose)
    "antenatal_visit": Sign((), (
        "{first,1st,pehli,pahli} {check-up,checkup,check up,anc,visit} {karwani hai,ke liye,}",
        "{came,come,here} for {anc ,pregnancy ,the ,}registration", "{registration,checkup,check up} {karwane,karane}"
        " {aayi,aai,aaye,aaya}", "pehli baar dikhane {aayi,aai,aaye}",
    ), flag="visit_purpose"),
    # prickly heat in other words: Malayalam "choodukuru" (heat boils), Hindi "pitti", "ghamoriyan", "garmi ke daane"
    "prickly_heat_care": Sign(("rash",), (
        "{choodukuru,chood kuru,choodu kuru,chudukuru,choodkuru,choodu kurukkal,vearkuru}",
        "{pitti,pitt,ghamori,ghamoriyan,ghamoriyaan,ghamhori,ghamauri} {nikli,nikal aayi,nikal aayi hai,ho gayi,hai,}",
        "{garmi,pasine} {ki,wali} {phunsi,phunsiyan,dane,daane}",
    ), flag="heat_rash", severity="mild"),
    # a long day on the feet, a day of work new to the body: the ache is the strain's (conditions.MINOR's cue)
    "standing_long": Sign((), (
        "after standing {long,for long,for a long time,for hours,the whole day,all day,too long}",
        "{standing,stood} {long,for long,for a long time,for hours} {at the,in the,during the}",
        "{zyada,jyada,bahut,der tak,din bhar,dinbhar} khade {rehne,rahne,hone,rehkar,reh ke} {se,ke baad,pe,par,}",
        "{after,since} {lifting,carrying,shifting,moving} {desks,benches,furniture,boxes,bags,sacks}",
        "{pehli baar,pahli baar,first time} {bhatte,khet,kaam,eent} {pe,par,me,mein} {kaam,eent paathi,}",
        "{after,since} {kabaddi,football,cricket,volleyball,kho kho,kho-kho,a match,the match,sports day,drill}",
        "{kabaddi,football,cricket,volleyball,kho kho} {khelne,khel} {ke baad,se}",
    ), flag="exertion"),
    # a pulled muscle of a limb after play or work, told with no other word of pain
    "muscle_pull": Sign(("leg pain",), (
        "{thigh,calf,hamstring,groin} {pulling,pull,pulled,strain,strained,catch,muscle pull}",
        "{muscle,muscles} {pull,pulled,strain,strained,catch} {in the ,in my ,in his ,in her ,}{thigh,calf,leg}",
        "{jangh,jaangh} {mein,me} {khinchav,khichav,khinchaav}",
    ), severity="mild"),
    # a cramp of the calf ("pindli me ainthan", "night cramps"): a muscle's spasm, not a swollen leg's pain
    "leg_cramp": Sign(("leg pain",), (
        "{pindli,pindliyon,pindaliyon,pair,paer,taang,calf,calves,leg,legs} {mein,me,ki nas,ki nasen,ki nase} "
        "{ainthan,aithan,ainthan aati,ainthan aati hai,cramp,cramps,nas chadh,nas chadh jaati,nas chadhti,khinchav,"
        "khichav,khinchaav,khichaav}",
        "{leg,calf,night,muscle} cramps", "{cramp,cramps} in {the ,my ,her ,his ,both ,}{calf,calves,leg,legs}",
    ), severity="mild"),
    # the back or shoulders stiff after a strain ("stiff lower back since lifting", "kandhe kamar akde")
    "stiff_back": Sign(("back pain",), (
        "stiff {lower ,upper ,}back", "{lower ,}back {is ,feels ,}stiff", "{back,kamar,peeth} {akad,akdi,akda,akde,"
        "jakad,jakdi,jakda,jakde} {gayi,gaya,gaye,hai,}",
        "{kandhe,kandha,kamar,peeth} {kamar ,}{sab ,}{akde,akad gaye,akad gayi,jakde,jakad gaye}",
    ), severity="mild"),
    # the neck gone stiff in Hindi and Punjabi ("gardan akdi di ae"): a stiff neck (with fever, meningitis's)
    "stiff_neck_hi": Sign(("neck stiffness",), (
        "{gardan,garden,gardhan} {akdi,akad,akda,akde,akadi,akdai,jakdi,jakad,jakda,jakde} {gayi,gaya,di,hai,ae,ai,}",
    )),
    # a missed meal or a day's fast (a vrat, a roza): the giddiness and the tiredness are the empty stomach's
    "missed_meal": Sign((), (
        "{kept,keeping,keeps,observing,observed,was keeping} {a ,the ,her ,his ,my ,}{somvar ,monday ,tuesday ,"
        "ekadashi ,karwa chauth ,navratri ,sabarimala ,}{vrat,fast,roza,upvas,vratham,nombu}",
        "{vrat,upvas,roza,vratham} {rakha,rakhi,rakhe,tha,thi,kiya,ki,mein,me}",
        "skipped {breakfast,lunch,dinner,her meal,his meal,meals,her breakfast,his breakfast,food}",
        "{without,no} {breakfast,food,lunch,eating} {since morning,till evening,all day,till noon}",
        "{khali pet,bina khaye,bina nashta} {school,kaam,aayi,aaya,aa gayi,aa gaya}",
        # round 20: "bina nashta kiye school gayi" (gone to school without breakfast)
        "bina {nashta,naashta,khana,kuch} {kiye,kare,khaye,khaaye} {school,college,kaam,assembly,ghar se}",
    )),
    # a head full of lice ("sir me joo"): it itches hard, and is care at home
    "head_lice": Sign(("itching",), (
        "{sir,sar,baal,baalon,balon} {me,mein} {joo,joon,jooen,juan,juyen,jue,juen}", "{head lice,nits}",
        "lice in {the ,her ,his ,my ,}hair",
        # round 20: lice brought home from school ("school se jue le aayi")
        "{jue,juen,juein,jooen,joo,joon,juyen,juan} {le aayi,le aaya,le aaye,le aati,le aata,le aate,laayi,laaya,"
        "laai,le ke aayi,le ke aaya,le kar aayi,le kar aaya}",
    )),
    # a period under way: the lower belly's cramp is the period's (conditions.MINOR's cue)
    "on_period": Sign((), (
        "{day 1,day one,first day,1st day,day 2,day two,second day,2nd day} of {the ,her ,my ,}{period,periods,mc,"
        "menses,cycle}", "{period,periods,mc,mahwari,mahina} {chal raha,chal rahe,aaya hua,aaye hue,started today,"
        "started yesterday,aaj aaya,kal aaya}",
    )),
    # getting up too fast: a blood pressure slow to follow (postural dizziness), gone in seconds
    "postural_dizziness": Sign((), (
        "{getting,get,gets,got,standing,stand,stands,stood,rising,rise,rises,sitting,sit,sits} up {too fast,too "
        "quickly,quickly,fast,suddenly,all of a sudden} {from the floor,from bed,from the bed,from sitting,}",
        "on {standing,getting up,rising} {up ,}{quickly,suddenly,fast,too fast}",
        "{goes,passes,settles,gone,went,passed} {away ,off ,}{in,within,after} {a ,}{few ,couple of ,}seconds",
    )),
    "postural_dizziness_hi": Sign(("dizziness",), (
        "{uthte,uth te,uthne,uthat,khade hote} {hi,waqt,samay,par,pe} {ek dum ,achanak ,ek pal ,}{chakkar,andhera,"
        "aankh ke aage andhera,aankhon ke aage andhera}",
    ), flag="postural_dizziness"),
    # a faint with its trigger: a needle, blood, a long stand in the heat (a vasovagal faint: minor_care)
    "faint_trigger": Sign((), (
        "{when,as,while} {the ,}needle {went in,was put in,was put,pricked,was inserted,went}",
        "{at,during,in} {the ,a ,}{blood donation,blood test,blood sample,injection,vaccination,vaccine,ear piercing}"
        " {camp,drive,}", "{sight,seeing,sight of} {of ,}{blood,the needle,needle,the injection,injection}",
        "{khoon,blood,sui,injection,needle} dekh{ ke,kar,te hi,ke hi}",
        # round 22: the sight of one's blood told as it happened ("when i saw blood during the test"); blood seen in
        # a stool, a urine or a vomit is not this wording (it names where the blood was)
        "{when,wen,as,after} {i,he,she,we,u} {saw,see,seen} {my ,his ,her ,the ,}{own ,}blood {during,at,being,while,"
        "getting,taken,drawn,coming out}",
        # round 20: blood drawn for a test, told as it was done ("when they took blood at the lab", "while drawing my
        # blood"): a needle's faint, and no bleeding of the patient's
        "{when,wen,while,as} {they,the nurse,the lab,lab,the technician,the lab guy,he,she} {took,drew,were taking,was "
        "taking,were drawing,was drawing,taking,drawing} {my ,his ,her ,}blood {sample,}",
        "{while,when,wen} {taking,drawing,giving,collecting} {my ,his ,her ,a ,the ,}blood {sample,}",
        "{at,during,in} {the ,a ,}blood {draw,collection,sample collection}",
        # blood taken for a test told with where or what for ("took blood at the lab", "blood sample taken"): no
        # bleeding, and a faint's trigger if a faint is told ("takes blood thinner" is an anticoagulant, signs')
        "{took,taken,take,taking,takes,drew,drawn,draw,drawing,collected,collecting} {my ,his ,her ,their ,a ,some ,}"
        "blood {sample,samples,for,at,from,test,tests,in the lab,in lab}",
        "{standing,stood} {long ,for long ,}in {the ,}{sun,assembly,queue,heat,prayer line}",
        "{during,in} {the ,}{school ,morning ,prayer ,}assembly",
    )),
    # the effort under way when a faint came (a match, a run, the gym): a faint during exertion is the heart's until
    # shown otherwise (ESC 2018 syncope: a high-risk feature; rules.exertional_syncope). A faint after the effort, or
    # at a needle (faint_trigger above), is not this one.
    "during_exertion": Sign((), (
        "{while,when,during,in the middle of,midway through} {a ,the ,his ,her ,my ,}{school ,college ,morning ,}"
        "{playing,running,jogging,sprinting,exercising,exercise,working out,workout,training,sports,sport,match,game,"
        "race,run,practice,football,cricket,hockey,kabaddi,basketball,volleyball,badminton,pt,pe,drill,dancing,"
        "swimming,cycling}",
        "{at,in} {the ,}{gym,football practice,cricket practice,sports day,sports practice,pt class,pe class}",
        # (the second word is needed: Marathi's "khelte" alone is a child who plays, a reassurance)
        "{khelte,daudte,dodte,bhaagte,bhagte} {khelte,daudte,hue,huye,waqt,samay,time}",
        "{cricket,football,kabaddi,hockey,volleyball,match,game} {khelte,khel te} {khelte ,}{hue,huye,waqt,samay,time}",
        "{exercise,kasrat,gym,workout,running,daud,race} {karte,lagate,lagaate} {hue,huye,waqt,samay,time}",
    )),
    # someone else's check-up the speaker came with: not the patient's visit purpose (signs_benign.visit_purpose)
    "escort_visit": Sign((), (
        "{came,come,am here,i came,we came,i am here} with {my ,}{amma,mother,mom,mummy,father,appa,achan,ammachi,"
        "appachan,wife,husband,son,daughter,grandmother,grandfather,maa,papa,patient,neighbour} for {her,his,their} "
        "{monthly ,regular ,routine ,}{bp ,sugar ,dialysis ,}{check,checkup,check-up,review,tablets,medicines,"
        "follow up,injection,appointment}",
    )),
    # heartburn told by where it burns and when: the throat and the upper belly, after food, on lying down
    "heartburn_told": Sign(("abdominal pain",), (
        "burning in {the ,}throat and {the ,}{upper ,}{stomach,abdomen,tummy,belly}",
        "burning in {the ,}{upper stomach,upper abdomen,upper tummy,upper belly,food pipe}",
        "{upar pet,upper pet,pet ke upar} {aur chhati ke neeche ,}{mein ,me ,}jalan",
        "{chhati,chhaati,chaati,seene} ke neeche jalan",
    ), flag="dyspepsia"),
    "heartburn_chest": Sign(("chest pain",), (
        "burning in {the ,}chest after {food,meals,eating,a meal}", "{seene,chhati,chhaati,chaati} {mein,me} jalan "
        "{khane ke baad,khana khane ke baad}",
    ), flag="dyspepsia"),
    # a baby's breathing noisy like snoring from a blocked nose (snuffles: conditions.newborn_care_only), not a
    # breath that is hard or fast (a harsh noise breathing in is stridor, signs.py's)
    "snuffly_nose": Sign(("nasal congestion",), (
        "{breathing,breath,breathes} {is ,sounds ,}noisy like {snoring,a snore,snore} {when sleeping,while sleeping,"
        "in sleep,at night,}", "{noisy,snoring} {breathing,breath} {from,because of,due to,with} {a ,the ,}{blocked,"
        "stuffy,stuffed} nose", "snuffly {nose,breathing}", "snuffles",
        "{naak,nak} band {hone se,ki wajah se,se} {awaaz,aawaz,ghar ghar,khar khar}",
    )),
    # a baby's milk brought up after feeds, and a baby gaining weight, in more of a mother's words
    "posseting_told": Sign((), (
        "{throws,throwing,brings,bringing} up {a little ,little ,some ,a bit of ,small amounts of ,}milk "
        "{after,with} {most ,every ,each ,the ,}{feeds,feed,feeding,feedings}",
        "{doodh,dudh} {pine ,peene ,}ke baad {thoda ,thoda sa ,tanak ,zara sa ,}{ulat,ugal,nikal} {deta,deti,dete,diya,"
        "de deta,de deti}",
    ), flag="posseting"),
    # a weight that will not go up (renames.POOR_GROWTH_FLAG): a child weighed and fed in turn
    "poor_weight_gain": Sign((), (
        "{wazan,vajan,wajan,vazan,weight} {nahi,nhi,na,nai} {badh,barh,badhh} {raha,rahi,rao,rai,rahe,pa raha,pa rahi}",
        "{wazan,vajan,wajan,vazan,weight} {nahi,nhi,na,nai} {badhta,badhti,badhat,barhta,barhti,badhe}",
        "{not,poor} {gaining,putting on} weight", "weight {is ,}not {increasing,going up,picking up}",
        "poor weight gain", "{not,no} weight gain",
        # round 20: the weight told low, not falling ("anganwadi didi boli wajan kam hai", "weight is low for age"):
        # weight_lost_hi's and terms.py's need a verb of falling
        "{wazan,vajan,wajan,vazan} {umar ke hisaab se ,umar ke hisab se ,}kam {hai,he,h,hain,bataya,batati,"
        "nikla,aaya}", "{underweight,low weight for age}", "weight {is ,}low for {his ,her ,}age",
    )),
    "thriving_told": Sign((), (
        "weight card shows {good ,}gain", "{good,steady} weight gain", "{wazan,vajan,wajan} {badh,barh} {rao,rai,"
        "rao hai,rai hai}",
    ), flag="thriving"),
    "well_told": Sign((), (
        "{is ,now ,}completely {fine,well,normal,ok,okay,alright,all right}", "happy and smiling",
        # well again after what happened ("now he is talking normal"): told with "now", not a state throughout
        "{now,ab} {he is ,she is ,}{talking,speaking,baat kar raha,baat kar rahi,bol raha,bol rahi} {normal,normally,"
        "theek,thik,properly,well,sense}", "and {he is,she is} {now ,}{talking,speaking} {normal,normally,properly,fine}",
        # round 20: after a knock, the memory whole ("sab yaad hai", "remembers everything")
        "{sab,sab kuch,sabkuch} {yaad,yad} {hai,he,h}", "{remembers,remembered} everything",
    ), flag="reassurance"),
    # eating and drinking kept down, the urine as usual: told of a pregnancy's sickness or a child's loose stool
    "keeps_food_down": Sign((), (
        "eating small meals",
        "{urine,peshab,pesab,pishab,urine output} {is ,bhi ,}{ok,okay,fine,normal,theek,thik,passing well} {hai,}",
        "khana paani {theek,thik,sahi} {chal raha,hai,}", "{khana,paani} {bhi ,}{theek,thik} {se ,}{kha,pee,pi} "
        "{rahi,raha,leti,leta} {hai,}",
    ), flag="reassurance"),
    # the nosebleed (or a bleed) that stopped and starts again: not a stopped one (minor.stopped_nosebleed)
    "rebleeding": Sign((), (
        AGAIN + " {starting,started,starts,start,bleeding,shuru,aane laga,aa raha,aa rahi,beh raha,bah raha,"
        "nikal raha,nikalne laga}",
        "{bleeding,blood,khoon} {started,starting,starts,coming,came,comes} {again,once more}",
        "{started,starts,began} bleeding again", "{keeps,kept} {restarting,starting again,bleeding again}",
        "{khoon,blood} {baar baar,bar bar} {aa raha,nikal raha,beh raha,bah raha,aata}",
    )),
    # a low sugar told, and sugar given for it (minor_care: treated, and seen today)
    "low_sugar_told": Sign((), (
        "{sugar,glucose,blood sugar} {was ,went ,became ,had gone ,dropped ,fell ,}{low,very low,down,too low}",
        "{low,kam} sugar {ho gayi,ho gaya,hui,hua,tha,thi}", "hypo {attack,episode}",
        "{hypoglycaemia,hypoglycemia,hypoglycaemic,hypoglycemic} {attack,episode,}",
        "sugar {low,kam,gir,down} {ho gayi,ho gaya,gayi,gaya,thi,tha,hui,hua}",
    )),
    "sugar_given": Sign((), (
        "{gave,given,give,took,had,taken} {him ,her ,them ,}{glucose,glucon d,glucon-d,sugar water,sugar,sweets,"
        "a sweet,juice,chocolate,jaggery}",
        "{glucose,cheeni,chini,shakkar,gud,sugar} {ka paani,ki goli,ka ghol,} {diya,di,khilaya,khilayi,pilaya,pilayi}",
    )),
    # a pregnancy that keeps nothing down ("jo bhi khao ulat deti", "paani ka ghoont bhi nai rukta")
    "keeps_nothing_down": Sign(("vomiting",), (
        "jo {bhi ,}{khao,khaye,khaaye,khati,khata,khaoo,khaun,khau,kha le,khayein,khaati} {ulat,ulti,nikal} "
        "{deti,deta,dete,ho jaata,ho jaati,ho jata,ho jati,kar deti,kar deta,de deti,de deta}",
        "{paani,pani,ors,o.r.s} {ka ghoont ,ki ek boond ,ka ek ghoont ,ki ghoont ,}{bhi ,}{nahi,nai,nhi,na} {rukta,"
        "tikta,rehta,ruk raha,tik raha,ruk rha,rukti,tikti,ruk rahi,tik rahi}",
        # (milk "bhi": a nursing mother's "doodh nahi ruk raha" is her milk leaking, not a baby's vomit)
        "{doodh,dudh,glucose} bhi {nahi,nai,nhi,na} {rukta,tikta,rehta,ruk raha,tik raha,ruk rha,rukti,tikti,ruk rahi,"
        "tik rahi}",
        # all that is given comes back out ("jo bhi do sab bahar", "jo pilao wapas nikal deta")
        "jo {bhi ,}{do,de,dein,diya,khilao,pilao,khilaya,pilaya} {sab ,}{bahar,baahar,wapas,vapas} {aa jata,aa jaata,"
        "nikal jata,nikal jaata,nikal deta,nikal deti,kar deta,kar deti,phenk deta,phenk deti,}",
        "{not even,cannot keep,can't keep,cant keep} {water,a sip of water,sips of water} {down,}",
    ), flag="vomits_everything"),
    # lips or mouth gone dry (dehydration), in Hindi
    "dry_lips_hi": Sign((), (
        "{hont,honth,hoth,honthh,muh,munh} {sookh,sukh,sooke,sookhe,sukhe,sukh gaye,sookh gaye} {gaye,gye,rahe,hain,"
        "gaya,raha,}",
    ), flag="dehydration_sign"),
    # a hand pressed on a hot griddle or an iron ("pressed hand on hot tawa"): a burn, whatever the words after it
    "contact_burn": Sign(("burn",), (
        "{pressed,put,kept,touched,placed,keeps} {his ,her ,my ,the ,a ,}{hand,palm,finger,fingers,arm,foot,leg} {on,"
        "against} {a ,the ,}{hot ,}{tawa,tava,stove,iron,pan,kadai,kadhai,kettle,cooker,chulha,griddle,silencer}",
        "{haath,hath,hatheli,ungli,ungliyan} {garam ,}{tawe,tawa,tave,tava,chulhe,istri,cooker} {se,pe,par,me} {jal,"
        "jala,jali,jal gaya,jal gayi,jal gaye,lag gaya,chipak gaya}",
    )),
    # a child dry at night who wets the bed again (with thirst and weight loss: new diabetes)
    "bedwetting_again": Sign((), (
        "{started,starts,begun} {wetting,to wet} the bed again", "{wetting,wets} the bed again",
        "{bistar,bister} {phir se,fir se,dobara} {geela,gila} {karne laga,karne lagi,karta,karti}",
    )),
    # a cough that barks like a dog's or a seal's (croup: a steroid today)
    "croup": Sign(("cough",), (
        "{barking,bark-like,barky,seal-like,seal like,brassy} cough", "cough {sounds ,is ,}like {a ,}{dog,seal} "
        "{barking,bark,}", "{kutte,kutta,kuttey} {jaisi,ki tarah,jaisa,ke jaisi} {khansi,khaansi,khasi}",
    )),
    # a passive wish to be taken by God (a death wish, no plan: seen today)
    "god_take_me": Sign((), (
        "{upar wala,upar wale,upar waala,bhagwan,bhagvan,bhagwaan,ishwar,allah,rab,bhagwan ji,uparwala} {utha le,uthale,"
        "utha lo,utha leta,bula le,bula lo,uthaa le} {to accha,toh accha,to acha,toh acha,to theek,to thik,}",
        "{wish,wishes,wished} {god,bhagwan} would take {me,him,her}", "{god,bhagwan} should take me {away,}",
        "{wish,wishes} {i,he,she} {would not,wouldn't,did not,didn't} wake up",
        # round 19: the wish told as "better if god takes her" (its "better if I don't wake up" is signs_mind's)
        "{better,good} if {god,bhagwan,the lord} {takes,took,would take,calls} {me,him,her} {away,}",
    ), flag="death_wish"),
    # round 19: a head or forehead told heavy is a headache as patients tell it ("head heavy after the laptop",
    # "forehead heavy in the mornings"): "heavy" is the head's weight, not the pain's grade (cues.SEVERE)
    "heavy_head": Sign(("headache",), (
        "{head,forehead} {is ,feels ,feeling ,}{little ,a little ,slightly ,a bit ,bit ,}heavy",
        "heavy {head,headed,forehead}",
    ), severity="moderate"),
    # a first period (menarche): the bleeding is the period's, and the fear of it the visit (minor_care)
    "menarche": Sign((), (
        "{first,1st} {period,periods,menses,mc} {in school,today,at school,}", "{got,had,started} her first period",
        "{pehli,pahli} baar {mahina,mahwari,period,periods,mc,maasik} {aaya,aayi,aaye,hua,hui,shuru}",
    )),
}
