"""Phrases that hold a symptom word but are not one ("cold water", "fit and well", "fits of laughter", a cup
of tea spilt): phrases.py reads them as nothing, before any symptom's phrase can match them."""

from __future__ import annotations

# Phrases that contain a symptom word but are not one ("cold water", "fit and well").
IGNORED: tuple[str, ...] = (
    # medicines kept for their dose, not a suicide plan (longer than the suicide_plan wording, so it wins)
    "{kept,has kept,keeping,is keeping} {the ,some ,his ,her ,my ,}{pills,tablets,medicines} to take {them,it} "
    "{after,before,with} {food,meals,meal,dinner,lunch,breakfast,milk,water}",
    # a cup of something drunk or eaten, not a cupful of blood (signs_hinglish's cupful_amount)
    "{full,half,half a,a full,one full} {cup,glass,katori,bowl,tumbler,mug} of {tea,chai,coffee,milk,water,juice,"
    "lassi,soup,dal,rice,curd,buttermilk,sherbet,ors,porridge}",
    "{cup,katori,glass,bowl,tumbler,mug} {full,bhar} {tea,chai,coffee,milk,water,juice,lassi,soup,dal,rice,curd,doodh,"
    "paani,pani}",
    "cold {water,drinks,drink,food,weather,season,air,things,wind}", "{feeling,feels,feel} cold", "fit and well",
    "{feels,feeling,looks,is,am,are,was,otherwise,physically,keep,stay,medically} fit",
    "fit {and fine,and healthy,for,to}",
    # dropping into bed or onto the sofa worn out is sleep, not a collapse
    "collapsed {on,onto,into,in} {the ,my ,his ,her ,a ,}{sofa,couch,bed,settee} {after,from,tired,exhausted}",
    "collapsed into bed", "{exhausted,tired,worn out} and collapsed {on,onto,into} {the ,my ,his ,her ,}{sofa,couch,"
    "bed}", "{fits,fit} of {laughter,laughing,giggles,anger,rage,temper,crying,jealousy}",
    "{laughing,giggling,crying,temper,anger} {fit,fits}",
    # something spilt or dropped, not the patient falling: "garam paani gir gaya", "ankh mein kuch gir gaya"
    "{kuch,paani,doodh,chai,tel,daal,dhool,kachra,chuna,masala,mirchi,tinka,keeda} {gir,gira,giri,gire,gir gaya,"
    "gir gayi,gir gya,gira tha,giri thi}",
    # round 16: a vessel that fell (a scald, often), the weight that fell, the waters not broken, a blade that slipped:
    # no fall of the patient's ("garam daal ka bartan gir gaya", "chai ka cup gir gaya", "wazan gira", "paani nahi
    # gira", "knife slipped"). A stone or a wall that fell on the patient is an injury: it stays a fall.
    # (round 20: the tea gardens' "ketli", a kettle)
    "{bartan,bhagona,bhagauna,patila,patili,degchi,kadhai,kettle,ketli,cup,glass,gilas,lota,balti,thali,katori,wazan,"
    "vazan,wajan,vajan} {gir,gira,giri,gire,gir gaya,gir gayi,gir gaye,gir gya,gira tha,giri thi,gir pada,gir padi}",
    "{paani,pani} {nahi,nhi,nahin} {gira,giri,gir}",
    # round 21: crying while feeding, walking or passing urine ("dudh pilane me rona aata hai"): the pain's, not a
    # low mood
    "{pilane,pilate,karne,karte,chalne,chalte,uthne,baithne,khane,nahane,jaane} {me,mein,pe,par,time,waqt,samay} "
    "rona {aata,aati,aa jata,aa jaata,aa jati}",
    # round 21: weeping bitterly ("jaar jaar ro rahi", Urdu's "zaar zaar"), not Nagpuri's fever "jaar"
    "{jaar,zaar} {jaar,zaar} {ro,rona,roi,roye,royi,roya,rote,roti,rota,ro rahi,ro raha,ro rahe,ro padi,ro pada}",
    # round 21: Maithili's "khasi gel" (fell) of a hot food or drink spilt on the patient ("garam daal khasi gel haath
    # par"): a scald (its blister or burnt skin tells it), neither a fall nor a cough; and the food that burnt on the
    # fire ("roti jaral", "daal jaral"), no burn of the patient's
    "{daal,dal,chaah,chai,paani,pani,doodh,dudh,tel,bhaat,maar,maad,sabji} {khasi,khas} {gel,gelai,gelak,padal}",
    "{roti,daal,dal,bhaat,sabji,khana,khaana,doodh,dudh} {jaral,jar gel,jari gel,jar gail}",
    # round 19: the sweating stopped (a heat stroke's dry skin, not a sweat): "pasina bhi band", "paseena aana band"
    "{pasina,paseena,pasine} {bhi ,aana ,}band {hai,ho gaya,ho gayi,hoi gawa,}",
    # round 19: a wound that has healed ("ghaav bhar gawa", "zakhm sookh gaya"): its scar is what is told of now
    "{ghaav,ghav,zakhm,jakhm,ghaw} {bhar,sookh,sukh} {gaya,gayi,gaye,chuka,chuki,gawa}",
    "{knife,sickle,blade,axe,chaku,hasiya,darati} {slipped,slip}", "{weight,wazan,vazan} {is ,}falling",
    "{tumbler,glass,cup,vessel,pot,kettle,utensil,plate,bowl,pan,cooker} {fell,falls,fell down,dropped} {from,on,off,"
    "over,onto}",
    # round 20: the time of a feed ("doodh pite waqt maathe pe paseena", while drinking milk), not a baby feeding
    # well (signs_benign.feeding_well's "doodh pite")
    "{doodh,dudh,feed} {pite,peete,pilate,pilaate,pilaane} {waqt,samay,time,hue,huye,ke time,ke samay,ke waqt}",
    "{fitness,fit} certificate", "fall{,s,ing} asleep",
    # round 19: a food the child refuses, not an appetite lost: "not eating veggies", "doesn't eat green vegetables"
    "{not,doesn't,doesnt,does not,don't,dont,won't,wont,never} {eat,eating,eats,like,likes,liking} {any ,}{veggies,"
    "vegetables,green vegetables,greens,sabzi,sabji,fruits,fruit,salad,dal,daal}",
    # round 19: "fit" the verb of a size, not a seizure: "new chappals fits v tight", "ring doesn't fit", "blouse not
    # fitting properly" (a fit is had, comes or is told with a time; a shoe or a garment fits tight or loose)
    "{shoe,shoes,chappal,chappals,sandal,sandals,slipper,slippers,boot,boots,joote,joota,ring,bangle,bangles,dress,"
    "blouse,shirt,pant,pants,clothes,bra,cap,helmet,denture,dentures} {not ,don't ,dont ,doesn't ,doesnt ,do not ,does not ,}{fit,fits,fitting}",
    "{fit,fits,fitting} {v ,very ,too ,so ,a bit ,bit ,little ,a little ,slightly ,}{tight,tightly,loose,loosely,"
    "properly,perfectly,snugly,snug}",
    "{tight,loose,ill,badly,poorly} {fit,fits,fitting} {shoe,shoes,chappal,chappals,sandals,slippers,clothes,dentures}",
    # a tour, not a fit: "daura pe gaya tha", "office ke daure par hain"
    "{daura,daure,dauron,dora,dore} {pe,par,pa} {gaya,gayi,gaye,gya,gye,hai,hain,tha,thi,the,jana,jaana,jaata,jate,"
    "jaate,se}",

    # round 20: the family's worry, not the patient's anxiety ("no thoughts of harming herself but family is worried")
    "{family,parents,husband,wife,relatives,everyone,mother-in-law} {is ,are ,was ,were ,very ,so ,}{worried,tensed}",

    # a reading, not bleeding: "the sugar in my blood was 260"
    "{sugar,glucose} in {my ,the ,his ,her ,}blood", "gas {cylinder,stove,connection,chulha}",
    # giving blood is no bleeding: "fainted at the blood donation camp"
    "blood {donation,donation camp,donor,bank}", "{donated,donating,gave,give,giving} blood", "{khoon,rakt} {daan,dan}",
    # a known condition on treatment, not its symptom today: "epilepsy medicine refill, no fits for 3 years"
    "{epilepsy,mirgi,asthma,depression,heart,fits,seizure} {ki ,ka ,ke ,}{medicine,medicines,tablet,tablets,dawai,"
    "dawa,goli,goliyan,patient,treatment,drugs}", "blood {sugar,glucose,test,tests,report,reports,group}",
    "{white ,}patches on {the ,his ,her ,}{tonsils,tongue}", "hair {fall,falling,falling out,loss,thinning}",
    "{baal,bal} {gir,jhad,jhar} {rahe,raha,rahi} {hain,hai,}", "{baal,bal} {girte,jhadte,jharte} {hain,hai}",
    "yellow {discharge,pus,urine}",
    "{leg,legs,arm,knee,joint,foot,hand,skin,area,wound,calf,ankle,toe,finger} {is ,feels ,}{hot,warm}",
    # hands or feet cold in the cold season are not a shock sign
    "{my ,his ,her ,}{hands,feet,hands and feet,fingers,toes} {feel ,feels ,are ,get ,gets ,are always ,always feel ,"
    "always get ,}cold in {winter,winters,the winter,the cold,cold weather,the winters}",
    # a mild limp while walking is not a limp (floppy) child
    "with a {slight,little,small,mild} limp",
    "pale {stools,stool,motions}", "no complaints", "ringing in {the ,}ears", "heart rate", "blood pressure",
    "blood sugar", "blood test{,s}", "blood report", "blood group", "cut down", "cut back", "{eye,ear,nose} drops",
    "chest {x-ray,x ray,xray}", "sugar patient", "{spo2,sats,saturation} of",
    # a fire of the fields or the rubbish, whose smoke is told as a trigger, not a burn of the patient: "worse when they
    # burn crop waste", "parali jalate hain to khansi", "smoke from burning garbage"
    "{burn,burns,burning,burnt,burned} {the ,their ,}{crop,crops,crop waste,stubble,garbage,waste,trash,rubbish,"
    "leaves,dry leaves,plastic,wood,firewood,coal,cow dung,dung cakes,kachra,parali,paddy straw,straw,fields}",
    "{crop,stubble,garbage,rubbish,trash,waste,leaf,straw,parali,paddy} {burning,burnt,burned,fires}",
    # given to drink ("nimbu namak paani pilaya", "ORS pilaya"), not jaundice ("piliya") nor a nose ("naak")
    "{pilaya,pilaaya,pilayi,pilaayi,pilaye,pila diya,pila di,pilaya gaya,pilate,pilaate}",
    "{nimbu ,}{namak,nimak} {paani,pani,chini,cheeni}",
    # school marks or a rank that drop, not a fall: "marks falling", "grades dropping"
    "{marks,grades,scores,results,performance,rank} {falling,fall,fell,dropping,dropped,going down,gone down}",
    # the breaths counted, not a breathing trouble: "saans gini to 50 ek minute me" (vitals_text.VITAL_PATTERNS reads
    # the rate)
    "{saans,sans,saas} {gini,gin,ginee,gine,ginin,ginne,count,counted} {to,toh,tau,}",
    # round 20: a mother-in-law who says or wants something ("saas kehti upar ka doodh shuru karo"), not a breath
    "{saas,sasu,saasu} {kehti,kahti,bolti,boli,kaha,kehti hai,kehti hain,bolti hai,bolti hain,ne kaha,ne bola,maa} "
    "{ki,hai,hain,}",
    # round 23: Bhojpuri's ("saas kahait hai koi kuchh kar del hai"), and a cold that someone else names ("grandmother
    # says cold": the family's word, not a symptom told)
    "{saas,sasu,saasu} {kahait,kahat,kahela,kahelin,kahtin,bolait,bolat,bolelin} {hai,hain,ba,bari,}",
    "{grandmother,granny,grandma,nani,dadi,mother-in-law,elders,neighbour,neighbours,neighbor} {says,said,thinks,"
    "think,told,feels} {it is ,it's ,its ,he has ,she has ,baby has ,}{a ,}{cold,sardi,zukam}",
    # round 23: a mother's fear that the milk goes into the breath ("kahin saans me na chala jaye"), not a breathing
    # trouble told
    "{dar lagta ,darr lagta ,dar lagta hai ,darr lagta hai ,dar hai ,darr hai ,dar lagti ,}{kahin,kahi,kahiin} "
    "{saans,sans,saas} {me,mein,ki nali me,ki nali mein} {na,naa} {chala,chali,ghus,atak,phans} "
    "{jaye,jaaye,jae,jaaye,jaay}",
    # a hiccup's home remedy, not a breathing trouble: "tried holding my breath", "saans rok ke dekha"
    "{holding,held,hold,holds} {my ,his ,her ,the ,their ,}breath", "saans {rok,rok ke,rok kar,roke,rokna,rok li}",
    # a vaccine given, not the disease: "had tetanus injection this year", "tetanus ka teeka nahi lagwaya",
    # "टिटनेस का इंजेक्शन" (read aloud "titnes ka injekshan")
    "{tetanus,tt} {injection,injections,shot,shots,vaccine,vaccination,toxoid,jab,booster}",
    "{anti-tetanus,anti tetanus} {injection,shot,vaccine,serum}",
    "{tetanus,titnes,tt} {ka,kaa,ki,ke} {teeka,tika,injection,injekshan,sui,vaccine,booster}",
    # round 16: the breath told only to say it goes on, or when a pain comes: "saans chal rahi hai par hosh nahi",
    # "chubhan gehri saans pe", "dard jab saans leta hoon", "kharrate jaisi saans" (a breathing trouble is told with
    # its own words: "saans phool rahi", "saans nahi aa rahi", "saans tez"; a slow breath, "saans dheere dheere", or a
    # noise, "saans lete waqt awaaz", stays one)
    "{saans,sans,saas} {chal,chalti} {rahi,raha,rhi,rha,hai} {hai,}", "{saans,sans,saas} le {raha,rahi,rahe} {hai,}",
    "{jab ,}{saans,sans} {lene,leta,leti} {par,pe,hoon,hu,hun}", "{gehri,lambi} {saans,sans} {lene ,}{par,pe}",
    "{kharrate,kharraate,kharrate,khurrate,kharrato} {jaisi,jaise,wali,ki} {saans,sans,saas}",
    "{saans,sans,saas} {kharrate,kharraate,khurrate} {jaisi,jaise,wali}",
    # round 16: cold to the touch, or the cold season, is no cold in the nose: "he is cold and mumbling", "cold sweaty
    # hands", "knees stiff on cold mornings", "sardi mein badh jaate" (worse in winter), "sardi aate hi khujli"
    "{is,was,looks,look,looking,went,gone,turned,became,become,getting,skin,body} cold",
    "cold {to touch,to the touch,mornings,morning,nights,months,days,season}",
    "{on,in} cold {mornings,days,nights,weather}",
    "{sardi,sardiyon,sardiyan} {mein,me,main,ke mausam,ke din,ke dino,aate hi,aate,shuru hote} {mein,me,hi,}",
    # round 16: yellow that is no jaundice: a pale face ("chehra peela sa", "peela safed"), and a yellow pus, water or
    # stool ("peela pus", "peela pani"); a yellow phlegm is a cough's, a yellow urine the dark urine's (their terms)
    "{chehra,chehre,chehera,face} {bhi ,}{peela,peele,peeli,pila,pale} {sa,si,se,pad gaya,pad gayi,ho gaya,ho gayi,"
    "dikhta,"
    "dikhti,lagta,lagti,rehta,rehti,hai}", "{peela,peeli,pila} safed", "{peela,peeli,pili} {safed,white} {sa,si,pad}",
    # round 18: a face gone white-yellow ("chehra safed peela sa") and Punjabi's complexion gone yellow ("rang peela",
    # "rang peela pai gya"): pallor, an anaemia's; the yellow eyes of a jaundice keep their own terms
    "{chehra,chehre,chehera,face} {safed,saphed,safaid} {peela,peele,peeli,pila} {sa,si,se,pad gaya,pad gayi,}",
    "{rang,rung} {peela,pila,peeli,pili} {pai gya,pai gaya,pai gayi,ho gya,ho gaya,ho gayi,pad gaya,pad gayi,sa,}",
    "{peela,peeli,peele,pila,pili,yellow} {pus,pani,paani,mawad,mavaad,discharge,potty,latrine,point,dast}",
    "{pus,pani,paani,discharge,stool,stools,potty,latrine,motion} {bhi ,}{is ,has ,}{become ,turned ,}{peela,peeli,"
    "peele,yellow}", "dark yellow",
    # round 17: tablets bought or taken for a complaint, not an overdose ("took tablets from the medical shop for the
    # burning"): a count, a strip or a poison named stays the poisoning's and overdose.py's
    "{took,taken,had,got,bought,brought,taking} {some ,}{tablets,tablet,medicine,medicines,pills,capsules} {from,at} "
    "{the ,a ,}{medical shop,medical store,medical,chemist,chemist shop,pharmacy,pharmacist,doctor,clinic,dispensary,"
    "phc,hospital,local doctor,quack}",
    # round 16: the electricity's tension is no worry ("high tension wire")
    "high tension {wire,wires,line,lines,cable,tower}",
    # round 16: wind passed, a bowel that works ("gas pass ho rahi", "passing gas"): no indigestion
    "gas pass {ho rahi,ho raha,hoti,ho jaati,kar raha,kar rahi,hua,hui}", "{passing,passed,passes,pass} {gas,wind}",
    "{hawa,gas} {nikal,nikalti,nikal rahi}",
    # the usual flow of a period, not bleeding ("khoon saamaany", खून सामान्य read aloud)
    "{khoon,khun} {normal,saamaany,samanya,saamaanya,theek} {hai,jitna,jitni,}",
    "{bleeding,flow} {is ,was ,}{normal,usual,as usual,regular}", "{normal,usual,regular} {bleeding,flow}",
    # round 19: a cough or a sneeze that brings out a hernia or a leak of urine is its trigger, not a complaint of its
    # own ("swelling in groin comes when coughing", "urine leaking when she coughs or sneezes"); a pain on coughing
    # stays a cough
    "{comes,come,coming,comes out,coming out,pops out,bulges,bulges out,increases} when {he ,she ,i ,}{coughs,cough,"
    "coughing,sneezes,sneeze,sneezing,strains,straining}{ or {standing,lifting,lifts,straining,strains,sneezes,"
    "sneezing,laughs,laughing,coughs,coughing},}",
    "{leaks,leaking,leak,passes,comes,dribbles} {urine ,}when {he ,she ,i ,}{coughs,cough,coughing,sneezes,sneeze,"
    "sneezing,laughs,laughing}{ or {sneezes,sneezing,laughs,laughing,coughs,coughing,lifts,lifting},}",
    # Kasi (Varanasi) named as a pilgrimage is no Bengali "kashi" (cough)
    "{kasi,kashi} {yatra,trip,pilgrimage}",
    # round 20: a jolt, not a fit: the current's ("taar chhu gaya, jhatka laga") or a pain's on a step ("chalne me
    # jhatka lagta"); fits come in the plural ("jhatke aa rahe", "jhatke lag rahe")
    "jhatka {laga,lagta,lagti,lag gaya,lag gya,lagta hai,lagti hai,lagne laga}",
    # round 22: Kamla, a woman's name in UP and Bihar (and a word for jaundice), with her age after it ("Kamla 30
    # saal, ..."), or an elder's title ("Kamla devi", "Kamla chachi"); "kamla 3 din se" stays a jaundice
    "kamla {" + ",".join(str(n) for n in range(14, 91)) + "} {saal,sal,baras,varsh,years,yrs,yr}",
    "kamla {devi,ji,bai,didi,amma,chachi,kaki,dadi,nani,bua,bhabhi,ben,behen,bahan,mausi}",
    # round 20: falling ill, not a fall ("falls sick often", "fell ill last winter")
    "{fall,falls,falling,fell,fallen} {sick,ill}",
    # round 20: eyes tired of a screen are no fatigue ("eyes tired after laptop", "aankh thak jaati")
    "{eyes,eye} {feel ,feels ,are ,get ,gets ,look ,}{tired,strained}", "tired eyes", "eye strain",
    "{aankh,aankhen,aankhein,ankh,ankhen} {thak,thak jaati,thak jati,thak jaate,thak gayi,thak gai,thaki,thaki thaki}",
    # round 20: a cold told over, the cough it left being the complaint ("sardi ke baad khansi bachi"); a cold now
    # stays one ("sardi lagi hai"). (English's "cough after a cold" keeps its cold: the cough alone would be sent to
    # the chest physician, not the general physician who sees a cold's tail.)
    "{sardi,zukam,zukaam,jukam,jukaam,sardi zukam,sardi jukam} {ke ,}baad",
    # round 23: a cold that is not one: colds that come often (the complaint is another) and a cold medicine named;
    # nor a cold that is a temperature: a tooth's twinge "on sweet or cold", a patient saying he feels "thirsty and
    # cold" (a shock's). (A limb gone cold stays as read: its emergency leans on the words around it.) A cold told now stays one ("has a
    # cold", "cough and cold since 3 days"); so does one a cough is told "after" (its cough, alone, would go to the
    # chest physician, not the general physician who sees a cold's tail). One told over, days back or gone, is not.
    "{had,got,caught} {a ,}cold {" + ",".join(str(n) for n in range(1, 31)) + "} {days,day,weeks,week} "
    "{back,ago,before}", "{had,got,caught} {a ,}cold last {week,month}",
    "{sardi,zukam,zukaam,jukam,jukaam,sardi zukam,sardi jukam,sardi jukaam} {theek,thik,sahi,khatam} {ho gaya,"
    "ho gayi,ho gya,ho gyi,hua,hui,ho gelai,ho gel}",
    "{gets,get,catches,catch} {a ,}cold {frequently,often,easily,repeatedly,again and again,very often}",
    "frequent colds", "{cold,flu,cough and cold,cough cold} {tablet,tablets,medicine,medicines,syrup,capsule}",
    "{sweet,sweets,hot,sour,spicy} {or,and,ya,aur} cold", "cold {or,and,ya,aur} {sweet,sweets,hot,sour}",
    "{thirsty,pale,sweaty,shivering,weak} and cold",
    # round 23: a worry that is not the patient's complaint: stress told as what sets off another complaint ("loose
    # motions more when tension", "lot of tension in job"), a relative's guess ("we thought it was tension"), a
    # family's worry for the future ("yahi chinta hai"), a relative not to be alarmed ("don't want my wife to
    # panic"). Worry told as the
    # complaint stays anxiety ("always tense and worried", "ghabrahat hoti hai").
    "{more,worse,increases,increase,badhta,badh jaata,badh jata} {when,with,during,in} {tension,stress}",
    "{tension,stress} {in,at,of} {the ,my ,his ,her ,}{job,work,office,business,exams}",
    "{thought,think,thinking,thinks} {it's ,its ,it is ,it was ,this is ,this was ,}{tension,stress}",
    "{yahi,yehi,yahe,yahai,bas yahi,isi ki,iski,iska,uski,ekre} {chinta,tension,fikar,fikr} {hai,ba,he,}",
    "{make,making,made} {my ,his ,her ,our ,the ,}{wife,husband,family,mother,father,parents,kids,children} "
    "{panic,worry,tense,scared,afraid}",
    # round 23: fruit or leaves fallen, gathered by the patient ("bagaan me gir gel litchi chunait rahal"), not a
    # fall of the patient's
    "{gir gel,gir gaya,gire hue,gira hua,giri hui,gire,gira,giri} {litchi,lichi,aam,phal,phool,patte,patta,nariyal,"
    "fruit,fruits,mango,mangoes}",
    "fallen {fruit,fruits,leaves,mangoes,litchis,litchi,coconuts,coconut}",
    # round 23: the blood's haemoglobin told as a severe anaemia's number ("jaanch me khoon 5 bataya tha", "khoon 6
    # hai"; WHO: below 7 g/dl in pregnancy): a count, not a bleeding (a milder count, read as before, keeps its level)
    "{khoon,khun} {" + ",".join(str(n) for n in range(3, 7)) + "} {bataya,bataya tha,batya,tha,hai,nikla,aaya,gram,"
    "gm,g}",
    # round 20: a seedy stool is no rash ("potty peeli daane daar")
    "{daane,dane,daana} {daar,dar}",
    # round 20: one eye turned in is a squint, not dehydration's sunken eyes ("ek aankh andar jaati hai")
    "{ek,ekk,one} {aankh,ankh} {andar,andar ki taraf,bahar,tedhi,tirchhi}",
    # round 20: a jolt of the pain on walking or coughing ("chalne pe jhatka lagta", the belly's pain jarred by each
    # step), not a fit; the pain is told by its own words
    "{chalne,chalte,uthne,uthte,hilne,khaansne,khaanste,koodne,kudne,daudne} {pe,par,se,me,mein,time,waqt,samay} "
    "{jhatka,jhatke} {sa ,jaisa ,}{lagta,lagti,lage,lag raha,lag rahi}",
    # round 21: "jhatke se" before a movement is "all of a sudden" ("jhatke se uthti hu to chakkar aata": rising fast,
    # the dizziness of standing up), no fit; fits are told with their own verbs ("jhatke aa rahe", "jhatke pad rahe")
    "{jhatke,jhatka} se {uth,uthi,utha,uthe,uthti,uthta,uthte,uthna,uthne,uthu,uthun,uthoon,khada,khadi,khade,khari,"
    "khara,khare,baith,baithi,baitha,baithe,baithti,baithta,baithna,baithne,mud,muda,mudi,mude,mudna,mudne,mudta,"
    "mudti,ghoom,ghooma,ghoomi,ghumaya,ghumayi,ghumane,ghoomne,palat,palta,palti,palatne,jhuk,jhuka,jhuki,jhukne,"
    "jhukta,jhukti}",
    # round 20: a malaria's or a typhoid's course finished ("malaria ka dawa pura kiya"): the treatment, no fever
    "{malaria,typhoid} {ka,ki,ke} {dawa,dawai,dawaai,goli,course} {pura,poora,khatam} {kiya,kar liya,kar li,ho gaya,"
    "ho gayi}",
)
