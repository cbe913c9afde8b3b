"""Round 17's wordings of care at home (an ASHA facilitator in the Garhwal hills, a PHC nurse in north Karnataka,
young migrant workers and students on their phones): what names a harmless cause of a worrying word (a stinging
nettle's rash, a pink eye going round, smoke in the eyes, a neck slept on wrong, a bus ride's sickness, homesickness,
beetroot's red urine, a late period with the test negative) and more wordings of what signs_care.py already reads (a
calf's cramp, a needle's faint, a getting-up giddiness, a posset, a baby feeding well, a limb slept on, iron tablets).
signs.py merges HOMECARE_SIGNS into SIGNS; conditions.MINOR and minor_care.py read them."""

from __future__ import annotations

from .lexicon import Sign

HOMECARE_SIGNS: dict[str, Sign] = {
    # a stinging nettle (Garhwali and Kumaoni "kandali", "bichhu ghaas", "bichhu booti"): a burning, itching rash of
    # small bumps where it touched, gone in hours (the "bichhu" of it is no scorpion: signs.scorpion_sting)
    "nettle_sting": Sign(("rash",), (
        "{kandali,kandaali,kandeli,kandalee,sisun,sisoon}", "{bichhu,bichu,bicchu,bichchhu} {ghaas,ghas,booti,buti,"
        "patti,ka paudha,ki ghaas,ki patti}", "{stinging ,}nettle {sting,stings,rash,leaves,plant,}",
        "stinging nettle",
    ), severity="mild"),
    # a red eye going round a hostel or a school, sticky in the morning (viral or bacterial conjunctivitis): home care
    # while the sight stays clear and the eye does not hurt (NICE CKS infective conjunctivitis)
    "pink_eye": Sign(("red eye",), (
        "pink eye", "{eye,eyes} flu", "madras eye",
        "{aankh,aankhen,ankh,ankhen} {aana,aai,aayi,aa gayi,aayi hai,aa gayi hai,aai hai}",
        "{going round,going around,spreading,everyone has it} in {the ,our ,my ,}{hostel,school,class,pg,room,village}",
    ), flag="pink_eye"),
    # the eyes red and burning from a hearth's or a field's smoke, dust or a chilli (an irritant's, washed out at
    # home while the sight is clear)
    "smoke_eye": Sign(("red eye",), (
        "{chulhe ke ,chulhe ka ,lakdi ke ,}{dhuen,dhuan,dhuein,dhuyen,dhuwen,dhooen,smoke,dhool,dust,mirchi} {se,ki wajah se,"
        "from,because of} {aankh,aankhen,ankh,ankhen,eyes,eye} {laal,lal,red,jal rahi,jalti,jal rahi hai} {aur jalan,"
        "jalan,and burning,burning,}",
        "{eyes,eye} {red ,}{and ,}{burning,watering} {from,because of,due to} {the ,}{smoke,dust,chulha,fire}",
        # (told with a comma between: "dhuen se aankh laal, jalan")
        "{dhuen,dhuan,dhuein,dhuyen,dhuwen,dhooen,smoke} se {aankh,aankhen,ankh,ankhen} {laal,lal}, {jalan,jal rahi,"
        "jalti}",
    ), flag="eye_irritant"),
    # a small burn told by its size ("coin size", "sikke jitna"): a burn to dress at home when it has no blisters
    "coin_sized_burn": Sign(("burn",), (
        "{coin size,coin sized,coin-sized,coin-size,size of a coin,rupee coin size,small coin size,"
        "sikke jitna,sikke jaisa,sikke ke barabar}",
    ), severity="mild", flag="minor_burn"),
    # herding the flock on the high pastures (Garhwal's "bhed charate", "bakri charane"): where it happened
    "grazing_flock": Sign((), (
        "{bhed,bhedon,bhedein,bakri,bakriyan,bakriyon,gaay,gaayen,dangar,maweshi,dhor} {charate,charaate,charane,"
        "charaane,chugate,chugane} {hue,huye,waqt,samay,gaya,gayi,gaye,gaya tha,gayi thi,}",
    ), flag="outdoor_work"),
    # a neck gone stiff from sleeping wrongly on a pillow (a wry neck): turning hurts, there is no fever
    "slept_awkwardly": Sign((), (
        "slept {wrong,wrongly,awkwardly,badly,funny,in a wrong position,in a bad position,on a high pillow,"
        "on a hard pillow} {on the pillow,on pillow,on my pillow,}",
        "{wrong,high,hard,new} pillow", "{awkward,bad,wrong} sleeping position",
        "{takiya,takiye,takiye ki} {galat,ooncha,uncha,unchi,oonchi,sakht} {tha,thi,hone se,}",
        "{galat,ulta} {soya,soyi,soye,so gaya,so gayi,karwat} {tha,thi,se,}",
        # "galat takiye se so gayi", "oonche takiye pe soya", "galat tarah so gaya"
        "{galat,ooncha,oonche,uncha,unche,sakht,naye,naya} {takiye,takiya} {se,pe,par} {so,soya,soyi,soye,sone}",
        "{galat,ulta,ulte,tedha,tedhe} {tarah,tarah se,tarike se,position me,position mein} {so,soya,soyi,soye}",
    )),
    # a bus, a jeep or a boat's sickness: vomiting and giddiness on the road, well again at home
    "motion_sickness_hi": Sign((), (
        "{bus,gaadi,gadi,jeep,car,train,safar,travel,yatra,boat,naav} {me,mein,mai,main,pe,par} {ulti,ulte,ultiyan,"
        "ji machla,ji machlaya,jee machla,chakkar,ghabrahat} {aayi,aaye,aai,hui,hue,aa gayi,aata,aati,aate,hota,hoti}",
        "{vomited,vomiting,threw up,felt sick,nausea} {in,on,during} {the ,a ,}{bus,car,jeep,train,boat,journey,"
        "ghat road,hill road,ride}",
        "{car,bus,sea,travel,motion} {sick,sickness}",
    ), flag="motion_sickness"),
    # round 22: a child who vomits on every drive or hill trip ("vomits every time in car", "pahadi safar me ulti"):
    # the vomiting read, and its cause
    "motion_vomiting": Sign(("vomiting",), (
        "{vomits,vomit,vomited,throws up,ulti karta,ulti karti} {every time ,each time ,always ,whenever ,}{in,on,"
        "during} {the ,a ,}{car,bus,jeep,train,boat,journey,journeys,travel,hill trip,hill trips,ghat road,hill road,"
        "ride,rides,long drive,long drives}",
        "{hill,ghat,mountain,pahadi} {trip,trips,road,roads,journey,safar} {me,mein,pe,par} {ulti,ulte,ultiyan}",
    ), flag="motion_sickness"),
    # well again once home, off the bus, after a rest ("ghar aake theek")
    "well_since_home": Sign((), (
        "{ghar aake,ghar aa ke,ghar pahunch ke,ghar pahunchkar,utar ke,utarte hi,utarkar,aaram karke,rest karke} "
        "{theek,thik,sahi,normal,thik ho gayi,theek ho gayi,theek ho gaya,thik ho gaya}",
        "{fine,okay,ok,normal,better} {after,once} {getting home,reaching home,getting off,we reached,i reached,rest}",
    ), flag="reassurance"),
    # missing home after a move for study or work (homesickness: a low mood with its cause, seen only when it lasts,
    # or with bad thoughts)
    "homesick": Sign(("low mood",), (
        "{homesick,home sick,homesickness,home sickness}", "{miss,missing} {home,my family,family,mummy,mom,mum,maa,"
        "parents,ghar,ghar walon}", "ghar ki {yaad,yaad aati,yaad aa rahi,bahut yaad}",
    ), severity="mild"),
    # a red urine the day after beetroot (beeturia): the beet's colour, not blood (context.apply_food_colour)
    "beet_eaten": Sign((), (
        "{chukandar,chukander,chukundar,beetroot,beet,beetroots} {ki sabzi,ka juice,ka ras,ka salad,juice,salad,"
        "halwa,curry,palya,} {khaya,khayi,khaayi,khaaya,khaye,khaaye,khai,piya,pi,pee,li,liya,eaten,ate,had,"
        "tha,thi,kha liya,kha li}",
        "{ate,eating,eaten,had,drank,drinking} {a lot of ,lots of ,some ,}{beetroot,beet,beetroots} {juice,salad,"
        "curry,}",
    ), flag="food_colour"),
    # round 20: carrots, papaya, pumpkin or mango eaten in plenty, whose carotene yellows the palms and soles and never
    # the whites of the eyes (carotenaemia: context.apply_carotene_colour)
    "carotene_eaten": Sign((), (
        "{eats,eating,ate,eaten,has,having,had,drinks,drinking} {a lot of ,lots of ,lot of ,too much ,plenty of ,many ,"
        "so much ,loads of ,daily ,}{papaya,papayas,carrot,carrots,carrot juice,pumpkin,mango,mangoes,mangos,orange "
        "vegetables,gajar,papita,kaddu}",
        "{papaya,papita,carrot,carrots,gajar,pumpkin,kaddu,mango,aam} {bahut,roz,zyada,jyada,daily,every day} "
        "{khata,khati,khaata,khaati,kha raha,kha rahi,khaata hai,khaati hai,khata hai,khati hai,eats}",
    )),
    # the whites of the eyes told white: no jaundice there, where it shows first (context.apply_carotene_colour; "eyes
    # not yellow" is a jaundice of the eyes denied, read there too)
    "eyes_white": Sign((), (
        "{whites of the eyes,whites of his eyes,whites of her eyes,white of the eyes,white of eyes,eye whites} "
        "{are ,is ,look ,looks ,are still ,}{white,clear,normal,normal white}",
        "eyes {are ,look ,}{white,clear} {not yellow,and not yellow,not yellowish,no yellow}",
        "{aankhen,aankhein,ankhen,ankhein,aankh} {safed,saaf} {hain,hai,hi hain,}",
    )),
    # a period late with the pregnancy test negative (stress, a move, an illness delay it: test again in a week;
    # the late period is patient.missed_period's reading)
    "pregnancy_test_negative": Sign((), (
        "{pregnancy test,upt,urine test,test,kit,card test,prega news,preganews,home test} {is ,was ,came ,aaya ,"
        "aayi ,}{negative,neg,-ve,nagative}",
    ), flag="test_negative"),
    # more wordings of signs_care.py's: a calf's cramp told once ("calf cramp at night")
    "leg_cramp_one": Sign(("leg pain",), (
        "{leg,calf,night,muscle,pindli} cramp", "cramp {in,at} {the ,my ,her ,his ,}{calf,leg} {at night,at nite,}",
    ), severity="mild", flag="leg_cramp"),
    # a needle's faint in Hindi: "teeka dekh ke", "sui dekhte hi"
    "faint_trigger_hi": Sign((), (
        "{teeka,tika,teeke,tike,teekon,vaccine,suyi,sooi,sui} {dekh,dekhte,dekhkar,dekh kar,lagte,lagwate,lagate} "
        "{ke,hi,waqt,samay,}", "{teekakaran,tikakaran,vaccination} {ke time,ke samay,ke waqt,mein,me}",
    ), flag="faint_trigger"),
    # getting up fast in Hindi, the giddiness gone on sitting ("jaldi uthi to ek pal chakkar, baith ke theek"); the
    # darkness before the eyes on rising is the faint's, not the eye's (round 19, Awadhi: "jaldi se uthe to ek pal
    # aankh ke aage andhera", "uthat hi")
    "postural_dizziness_rise": Sign(("dizziness",), (
        "{jaldi,jaldi se,jhat se,achanak,achanak se,ekdam,ekdam se,turant} {uthi,utha,uthe,uthne,uthte,uthat,uthin,"
        "khadi hui,khada hua,khade hue,khade bhaye} {to,toh,tho,par,pe,hi} {ek pal ,ek second ,thodi der ,ek dum ,"
        "thoda ,}{chakkar,andhera,aankh ke aage andhera,aankhon ke aage andhera,aankh ke saamne andhera}",
    ), flag="postural_dizziness"),
    "missed_meal_hi": Sign((), (
        "{nashta,naashta,khana,breakfast} {ni,nahi,nhi,nai,nahin} {kiya,kiya tha,khaya,khaya tha,kha ke,kiya thi}",
        "{didn't,did not,didnt,had not,hadn't} {eat,have,take} {breakfast,food,lunch,anything}",
    ), flag="missed_meal"),
    # a posset told in a mother's words: "a small amount of milk coming out after burping"
    "posseting_small": Sign((), (
        "{a small amount,small amount,small amounts,a little,little,some,a bit} of milk {coming,comes,came} {out ,up ,}"
        "{after,with} {burping,feeds,feeding}",
    ), flag="posseting"),
    # a baby feeding well in Hindi: "doodh achha", "doodh khoob pee rahi", a blocked nose's pauses "par pee raha"
    "feeding_well_hi": Sign(("unable to drink",), (
        "{doodh,dudh} {achha,accha,acha,achchha,khoob,mast} {pee raha,pee rahi,pi raha,pi rahi,peeta,peeti,}",
        "{doodh,dudh} {ruk ruk ke ,ruk ruk kar ,}{par,lekin,phir bhi} {pee,pi} {raha,rahi,leta,leti} {hai,}",
    ), negated=True),
    # a hand slept on, more wordings ("slept on it", "woke up with the hand numb")
    "numbness_slept_on": Sign((), (
        "slept on {it,that arm,the hand,my hand,her hand,his hand,my arm,her arm,his arm}",
        "{hand,arm,haath} {numb,sunn} {after ,from ,}{sleeping on it,lying on it}",
        # round 20: "fell asleep on my hand", "dozed off on his arm"
        "{fell,fall,falling,dozed off,dozing off,dropped off} asleep on {it,my hand,his hand,her hand,my arm,his arm,"
        "her arm,the arm,the hand}", "{dozed off,dozing off} on {my,his,her,the} {hand,arm}",
    ), flag="numbness_explained"),
    # iron and folic acid tablets in Hindi ("IFA kha rahi", "IFA chal rahi")
    "iron_tablets_hi": Sign((), (
        "{ifa,iron,aayran,ayran} {kha rahi,kha raha,kha rahe,le rahi,le raha,khati,khaati,leti,chal rahi,chal raha,"
        "shuru ki,shuru kiya,de rahe,di thi}",
    ), flag="iron_tablets"),
    # a gas cylinder carried up the stairs (plural, or up floors): the chest wall's strain, and no "gas" of indigestion
    "cylinders_carried": Sign((), (
        "{carried,carrying,lifted,lifting,shifted,shifting,moved} {gas ,lpg ,}cylinders",
        "{carried,carrying,lifted,lifting} {a ,the ,}{gas ,lpg ,}{cylinder,cylinders} {up ,}{to ,}{the ,}"
        "{2nd,3rd,4th,5th,second,third,fourth,fifth,top} {floor}",
    ), flag="exertion"),
}

HOMECARE_SIGNS.update({
    # a bleeding (or any complaint) told as getting less each day: the lochia after a birth (minor_home.settling_lochia)
    "lessening": Sign((), (
        "{becoming,getting,going,growing} less {and less ,}{each day,every day,day by day,daily,now,}",
        "{decreasing,reducing,lessening,less and less} {each day,every day,day by day,daily,}",
        "{roz,din ba din,din-ba-din,dheere dheere,dhire dhire} kam {ho raha,ho rahi,ho rahe,hota,hoti} {hai,}",
        # round 18: Telugu "roju roju taggutundi" (less day by day), "normal ga tagguthundi" (lessening as it should)
        "{roju roju ,rojuroju ,roju ki roju ,konchem konchem ,normal ga ,normalga ,}{taggutundi,tagguthundi,"
        "taggutondi,tagguthondi,tagguthunnadi,taggutunnadi}",
    )),
    # a newborn girl's few spots of blood from the front passage in her first two weeks (her mother's hormones
    # withdrawn: pseudo-menses, conditions.newborn_care_only); from the back passage it is a stool's, and seen
    "pseudo_menses": Sign(("vaginal bleeding",), (
        "{little ,few ,small ,some ,}{blood ,}{spots,spot,drops,streaks,stain,staining} {of blood ,}{in,on} {the ,her ,}"
        "{nappy,nappies,diaper,diapers,cloth,napkin} from {the ,her ,}{front passage,front,vagina,private part,"
        "urine passage}",
        "{blood,bleeding,spotting} from {the ,her ,}{vagina,front passage,private part}",
        "{langot,langoti,kapde,nappy,diaper} {mein,me,par,pe} {neeche se ,aage se ,}{thoda ,thodi ,halka ,}{khoon,blood}"
        " {sa ,}{dikha,dikhi,laga,lagi,aaya,aayi}",
        # round 20: "langot me niche se thoda khoon jaisa daag" (a stain like blood, from below)
        "{langot,langoti,kapde,nappy,diaper} {mein,me,par,pe} {neeche se ,niche se ,aage se ,}{thoda ,thodi ,halka ,"
        "zara sa ,}{khoon,blood} {jaisa,jaisi,sa,ka} {daag,dhabba,nishan,nishaan,dag}",
        "pseudo{ ,-,}menses", "pseudomenstruation",
    ), severity="mild"),
})

HOMECARE_SIGNS.update({
    # round 18: the bleeding itself told getting less, in English, Hinglish and Telugu ("bleeding reducing day by day",
    # "khoon roz kam ho raha hai", "bleeding roju roju taggutundi"): after a birth, the lochia settling
    # (minor_home.lessening_lochia); the lessening said of the bleeding, not of a pain told beside it
    "bleeding_lessening": Sign(("vaginal bleeding",), (
        "{bleeding,blood,khoon,khun,raktam,raktham,rakthamu,raktasravam} {is ,}{becoming,getting,going} less "
        "{and less ,}{each day,every day,day by day,daily,now,}",
        "{bleeding,blood,khoon,khun,raktam,raktham,rakthamu,raktasravam} {is ,}{decreasing,reducing,lessening,"
        "less and less} {each day,every day,day by day,daily,}",
        "{bleeding,khoon,khun} {roz,din ba din,din-ba-din,dheere dheere,dhire dhire,} kam {ho raha,ho rahi,ho rahe,"
        "hota,hoti} {hai,}",
        "{bleeding,blood,raktam,raktham,rakthamu,raktasravam} {roju roju ,rojuroju ,roju ki roju ,konchem konchem ,"
        "normal ga ,normalga ,}{taggutundi,tagguthundi,taggutondi,tagguthondi,tagguthunnadi,taggutunnadi}",
    )),
    # round 18: the after-pains, the womb's cramps while the baby feeds in the days after a birth (oxytocin): "paalu
    # ichetappudu kadupu kinda noppi", "doodh pilate waqt pet mein marod", "cramps when breastfeeding"
    # (minor_home.after_pains); told in pregnancy, or with a fever or a bad smell, it is no after-pain
    "after_pains": Sign(("abdominal pain",), (
        "{afterpains,after pains,after-pains}",
        "{paalu,palu} {ichetappudu,ichinappudu,ichchetappudu,ichhetappudu,isthunte,istunte,ichhinappudu} "
        "{kadupu,potta,pottalo,kadupulo} {kinda ,lo ,}{noppi,noppulu} {vastundi,vastondi,ostundi,undi,}",
        "{doodh,dudh} {pilate,pilaate,pilane ke} {waqt,samay,time} {pet,pait} {mein ,me ,}{dard,marod,aithan,"
        "khichav}",
        "{cramps,cramping,pain,ache} {in the ,in my ,in her ,}{lower ,}{belly,tummy,abdomen,stomach} {when,while} "
        "{breastfeeding,feeding the baby,nursing}",
    ), severity="mild"),
    # the lochia told by its likeness to a period ("bleeding like periods"), and its smell denied
    "lochia_like_period": Sign(("vaginal bleeding",), (
        "{bleeding,blood,khoon} like {a ,her ,my ,}{period,periods,normal period,mc,menses}",
        "{khoon,bleeding} {mahwari,period,periods,mc,mahine} {jaisa,jaise,jitna}",
    )),
    "no_foul_smell": Sign((), (
        "no {bad,foul} {smell,odour,odor}", "{not,no} smelly", "{badbu,badboo,badbo,smell} {nahi,nhi,nai,illa}",
    )),
    "baby_feeding": Sign((), (
        # ("baby is feeding well" is signs_benign.feeding_well's, with its own meaning)
        "baby {feeding,breastfeeding}", "{bachcha,baccha,baby} {doodh,dudh} "
        "{pee raha,pee rahi,pi raha,pi rahi,peeta,peeti} {hai,}",
    ), flag="reassurance"),
})

HOMECARE_SIGNS.update({
    # sleep that comes late, and the tea that keeps it away ("neend der se, chai zyada")
    "late_sleep_hi": Sign(("insomnia",), (
        "{neend,nind,neend bhi} {der se,late} {aati,aata,aa rahi,aaye,aayi,}",
    ), severity="mild"),
    "too_much_tea": Sign((), (
        "{chai,chay,chaai,coffee,kaapi,kafi} {zyada,jyada,jada,bahut,zyaada} {peeti,peeta,pee,pi,li,le rahi,le raha,}",
        "too much {tea,coffee}",
    ), flag="sleep_disruptor"),
    # round 19: eyes that itch (an allergy's first sign; with a child's yearly season, rules_complaints'
    # seasonal_itchy_eyes_child)
    "itchy_eyes": Sign(("itching",), (
        "{itchy,itching,scratchy} {eye,eyes}", "{eye,eyes} {are ,is ,keep ,get ,gets ,become ,go ,turn ,}{itchy,itching,itch}",
        "itching {in,of} {the ,his ,her ,my ,both ,}{eye,eyes}",
        "{rubs,rubbing,rub,keeps rubbing} {his ,her ,my ,the ,both ,}eyes",
        "{aankh,aankhon,aankhen,aankhein,ankh,ankhon,ankhen,eyes,eye} {me,mein,mai,mei,main} {khujli,khujlee,"
        "kharish,khaaj,khaj,itching}",
        "{aankh,aankhon,aankhen,aankhein,ankh,ankhen} {khujli,khujlee,khujlaati,khujlaate} {rahi,rahe,hai,hain}",
        "{aankh,aankhen,aankhein,ankh,ankhen} {malta,ragadta,ragadti,ragadte,mal raha,mal rahi} {hai,rehta,rehti,}",
    ), flag="itchy_eyes"),
    # round 19: a complaint that comes back every year with a season ("every summer", "har saal garmi me")
    "seasonal_recurrence": Sign((), (
        "{every,each} {summer,spring,winter,monsoon,rainy season}", "every year {in,during} {the ,}{summer,spring,"
        "winter,monsoon}", "{in,during} {the ,}{summer,spring} every year", "whenever {the ,}season changes",
        "har saal {garmi,garmiyon,basant,sardi,sardiyon,jaade,barsaat,mausam} {me,mein,mai,aate hi,ke mausam me,}",
        "{garmi,garmiyon,basant,sardi,sardiyon,jaade,barsaat} {me,mein,mai} har saal",
        "har {garmi,garmiyon,basant,sardi,sardiyon,jaade,barsaat}",
    ), flag="seasonal_recurrence"),
    # the same every month, every winter, every summer (the usual pattern, in the PHC nurse's English)
    "same_every_time": Sign((), (
        "every {month,year,winter,summer} same", "same {every month,every year,every winter,every summer}",
        "every year same time", "same time every year",
    ), flag="usual_pattern"),
    # Kannada: ear wax ("gugge"), skin dried in winter ("chali kaaladalli chamra ona"), prickly heat ("bevarsale",
    # sweat's rash): everyday complaints cared for at home
    "kn_minor_ailment": Sign((), (
        "{kivi,kivili,kiviyalli} {gugge,gugee,guggi}", "{gugge,guggi} {jasti,tumba,ide,aagide}",
        "{chamra,charma,chamdi} {ona,onagide,onagatte,odedide,odeyutte}",
    ), flag="minor_ailment"),
    "kn_heat_rash": Sign(("rash",), (
        "{bevarsale,bevaru sale,bevarsaale,bevarasale,bevaru gulle}",
    ), severity="mild", flag="heat_rash"),
})

HOMECARE_SIGNS.update({
    # Kannada: a period under way ("muttu first day", "muttu aadaga"): the lower belly's cramp is the period's
    "kn_on_period": Sign((), (
        "{muttu,mutthu,mutt,tingalu muttu} {first day,1st day,modala dina,modala dinadalli,aadaga,aagidaaga,aagidaga,"
        "aagutte,time alli}",
    ), flag="on_period"),
})

HOMECARE_SIGNS.update({
    # a wish to end one's life told in more words ("feel like ending my life", "end it all"): never homesickness's,
    # whatever the low mood is told with (rules.suicide_risk)
    "ending_life": Sign(("suicidal thoughts",), (
        "{feel like,feels like,thinking of,thinking about,thought of,want to,wants to,wanna,going to,planning to} "
        "{ending,end} {my,his,her,their} {life,own life}",
        "{end,ending} it all", "{take,taking} {my,his,her} own life",
    )),
})
