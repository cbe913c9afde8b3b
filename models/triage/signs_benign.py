"""Wordings that reassure rather than alarm: benign context (teething, a minor burn, the usual pattern, a check-up).
signs.py merges BENIGN_SIGNS into SIGNS, in this place of its order. A symptom said to be absent ("breathing fine",
"feeding well") is signs_absent.py's; phrases that hold a symptom word but are not one are not_symptoms.py's."""

from __future__ import annotations

from .lexicon import Sign

# Wordings of a circumstance (when, where), not of a finding: no cue denies them ("heart racing before the exam,
# settled after sitting" settled the racing, not the exam), and their words stay in what the learned model reads.
# A loss is one even told as a relative's death ("my father died 2 weeks ago"): the death is the relative's, the
# grief the patient's.
CIRCUMSTANCES: frozenset[str] = frozenset({"anxiety_trigger", "grief", "situational_stress", "sleep_disruptor",
                                           # round 16: what a faint came with (a needle, blood), a tetanus shot taken (signs_care.py)
                                           "faint_trigger", "tetanus_covered",
                                           # round 20: the effort a faint came in, a birth hours ago (signs_care.py,
                                           # signs_child.py)
                                           "during_exertion", "born_hours_ago",
                                           # round 23: someone at home with TB (a relative's illness, the
                                           # patient's exposure: signs_under.py)
                                           "tb_household_contact"})

# how many minutes a bleeding took to stop when told as a small number ("stopped in 5 minutes", "5 min mein ruk gaya")
FEW_MINUTES = "{1,2,3,4,5,6,7,8,9,10,15,a few,few,two,three,four,five,ten,ek,do,paanch}"

BENIGN_SIGNS: dict[str, Sign] = {
    # Benign context: does not stop self-care (see conditions.BENIGN_FLAGS).
    # a baby cutting teeth drools and is fussy: not a throat abscess
    "teething": Sign((), ("teething", "{teeth,tooth,daant,dant} {coming,coming out,erupting,nikal rahe,nikal raha}",
                          # round 22: a baby who bites or chews on everything (the gums' itch of a coming tooth):
                          # "biting everything", "sab kuch chabata"
                          "{biting,chewing,gnawing} {on ,at ,}{everything,every thing,anything,all things,toys,"
                          "his fingers,her fingers,fingers,things}",
                          "{sab,sab kuch,har cheez,har chij} {chabata,chabati,chaba raha,chaba rahi,kaat"
                          "ta,kaatti,katta,katti,muh me daalta,muh me daalti,munh me daalta,munh me daalti}",
                          # Marathi: "daat yetayt" (the teeth are coming)
                          "{daat,dat,daant} {yetayt,yetay,yetat,yetaat,yet ahet,yet aahet,yetahet,yeu lagle}")),
    # herpes zoster: a painful band of blisters on one side of the body
    "shingles": Sign(("rash",), (
        "shingles", "herpes zoster", "zoster", "{naagin,nagin} {rog,bimari,}",
        "{rash,blisters,blistering rash,blistering,vesicles} in a {band,belt,strip,line}",
        "{band,belt,strip,line} of {blisters,rash,vesicles,blistering rash}",
        "{painful ,burning ,}{blistering ,}{rash,blisters} {around,on,along} one side of {the ,his ,her ,my ,}"
        "{waist,chest,body,back,face,forehead,trunk,belly,ribs}",
    )),
    "insect_bite": Sign(("itching",), (
        "{mosquito,mosquitoes,insect,bug,bugs,ant,ants,flea,fleas,machchhar,machhar,keeda,keede} {bite,bites,bitten,"
        "ne kaata,ke kaatne}",
        "bitten by {a ,}{mosquito,mosquitoes,insect,insects,bug,bugs,ants,fleas}",
    )),
    # the itch of an old, healed scar (a burn's, an operation's): the skin's care at home (selfcare_tables)
    "scar_itch": Sign(("itching",), (
        "{nishaan,nishan,nisaan,nishaan,daag,scar,scars} {pe,par,me,mein,main,wali jagah pe,wali jagah par} "
        "{khujli,khujlee,kharish,kharash,itching}",
        "{scar,scars,healed scar,old scar} {itch,itches,itching,itchy,is itchy,are itchy}", "itchy {scar,scars}",
    )),
    # round 8: the ordinary distress of a recent loss or break-up, nerves before an exam, a night kept awake by tea
    # or a shift: minor when nothing else is wrong (conditions.MINOR; a death wish or hopelessness still fires)
    "grief": Sign((), (
        "{passed away,died,expired} {a week,one week,two weeks,2 weeks,10 days,ten days,few days,a few days,"
        "last week,3 weeks,three weeks} {ago,back,earlier,}",
        "{after,since} {the ,a ,her ,his ,my ,}{breakup,break up,break-up,divorce,funeral}", "broke up",
    )),
    "situational_stress": Sign((), (
        # round 16: a worry named by its cause, told as the cause of another complaint ("exam ki tension me neend kam",
        # "kaam ka tension, sir dard", "tension at work"): the situation, not an anxiety disorder
        "{exam,exams,board exam,pariksha,pareeksha,kaam,work,office,ghar,paise,paison,shaadi,naukri,job,business,"
        "padhai} {ka,ki,ke} tension", "tension {at,of,from} {work,office,home,exams,the exam,job}",
        "{exam,exams,board exam,board exams} {stress,tension,nerves,fear,anxiety,pressure}",
        "{pariksha,pareeksha,pareekshaa,imtihan,imtehan} {se pahle,se pehle,ke pehle,ke pahle,ka dar,ki tension}",
    )),
    "sleep_disruptor": Sign((), (
        "{cups,cup} of {tea,coffee}", "{tea,coffee,chai} {late,at night,at 10 pm,at 11 pm,before bed}",
        "night {shift,shifts,duty}",
        # round 19: a body clock of another time zone, a few nights after a long flight
        "jet{ ,-,}lag{,ged}", "{time zone,timezone} {change,difference,shift}",
        "{after,since} {a ,the ,my ,}{long ,overnight ,night ,international ,}{flight,flights}",
        # round 22: "just flew back from US", "flight se aaya": a long flight's body clock
        "{just ,}{flew,flown,came,came back,returned,back} {back ,in ,}from {the ,}{us,usa,america,uk,london,canada,"
        "australia,dubai,abroad,europe} {by flight,}",
        "{videsh,america,amrika,london,canada,dubai} se {flight,laut,lauta,lauti,aaya,aayi,aaye,wapas}",
    )),
    # round 16: indigestion told by its own words (acidity, gas, heartburn, a sour belch) is its own complaint, not a
    # belly pain (writers of every round count none; the self-care of it is conditions.FLAG_MINOR's); told of the
    # belly ("upset stomach", "gas in the tummy", "pet ke upar jalan") it is the belly's pain, as they count it
    # (wind passed is no complaint: "gas pass ho rahi", "passing gas", a bowel that works: not_symptoms.IGNORED)
    "dyspepsia": Sign((), (
        "acidity", "indigestion", "dyspepsia", "heartburn", "heart burn", "{gas,gastric} {trouble,problem}",
        "gas", "gassy", "bloat{ed,ing}", "burping", "belching", "khatti dakar", "gas {ban rahi,banti}",
        # round 20: sour burps, acid coming up ("sour burps after biryani", "acid reflux")
        "{sour,acidic,acid} {burps,burp,belches,belching,burping,taste in mouth,water in mouth,water in the mouth}",
        "acid {reflux,coming up,comes up,in throat,in the throat}",
    )),
    "belly_dyspepsia": Sign(("abdominal pain",), (
        "{gas,gastric} pain", "{pet mein,pet me} gas {ban rahi,banti,}",
        "{tummy,stomach} {a bit ,a little ,slightly ,}upset", "upset {tummy,stomach}",
        "{gassy,bloated} {tummy,stomach,belly}", "{tummy,stomach,belly} {is ,feels ,}{gassy,bloated}",
        "{gas,gassy} in {the ,my ,his ,her ,}{upper ,}{stomach,tummy,belly,abdomen}",
        "pet {ka ,ke ,}{upar,upper,oopar} {wala hissa ,}{jalta,jalti,jal raha,jal rahi,bhaari,bhari,jalan}",
    ), flag="dyspepsia"),
    "minor_burn": Sign(("burn",), (
        "{small,tiny,little,minor,slight,superficial} {red ,}burn{,s}",
        "{small,tiny,little} {blister,water blister,chhala} {on the burn,}",
        "burn{,t,ed} {my ,his ,her ,a ,}{finger,fingertip,"
        "fingers,thumb} {slightly,a little,on the,from the,}",
    ), severity="mild"),
    "no_blister": Sign((), ("no blister{,s}", "{did not,didn't,has not,hasn't} blister{,ed}",
                            # Hinglish, Rajasthani "koni", Gujarati "nathi": "chhala nahi pada", "chhala koni"
                            "{chhala,chhale,chhalo,chhaala} {nahi,nhi,koni,nathi} {pada,pade,padyo,padya,}",
                            # round 22, Maithili: "phokka nai aayal" (no blister came)
                            "{phokka,phokla,fokla} {nai,nahi,na} {aayal,aail,bhel,padal}")),
    "sunburn": Sign(("burn",), ("sun{ ,}burn{,s,t,ed}", "sunburnt", "sunburned", "{dhoop,dhup} se jal{,a,i,e,na}",
                                 # "dhoop mein chehro thodo jal gayo" (Rajasthani), "taDka ma chamdi bali gai"
                                 "{dhoop,dhup,tadko,tadka} {mein,me,ma,se,thi} {chehra,chehro,chamdi,haath,hath,peeth,"
                                 "gardan,naak} {thoda ,thodo ,thodi ,}{jal,bal,bali} {gaya,gayo,gayi,gai,gayu}",
                                 # round 20: what was done in the sun told between ("dhoop mein ghumne se chehra jal
                                 # gaya", "dhoop me kaam karke haath jal gaye"), and the skin burnt in the sun
                                 "{dhoop,dhup} {mein,me,main} {ghumne,ghoomne,chalne,khelne,kaam karne,baithne,rehne,"
                                 "khade rehne} {se,ke baad,ki wajah se} {chehra,chehre,chamdi,skin,haath,hath,peeth,"
                                 "gardan} {thoda ,thodi ,bhi ,}{jal,jhulas,bal} {gaya,gayi,gai,gaye,gya,gyi,gye}",
                                 "{face,skin,back,arms,shoulders,nose,neck} {got ,has ,have ,}{burnt,burned,tanned and "
                                 "burnt} {in,from,by} {the ,}{sun,sunlight,sunshine,beach}")),
    "exertion": Sign((), (
        "after {a ,the ,}{gym,exercise,workout,work out,long walk,walk,walking,running,a run,playing,football,cricket,"
        "gardening,lifting,long day,long drive,travel,travelling,traveling,typing,sports,yoga,dancing,hard work,"
        "field work,a long bus ride,bus ride,journey,first day of gym,starting gym,starting the gym,starting exercise,"
        "work,long hours}", "kaam ke baad",
        # round 9: back from a long walk, a pilgrimage on foot, a wedding's days of work
        "{paidal ,pedal ,}{yatra,padyatra,shaadi,shadi,safar,mela} se {lauti,lauta,laute,lautkar,aayi,aaya,aaye,"
        "aake}",
        "{sleeping,slept} {wrongly,in a bad position,on the floor,badly}",
        "{lifted,lifting,carried,carrying,picked up} {a ,the ,some ,}heavy", "heavy lifting",
        "{bhaari,bhari,heavy} {saaman,saman,wazan,vajan,bag,bags,box,boxes,bucket,weight,weights} {uthaya,uthaaya,"
        "uthana,uthane,uthai,lifted,lifting,carried,carrying}",
        # round 9: a full bucket, a sack, a cylinder carried ("paani ki balti uthayi")
        "{paani ki ,pani ki ,}{balti,baalti} {uthayi,uthaayi,uthaya,uthai,"
        "uthana,uthane,uthake,utha ke,uthate}",
        # a gas cylinder, a sack, a cupboard carried up the stairs ("lifted gas cylinder to 3rd floor")
        "{lifted,lifting,carried,carrying,picked up,shifted,shifting,moved} {a ,the ,}{gas cylinder,cylinder,"
        "lpg cylinder,sack,sacks,bori,bora,cement bag,cement bags,almirah,cupboard,furniture,tyre}",
        "{gas cylinder,cylinder,bori,bora,almirah} {uthaya,uthayi,uthai,uthaaya,uthake,utha ke,uthana,uthane,"
        "chadhaya,chadhayi,upar le gaya,upar le gayi}",
    )),
    "usual_pattern": Sign((), (
        "{as ,}usual", "like every {month,time}", "{same,like} {as ,}{always,before,every month}", "har mahine",
    )),
    # round 20: a known epilepsy's own fit, told as the usual one ("had my usual fit", "his typical seizure", "same as
    # his usual fits"): with the fit over and the patient normal, mimics.usual_fit_over; "longer than usual" is not it
    "usual_fit": Sign(("seizure",), (
        "{my,his,her,the,a,one} {usual,typical,regular,normal,routine} {fit,fits,seizure,seizures,attack,attacks,"
        "epilepsy attack,type of fit,kind of fit}",
        "{fit,seizure,attack} {like ,same as ,}{always,usual,his usual,her usual,my usual,the usual,the usual ones,"
        "his usual ones,her usual ones,usual type,before}",
        "{usual,typical} {mirgi,daura,dora} {ka daura,}",
    )),
    "reassurance": Sign((), (
        "otherwise {fine,well,ok,okay,healthy,normal,alright,all right}", "{feeling,feels,feel} {fine,ok,okay,well}"
        " {otherwise,now,}", "nothing else", "no other {complaint,complaints,problem,problems,symptoms}",
        "{eating,drinking,feeding,eats,drinks,feeds} {and playing ,}{well,normally,fine,ok,okay}",
        # IMCI's well child in a parent's words: "drinking and playing"
        "{eating,drinking,feeding,breastfeeding} and playing",
        "baaki sab {theek,thik,theek hai,thik hai}",
        "{aur ,}koi {dikkat,taklif,takleef,pareshani} nahi", "pet theek hai",
        # a well patient: IMCI's "playing, feeding" for a child, "working, walking about" for an adult
        "{he is,she is,i am,i'm,is,am,now,ab} {fine,well,ok,okay,alright,theek,thik,normal} {now,otherwise,}",
        "{playing,walking about,walking around,working,active} {and eating ,}{normally,well,fine,as usual}",
        "{is ,}{walking about,walking around}",
        "{can,able to} walk", "khel {raha,rahi,rahe} {hai,}",
        # round 22: playing and eating, as typed in an SMS ("khel rhi kha rhi"; "khel rha tha" alone is what a child
        # was doing when it happened, and "abhi to khel rha" no more than a moment's look: neither is read)
        "khel {rhi,rha,rhe} {kha,khaa} {rhi,rha,rhe}",
        # round 21, Bhojpuri and Maithili: "khelat ba", "khelait kudait chhai" (plays, runs about), "bolat ba" (talks)
        "{khelat,khelta,khelait,khelai} {kudat ,kuda ,kudait ,aa ,aur ,}{ba,bia,hai,he,chhai,chhau,chhathi}",
        "{khelat,khelta,khelait} {kudat,kuda,kudait}",
        "{khelat,khelta,khelait} {ba,bia,hai,he,chhai} {aa,aur} {bolat,bolta,bolait} {ba,bia,hai,he,chhai}",
        "{bolat,bolta,bolait} {ba,bia,chhai}",
        "khana {kha,khaa} {raha,rahi,rahe} {hai,hoon,hu,}", "{kha pee,kha pi,kha-pi} {raha,rahi,rahe} {hai,hoon,hu,}",
        # round 9: "khana kha leti" (she eats, keeps food down); "khana" must lead: Hindi denies before the verb,
        # and "khana nahi kha pa raha" holds "kha pa raha"
        "khana {kha,khaa} {leti,leta,lete,pa rahi,pa raha,pa rahe,paati,paata} {hai,hoon,hu,}",
        "{sab,baaki sab} {theek,thik} {hai,}",
        # round 21: well again by itself ("phir apne thik", "phir apne aap theek ho jaata", Maithili "apne thik bhay
        # jaait")
        "{phir,fir} {apne,apne aap,apne se,apnehi} {thik,theek} {bhay jaait,bhel,bhay gel,ho jaata,ho jaati,ho jaat,}",
        "{ab ,}{theek,thik} {hoon,hu,hai,lag raha hai}", "nothing new", "all {fine,well,ok,okay,good,normal}",
        # round 7: what a parent or patient says of someone well (IMCI: playing, feeding)
        "playing {happily,normally,well,as usual,like usual}",
        # round 9: a mother's "happy" of her baby
        "{baby ,bachcha ,}khush {rehta,rehti,hai,}", "{growing,gaining weight} well",
        "{feeding,eating,drinking} well and {active,playing,alert}", "{happy,active} and {gaining weight,playing,"
        "alert,feeding well}", "fine now", "{feeding,feeds} like usual",
        "then {fine,ok,okay,alright,normal,well} {again,}", "{fine,ok,okay,alright,normal} and playing",
        # round 15: "he is running around", "playing with toys normally", "biscuit kha raha", "walking fine"
        "{running,playing,jumping} {around,about} {happily,normally,as usual,}", "{now ,}playing {now,again}",
        "playing with {toys,his toys,her toys,friends,other children,other kids,his brother,her brother,his sister,"
        "her sister} {normally,happily,as usual,well,}",
        "{biscuit,biscuits,roti} {bhi ,}{kha,khaa} {raha,rahi,rahe,liya,li} {hai,}",
        "walking {fine,normally,well,without trouble,without difficulty}",
    )),
    # a known trigger of anxiety: the palpitations or panic come before an exam, in a crowd (situational_anxiety)
    "anxiety_trigger": Sign((), (
        "before {every ,each ,an ,the ,my ,his ,her ,a ,}{exam,exams,test,tests,interview,interviews,presentation,"
        "presentations,speech,viva,vivas,match,competition,performance}",
        "{during,in} {the ,an ,my ,his ,her ,}{exam,exams,interview,interviews,presentation,viva} {hall,}",
        "{exam,exams,paper,interview,result,results} {ke,se,ki} {pehle,pahle,time,samay,waqt,dauran}",
        "{exam,exams,paper,interview,result,results} {ka,ki,ke}",
        "{exam,exams,study,studies} {stress,pressure}", "{because of,due to} {the ,my ,}{exam,exams,studies}",
        "{in,inside} {crowds,crowded places,a crowd,the crowd,crowded buses,a crowded bus,lifts,a lift,elevators}",
        "{bheed,bheer,bhid} {mein,me,wali jagah}", "public speaking", "stage fright",
        "{speaking,talking} in {public,front of people,class}",
    )),
    "tension_headache": Sign(("headache",), ("tension headache{,s}", "tension type headache"), severity="mild"),
    "heat_rash": Sign(("rash",), ("{heat,sweat} rash", "prickly heat", "ghamori{,yan,yaan}",
                                  "{garmi,pasine} ke {daane,dane}"), severity="mild"),
    # everyday complaints with no symptom of their own in the vocabulary, managed at home (self-care) when alone
    "minor_ailment": Sign((), (
        "dandruff", "head lice", "lice {in the hair,}", "chapped {lips,hands,skin}", "cracked {lips,skin}",
        "dry {skin,lips} {in winter,}", "splinter", "bruise{,s,d}", "mouth ulcer{,s}", "{ear,ears} {feels ,}{blocked "
        "with wax,wax}", "{ear,ears} {feels ,feel ,}blocked after {swimming,a swim}",
        "{muh,munh,mooh} {mein,me,ke andar} {chhala,chhale,chala,chaala,chhaala,chhaale}",
        "{chhala,chhale} {muh,munh,mooh} {mein,me}", "earwax", "ear wax", "{motion,travel,car,bus} sickness", "hangover", "blister{,s} {on the "
        "heel ,on my heel ,}from {new ,tight ,}{shoes,chappals,sandals,slippers}", "{tired,strained} eyes",
        "eye strain", "corn{,s} on {the ,my ,}{foot,toe,toes}",
        # round 9, Hinglish: dandruff, head lice, skin dried in winter
        "{rusi,rusee,roosi}", "{sir,sar,baal,baalon,balon} {me,mein} {jue,juen,juein,jooen}",
        "{jue,juen,juein,jooen} {hai,hain,pad gaye,padi,ho gaye,ho gayi}",
        "{chamdi,chamadi,twacha,skin,chamri} {sookh,sookhi,sukh,sukhi,sooki,sookhi sookhi,rookhi,rukhi,fat}"
        " {gayi,gai,gaya,ke,kar,rahi,hai,}",
        # round 15: a blister rubbed by new or tight shoes ("nayi chappal se edi pe chhala")
        "{new,tight,nayi,naye,nai,naya} {chappal,chappals,joote,joota,sandal,sandals,shoes,shoe,slippers} "
        "{se,ki wajah se} {edi,eddi,pair,ungli,angootha} {pe,par,mein,me} {chhala,chhale,chhaala,chala,phaphola}",
        "{new,tight} {shoes,chappals,sandals,slippers} {gave,caused} {a ,}blister{,s}",
        # round 19: a blister where a shoe rubs (heel, toe, sole), told without its cause, and Indian English's
        # "shoe bite"; a blister of the hand or the face may be a burn's and is not read here
        "{small,tiny,little,a small,a tiny,a little} {blister,blisters,water blister,blistr} on {the ,my ,his ,her ,"
        "}{heel,heels,toe,toes,little toe,big toe,sole,back of the heel,back of heel,ankle}",
        "shoe {bite,bites,bitten}", "{chappal,chappals,sandal} {bite,bites}",
        # round 16: skin dried in winter, heels cracked by work ("aedi phat gayi, darare")
        "dry {itchy ,}skin", "{cracked,cracking} {heel,heels}",
        "{aedi,edi,eddi,aidi,eri,heel,heels} {phat,fat,phati,fati,phatt} {gayi,gyi,gai,gaye,gayin,rahi,jaati,gai hai}",
        "{aedi,edi,eddi,heel,heels} {mein,me,pe,par} {darar,darare,daraar,daraaren,cracks}",
    )),
    # teeth turned yellow or brown (tobacco, tea, fluoride in the water, age): the tooth's colour, not jaundice
    "stained_teeth": Sign((), (
        "{yellow,yellowish,brown,stained,discoloured,discolored,dirty} {teeth,tooth}",
        "{teeth,tooth} {are ,is ,have ,has ,look ,looks ,}{turned ,gone ,become ,getting ,}{yellow,yellowish,brown,"
        "stained,discoloured,discolored}",
        "{stains,stain,yellow stains,brown stains,brown spots,yellow spots} on {the ,my ,his ,her ,}{teeth,tooth}",
        "{daant,dant,daat,daanth,daanton,danton,daaton} {peele,peela,pile,pila,peeli,bhoore,bhoora,bhure,pile pile,"
        "peele peele,ganda,gande} {bhoore ,bhoora ,}{ho gaye,ho gaye hain,ho gaya,pad gaye,pad gaye hain,hain,"
        "hai,ho rahe,ho rahe hain,}",
        "{daant,dant,daanton,danton} {par,pe,mein,me} {peela pan,peelapan,peela,peele daag,daag,dhabba,dhabbe,"
        "bhoore daag,bhoore dhabbe}",
        "{peele,pile,bhoore,bhure,gande} {daant,dant}", "{daant,dant} {ka,kaa} {peelapan,peela pan,rang}",
    )),
    # veins that bulge and twist on the legs (varicose veins): a surgeon's in turn when nothing else is wrong
    # (rules.varicose_veins); a bleeding vein, an ulcer or a hot painful one are the other rules'
    "varicose_veins": Sign((), (
        "varicose {vein,veins,veined}", "varicosit{y,ies}", "spider veins",
        "{vairikoz,vairikos,verikoz,varikoz,vericose,varicos,vairicose} {veins,vein}",
        "{bulging,swollen,twisted,knotted,prominent,blue,enlarged} {and twisted ,and swollen ,}veins {on,in} "
        "{the ,my ,his ,her ,both ,}{legs,leg,calves,calf,thighs,ankles}",
        "veins {on,in} {the ,my ,his ,her ,both ,}{legs,leg,calves,calf,thighs} {are ,have ,}{bulging,swollen,"
        "twisted,knotted,popping out,prominent}",
        "veins {are ,}{bulging,swollen,twisted,knotted,popping out,prominent} {on,in} {the ,my ,his ,her ,both ,}{legs,"
        "leg,calves,calf,thighs}",
        "{leg,legs,calf,calves} veins {are ,}{bulging,swollen,twisted,knotted,prominent}",
        # on the legs only: the neck's veins swollen are a failing heart's
        "{pair,pairon,pairo,taang,taangon,pindli,pinni} {ki,ke,mein,me,par} {nasen,nasein,nase,nason,nas} "
        "{phooli,phool,phuli,fuli,ubhri,ubhar,moti,tedhi,neeli}",
        "{pair,pairon,pairo,taang,taangon,pindli,pinni} {ki,ke,mein,me,par} {nasen,nasein,nase,nason,nas} "
        "{moti,phooli,neeli,ubhri} aur {tedhi,tedi,moti} {ho gayi,ho gai,ho gayi hain,hui,hain}",
        "{pair,pairon,pairo,taang,taangon,pindli,pinni} {ki,ke,mein,me,par} {neeli,moti,phooli,ubhri} "
        "{nasen,nasein,nase,nason}",
        "{nason,naso,nasen,nasein} {ka,ki} {gucha,guchha,guchchha,jaal,jaala}",
    )),
    # the urine told yellow, not dark, tea or cola coloured (terms_body's "dark urine"): concentrated urine when
    # nothing else is wrong (rules.yellow_urine), an early jaundice's when the eyes are yellow too
    "yellow_urine": Sign(("dark urine",), (
        "peshab peela", "peela peshab", "{yellow,peeli} {pee,peshab}", "urine {has ,have ,}{turned,become,gone} yellow",
        "{urine,pee,peshab} {is ,}{very ,}yellow",
        "{peshab,pishab,urine} {ka,kaa} rang {bahut ,halka ,}{peela,pila,peeli,yellow} {sa ,}{hai,ho gaya,}",
        "{peshab,pishab} {bahut ,zyada ,}{peela,pila,peeli} {aa raha,aa rahi,aata,aati,hota,hoti,ho raha,ho rahi,hai}",
    )),
    "no_complaint": Sign((), ("no {complaint,complaints,symptoms,problem,problems}",)),
    # round 18: "fit" of health in Hinglish, Punjabi and Telugu, said by a well person ("main bilkul fit aan", "fit ga
    # unnanu", "mujhe fit hona hai"): understood (no fit, and no complaint left unread); "fit aaya", "fit pada",
    # "fits aate" stay a fit
    "feeling_fit": Sign((), (
        "{bilkul,ekdum,ekdam,ek dum,poora,pura,poori,puri,full,totally,perfectly,completely,fully,sahi} fit",
        "fit {hona hai,hona chahta,hona chahti,rehna hai,rahna hai,banna hai,rehna chahta,rehna chahti}",
        "fit {rehne,rahne,hone,banne} {ke liye,ke lie,ke liye kya,ka tarika,ka upay}",
        "fit {aan,haan} {ji,}", "fit ga {unnanu,unnadu,unnadi,unnaru,unnam,unna,undi,undali,undataniki}",
        "{gym,exercise,workout,protein} {fit,fitness}", "fitness",
    )),
    # a baby gaining weight (an adult's weight gain is a complaint: not reassurance)
    "thriving": Sign((), ("{wajan,vajan,wazan,weight} {acche se ,achhe se ,theek ,thik ,}{badh,barh} {raha,rahi,rahe} "
                          "{hai,}", "gaining weight {well,nicely,normally,}")),
    # hiccups, at any age: a well newborn's after feeds (conditions.newborn_care_only), anyone else's a routine
    # complaint that the learned model does not raise (rules.hiccups); chest pain or breathlessness with them are
    # the other rules'
    "hiccups": Sign((), ("{hiccup,hiccups,hiccoughs,hiccuping,hiccupping,hichki,hichkiyan,hichkiyaan,hichkiyon,"
                         "hichaki}",)),
    # round 9: what a mother worries about in a well newborn (hiccups after feeds, milk spat up, milia, a bluish
    # birthmark, cradle cap, evening colic, the breasts of either sex swollen by her hormones): home care when the
    # baby feeds well and nothing else is wrong (conditions.newborn_care_only); a fever, a bad feed, a red flag is
    # still seen
    "newborn_normal": Sign((), (
        "{har ,}{shaam,sham,evening} {ko ,}{rota,roti,cries,crying}", "{evening,infant} colic", "colic",
        # a navel that bulges when the baby cries and goes back in (umbilical hernia, closes by itself)
        "umbilical hernia", "{naabhi,nabhi,nabi,navel,belly button} {bahar ,}{ubhri,ubhari,ubhar,phooli,phool jaati,"
        "nikli,sticks out,bulges,pops out}",
    )),
    # round 20: of them, what a baby's skin and body show, no illness of the baby's (milia, a bluish birthmark, cradle
    # cap, breasts swollen by the mother's hormones): home care with nothing else told, the feed told or not
    # (conditions.newborn_care_only); a fever, a bad feed, a red flag is still seen
    "newborn_mark": Sign((), (
        "milia", "{chhote ,chhote chhote ,chote chote ,}safed {dane,daane,dana,daana} {naak,nak} {pe,par}",
        "{naak,nak} {pe,par} {chhote ,chhote chhote ,chote chote ,}safed {dane,daane,dana,daana}",
        "{tiny ,small ,}white {spots,dots,bumps} on {the ,his ,her ,}nose",
        "mongolian {spot,spots}", "{neela,neele,nila,blue,bluish} {neela ,}{daag,dhabba,patch,mark} janam se",
        "cradle cap", "{sir,sar} {pe,par} {peeli ,}{papdi,papadi,pappdi}",
        "{breast,breasts,chhati} {buds,bud}", "{witch's,witches} milk",
    )),
    # a little milk brought up after feeds (posseting): a well baby's way; told of a baby gaining weight, "vomiting
    # after every feed" is this, not IMCI's "vomits everything" (conditions.newborn_care_only)
    "posseting": Sign((), (
        "{spits,spit,spitting,brings,bringing} up {a little ,some ,a bit of ,}{milk,feed,feeds}", "posset{,ing,s}",
        "{dudh,doodh} {muh,munh,mooh} se {nikal,nikaal,bahar} {deta,deti,dete,diya,di,de deta,de deti,nikalta}",
        "{thoda ,}{dudh,doodh} {nikal,ulat,ugal} {deta,deti,dete,diya,di}",
        # round 15: "small milk comes out of mouth after burp"
        "{small ,little ,a little ,some ,}milk {comes,came} {out of,out from,up from} {the ,his ,her ,}mouth",
        # "small milk comes out of mouth after burp", "milk comes up with the burp": a posset, however often
        "{small,little,thoda} milk comes out {of mouth ,}after {burp,feeds,feeding}",
        "milk comes up with {the ,}burp{,s}",
    )),
    # iron tablets taken (for anaemia, in pregnancy): they blacken the stool (context.apply_iron_colour)
    "iron_tablets": Sign((), (
        # round 18: iron begun ("IFA goli shuru kiya"), read whole before a medicine begun (medicine_started)
        "{ifa,iron,aayran,iron ki,ifa ki} {goli,goliyan,tablet,tablets,dawai} {shuru,chalu,start} {kiya,ki,hui,hua,"
        "kari,kiya tha,ki thi}",
        "{iron,ifa,ferrous,folic acid and iron,iron folic acid,iron and folic acid,iron ki,laal,lal,khoon ki,khun ki,"
        "khoon badhane ki,khoon badhane wali,khun badhane ki,hb ki,hb badhane ki} {tablet,tablets,tab,tabs,goli,"
        "goliyan,goliyaan,capsule,capsules,syrup,dawai,dawa}",
        "iron {supplement,supplements,le rahi,le raha,kha rahi,kha raha,shuru}", "(iron)", "taking iron",
        # round 20: a child's iron syrup ("iron ka syrup shuru kiya")
        "{iron,ifa,aayran,ayran,khoon badhane} {ka,ki,ke,wala,wali} {syrup,sirap,siraap,drops,tonic,goli,goliyan,"
        "tablet,tablets,dawai,dawa}",
        "started iron",
    )),
    # what the visit is for (a check-up, a refill, a vaccination): understood, but a clinician's, never self-care
    # round 18: eyes that ache after reading or a screen ("padhne ke baad aankh dukhti"): a strain, the glasses'
    "eye_strain": Sign((), (
        "{padhne,padhte,parhne,likhne,mobile dekhne,phone dekhne,tv dekhne,screen dekhne} {ke baad,pe,par,se,time,"
        "waqt} {aankh,aankhen,aankhein,ankh,ankhen} {dukhti,dukhti hai,dukhti hain,dukhti he,dard,mein dard,me dard,"
        "thak jaati,thakti}",
        "{eyes,eye} {ache,aches,hurt,hurts,pain,tired,strain} after {reading,studying,the screen,the phone,tv,mobile}",
        # round 20: eyes tired or dry after hours at a screen (digital eye strain: blinks spaced out, a tear film that
        # dries): "eyes tired and dry after long screen time", "dry eyes from the laptop all day"
        "{eyes,eye} {are ,feel ,get ,}{tired,dry,strained,tired and dry,dry and tired,heavy and dry} {after,from,with} "
        "{long ,too much ,hours of ,a lot of ,lot of ,}{screen,screens,screen time,the screen,computer,the computer,"
        "computer work,laptop,the laptop,phone,the phone,mobile,the mobile,reading,studying}",
        "dry {eyes,eye} {after,from,with} {long ,too much ,hours of ,}{screen,screens,screen time,the screen,computer,"
        "the computer,laptop,the laptop,phone,the phone,mobile}",
    )),
    "visit_purpose": Sign((), (
        "{routine,regular,general} {check,checkup,check-up,"
        "visit}", "{bp,sugar,blood pressure,blood sugar,pressure,diabetes} {check,checkup,check-up,review}",
        "{for,wants,want,needs,need,came for,here for} {a ,the ,}{check,checkup,check-up,report,reports,refill,"
        "medicines,medicine,prescription,follow up,follow-up,vaccination,certificate}",
        "refill of {his ,her ,my ,}{medicines,medicine,tablets}", "follow{ ,-}up",
        # an antenatal visit, a refill, a vaccination: what the visit is for, not a complaint
        "{check up,checkup,check-up,jaanch,janch,scan,test} {ke liye,ke lie,karwana,karwane,karana,karane}",
        "{for ,}{scan,check up,checkup,check-up} {and check up,and checkup,and scan,}",
        "refill{,s}",
        "{tablets,tablet,medicine,medicines,dawai,dawa,dawaai,inhaler,pump} {finished,finish,over,khatam} {ho gayi,ho gaya,"
        "ho gaye,hai,}",
        # round 17: the tablets run out, told in Hinglish and Kannada ("BP ki goli khatm", "tablets mugidide"): a
        # refill and the reading checked by a clinician, not self-care
        "{goli,goliyan,goliyaan,gulige,guligegalu,tablets,tablet,maatre,matre,medicine,medicines,dawai,dawa} {khatm,"
        "khatam,khtm,khatma,mugidide,mugidive,mugidhide,mugiditu,mugidittu,mugdide,khali aagide,run out}",
        "{ran,run,running} out of {his ,her ,my ,the ,}{tablets,medicines,medicine,pills,insulin}",
        "{out of,no} {his ,her ,my ,}{tablets,medicines,pills} {since,for}", "{need,needs,want,wants} {more ,his ,her ,my ,}{tablets,medicines,medicine,inhaler}",
        "{tablets,tablet,medicine,medicines,dawai,dawa,inhaler,refill,painkiller,pain killer} chahiye",
        # round 18: the prescription asked for ("dawai likh do", Punjabi "dawai likh deo")
        "{dawai,dawa,dawaai,goli,goliyan,parchi} {likh,likh do,likh deo,likh dyo,likh dijiye,likh dena,likh den,"
        "likh ditti,likhwani,likhwana}",
        "{injection,tika,teeka,vaccine} {lagwana,lagwane,lagana} {hai,}",
        # a tetanus shot asked for, the disease not told: "tetanus ka teeka lagwana hai", "TT ki sui lagwa do"
        "{tetanus,titnes,tt} {ka,kaa,ki} {teeka,tika,injection,injekshan,sui} {lagwana,lagwane,lagwani,lagvana,"
        "lagvane,lagwa do,laga do,lagwa lo,chahiye,chaahie,lena} {hai,aaye hain,aae hain,}",
        "{tetanus,tt} {injection,shot,vaccine,booster} {chahiye,lagwana,lagwani,lagwa do,lena} {hai,}",
        "{need,needs,want,wants,wanted,get,getting} {a ,the ,my ,his ,her ,}{tetanus,tt} {injection,shot,vaccine,"
        "booster,jab}",
        "{came for,here for,come for,came to get,for} {the ,a ,her ,his ,my ,}{tt,tetanus,iron,flu,booster} "
        "{injection,shot,tablets,vaccine,vaccination}", "{iron,calcium,folic acid} tablets",
        # a medical examination for a job, a school or a licence ("naukri ke liye medical chahiye")
        "{naukri,naukree,nokri,job,service,bharti,admission,college,school,license,licence} ke {liye,lie,lia} "
        "{medical,medikal,medical certificate,medikal sartifiket,check up,checkup,jaanch,janch}",
        "{job,pre-employment,pre employment,employment,insurance,visa,driving licence,driving license} {medical,"
        "medical check,medical checkup,medical check-up,medical exam,medical examination,medical certificate}",
    )),
    "other_pain": Sign((), (
        "{neck,hip,hips,heel,heels,finger,fingers,hand,hands,foot,feet,rib,ribs,groin,buttock,gardan,kandha,"
        "kandhe,haath,ungli,edi,kulha} {pain,ache,aches,dard,is paining,hurts,is sore}",
        "{pain,ache} in {the ,his ,her ,my ,}{neck,hip,heel,finger,fingers,hand,hands,foot,feet,groin,buttock}",
    )),
    # round 15: what makes a bleed or a wound a small one, and a vaccine's reaction its own (minor.py reads them)
    # a bleeding stopped by pressing or within minutes ("stopped in 5 minutes after pressing", "naak dabaya to 5 min
    # mein ruk gaya"): the bleed was a small one. The blood word is left out (the bleeding_stopped wordings deny it,
    # or the "stopped" here does: cues.CUE_TRANSPARENT_FLAGS)
    "bleeding_controlled": Sign((), (
        "{stopped,stops,settled} {on,after,with,by} {pressing,pressure,pinching,pressing it,pressing the nose,"
        "pinching the nose,applying pressure,a cloth}",
        "{stopped,stops,settled} {in,within,after} " + FEW_MINUTES + " {min,minute,minutes} "
        "{after pressing,on pressing,with pressure,by pressing,of pressing}",
        "{dabaya,dabane,dabaane,daba ke,dabake,daba kar,dabakar} {to ,se ,par ,pe ,}" + FEW_MINUTES + " "
        "{min,minute,minat} {mein,me} {ruk,band} {gaya,gayi,ho gaya,ho gayi}",
        "{dabaya,dabane,dabaane,daba ke,dabake,daba kar,dabakar} {to ,se ,par ,pe ,}{thodi der mein ,jaldi ,}"
        "{ruk,band} {gaya,gayi,ho gaya,ho gayi}",
        "bleeding {has ,}stopped", "{stopped,stops} bleeding", "khoon {ruk gaya,ruk gayi,band ho gaya,thama}",
        "bleeding {is ,was ,}{controlled,under control,stopped with pressure}",
    )),
    # a few drops or a streak of blood (the blood word itself is left to say where it came from: "latrine ke baad
    # laal khoon ki boondein" is the stool's, "naak se kuch boond khoon" the nose's)
    "small_bleed": Sign((), (
        "{few ,a few ,some ,small ,tiny ,little ,}{drops,drop,streaks,streak,spots,specks,speck,traces,trace,"
        "flecks} of",
        "{few ,a few ,some ,small ,tiny ,thin ,}{streak,streaks}", "bright red", "fresh red",
        "{ki,ka} {boond,boonde,boondein,bunde,dhaari,lakeer,lakir}",
        "{kuch,do,chand,thodi,ek do} {boond,boonde,boondein,bunde}",
        # round 18: Punjabi "khoon diyan boondan", "khoon di boond"
        "{di,diyan,diya} {boond,boondan,bunda,boonda}",
        # drops that fall ("khoon ki kuch boondein girti hain"): the blood's, not a fall
        "{kuch ,do ,chand ,thodi ,ek do ,}{boond,boonde,boondein,bunde} {girti,giri,gir jaati} {hain,hai,}",
    )),
    # red blood that drips, in Hindi ("latrine ke baad laal khoon tapakta"): a small bleed, its site told around it
    # (renames: the stool's after "latrine", the nose's after "naak se")
    "dripping_red_blood": Sign(("bleeding",), (
        "{laal ,lal ,taaza ,taza ,}{khoon,khun} {tapakta,tapakti,tapak,tapke,tapkta,tapka,tapki,tapakta hai,tapak jaata}",
    ), flag="small_bleed"),
    # round 22: blood seen on the toilet paper after a stool ("fresh blood on toilet paper"): a streak, a fissure's or
    # piles' (minor.outlet_bleeding judges it with the hard stools and the weeks; signs_sadri has the Hindi)
    "blood_on_paper": Sign(("blood in stool",), (
        "{fresh ,bright red ,bright ,red ,little ,a little ,some ,}blood on {the ,}{toilet paper,tissue,tissue paper,"
        "toilet tissue,paper}",
    ), flag="small_bleed"),
    # a vaccine given in the last day or two: a fever and a sore swelling where it went are its usual reaction
    "recent_vaccine": Sign((), (
        "{vaccine,vaccination,tika,teeka,tikka,tike,teeke,injection} {lagaya,lagwaya,lagvaya,laga,lagi,lagwayi,"
        "lagvayi,diya,di,dilwaya,lagaya tha,lagwaya tha,laga tha,lagi thi,lagwaye,lage}",
        "{vaccine,vaccination,tika,teeka,tikka} {lagne,lagane,lagwane} {ke baad,se}",
        "{after,since} {the ,his ,her ,its ,}{vaccine,vaccines,vaccination,vaccinations,immunisation,immunization,"
        "jab,jabs,shots,shot,booster,pentavalent,penta,dpt,dtp}",
        "{got,had,given,received,took} {the ,his ,her ,its ,a ,}{vaccine,vaccines,vaccination,vaccinations,jab,jabs,"
        "shots,booster,pentavalent,penta,dpt,dtp} {yesterday,today,this morning,last evening,}",
        "{vaccinated,immunised,immunized} {yesterday,today,this morning}",
        "{pentavalent,penta,dpt,dtp,measles,pcv,ipv,rota,mr,opv,typhoid} {vaccine,injection,tika,teeka,dose,shot,jab,"
        "booster,ka booster,ka tika,ka teeka} "
        "{lagaya,lagwaya,laga,lagi,diya,di,given,taken,yesterday,today,kal,}",
    )),
    # a graze (an abrasion) is a minor wound at any age: cleaned at home, a child's too
    "graze": Sign(("wound",), (
        "graze{,s,d}", "scrape{,s,d}", "abrasion{,s}", "kharonch{,e,en}",
        "scraped {my ,his ,her ,the ,}{knee,elbow,arm,leg,hand,skin,palm,shin}",
        "{ghutna,ghutne,kohni,haath,hath,pair,hatheli,chamdi} {chhil,chil} {gaya,gayi,gaye,gai}",
        "{chhil,chil} {gaya,gayi,gaye,gai}",
    ), severity="mild"),
    # Sleepiness and tiredness a parent, a teacher or a wife sees that are not the drowsiness of a sick patient: pauses
    # in the breath of a snorer's sleep (sleep apnoea, a clinic's work-up, not a breath stopped: rules.sleep_apnoea
    # keeps an infant's an emergency), dozing at school or at work (daytime sleepiness), tiring fast at play or on a
    # walk (exercise intolerance, anaemia's or the heart's to examine): none is a child's lethargy
    # (renames.TIREDNESS_SEEN_AWAKE)
    "sleep_apnoea": Sign((), (
        "{stops,stop} breathing {in,during} {his ,her ,}sleep", "{stops,stop} breathing {while,when} {sleeping,asleep}",
        "{stops,stop} breathing for {a few,few,some} seconds {in,during,while} {sleep,sleeping}",
        # "snores very loudly and stops breathing for some seconds at night"
        "{stops,stop,stopped} breathing {for a few seconds ,for few seconds ,for some seconds ,for seconds ,for a "
        "while ,}{at night,in the night,while asleep,when asleep,in his sleep,in her sleep,during sleep,in sleep}",
        "{snores,snoring} {very ,}{loudly,loud} and {then ,}{stops,stop} breathing",
        "{breathing,breath} {stops,pauses} {for a few seconds ,for some seconds ,}{at night,in the night}",
        "breathing {stops,pauses} {in,during} sleep", "pauses in {his ,her ,}breathing {in,during} sleep",
        "sleep apn{o,}ea", "{snores,snoring} {loudly,loud} and {stops,stop} breathing",
        "{neend,nind} {mein,me} saans {ruk,atak} {jaati,jati} {hai,}", "{sote,sote hue,sote waqt} saans {ruk,atak} "
        "{jaati,jati} {hai,}",
    )),
    "daytime_sleepiness": Sign(("fatigue",), (
        "{sleepy,dozes,dozing,falls asleep,sleeps} {in,during} {class,school,office,work,lectures,meetings}",
        "{sleepy,dozes,dozing,falls asleep,sleeps} at {school,work,the shop,shop,office}",
        "{sleepy and tired,sleepy,drowsy} in daytime at {shop,work,office,school}",
        "{sleepy,drowsy} during the day at {work,school,the shop,office}",
        "{excessive ,}daytime {sleepiness,drowsiness}",
        # round 22: sleepy by day after nights awake ("cant sleep at nite, sleepy in day", "din me neend aati")
        "{sleepy,drowsy} {in,during,by} {the ,}{day,daytime,day time}",
        "{din,din me,din mein,din bhar} {neend,nind} {aati,aata,aati hai,aati rehti}",
        # round 20: "sleepy all day at work", "drowsy the whole day in office" (a place of the day's work, not a sick bed)
        "{sleepy,drowsy,dozy,dozing} {all day,the whole day,whole day,all day long,throughout the day} {at,in} {work,"
        "school,class,office,the office,college,the shop,shop}",
        "{class,school,dukaan,office} {mein,me} {sota,soti,so jaata,so jaati,oonghta,oonghti}",
        # "sleepy in the first period", "dozes off while driving", "falls asleep at the wheel"
        "{sleepy,drowsy,dozes,dozing,sleeps,falls asleep} in {the ,}{first,morning,last,every} {period,class,"
        "lecture,periods,classes}",
        "{dozes,dozing,dozed,nods,nodding} off {while,when,at} {driving,work,the wheel,talking,eating,reading,"
        "watching tv,school,class}", "{falls,fell,falling} asleep {while,when,at} {driving,the wheel,talking,eating}",
    )),
    "exertional_fatigue": Sign(("fatigue",), (
        "tired {fast,quickly,easily} {while,when,on,after} {playing,walking,running,climbing stairs}",
        "tires {fast,quickly,easily}", "{khel ke,khel kar,chalte hue,chalte chalte} jaldi {thak jaata,thak jaati}",
        # round 21: tires quickly, told alone ("jaldi thak jaati hai", Bhojpuri "jaldi thak jaat ba"): the
        # exertional tiredness of an anaemic child (IMCI's pallor), not a lethargic one
        "jaldi thak {jaata,jaati,jati,jata,jaate,jaat,jaait} {hai,ba,chhai,}", "jaldi thaki jaait {chhai,}",
    )),
    # Numbness with its own harmless cause: a limb slept or sat on (a pressed nerve), a dentist's or other local
    # anaesthetic; and the strength or the face told intact. Together they are no stroke (conditions.numbness_own_cause)
    "numbness_explained": Sign((), (
        "after {sleeping,lying} on {it,his arm,her arm,my arm,the arm,his hand,her hand,my hand,that arm,that side}",
        "{slept,was sleeping,was lying} on {it,his arm,her arm,my arm,the arm}", "{sitting,sat} cross{-, }legged",
        "{arm,hand,leg,foot} {went,fell} {to sleep,asleep}",
        "after {the ,}{dentist,dental} {injection,anaesthetic,anesthetic,visit,treatment,filling,extraction}",
        "{dentist,dental,local} {injection,anaesthetic,anesthetic}",
        "{daant,dant} {ke ,ka ,}{injection,sui} {ke baad,lagne ke baad}",
        "sunn karne {ka,ki,wala,wali} {injection,sui}",
        "{haath,hath,baazu} {ke upar,par} {so gaya,so gayi,soya,soyi,so ke}",
    )),
    # round 20: a limb slept on told coming back by the minute, its feeling and its strength returning (with
    # numbness_explained, conditions.numbness_own_cause): "getting better every minute", "the feeling is coming back"
    "limb_reviving": Sign((), (
        "{getting,feeling,feels,becoming} better {every minute,by the minute,each minute,minute by minute,with every "
        "minute,every second,quickly,fast}",
        "{feeling,sensation,strength,power,grip} {is ,}{coming,came} back", "{slowly ,}coming back to normal",
        "{tingling,numbness,tingles} {is ,}{going away,wearing off,fading,easing} {slowly ,now ,}",
        "{dheere dheere,dhire dhire,minute minute mein} {theek,thik,normal} {ho raha,ho rahi,ho rahe} {hai,}",
    )),
}
