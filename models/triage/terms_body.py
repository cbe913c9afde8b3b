"""Wordings of the abdominal, urinary, musculoskeletal and pregnancy symptoms, and a child's dehydration (the skin's
and the injuries' are terms_injury.py, the mind's terms_mind.py, the rest terms.py, which merges them); see lexicon.py
for the brace syntax."""

from __future__ import annotations

from .lexicon import CANT, PRONOUN

# a baby's kicks in the womb that stopped ("laat nahi maar raha", Awadhi "laat maarat naahi"); told with the baby or
# the belly, since a child's legs that do not kick are another sign
_NO_KICK = ("{laat,lat,kick} {nahi,nhi,naahi,nai,na,band} {maar,maara,maarat,marat,maarta,maarti,maar raha,maar rahi,"
            "kar raha,kar rahi,kiya,kar rahe,ho gayi,ho gaya}")

BODY_TERMS: dict[str, tuple[str, ...]] = {
    "abdominal pain": (
        "abdominal {pain,pains,cramps,discomfort}", "abdomen pain",
        "{belly,tummy,stomach} {pain,ache,cramps,upset,discomfort}",
        # round 20: the belly told heavy ("upar pet mein bhaari lag raha", "stomach feels heavy"), as the chest's
        "{pet,pait} {mein,me,main} {bhari,bhaari} {pan,pann,sa,si,lagta,lag raha,lag rahi,lagna,hai,rehta}",
        "{stomach,belly,tummy,abdomen} {is ,feels ,feel ,felt ,}{very ,a bit ,bit ,}heavy",
        "{bellyache,tummyache,stomachache}", "pet dard", "pet {mein,me} {dard,marod,jalan}", "marod", "colic",
        "colicky pain",
        "gastric pain",
        "epigastric pain", "burning in {the ,}stomach",
        "{stomach,belly,tummy,abdomen} {is ,}{paining,hurting,aching,cramping,sore,upset}",
        "{stomach,belly,tummy} {cramps,cramping}", "cramps in {the ,his ,her ,my ,}{stomach,belly,tummy,abdomen}",
        "pet {mein ,me ,}{dard,marod,jalan}", "pet kharab",
        "epigastric {pain,burning,discomfort,ache}", "cramps", "cramping", "crampy pain",
    ),
    "nausea": (
        # round 16: "जी मिचलाता है" read aloud
        "{ji,jee} {michlata,michlaata,michlaataa,machlata,machlaata,michlati,machlati} {hai,}",
        # round 16: "feeling of vomiting"
        "{feeling,sensation,urge} of {vomiting,vomit}",
        # round 16: the urge told other ways (the misspelt "vomitting" is a word the lexicon already knows)
        "{feel,feels,feeling} like {puking,throwing up,vomitting}",
        # round 16: Devanagari "जी मिचला" read aloud
        "{ji,jee,jii} {michla,michlaa,machlaa,michal,mitla,mitlaa} {raha,rahi,rha,hai,}",
        "nausea", "nause{ous,ated,ating}", "{feel,feels,feeling} like vomiting", "{feel,feels,feeling} sick", "queasy",
        "{want to,urge to} vomit", "{ji,jee} machla{na,ta,raha,}", "ulti jaisa {lagna,lag raha,}", "matli",
        "morning sickness",
        # round 20: sick of the road ("car sick on the ghat road", "gets travel sickness")
        "{car,bus,travel,motion,sea} {sick,sickness}", "{carsick,seasick}",
        "{feeling,feel,feels} {nauseous,queasy,pukey}", "{going,about} to {vomit,be sick,throw up}",
        "ulti {jaisa,jaisi} {lag raha,lag rahi,lagta}", "{ji,jee} {ghabra,machal} {raha,rahi}",

        "{vomiting,vomit,vomitting,vomitting} {sensation,feeling,tendency}", "vomitish", "vomity", "queasiness",
    ),
    "vomiting": (
        "vomit{,s,ed,ing,ting,ted}", "vomitting", "vommiting", "throw{,s,ing} up", "threw up", "thrown up",
        "puk{e,es,ed,ing}",
        "emesis", "ulti", "ultiyan", "ultiyaan", "ulty", "qay",
        "{being,been,was} sick", "brought up {food,everything,milk,feeds}", "{bringing,brings} up {food,milk,feeds}",
        "ulti {ho rahi,aa rahi,hui,ki}", "ultee", "qai",
    ),
    "diarrhea": (
        # round 16: Devanagari "लूज मोशन" read aloud
        "{looj,loos,luj} {moshan,moshon,motion,motions}",
        # round 16: "motions are loose"
        "{motion,motions,stool,stools,latrine,potty} {are ,is ,}{loose,watery,patla,patli,patle}",
        "diarrh{e,oe}a", "diarhea", "diarrea", "diarhoea", "loose {motion,motions,stool,stools,potty,latrine,toilet}",
        "loose-{motion,motions,stools}", "watery {stool,stools,motion,motions}", "runny stool{,s}", "the runs",
        "purging",
        "dast", "daast", "dasth", "patla {pakhana,potty,latrine}",
        "{loose,watery,runny} {poo,poos,potty,motions,stools,stool}",
        "{frequent,many} {loose ,watery ,}{stools,motions}", "{running,runny} stomach",
        "upset stomach with {loose ,}stools", "{pet,paet} {chal,kharab} {raha,rahi}",
        "dast {lag,ho} {rahe,raha,rahi,gaye}", "cholera", "gastroenteritis", "gastro",
        # round 19: "food poisoning" is the lay name of a gastroenteritis from bad food, no toxic ingestion (its
        # dehydration signs and the told vomiting or stools carry the level; wild mushrooms keep their own rule)
        "food {poisoning,poison,poisioning,posioning,infection}", "food poisoned",
        "{stool,stools,motion,motions,loose stools} {many,several} times",
        "{tummy,stomach} bug", "{runs,the runs} all {day,night}", "{on,to,in} the {loo,toilet} all {day,night}",
        "{running,rushing,going} to the {loo,toilet} {all day,all night,again and again,every hour}",
        "{spending,spent,sitting} all {day,night} on the {loo,toilet}",
        # cholera's stool named by its look ("rice water stools", "chawal ke maand jaisi potty")
        "{rice water,rice-water,ricewater} {stool,stools,motion,motions,diarrhoea,diarrhea,potty,latrine}",
        "{stool,stools,motion,motions,potty,latrine} like rice water",
        "{chawal,chaawal} ke {maand,mand,paani,pani} {jaisi,jaise,jaisa} {potty,latrine,tatti,dast,motion,pakhana}",
    ),
    "blood in stool": (
        "blood in {the ,}{stool,stools,motion,motions,poo,potty,latrine,faeces,feces}",
        "bloody {stool,stools,motion,motions}",
        "blood {with,mixed with} {the ,}{stool,stools,motion,motions}",
        "{stool,stools,motion,motions} {with,mixed with} blood",
        "black {tarry ,}stool{,s}", "tarry stool{,s}", "mela{e,}na", "rectal bleeding", "pr bleed{,ing}",
        "bleeding {per rectum,from the back passage,from {the ,}anus}", "khooni dast",
        "{potty,latrine,pakhane,mal} {mein,me} khoon",
        "{blood,bleeding} {from,in} {the ,}{bottom,anus,rectum,back passage}", "{blood,bloody} {poo,poos,potty}",
        "{stool,stools,poo,potty} {is ,are ,}{black,bloody,red,tarry}", "black {poo,motions,potty}",
        # melaena told by its feel: "black sticky motion", "sticky black stools" (iron blackens a stool, not so)
        "black {and ,}{sticky,tar-like,tar like,tarry and sticky} {motion,motions,stool,stools,poo,potty,latrine}",
        "{sticky,tar-like,tar like} black {motion,motions,stool,stools,poo,potty,latrine}",
        "piles {with blood,bleeding}", "bleeding piles",
        "black {sticky,tarry,tar-like,tar like} {stool,stools,motions,poo,potty}", "{stool,stools,potty} like tar",
        "kala {pakhana,potty,mal}",
    ),
    "constipation": (
        # round 16: "motion not clear", "latrine saaf nahi"
        "{motion,motions,stool,potty,latrine,pet} {not clear,not clearing,saaf nahi,clear nahi,saaf nahi hota,"
        "saaf nahi hui}",
        "{latrine,potty,tatti} {nahi hui,na hui,nahi ho rahi}", "na {latrine,potty,tatti} hui",
        "stools {are ,}like {little ,small ,}{pellets,stones,goat droppings,balls}",
        "{can't,cannot,not able to,unable to,have not been able to} go to the toilet {properly,}",
        "constipat{ion,ed}", "hard stool{,s}", "{not,hasn't,has not} passed stool{,s}", "difficulty passing stool{,s}",
        "kabz", "kabj", "qabz", "pet saaf nahi {hota,ho raha,}",
        "no {poo,stool,stools,motion,motions,bowel movement,bowel movements} {for,since,in}",
        # round 19: the days told straight after ("no motion 2 days", "no potty 3 din")
        "no {poo,stool,stools,motion,motions,potty,latrine,bowel movement} {1,2,3,4,5,6,7,2-3,3-4,two,three,four,five} "
        "{day,days,din}",
        "{not,hasn't,has not,haven't,didn't} {passed,pass,opened} {my ,his ,her ,the ,}{stool,stools,motion,motions,"
        "bowels}",
        "{not,hasn't,didn't,haven't,has not,have not,did not} {pooed,pooped,had a poo,been for a poo,had a bowel movement}", "hard {poo,motions}", "straining {at stool,to pass stool}",
        "latrine nahi {ho rahi,hui}", "pet saaf nahi {hua,hui,ho rahi}",
        "{potty,latrine,tatti,motion,stool,pakhana} {nahi,nhi} {hui,hua,aayi,aai,aaya,ki,gaya,gayi}",
        "{potty,latrine,tatti,motion,stool,motions,stools} {tight,hard,sakht} {aa rahi,aati,hai,since,for,}",
        "{motion,stool,stools,motions} not passed",
        # round 20: a motion every few days ("potty 4-5 din me ek baar"), Hindi's as Punjabi's (signs_malwa)
        "{potty,latrine,tatti,pakhana,paikhana} {2,3,4,5,6,7,do,teen,chaar,2-3,3-4,4-5,5-6} din {me,mein,main} "
        "{ek,1} {baar,bar}",
        "{potty,tatti,toilet,latrine} nahi {hui,ho rahi,aayi,aa rahi,gaya,gayi}",
        "{latrine,tatti,potty,toilet,shauch,sandas,pakhana} {band,band hai,band ho gayi,band ho gaya}",
        # round 17: days without a stool counted ("3 din se latrine nahi"), a hard one in the hills' word ("latrine
        # kadi"), none and no wind either ("no potty no gas")
        "{din,dino,dinon,days} se {latrine,potty,tatti,pakhana} {nahi,nhi,ni,nahin}",
        # round 20: a stool once in so many days ("potty 4-5 din me ek baar")
        "{latrine,potty,tatti,pakhana,motion} {2,3,4,5,6,7,2-3,3-4,4-5,5-6,do,teen,chaar,char,paanch} {din,dino} "
        "{me,mein,main,mai} {ek baar,1 baar,ek hi baar}",
        "{latrine,potty,tatti} {kadi,kadak,kadi aa rahi,kadi hoti}", "no {potty,latrine,stool,motion} no gas",
    ),
    "jaundice": (
        "{hatheli,hatheliyan,talwe,talve} {aur talwe ,}{bhi ,}{peele,pile,peeli}",
        # the face, the chest, the body told yellow, one or two of them ("chehra aur chhati peeli dikhne lagi"); a
        # bare "peeli" is a stool's or a vomit's too (not "haath peele", a wedding's idiom)
        "{chehra,chehre,badan,sharir,shareer,chhati,chhaati,seena,twacha,chamdi,skin} {aur {chehra,chhati,chhaati,pet,"
        "aankhen,aankh,badan,sharir,seena} ,}{bhi ,}{peeli,peele,pili,pile}",
        # a newborn's chest or belly gone yellow, told with its verb ("chhati peela dikh raha", "pet pila ho gaya")
        "{chhati,chaati,chhaati,pet,sharir,shareer,badan,body,twacha,chamdi,chamri} {bhi ,}{peeli,peela,peele,pili,"
        "pila} {dikhna lagi,dikhna laga,dikh rahi,dikh raha,ho gayi,ho gaya,pad gayi,pad gaya,lag rahi,lag raha,hai}",
        "jaundice{,d}", "yellow{,ish} {eyes,skin,body}", "{eyes,skin,body} {are ,is ,}{yellow,yellowish}",
        "yellowness {of,in} {the ,}{eyes,skin}", "{skin,eyes,body} {turned,turning,looks,look,looking} yellow",
        "yellow",
        "icter{us,ic}", "piliya", "peeliya", "pilia", "kamla", "yellowish",
        "{eyes,skin,urine,body,nails} {have ,has ,}{turned,gone,become} yellow", "yellow{ish,} {colour,color,tinge}",
        "peela{pan,}", "pila pan",
        "{aankhen,aankhein,ankhen,ankhein,aankh} {peeli,peela,pili,peele} {hai,ho gayi,hain,}",
        # the eyes too ("daant peele hain aur aankhen bhi peeli ho gayi"), the yellow in the eyes
        "{aankhen,aankhein,ankhen,ankhein,aankh} bhi {peeli,peela,pili,peele}",
        "{aankhon,ankhon,aankh} {mein,me,ka,ki} {peelapan,peela pan,peelaapan}",
        "{peeli,pili} {aankhen,aankhein,ankhen}",
        # the body turned yellow, told of a girl or of the eyes and skin ("bachchi peeli pad gayi", "peele pad gaye");
        # "peela" alone is read above (not "peeli ho gayi": a stool or a vomit turns yellow too)
        "{peeli,pili,peele,pile} {pad,padh,par} {gayi,gai,gyi,gaye,gae,gye,rahi,rhi,rahe,jaati,jati,jaate,jate}",
        "yellowing {of ,}{the ,}{eyes,skin}", "yellowing",
    ),
    "dark urine": (
        # round 16: a yellow urine told with words between ("peshab bhi kam aur peela", "urine dark yellow"), not a
        # jaundice
        "{urine,peshab,pishab} {is ,bhi ,kam aur ,bhi kam aur ,}{dark yellow,gehra peela,peela,peeli,yellow}",
        "dark yellow {urine,peshab}",
        "urine {has ,have ,}{turned,become,gone} dark",
        "dark urine", "urine is dark",
        "{dark yellow,deep yellow,cola coloured,tea coloured,brown,high colo{u,}red} urine",
        "{peshab,pishab,urine} {coca cola,cola,coke,kali chai,chai,black tea} {jaisa,jaise,jesa,like}",
        # round 20: English's order ("urine is like strong tea", "urine looks like coke")
        "urine {is ,}{like,looks like,the colour of,the color of} {strong ,black ,dark ,}{tea,cola,coke,coffee}",
        "urine {is ,}{dark,brown,dark yellow,deep yellow,high colo{u,}red}", "gehra peshab",
        "{peshab,urine,pishab} {gaadha,gadha,gaada,gehra,gahra} {peela,pila,hai,}",
        "{urine,pee,peshab} {is ,}{very ,}{dark,dark yellow,brown,coloured,colored,tea coloured,cola coloured}",
        "{dark,brown} {pee,peshab}",
        # told yellow (concentrated urine unless the eyes are yellow too) in signs_benign.yellow_urine; little and
        # yellow, a thirsty patient's (not jaundice)
        "{peshab,pishab} {bahut ,}kam aur {peela,pila,gehra,gaadha}",
        "{peshab,pishab,urine} {ka,kaa} rang {gehra,gahra,gaadha,bhoora,dark} {peela ,pila ,}{sa ,}{hai,ho gaya,}",
        "{urine,pee,wee,peshab} {is ,looks ,}{the colour of,the color of,like,coloured like} {tea,black tea,coke,cola,"
        "coca cola}",
    ),
    "dysuria": (
        # round 16: "urine me jalan", "peshab karte waqt dard"
        "{urine,peshab,pishab} {me,mein,main,karte waqt,karte samay,ke time,ke waqt} {jalan,dard,burning}",
        "dysuria", "burning {micturition,urination,urine}", "painful urination", "urine infection", "uti",
        "{pain,painful,burning,burns,stinging,pain and burning} {while,when,during,on,after,with,in} {passing ,"
        "}{urine,urination,micturition,peeing}",
        "{peshab,pishab} {mein,me} {jalan,dard}", "jalan {peshab,pishab} {mein,me}",
        "{peshab,pishab} karte {samay,waqt} {jalan,dard}",
        "{burning,pain,stinging} {when,while,on} {peeing,weeing,urinating}",
        "{peeing,urinating,urination,passing urine} {is ,}{painful,burning,hurts}",
        "{it ,}{burns,hurts,stings} {when,while} {i ,he ,she ,}{pee,pees,wee,urinate,pass urine}",
        "{burning,pain,stinging,hurting} {when,while} {i ,he ,she ,}{pee,pees,wee,urinate,pass urine,pass water}",
        "{pee,urine,wee,peshab} {burns,stings,hurts,is burning,is painful,is stinging}",
        "{urine,urinary} {infection,burning}", "uti", "peshab {mein ,me ,}{jalan,dard} {hoti,hota,ho rahi}",
        "peshab karte {hue ,waqt ,samay ,}jalan",
        "{burning,pain,stinging} {sensation,feeling} {while,when,on,during} {peeing,urinating,passing urine,urination}",
    ),
    "blood in urine": (
        "blood in {the ,}urine", "bloody urine", "{red,pink} urine", "urine {is ,}{red,pink,bloody}", "ha{e,}maturia",
        "{peshab,pishab} {mein,me} khoon", "khoon {wala ,}peshab",
        "{urine,pee,peshab} {is ,}{red,pink,bloody,blood-stained,cola coloured}",
        "{blood,bleeding} {while,when} {peeing,passing urine,urinating}", "{red,pink,bloody} {pee,peshab}",
        "{cola,coca cola,coke} {coloured,colored,color,colour} urine",
    ),
    "reduced urine": (
        "{passing,passed} {less,little,very little,no,very less,scanty} urine",
        "{peshab,pishab} {bahut ,}kam aur {peela,pila,gehra,gaadha}",  # and dark urine: little and yellow
        "{not,hardly,barely} {passing,passed} urine",
        "{has not,hasn't,did not,didn't} pass{,ed} urine", "less urine", "{decreased,reduced} urine {output,}",
        "urine {output ,}{is ,}{less,reduced,decreased,low,scanty}", "no urine {since,for,output,today,passed}",
        "not peeing",
        "scanty urine", "oliguria", "anuria", "{peshab,pishab} {kam,band}",
        "{peshab,pishab,pesab,urine} {bahut,bohot,bilkul,ekdum} {kam,band}", "{peshab,pishab} {bahut ,}kam {aa raha,aa rahi,aata,ho raha,ho gaya,hai}",
        # a child's word for it ("susu kam ho rahi hai"), feminine
        "{susu,soosoo,susu bhi} {bahut ,}{kam,band} {aa rahi,aati,ho rahi,ho gayi,hai,}",
        "{susu,soosoo} {nahi,nhi} {aa rahi,ki,kiya,ho rahi,hui}",
        "{peshab,pishab} nahi {ho raha,aa raha,aaya,hua}",
        # round 17: none since the morning, "ni" for "nahi"; "also less" beside other signs
        "{peshab,pishab,pesab} {ni,nhi,nahin} {hua,hui,aaya,aya,kiya,ki,utra,ho raha,aa raha}",
        "{peshab,pishab,pesab} bhi {kam,band,bahut kam}", "urine {also ,}{v ,very ,}less",
        # Kannada and Telugu: urine does not go ("urine hogtilla", "mootra baratilla")
        "{urine,mootra,mutra,uccha,moothra} {hogtilla,hogta illa,hogutilla,baratilla,bartilla,aagtilla,raavatledu,"
        "ravatledu,povatledu,raledu}",
        "dry {nappies,nappy,diapers,diaper}", "no wet {nappies,diapers}",
        "{unable to,can't,cant,cannot,not able to} pass urine", "urine {is ,}not {coming,passing}",
        "{retention of urine,urinary retention}",
        "{urine passed,urine passing,urine output,passing urine,passed urine} {very less,less,very little,little}",
        "not passing {much,any,enough} urine",
        "urine not {passed,passing,coming}", "{peshab,pishab} nahi {kiya,ki,utra,utar rahi,aa rahi}",
        # round 20: none at all ("12 ghante se peshab bilkul nahi utra"): a retention's
        "{peshab,pishab,susu} {bilkul,ekdum,zara bhi,ek boond bhi} {nahi,nhi} {kiya,ki,utra,utri,utar rahi,aa rahi,"
        "aaya,hua,hui,ho raha}",
        "kam {peshab,pishab}", "{hard,difficult,difficulty} to pass urine", "peshab {nahi ,}{ruk gaya,band ho gaya,nahi utar raha,nahi ho raha}",
        "{no,not} {peed,weed,urinated} {since,for,in}",
        "{hasn't,has not,didn't,did not,not} {peed,weed,urinated,wet {a ,his ,her ,the ,}nappy,wet {a ,his ,her ,"
        "the ,}diaper}",
        "{urine,urinary} retention", "retention of urine",
        "{hardly any,very little,barely any} urine", "{urine,passing urine,peeing,urinating} drop by drop",
    ),
    "frequent urination": (
        # round 16: "बार-बार पेशाब" read with its hyphen
        "baar-baar {peshab,pishab,urine} {aata,aati,aa raha,jaana,lagta}",
        # round 16: to the bathroom again and again, "urine frequently"
        "baar baar {bathroom,toilet,washroom,latrine} {jana,jaana,ja raha,ja rahi,jaati,jaata,jata,jati}",
        "{urinating,urinate,passing urine,urine} {frequently,very often,again and again}",
        "baar baar {jana,jaana} {padta,padti,padte} {hai,}", "{get,gets,getting,has to get,have to get,wake,wakes,waking} up {at night,in the night,many times at night,at night many times} to {pee,urinate,pass urine}", "times {in the night,at night,every night} to {pee,urinate,pass urine}",
        "{getting up,waking up,wake up,wakes up,gets up,get up} {many times,several times,often,again and again,2 times,3 times,4 times,5 times,6 times,two times,three times,"
        "four times,five times,six times,} {at night ,in the night ,}to {pass urine,pee,urinate,pass water,wee}",
        "passing urine {very ,too ,}{often,frequently}", "frequent {urination,urine,urinating}",
        "{urinating,peeing} {a lot,often,frequently}",
        "frequency of urination", "polyuria", "nocturia", "{baar,bar} {baar,bar} {peshab,pishab}",
        "{jyada,zyada} {peshab,pishab}",
        "{peeing,urinating,passing urine,going to pee,going to the toilet} {a lot,often,frequently,many times,all "
        "the time,again and again,too much}",
        "{peshab,pishab} {bar bar,baar baar,jyada,zyada,bahut} {aata,aati,lagta,ho raha,hota}",
        "{passing,passes,passed} {a lot of,lots of,plenty of,too much} urine", "bahut {peshab,pishab}",
        "{going,goes,go} to {the ,}{toilet,bathroom,loo} {very ,too ,}{often,frequently} {to pee,to pass urine,to urinate,}",
        "{peshab,pishab} {mein ,me ,ke liye ,}{baar baar,bar bar} {jaana,jana,jaate,jaati,jata,jati}",
        "{peshab,pishab} {bar bar,baar baar}", "{bar bar,baar baar} {peshab,pishab}",
        "{going,goes} {to the toilet ,to pee ,to the bathroom ,}{frequently,often,again and again}",
        "{urinating,peeing,passing urine,urinate,pee} {very ,too ,so ,}{often,frequently}",
        "{peeing,urinating,passing urine} {all night,all day,the whole night,whole night}",
        "{need,needs,have,has} to {go,pee,wee,urinate} every {5,10,15,20,30,few} minutes",
    ),
    "vaginal bleeding": (
        # round 16: bleeding named from the vagina in Hindi
        "{yoni,yonee} {se,mein,me} {khoon,bleeding,rakt,rakht,blood}",
        "vaginal bleeding",
        "bleeding {pv,p/v,per vagina,per vaginum,from vagina,from the vagina,down there,from private parts}",
        "pv bleed{,ing}", "bleeding between periods", "spotting", "post{,-}menopausal bleeding",
        "{pv,p/v,vaginal} {bleed,bleeding,spotting}", "bleeding {per vaginum,pv,p v,from down below,from below}",
        "{bleeding,spotting} during pregnancy",
        "{clots,clotting} {in,during} {periods,menses}", "bleeding {with,and} clots",
        "khoon {aa raha,jaa raha,gir raha} {hai,}",
        # heavy periods in Hinglish: the bleeding is the period's ("periods mein bahut zyada khoon, 8-9 din")
        "{periods,period,mahina,mahwari,masik,mc} {mein,me,ma} {bahut ,}{zyada,jyada,adhik,bhaari} {khoon,bleeding}",
        # (told as what each period does, "period mein bahut khoon jaata": the heavy period's, not a haemorrhage)
        "{period,periods,mahwari,mahina} {mein,me} bahut khoon {jaata,jata,jaati,jati,aata,aati,hota,hoti}",
        # round 16: periods named heavy are signs_pregnancy.heavy_periods (no bleeding now), but not with clots
        "{heavy ,}{periods,period,menses} with {clots,clot}",
        # a pad soaked through every hour or so: a bleeding now, whatever it is called ("changing pad every hour")
        "{changing,changes,change,soaking,soaked,soaks} {a ,the ,}{pad,pads,cloth,kapda} {every,each,in an,in one,in "
        "half an} {hour,hr,half hour}",
    ),
    "vaginal discharge": (
        # round 16: Devanagari "सफेद पानी" read aloud
        "{saphed,safed,safaid} {paani,pani,panee,paanee} {aata,aati,aa raha,aana,}",
        "white {curd like,curd-like,curdy,thick,cheesy} discharge", "discharge {with itching ,}down there",
        # round 23: a newborn girl's white sticky mucus (newborn_ways: her mother's hormones, with the spotting)
        "{white,whitish} {sticky,mucus} discharge",
        "white discharge", "vaginal discharge", "discharge {per vaginum,pv,from vagina,down there}", "leucorrh{o,}ea",
        "likoria",
        "safed {pani,paani}", "{foul,bad} {smelling ,}discharge", "smelly discharge",
        "discharge {from ,}{down below,the vagina,private parts}",
        "{smelly,foul,itchy,thick,yellow,green,curdy} {vaginal ,}discharge", "safed {pani,paani} {aana,aata,aa raha}",
    ),
    "irregular periods": (
        # round 16: "mahina aage peeche aata hai" (early, then late)
        "{mahina,mahine,period,periods,mc,mahwari} {aage peeche,aage piche,aage-peeche,upar neeche} {aata,aati,aate,"
        "hota,hoti,}",
        # round 16: "period time pe nahi aata"
        "{period,periods,mahwari,mahina,mc} {time pe,time par,time se,samay par,samay pe,waqt pe,waqt par} {nahi,nhi,"
        "nahin} {aata,aati,aate,aaya,aayi}",
        "{periods,period,mc} {come,comes,coming} {every 2-3,every two or three,every few,once in 2-3,once in two or three} months",
        "irregular {periods,menses,cycles,menstruation,cycle,period}", "periods {are ,}{irregular,not regular}",
        "mahwari {aniyamit,time par nahi}", "mc {irregular,not regular}",
        "{mahwari,periods} {aniyamit,aniymit}",
        "{periods,menses,cycles} {are ,}{late,delayed,irregular,not on time,not regular}",
        "{missing,missed} periods {often,sometimes}",
        # round 18: "period 2-3 mahine mein ek baar aata" (from the Devanagari "पीरियड"), a cycle of months
        "{period,periods,peeriyad,piriyad,piriyed,mahwari,mc} {2-3,3-4,2 3,3 4,do teen,2,3,4} {mahine,mahino,mahinon} "
        "{mein,me,main} ek {baar,bar,vaar} {aata,aati,aate,aunda,aundi,hota,hoti}",
    ),
    "painful periods": (
        "{period,periods,menstrual} {cramps,cramp,pain,pains}",
        "painful {periods,menses}", "period {pain,pains,cramps}", "menstrual {cramps,pain}",
        "pain during {periods,menses,mc}",
        "dysmenorrh{o,}ea", "periods {are ,}{very ,}painful",
        "{severe,bad,painful} {period,menstrual} {pain,pains,cramps}",
        "{cramps,cramping,pain} {during,with,in} {periods,menses,my period,her period}", "mahwari {mein ,}dard",
        "{cramps,cramp,cramping,pain,pains} {on,in,during} the first {day,days,two days} of {my ,her ,the ,}{period,"
        "periods,menses,cycle}", "{period,periods} {cramps,cramping}",
        "periods mein dard",
    ),
    "reduced fetal movement": (
        # round 16: "बच्चा पेट में कम हिल रहा"
        "{bachcha,bachha,baccha,bacha,baby} {pet,pet ke} {me,mein,andar} kam {hil,hilta,hilti,hila} {raha,rahi,hai,}",
        # round 16: "baby movement kam hai", "bachha kam hil raha"
        "baby {movement,movements} {kam,less,reduced}",
        # round 20: with how much less between ("bachha bahut kam hil raha", "baby kaafi kam hilta hai")
        "{bachha,bachcha,baccha,bacha,baby} {bahut ,bohot ,bahot ,kaafi ,kafi ,thoda ,}kam {hil,hilta,hilti,hila} "
        "{raha,rahi,hai,}",
        # round 20: the baby's moving felt less ("bachha hilna bhi kam laga", "bachche ka hilna kam lag raha")
        "{bachcha,bachha,baccha,bacha,bachche,bachhe,baby} {ka ,}{hilna,hilna dulna,hilna-dulna} {bhi ,}{kam,"
        "bahut kam} {laga,lagta,lagti,lag raha,lag rahi,ho gaya,hua,hai}",
        # round 16: the baby in the womb not moving ("bachcha pet me hil nahi raha")
        "{bachcha,bachha,baccha,bacha,baby} {pet,pet ke} {me,mein,andar} {hil,hilta,hilna,hila,hilti} {nahi,nhi,koni,"
        "kam} {raha,rahi,hai,}",
        "baby not moving", "baby {has not,hasn't,hasnt,has not been,did not,didn't,didnt} {moved,kicked,moving}",
        # the time since told ("baby not moved since last night", "no kick since yesterday evening")
        "baby {not,no} {moved,kicked,movement,kick,kicks} since",
        "{less,reduced,decreased,fewer,no} {baby,fetal,foetal} movement{,s}",
        # "bachha hila hi nahi" (the past: has not moved at all since), Rajasthani "koni"
        "{bachcha,bachha,baccha,bacha,baby} {hila,hili,hilaa} {hi ,bhi ,}{nahi,nhi,koni,nathi}",
        "{bachcha,bachha,baccha,bacha} {kal se ,subah se ,raat se ,}bilkul {nahi,nhi} {hil raha,hil rahi,hilta}",
        # round 18, Punjabi: "bacha hileya nahi" (has not moved), "pet vich bacha hilda ni"
        "{bachcha,bachha,baccha,bacha,baby,nyana} {hileya,hilya,hiliya,hilia,hileyaa} {hi ,vi ,}{nahi,nhi,ni,nai}",
        "{bachcha,bachha,baccha,bacha,baby,nyana} {hilda,hildaa,hildi} {hi ,vi ,}{nahi,nhi,ni,nai}{ peya, piya,}",
        "baby {is ,}moving less",
        # round 19 (Awadhi and Bhojpuri of eastern UP as much as Hindi): the baby has not moved, told with "in the
        # belly" and the past's long vowel ("bachcha pet me hilaa nahi", "lalla pet me hilat naahi"), and the kicks
        # that stopped ("laat nahi maar raha", "laat maarat naahi", "kick nahi kar raha")
        "{bachcha,bachha,baccha,bacha,baby,lalla,lalna,bachva,bachwa,babua} {pet,pet ke,kokh} {me,mein,andar,ma,main} "
        "{hilaa,hila,hili,hile,hilat,hilal,hilel,dolaa,dola,hil-dul} {hi ,bhi ,}{nahi,nhi,naahi,nai,na,koni}",
        "{bachcha,bachha,baccha,bacha,baby,lalla,bachva,bachwa} {pet,pet ke,kokh} {me,mein,andar,ma} {hilat,dolat,"
        "hilta,hilti} {nahi,naahi,nai,na} {ba,hai,hain,}",
        "{bachcha,bachha,baccha,bacha,baby,lalla,bachva,bachwa} {pet me ,pet mein ,pet ma ,kokh me ,}" + _NO_KICK,
        "{pet me,pet mein,pet ma,kokh me} " + _NO_KICK, _NO_KICK + " {bachcha,bachha,baccha,bacha,baby,lalla,bachva}",
        "{hilna,hilna-dulna,hilna dulna,harkat,halchal} {band,bandh,nahi,nhi} {ho gaya,ho gayi,hai,hua,}",
        "{feels,feel,feeling} baby moving less", "baby {is ,}not moving {much,well,}",
        "baby {is ,}{kicking,moving} less",
        "{fetal,foetal} movements {reduced,decreased,less}", "bachcha {hil nahi raha,kam hil raha}",
        "{baby,bachcha,foetus,fetus} {is ,}{not ,}{moving,kicking} {less,much less,as much,anymore,at all}",
        "{not ,}{feeling,feel,felt} {the ,}baby {move,moving,kick,kicking}", "no {kicks,kicking,movements}",
        "{stopped,not} kicking", "{bachcha,bachha,baccha,bacha,baby} {kal se ,subah se ,raat se ,aaj se ,"
        "do din se ,}{hil nahi raha,hil nahi rahi,hil nahi rha,hilna band,nahi hil raha,hilta nahi,hil hi nahi raha}",
        "baby {has ,is ,}{gone ,become ,been ,}{quiet,still,very quiet,very still}",
        "{haven't,have not,hasn't,has not,didn't,did not} felt {the ,}baby {move,moving,kick,kicking} {since,for,today,}",
        "baby {has ,}stopped {moving,kicking}", "{pet,kokh} {mein,me} {bachcha,baby} {hil nahi raha,shaant hai}",
        "{less,fewer,reduced} kicks", "{baby's,babys} movements {are ,}{less,reduced,decreased}",
        # the baby by another name (Malayalam "kunju", Hindi "bachcha", "lalla"), and the kicks told far fewer, or
        # felt only once: "kunju is kicking much less", "kicks have become very less", "felt only one kick today"
        "{kunju,kuttu,vavu,bachcha,bacha,bachha,baccha,bachchi,lalla,child,baby} {is ,}{not ,}{moving,kicking} "
        "{less,much less,very less,a lot less,far less,as much,anymore,at all}",
        "{kicking,kicks,movements,moving} {have ,has ,are ,is ,}{become ,gone ,}{much less,very less,a lot less,"
        "far less,very few,much fewer,reduced a lot}",
        "{felt,feel,feeling,felt it,felt him,felt her,felt the baby} {move ,kick ,}only once {today,since morning,"
        "since yesterday,since last night,all day,the whole day,}", "only {one,1} {kick,movement} {today,since "
        "morning,since yesterday,since last night,all day,the whole day}",
        # Hindi's kick is "laat maarna": "baby ne ek baar bhi lat nahi maari", "bachcha laat kam maar raha", "laat
        # maarna band kar diya" (Devanagari "लात" reads "laat")
        "{baby,bachcha,bacha,bachha,baccha,bachchi,lalla} {ne ,}{ek baar bhi ,ek bar bhi ,kal se ,subah se ,"
        "raat se ,}{lat,laat,lath,laath} {nahi,nhi,nahin} {maari,mari,maara,mara,maarta,marta,maar raha,maar rahi,"
        "mar raha,maar rha,maarti}",
        "{lat,laat,lath,laath} {kam,bahut kam,bilkul nahi,nahi} {maar,mar,maarta,marta,maarti,maar raha,maar rahi,"
        "mar raha,maar rha,maar rhi,maare,maari,mari}",
        "{lat,laat,lath,laath} {maarna,marna} band {kar diya,kar di,ho gaya,ho gayi,hai}",
        "{hilna,hilna dulna,harkat} {kam,bahut kam,band} {ho gaya,ho gayi,ho gai,hai,kar diya}",
        "{pet,kokh} {mein,me} {harkat,halchal,hilna} {nahi,nhi,kam,band} {hai,ho rahi,ho raha,}",
        # round 20 (a tea garden's Sadri and Hindi, upper Assam): the negation before the verb ("subah se bachha nai
        # hila", read "nahi hila"), and the baby that does not turn as before ("bachha pehle jaisa nahi ghoomta",
        # "bachcha ab kam ghoomta"): "ghoomna" is how the belly's baby is said to move there
        "{bachcha,bachha,baccha,bacha,baby} {nahi,nhi} {hila,hili,hilaa,hilta,hilti}",
        "{bachcha,bachha,baccha,bacha,baby} {pehle,pahle} {jaisa,jaise} {nahi,nhi} {ghoomta,ghoomti,ghumta,ghumti,"
        "hilta,hilti}",
        "{bachcha,bachha,baccha,bacha,baby} {ab ,}kam {ghoomta,ghoomti,ghumta,ghumti}",
    ),
    "joint pain": (
        "{small ,}joints {of both hands ,of the hands ,}{are ,}{swollen and painful,painful and swollen,painful}",
        "{fingers,wrists,knuckles,joints} {ache,aches,hurt,hurts,are painful,are sore}",
        "joint pain{,s}", "pain{,s} in {the ,}joints", "painful joints", "joints {are ,}{aching,paining,painful}",
        "arthralgia",
        "arthritis", "jod dard", "jodon {mein ,}dard", "gathiya",
        "{joints,joint} {are ,is ,}{swollen and painful,stiff and painful,hurting,paining,aching}",
        "pain in all {the ,}joints", "jodo {mein ,}dard",
    ),
    "knee pain": ("knee pain", "knees aching", "ghutne {mein ,}dard", "ghutno {mein ,}dard",
                  "knee joint {pain,pains,ache,paining}",  # round 16: the knee named as a joint
                  "{gode,godeyan,goda} {da ,de ,ch ,mein ,}dard"),  # Punjabi goda (knee)
    "back pain": ("back pain", "backache", "back ache", "lumbago", "sciatica", "kamar dard", "peeth dard",
        "{back,lower back} {is ,}{paining,hurting,aching,sore,stiff}",
        "{pain,ache} in {the ,his ,her ,my ,}{lower ,}back",
        # round 20: a strain ("pulled a muscle in my back", "back strain from lifting")
        "{pulled,strained,sprained} {a ,}{muscle ,}in {the ,my ,his ,her ,}{lower ,}back", "back {strain,sprain}",
        # round 20: a pain that goes through to the back ("tearing, going thru to my bak": a dissection's)
        "{going,goes,gone,radiating,radiates,spreading,spreads,shooting,shoots,moving,moves} {thru,through} "
        "to {the ,my ,his ,her ,}{back,bak}",
    ),
    "leg pain": ("leg pain", "calf pain", "{pair,pairon,taang} {mein ,}dard",
        "{pinni,pinniyan,pindli,pindliyan} {mein ,ch ,}{dard,baal,khinchaav}",  # the calf, Punjabi and Hindi
        "{leg,legs,calf,thigh} {is ,are ,}{paining,hurting,aching,sore}",
        "{pain,ache,cramps} in {the ,his ,her ,my ,both ,}{leg,legs,calf,calves,thigh}",
        "{radiating,going,shooting,spreading} {to,into,down} {the ,his ,her ,my ,both ,}{leg,legs,thigh,calf}",
    ),
    "wrist pain": ("wrist pain", "kalai {mein ,}dard", "gutt {ch ,mein ,}dard",
                   "gutt {suj,sujj,sooj} {gaya,gayi,gya}"),  # Punjabi gutt (wrist)
    "reduced movement": (
        "unable to move", CANT + " {move,walk,stand,bear weight,get up}",
        CANT + " move " + PRONOUN + "{leg,arm,hand,foot,neck,limb}",
        CANT + " put weight on {it,the leg,the foot,his leg,her leg}", "not moving " + PRONOUN + "{leg,arm}",
            "limping",
        # (Dakhni's "chal nai para": nai is read nahi)
        "{difficulty,trouble} walking", "chal nahi {pa raha,pa rahi,sakta,sakti,para,pari,pa ra,pa ri}",
        "khada nahi ho {pa raha,pa rahi,sakta,sakti}",
        "uth nahi {pa raha,pa rahi}",
        "{can't,cannot,cant,unable to,not able to} {move,lift,use,bend,straighten} {it,his arm,her arm,his leg,her "
        "leg,the arm,the leg,the neck,the hand,his hand,her hand}",
        "{can't,cannot,cant,unable to,not able to} {get up,stand up,walk properly,move properly}",
        "{pair,paon,paer,taang,haath,hath} {hila,hil,utha,chala,mod,modh} nahi {pa raha,pa rahi,pa rahe,sakta,sakti,"
        "raha,rahi}",
        "{not ,}{walking,standing} {properly,at all}",
        # standing, getting up and walking "nahi ho paa rahi" in every person and spelling
        "{khada,khade,khadi,khara,khare,khari} nahi ho {pa,paa} {raha,rahi,rahe,rhe,rha,rhi,raheen,rahin}",
        "{uth,chal,khade ho,khadi ho} nahi {paa,pa} {raha,rahi,rahe,rhe,raheen}",
        # the frozen shoulder's sign: the arm will not go up, said without a pain word
        "{haath,hath,baazu,bazu} upar nahi {jata,jaata,jaati,uthta,uthti,ja raha,ja rahi,utha pa raha,utha pa rahi}",
        "{can't,cannot,cant,unable to,not able to} {raise,lift} " + PRONOUN + "{arm,arms,hand} {fully,above "
        + PRONOUN + "head,over " + PRONOUN + "head,to comb {his ,her ,my ,}hair}",
    ),
    "unable to drink": (
        "not taking {feed,feeds,milk} {at all,}",
        "not breastfeeding", "{unable to,not able to,can't,cannot,could not,won't,will not,refuses to,refusing to} "
        "{drink,breastfeed,breast feed,feed,suck,take feeds,take the breast,take breast,take milk,drink anything}",
        "{not,poorly} {feeding,sucking,drinking} {well,properly,at all,}", "{poor,refusing} {feeding,feeds,sucking}",
        "refus{es,ing} {feeds,the breast,breast,milk}", "{drinking,feeding} poorly",
        "not taking {feeds,breast,milk,the breast}",
        "{stopped,has stopped} {feeding,drinking,breastfeeding,sucking}", "doodh nahi {pee,pi} {raha,rahi}",
        "doodh nahi peeta",
        "peena {bhi ,}band", "kuch nahi pee {raha,rahi}",
        # round 20: water refused as milk is ("paani bhi nahi pee rahi", "subah se pani nahi piya"); a habit of
        # drinking little ("paani kam peeta hai") is not this
        "{paani,pani} {bhi ,}{nahi,nhi,nahin} {pee,pi} {raha,rahi,rahe,rha,rhi,pa raha,pa rahi,pa rahe,paa raha,"
        "paa rahi}",
        "{paani,pani} {bhi ,}{nahi,nhi,nahin} {piya,peeya,pi paya,pi payi,pee paya,pee payi}",
        # round 20: the milk not drawn ("doodh kheench nahi pata": a baby who cannot suck)
        "{doodh,dudh} {kheench,khinch,kheech,chus,choos} {nahi,nhi,nahin} {pata,pati,paata,paati,pa raha,"
        "pa rahi,paa raha,paa rahi,sakta,sakti}",
        "{not,isn't,is not} {drinking,feeding,sucking,nursing,taking feeds,breastfeeding}",
        "{won't,will not,wont} {drink,feed,suck,breastfeed,nurse,take {the ,}{breast,bottle,feeds}}",
        "{unable,not able} to {breastfeed,suck,feed,nurse}", "{refusing,refuses} {to drink,the bottle,to nurse}",
        "{can't,cannot,cant} {drink,suck,feed,keep fluids}", "feeding {badly,poorly}",
        # a "nahi" before or after: "doodh pee raha" alone is a baby feeding (it read as unable to drink, and only
        # a tie with the reassurance wording of the same words hid it)
        "doodh nahi {pee raha,pee rahi,peeta,peeti}", "doodh {pee raha,pee rahi,peeta,peeti} nahi",
        # not feeding well: "doodh theek se nahi pee rahi" (its "doodh theek" is not the reassurance of feeding_well)
        "{doodh,dudh} {theek,thik,acche,achhe,achchhe,sahi,dhang} se {nahi,nhi,nahin} {pee,pi,le,kheench,kheench} "
        "{raha,rahi,rahe,pa raha,pa rahi,pata,pati}",
        "{doodh,dudh} {theek,thik,acche,achhe,achchhe,sahi,dhang} se {nahi,nhi,nahin} {peeta,peeti,pita,piti}",
        # round 20: no feed taken today, told in the past ("aaj bilkul nahi piya", "doodh bhi nahi liya")
        "{doodh,dudh,feed} {bhi ,}{bilkul ,ekdum ,}{nahi,nhi,nahin} {piya,pia,peeya,liya}",
        "{aaj,subah se,kal se,raat se,kal raat se} {bilkul,ekdum,kuch bhi} {nahi,nhi,nahin} {piya,pia,peeya,pi raha,"
        "pi rahi,pee raha,pee rahi}",
    ),
    "sunken eyes": (
        "eyes {are ,look ,}{a little ,slightly ,a bit ,very ,}sunken",
        "sunken eye{,s,balls}", "eyes {are ,look ,looking ,}sunk{en,}", "{aankhen,aankhein,ankhen,aankh} {dhansi,dhas,dhasi,dhasi,dhansi hui,andar,dhas gayi,andar dhas gayi} {hui,gayi,}",
        "aankh{,en} andar {dhans,chali} gayi",
        "{eyes,eye} {are ,look ,looking ,}{deep,hollow,sunken,sunk in}", "hollow eyes",
        "{eyes,eye} {have ,has ,}{sunk,sunken,gone,gone deep,sunk deep} {in,inside,deep,into the head,}",
        # how deep, then sunk: "aankhein thodi dhasi", "eyes little sunken", "eyes look gone inside"
        "{aankhen,aankhein,aankhe,ankhen,ankhein,ankhe,aankh,ankh} {thodi,thoda,bahut,ekdum,bilkul,kaafi} "
        "{dhasi,dhansi,andar,dhas gayi,dhans gayi,dhas gai,dhans gai}",
        "{aankhen,aankhein,aankhe,ankhen,ankhein,ankhe,aankh,ankh} {dhasi,dhansi,dhas,dhans} {gayi,gai,gayi hai,hui,hai,}",
        "{eyes,eye} {look ,looks ,are ,}{a little,little,slightly,a bit,bit,somewhat} {sunken,sunk,sunk in}",
        "{eyes,eye} {look ,looks ,are ,have ,}gone {inside,in,deep}",
        "{sunken,depressed} {fontanelle,soft spot}",
    ),
}
