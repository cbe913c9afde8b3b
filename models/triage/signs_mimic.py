"""Wordings of pictures that read like a red flag but name a milder condition, and of everyday visits told in a few
words (round 16's mimics). The picture each flag belongs to is mimics.py's to judge, with the red flags kept:

- heat: work or play in the sun or a hot wind ("lu chal rahi", "dopahar me bhatte pe"), and the patient told talking
  clearly and drinking: heat exhaustion, not a stroke's dizziness;
- panic: a fear of dying, attacks that settle by themselves, a heart test found normal before;
- the breath on effort only ("chadhai pe saans phoolti", "breathless climbing the stairs");
- periods heavy every month (a pattern, not a haemorrhage); a haemoglobin of 8 to 10 (a moderate anaemia);
- snoring, and sleepiness by day (a sleep apnoea's); fingers numb at night, better for shaking the hand (a carpal
  tunnel's);
- a clinic's visit in a few words: an old man's weak stream and nights up to pass urine, knees stiff in the morning,
  periods that come when they like, no child after years of marriage, spacing after a delivery, worms in a child's
  stool, an eye that turns.
signs.py merges MIMIC_SIGNS into SIGNS.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# Numbers of a moderate anaemia's haemoglobin (WHO: 7 to 9.9 g/dL in pregnancy is moderate, 10 to 10.9 mild); from 8
# only: a haemoglobin of 7 with a pale, tired mother is seen today
_MODERATE_HB: Final = "{8,8.5,9,9.5,10,10.5,8.0,9.0,10.0,8.2,8.4,8.6,8.8,9.2,9.4,9.6,9.8}"
_HB_WORDS: Final = "{hb,haemoglobin,hemoglobin,hgb,hb level,khoon}"
_URINE: Final = "{peshab,urine,moothram,mootram,susu}"
_NIGHT_TIMES: Final = "{2,3,4,5,6,2-3,3-4,4-5,5-6,do,teen,char,chaar,paanch,kai}"
_STOOL: Final = "{latrine,potty,tatti,stool,stools,motion,motions,mal,pakhana,pakhane,paikhana,toilet}"
_WORMS: Final = "{keede,keeda,kide,kida,worms,worm,kechua,kenchua,kenchue}"
_PERIOD: Final = "{mahina,mahwari,masik,period,periods,mc}"
_SHAKE_HI: Final = "{jhatko,jhatke,jhatakne,jhatak,jhatka,jhatkne,jhadko,jhadkne,jhatakte,jhatkate,jhatkaun,jhatku}"

MIMIC_SIGNS: dict[str, Sign] = {
    # --- heat, and the patient told clear and drinking (mimics.heat_exhaustion) ---
    "heat_exposure": Sign((), (
        "{lu,loo} {chal,chali,chalti,chalte,lag,lagi,lag gayi,lag gai} {rahi,raha,rahe,hai,thi,}",
        "{tez ,kadi ,kadak ,}{dhoop,dhup,ghaam,garmi} {me,mein,main,mai} {kaam,kam,khet,bhatte,khada,khade,khel,chal,"
        "chalte,pathai,paathai}",
        "dopahar {me,mein,main} {bhatte,khet,dhoop,kaam,eent,bhatta}",
        "{heat wave,heatwave,hot wind}", "{working,worked,playing,played,walking,walked,standing,stood,labouring} "
        "{in,under} the {hot ,}{sun,heat,afternoon sun}",
        "{in,under} the {hot ,}{sun,heat} {all day,for hours,since morning,at noon,in the afternoon}",
        "{ghaam,dhoop,garmi} {bahut,bohot,tez,kadi,kadak} {thi,hai,rahi,tha,}",
    )),
    "speaks_clearly": Sign(("confusion", "slurred speech"), (
        "baat {saaf,theek,thik,sahi,normal,samajh ke} {kar rahe,kar raha,kar rahi,kar rahe hain,karte,karta,karti,kar "
        "rahe the}",
        "{talking,answering} {clearly,sensibly,normally,properly}", "speaking {clearly,sensibly}",
        "{saaf,theek,thik} {bol,bolna} {raha,rahi,rahe,rahe hain}",
    ), negated=True),
    "drinking_water": Sign(("unable to drink",), (
        "{paani,pani,nimbu paani,ors} {pee,pi,piye,piya} {rahe,raha,rahi,rahe hain,liya,li,lete,leta}",
        "{drinking,taking} {water,fluids,ors,lemon water} {well,fine,normally,}",
    ), negated=True),
    # --- panic (mimics.panic_attack) ---
    "panic_told": Sign((), (
        "lagta {hai ,tha ,}{ki ,}{abhi ,ab ,}mar {jaungi,jaunga,jaaungi,jaaunga,jayenge,jaenge,jaungi ab,"
        "jaunga ab,rahi hoon,raha hoon}",
        "{feels,feel,felt,feeling} like {i am,i'm,he is,she is,he's,she's,i was,he was,she was} {dying,going to die,"
        "about to die}", "{fear,afraid,scared,frightened} {of dying,that he will die,that she will die,i will die}",
        "panic {attack,attacks,attacks,episode,episodes}",
        "{ecg,ekg,heart test} {was ,is ,came ,came out ,aaya ,aayi ,tha ,}{normal,fine,ok,theek,thik,sahi}",
        "{ecg,ekg} {normal,theek,thik} {aaya,aayi,tha,hai,aa gaya}",
    )),
    "settled_itself": Sign((), (
        "{settled,settles,passed,passes,went,goes,got better,gets better,stopped,stops} {off ,away ,}{by itself,on "
        "its own,by themselves,on their own}",
        "apne aap {thik,theek,sahi,band,normal} {ho gaya,ho gayi,ho gaye,ho jaata,ho jaati,ho jata,ho jati,hua,}",
        "{khud,khud se} {hi ,}{thik,theek} {ho gaya,ho gayi,ho jaata,ho jaati}",
    )),
    # --- the breath short on effort only (mimics.effort_breathless) ---
    "on_effort": Sign(("shortness of breath",), (
        "{breathless,breathlessness,out of breath,short of breath,panting,puffing} {while ,when ,on ,after ,}"
        "{climbing,walking up,going up,walking uphill,climbing up,walking fast,running,climbing stairs}",
        "{breathless,out of breath,short of breath} {climbing,going up,walking up} {the ,}{stairs,steps,staircase,"
        "hill,slope,first floor,to the first floor}",
        # round 20: the effort named after "on" or "with" ("breathless on walking", "breathlessness on exertion"), the
        # words of terms.py's breathlessness, flagged
        "{breathless,breathlessness,out of breath,short of breath} {on,with} {exertion,walking,climbing,effort,"
        "exercise,walking a little,walking short distances,slight exertion,mild exertion,housework}",
        "{chadhai,seedhi,sidhi,upar} {chadhne,chadhte,chadh,chadne,chadte,"
        "chadhe} {pe ,par ,se ,to ,toh ,me ,mein ,waqt ,hi ,}{saans phool,saans phoolti,saans phool jaati,saans phool "
        "jati,saans phoolne,saans chadh,saans chadhti,saans chadh jaati,haanf,hanf,haanfne}",
        "{chadhai,seedhi,sidhi} pe saans {phool,phoolti,phool jaati,phoolne lagti,chadh jaati}",
        # round 18: the climb told with the breath alone ("seedhi chadhne pe saans"), Punjabi's walk in the fields
        # or up the stairs ("saah phulda khet turde", "pauriyan chadhde saah chadhda"), Telugu's stairs and a short
        # walk ("stairs ekkite aayasam", "konchem nadiste aayasam")
        "{chadhai,seedhi,sidhi,seedhiyan,sidhiyan} {chadhne,chadhte} {pe,par,mein,me} saans",
        "{saah,saa,saans} {phulda,phul janda,chadhda,chadh janda} {khet ,}{turde,turdeyan,chalde,pauriyan chadhde,"
        "chadhde}",
        "{pauriyan,paudiyan} chadhde {saah,saans} {phulda,chadhda,phul janda,chadh janda}",
        # round 22: Surjapuri and Bengali "kaam korte dom phule" (the breath swells at work), terms_surjapuri's
        "{kaam korte,kaaj korte,hatle,haatle} dom {phule,phule jaay,phulche}",
        "{stairs,metlu,mettlu,metlu ekki} {ekkite,ekkithe,ekkinappudu,ekkutunte} {aayasam,ayasam,aayasam vastundi,"
        "ayasam vastundi}",
        "{konchem ,koncham ,}{nadiste,nadisthe,nadichinappudu,nadustunte} {aayasam,ayasam,aayasam vastundi,"
        "ayasam vastundi}",
    ), flag="exertional_pain"),
    "rest_relief": Sign((), (
        "{aaram,araam,aram} {se ,}{baith,baithne,karne} {to,toh,pe,par,se} {thik,theek,sahi,normal}",
        "{fine,ok,okay,better,normal} at rest", "{goes,settles,eases} when {he,she,i} {rests,sits,stops}",
    )),
    # --- blood and periods (mimics.cyclical_heavy_periods, mimics.pregnancy_anaemia) ---
    "monthly_pattern": Sign((), (
        "{every,each} {month,period,cycle}", "har {mahine,mahina}", "monthly",
        _PERIOD + " {me,mein,main} har baar",
        # round 19: what the periods bring, told of their days ("mahina ke samay bahut khoon", "periods ke time"):
        # the usual periods' pattern, not a bleed of its own
        "{mahina,mahine,mahwari,masik,period,periods,mc,maasik dharm} {ke samay,ke time,ke waqt,ke dauran,ke dino me,"
        "ke dinon me,ke dino mein,ke dinon mein,ke din}",
        "{during,in} {my ,her ,the ,}{periods,period,menses}",
    )),
    # the pain told of the periods' days ("mahina ke samay bahut dard", "periods ke time dard"): period pain, and the
    # periods' pattern with it
    "period_days_pain": Sign(("painful periods",), (
        "{mahina,mahine,mahwari,masik,period,periods,mc} {ke samay,ke time,ke waqt,ke dauran} {bahut ,bahut tez ,tez ,"
        "halka ,thoda ,}{dard,pet dard,pet me dard,pet mein dard}",
    ), flag="monthly_pattern"),
    # a period missed or late: no period pain every month then (mimics.monthly_period_pain), a pregnancy to rule out
    "period_missed": Sign((), (
        _PERIOD + " {1 ,2 ,3 ,ek ,do ,teen ,}{mahine se ,mahina se ,se ,is baar ,is mahine ,}{nahi,nhi,ni,nai} {aaya,aayi,"
        "aaye,hua,hui}",
        "missed {a ,her ,my ,}{period,periods,mc}", "{period,periods,mc} {is ,are ,}{late,delayed,overdue,missed}",
        "{no,not had a,not had} {period,periods,mc} {for,since}",
    )),
    # "har baar bahut khoon" (much blood every time): a heavy bleeding told as a pattern (the blood word kept)
    "heavy_every_time": Sign(("bleeding",), (
        "{har baar,every time,each time} {bahut,zyada,jyada,bahut zyada,bahut jyada,heavy} {khoon,bleeding,khun}",
    ), severity="severe", flag="monthly_pattern"),
    # round 20: palms, nails, lips or eyelids told pale (an anaemia's pallor: IMCI reads a child's palms; with heavy
    # periods, mimics.period_anaemia)
    "pallor": Sign((), (
        "{palms,palm,nails,palms and nails,nails and palms,lips,tongue,eyelids,inner eyelids,gums,hatheli,hatheliyan,"
        "nakhun,nakhoon} {look ,looks ,are ,is ,have become ,have turned ,became ,turned ,very ,}{pale,white,safed,"
        "pale white}",
        "{pale,white} {palms,nails,lips,tongue,eyelids,gums}", "pallor",
        # a pale face (an anaemia's, with tiredness and a breath short on the stairs: mimics)
        "{chehra,chehre,face,rang,hatheli,hatheliyan,nakhun,honth} {bhi ,}{safed,pheeka,pheeki,fika,feeka,pale} "
        "{pad gaya,pad gayi,pad gaye,ho gaya,ho gayi,ho gaye,lagta,lagti,dikhta,dikhti,hai,rehta,rehti}",
        "{looks,looking,is,became,has become,gone} pale",
    )),
    "moderate_anaemia": Sign((), (
        _HB_WORDS + " {is ,was ,of ,level ,}" + _MODERATE_HB,
        _HB_WORDS + " " + _MODERATE_HB + " {gm,gram,aaya,tha,hai,aayi}",
    )),
    # --- sleep ---
    "snoring": Sign((), (
        "{snores,snoring,snore} {loudly,loud,very loudly,a lot,every night,heavily,}",
        "{kharrate,kharraate,kharate,khurrate} {leta,leti,lete,bahut,zor se,}",
    )),
    # --- a carpal tunnel: fingers numb at night, better for shaking the hand (mimics.carpal_tunnel) ---
    "hand_shaken_relief": Sign((), (
        "{haath,hath,haat,kalai} " + _SHAKE_HI + " {to,toh,se,pe,par,} {thik,theek,aaram,sahi,normal,thik ho jaata,"
        "theek ho jaata,thik ho jaati,theek ho jaati,aaram milta,aaram aata}",
        "{shaking,shake,shakes,flicking,flick,flicks} {the ,his ,her ,my ,}{hand,hands,wrist,wrists} {helps,relieves,"
        "makes it better,gives relief,brings it back,}",
        "{better,relieved,goes away} {on,by,after,with} {shaking,flicking} {the ,his ,her ,my ,}{hand,hands,wrist}",
        "carpal tunnel",
    ), flag="carpal_tunnel"),
    "night_numb_fingers": Sign(("numbness",), (
        "raat {ko ,me ,mein ,}{ungliya,ungliyan,ungli,ungaliyan,haath,hath} {sunn,sun,jhunjhuna,jhanjhana} "
        "{ho jaati,ho jaate,ho jata,ho jaata,ho jati,hote,hoti,}",
        "{wakes,waking,woke,wake} {up ,}{at night ,}with {numb,tingling} {fingers,hand,hands}",
        "{numb,numbness,tingling,pins and needles} {in ,of ,}{the ,his ,her ,my ,}{fingers,hand,hands} at night",
    ), flag="carpal_tunnel"),
    # --- a clinic's visit in a few words ---
    "weak_stream": Sign((), (
        "{dhaar,dhar,dhara} {patli,patla,kam,kamzor,dheemi,dhimi,ruk ruk ke,ruk ruk kar}",
        "{weak,poor,slow,thin} {urine ,urinary ,}stream", "stream {is ,}{weak,poor,slow,thin}",
        _URINE + " {ruk ruk ke,ruk ruk kar,boond boond} {aata,aati,aaye,utarta,hota}",
        "{dribbling,dribbles} {of urine,after passing urine,at the end}", "{hesitancy,straining to pass urine}",
    )),
    "nocturia": Sign(("frequent urination",), (
        "{raat,night,raatri} {ko ,me ,mein ,}" + _NIGHT_TIMES + " {bar,baar,times} " + _URINE,
        "{raat,night} {ko ,me ,mein ,}" + _URINE + " " + _NIGHT_TIMES + " {bar,baar,times}",
        "{gets up,wakes up,getting up,waking up,up} " + _NIGHT_TIMES + " times {at night ,in the night ,}to {pass "
        "urine,pee,urinate}",
        "nocturia",
    )),
    "morning_stiffness": Sign((), (
        "{subah,morning} {ko ,me ,mein ,}{akdan,akadan,jakdan,akad,stiffness,stiff}",
        "{akdan,jakdan,stiffness} {subah,in the morning}", "morning stiffness",
        # round 22: the stiffness told after the morning or with its hour between ("painful and stiff in morning for 1
        # hour", "subah 1 ghanta akdan"): an inflammatory arthritis's hour of stiffness (NICE NG100)
        "{stiff,stiffness} in {the ,}{morning,mornings}",
        "subah {1,2,ek,do,aadha,adha} {ghanta,ghante} {tak ,}{akdan,akadan,jakdan,stiffness}",
    )),
    "knees_ache_hi": Sign(("knee pain",), (
        "{ghutne,ghutno,ghutna,ghutnon} {dukhte,dukhta,dukhti,dukh rahe,dukhe,dukhat,pirate,pirat} {hai,hain,rehte,"
        "}",
    )),
    "irregular_periods_hi": Sign(("irregular periods",), (
        _PERIOD + " kabhi {kabhi,jaldi,der se,time pe,do baar,1,2,3,10,15,20,25,ek,do,teen,dedh,das,pandrah,"
        "bees}",
        _PERIOD + " {time pe,samay pe,time par,samay par,tareekh pe} {nahi,nhi,nai} {aata,aati,aate}",
        _PERIOD + " {aage peeche,aage piche,upar neeche,bigad gaya,bigda,aniyamit} {hota,hoti,rehta,rehti,aata,hai,}",
        # round 20: the gaps told both ways ("kabhi 2 mahine nahi aati kabhi 15 din me"): a young girl's cycles still
        # settling, the gynaecologist's in turn (no missed period of a pregnancy: it came again)
        "kabhi {1,2,3,4,do,teen,dedh,ek} {mahine,mahina,mahino} {tak ,}{nahi,nhi,ni,nai} {aati,aata,aate,aayi,aaya} "
        "{aur ,}kabhi",
    )),
    "infertility": Sign((), (
        "godi {nahi,nai,nhi,na} {bhari,bhar,bhari ab tak,bhari hai}", "god sooni hai", "{santan,aulad} nahi",
        "{not,unable to,trying to,cannot,can't,could not} {conceive,conceiving,get pregnant}", "infertility",
        "{no ,}{child,children,baby,issue} {even ,yet ,}after {1,2,3,4,5,6,7,8,9,10,several,many,few} years of "
        "marriage",
    )),
    "contraception": Sign((), (
        "{aage ,ab ,abhi ,}{bachcha,baccha,bacha,bachha} {abhi ,ab ,}{nahi,nai,nhi,na} chahiye",
        "{want,wants,wanting} {to ,}{space,spacing,stop having,delay} {children,babies,pregnancy,the next child}",
        "{don't,do not,doesn't,does not,dont} want {another,more,any more} {child,children,baby,babies}",
        "family planning", "contraception", "{copper t,copper-t,iucd,antara}",
        "{nasbandi,nas bandi,operation band}",
    )),
    "worms_seen": Sign((), (
        _STOOL + " {me,mein,main,in,with,ke saath} " + _WORMS,
        "{worms,worm} {in,with} {the ,his ,her ,}{stool,stools,potty,motion,motions,poo}",
        "{passed,passing,passes} {a ,}{worm,worms}", "{pet,pait} {me,mein} {keede,kide,keeda}",
    )),
    # round 20: a schoolchild who cannot read the board (short sight: the eye clinic's glasses), told with the headache
    # that reading brings; not the headache with a blurred vision of a raised pressure (rules.headache_with_vision_
    # change leaves it)
    "board_not_seen": Sign(("blurred vision",), (
        "{board,blackboard} {saaf ,}nahi {dikhta,dikhti,dikhai deta}",
        "{board,blackboard} {pe,par,te} {likha,likha hua,likheya,likhya} {saaf ,}{nahi,nhi,ni,nai} {dikhta,dikhti,"
        "dikhda,dikhdi,dikhai deta,dikhai dinda,padh pata,padh pati}",
        "{cannot,can't,cant,unable to,not able to} {see,read} {the ,}{board,blackboard}",
        "{board,blackboard} {il ,la ,}{kaanan,kanan,theriyala,theriyalai} {pattunnilla,pattunilla,}",  # Malayalam, Tamil
    )),
    "squint": Sign((), (
        "{aankh,ankh,aankhen,ankhen,aankhein} {tedhi,tedi,terhi,bhengi}", "{bhenga,bhengi,bhengapan}",
        "squint", "{cross-eyed,cross eyed,crossed eyes,lazy eye}",
        "{eye,eyes} {turns,turning,turned,goes,go,deviates} {in,out,inwards,outwards,to one side,to the side}",
        # round 20: one eye that goes in or out ("ek aankh andar jaati hai"); both eyes gone in are sunken, a
        # dehydration's (terms), and are not read here
        "ek {aankh,ankh,aankhein,aankhen} {andar,andar ki taraf,bahar,bahar ki taraf,naak ki taraf,kone me,ek taraf,"
        "tedhi,tedi} {ko ,}{jaati,jati,chali jaati,chali jati,mudti,ghoomti,ghumti,rehti,dekhti} {hai,}",
        "{aankh,ankh} {tedhi,tedi,terhi} {hai ,}{ek taraf,ek or,andar,bahar} {jaati,jati} {hai,}",
        # round 21, Bhojpuri and Maithili: "aankh tedh lagat ba" (the eye looks crooked), "ek aankh andar ke or jaat
        # ba" (one eye goes inward)
        "{aankh,ankh} {tedh,tedha,tedhi,terh,terha} {lagat,lagait,lagta,lagti,lage,dikhat,dikhait,dikhta,dikhti}",
        "ek {aankh,ankh} {andar,bahar,naak} {ke,ki,ko} {or,taraf} {jaat,jaait,jaata,jaati,jati,jata,ghoomat,"
        "mudat}",
    )),
    # --- round 20: a child's growth and body told at a paediatric OPD (rules_mimic) ---
    # a child short for the age, or whose height has stopped (short stature: growth measured in turn, the
    # endocrinologist's)
    "short_stature": Sign((), (
        "{lambai,height,kad,qad,kadd} {bilkul ,zyada ,theek se ,}{nahi,nhi,ni,nai} {badhi,badh rahi,badhti,badha,"
        "badh raha,badhta,badh payi,badh paya,badh pa rahi}",
        "{class,umar,umra,age,school} {me,mein,ke bachchon me,ke bacchon me,ke hisab se} sabse {chhota,chhoti,nata,"
        "naata,naati,kam lamba,kam lambi}",
        "{height,growth} {is ,has ,}{not ,}{increasing,growing,stopped,not increasing,not growing}",
        "short for {his,her,the} age", "{not,isn't,is not} growing {taller,in height}", "short stature",
        "{kad,lambai,height} {chhota,chhoti,kam} {reh gaya,reh gayi,reh gya,hai}",
    )),
    # a baby's head gone flat where it lies (positional plagiocephaly: tummy time and turning the head, in turn)
    "flat_head": Sign((), (
        "{sir,sar,head} {ek taraf se ,peeche se ,ek side se ,piche se ,}{chapta,chapata,chipta,chipata,flat,"
        "pichka,pichak} {ho gaya,ho gya,hai,ho raha,lagta,dikhta}",
        "flat {head,spot on the head,back of the head}", "{plagiocephaly,flat head syndrome}",
        "{head,skull} {is ,}{flat,flattened} {on one side,at the back,on the back}",
    )),
    # --- round 22: a walk told to change nothing ("chalne pe kuch nahi hota", "walking does not make it worse"): the
    # angina's pattern denied, not told (the exertional_pain wording "chalne pe" is inside it) ---
    "effort_unaffected": Sign((), (
        "{chalne,chalte,chadhne,chadhte,seedhi chadhne,kaam karne,daudne} {pe,par,pr,se,me,mein,waqt,samay} {kuch,koi "
        "farak,koi fark,koi dikkat,koi takleef,koi taklif,dard,bhi} {nahi,nhi,nahin,na,ni} {hota,hoti,hua,badhta,badhti,"
        "padta,padti,aata,aati,}",
        "{chalne,chalte,chadhne,chadhte,daudne} {se,pe,par} {nahi,nhi,nahin} {badhta,badhti,hota,hoti,aata,aati}",
        "{walking,climbing,exercise,exertion,effort,running} {does not,doesn't,doesnt,does'nt,did not,didn't,didnt} "
        "{make it worse,bring it on,change it,affect it,worsen it,increase it}",
        "{not,no} {worse,worsening,pain,change} {on,with,when,while} {walking,climbing,exertion,exercise,effort}",
    )),
}
