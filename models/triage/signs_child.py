"""Wordings of a young child's danger signs (IMCI, ETAT, WHO Helping Babies Breathe): chest indrawing, a newborn
who did not breathe, a bulging fontanelle, a cold or inconsolable baby, one too drowsy to feed; and a slow
development. Merged into signs.SIGNS; the rules that read them are rules.py's."""

from __future__ import annotations

from .lexicon import Sign

CHILD_SIGNS: dict[str, Sign] = {
    "chest_indrawing": Sign(("shortness of breath",), (
        "{lower ,}chest {wall ,}{in-drawing,indrawing,in drawing}", "chest {is ,}{pulling,sucking,going,sinking} in",
        "ribs {are ,}{pulling,sucking,showing} in", "{subcostal,intercostal} recession{,s}", "retractions", "grunting",
        "nasal flaring", "pasli chal{na,ti,ti hai, rahi, rahi hai}", "pasliyan andar",
    )),
    # IMCI asks whether the chest is drawn in before it calls a pneumonia severe: told not, the breathing's difficulty
    # is denied ("no chest indrawing" is chest_indrawing's wording denied by its cue; these hold their own "not":
    # "chest not going in", "pasli andar nahi dhans rahi"), one of what makes fast breathing a PNEUMONIA seen today
    # (conditions.imci_pneumonia)
    "no_chest_indrawing": Sign(("shortness of breath",), (
        "chest {is ,}{not,isn't} {pulling,sucking,going,sinking} in", "ribs {are ,}not {pulling,sucking,going} in",
        "{pasli,pasliyan} {andar ,}{nahi,nhi,nahin,ni,nai} {dhans,dhas,dhansti,dhasti,ja,chal} {rahi,raha,rahe,rhi,rha,}",
        "{pasli,pasliyan} {nahi,nhi,nahin,ni,nai} {chal,chalti} {rahi,rhi,hai,}",
        "{pasli,pasliyan} andar nahi {jaati,jati,jaata,jata}",
    ), negated=True),
    # a young child who cries hard or in a temper, holds the breath and goes blue for seconds, then comes round by
    # itself: a breath-holding spell (rules.breath_holding_spell), not a breath stopped (pipeline's token pattern
    # reads "roya, saans rok li" with its comma)
    "breath_holding": Sign((), (
        "breath{-, }holding {spell,spells,attack,attacks,episode,episodes}",
        "{held,holds} {his,her} breath {while,when} crying",
        "{rote rote,rote hue,ro ro ke,gusse mein,gussa hoke} saans {rok,ruk} {li,liya,leta,leti,jaati}",
    )),
    # birth asphyxia: a newborn who did not cry or breathe at birth is resuscitated now (WHO Helping Babies Breathe)
    "newborn_not_breathing": Sign((), (
        # (no "birth": in the lexicon it would be the spelling corrector's reading of "brth", which is breath)
        "{newborn,new born,neonate} {is ,was ,}{not,did not,didn't,didnt} {crying,cry,breathing,breathe}",
        "{did not,didn't,didnt} {cry,breathe} {after,at} delivery",
        "{not,no} {crying,cry,breathing} {after,at} delivery",
        "{janam,paida hone,paidaish,delivery} {ke baad,par,hote hi} {roya,roi,royi,saans} {nahi,nahin,nhi}",
        "{janam,paida hone,paidaish,delivery} {ke baad,hote hi} {nahi,nahin,nhi} {roya,roi,royi}",
        "{janm,jam} ke baad {roya,roi,royi} {nahi,nahin,nhi}",  # "जन्म" as the transliteration spells it
        "{navjaat,navjat,nawjat} {bachcha ,baccha ,shishu ,}{roya nahi,nahi roya,saans nahi le raha,saans nahi li}",
    )),
    # a birth told as hours ago ("born last night", "aaj subah paida hua", "10 hours old"): a jaundice seen on the
    # first day is never the physiological one (NICE CG98, IMCI: rules.jaundice_first_day)
    "born_hours_ago": Sign((), (
        "born {today,last night,this morning,tonight,a few hours ago,few hours ago,hours ago,this afternoon,"
        "this evening}",
        "born {1,2,3,4,5,6,7,8,9,10,11,12,14,15,16,18,20,one,two,three,four,five,six,ten,twelve} {hours,hrs,hour,hr} "
        "{ago,back}", "{1,2,3,4,5,6,7,8,9,10,11,12,14,15,16,18,20,few} {hours,hrs,hour} old",
        "{aaj,aaj subah,aaj hi,kal raat,raat ko,aaj raat,subah,aaj dopahar,kal der raat} {hi ,}{ko ,}{paida,janam,janm,"
        "delivery,paidaish} {hua,hui,huwa,hue,hua tha,hui thi,hua hai,hui hai}",
        "{aaj,aaj subah,kal raat,raat,raat ko,subah,aaj raat,aaj dopahar,kal der raat} {1,2,3,4,5,6,7,8,9,10,11,12} "
        "baje {paida,janam,janm,delivery,paidaish} {hua,hui,huwa,hue,hua tha,hui thi,hua hai,hui hai}",
        "{paida,janam,janm,delivery} {hue,hone ke,huye} {sirf ,abhi ,}{1,2,3,4,5,6,7,8,9,10,11,12,14,15,16,18,20,kuch,"
        "ek,do,char,chhe,das,barah} {ghante,ghanta,ghante hi} {hue,huye,hua,baad,bhi nahi hue}",
        "{1,2,3,4,5,6,7,8,9,10,11,12,14,15,16,18,20,kuch} {ghante,ghanta} {ka,ki,ke} {baby,bachcha,bachchi,baccha,"
        "bacchi,shishu,ladka,ladki,beta,beti}",
    )),
    "bulging_fontanelle": Sign((), (
        "{bulging,tense,raised,swollen} {fontanelle,fontanel,soft spot}",
        "{fontanelle,fontanel,soft spot} {is ,}{bulging,tense,raised}",
        # the soft spot in Hindi, "taalu" (the palate's word too: a bulge, or the head's taalu, only): "sir ka taalu
        # upar ubhra hua", "taalu phoola hua"
        "{sir,sar} {ka,ke,ki} {taalu,talu,taloo,taaloo,naram hissa,naram jagah} {upar ,bahar ,}{ubhra,ubhara,"
        "ubhri,ubhar,ubhar aaya,ubhar gaya,phoola,phula,fula,phool gaya,phul gaya,ful gaya,utha,utha hua,uth aaya,"
        "uth gaya,tana,tana hua,sakht,kada,tight}",
        "{taalu,talu,taloo,taaloo} {upar ,bahar ,}{ubhra,ubhara,ubhri,ubhar,ubhar aaya,ubhar gaya,ubhara hua}",
    )),
    # round 21, IMCI/ETAT: severe palmar pallor, the palms told quite white or bloodless ("hatheli ekdam safed",
    # "hatheli me khoon hi nahi dikhta", "very pale palms"): a severe anaemia (rules.child_severe_pallor_distress reads
    # it with the breath or the drowsiness); "thoda safed" (a little pale) is some pallor, not this
    "severe_pallor": Sign((), (
        "{hatheli,hathheli,hatheliyan,hatheliya,nakhun,nakhoon,palms} {ekdam,bilkul,ekdum,ekdom,ekdam se,ekdum se,"
        "puri,poori} {safed,sufed,pheeka,pheeki,fika,feeka,white,pale}",
        "{hatheli,hathheli,hatheliyan} {me,mein,main} {khoon,khun} {hi ,bilkul ,}{nahi,nhi,na,nai} {dikhta,dikhat,"
        "dikhe,dikhai deta,lagta}",
        "{very,extremely,completely} {pale,white} {palms,palm,nails}", "{palms,palm} {are ,look ,}{very,completely,"
        "extremely} {pale,white}", "severe {palmar ,}pallor",
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
    "drowsy_feeding": Sign(("lethargy", "unable to drink"), (
        "{does not,doesn't,won't,will not,not,did not,didn't} wake {up ,}{to,for} {drink,feed,feeds,feeding,milk}",
        "too {sleepy,drowsy,weak} to {drink,feed,suck,breastfeed}",
    )),
    "developmental_delay": Sign((), (
        "{delayed,slow,late,poor,no} {speech,talking,walking,development,milestones,speaking}",
        "{speech,talking,walking,speaking} {is ,}{delayed,late,slow,not developing}",
        "{slow,late} to {talk,walk,start talking,start walking,speak,sit,crawl,stand}",
        "{not,isn't,is not} {talking,walking,speaking} {yet,in sentences yet,properly yet}",
        "{late,slow,behind} in {talking,walking,speaking}", "speech development {is ,}{slow,delayed}",
        "development{al,} delay", "{stammer,stammers,stammering,stutter,stutters,stuttering}",
        "says only {a ,}few words", "{bolna,chalna} der se", "abhi tak {bolta,bolti,chalta,chalti} nahi",
        "{not,isn't,is not} {talking,speaking,saying} {any ,a ,a single ,}{words,word} yet", "no words yet",
        "{only says,says only} {mama,papa,maa}",
        # round 20, a paediatric OPD in Madhya Pradesh: the milestone told by what the child does not do yet, in the
        # habitual present ("sahara le ke bhi khada nahi hota", "gardan abhi bhi latak jaati"), or by the few words
        # said ("sirf 4-5 shabd bolta"): a developmental assessment in turn (rules_complaints.developmental_delay);
        # a child who stopped standing or holding the head up ("khada nahi ho pa raha", "gardan latak gayi") has
        # lost it, and is not read here
        "{sirf,bas,keval,kewal,only} {1,2,3,4,5,6,2-3,3-4,4-5,5-6,ek,do,teen,chaar,char,paanch,kuch,thode,gine chune} "
        "{shabd,shabad,sabd,word,words,bol} {hi ,}{bolta,bolti,bol pata,bol pati,bol paata,bol paati,bolta hai,"
        "bolti hai}",
        "{bolna,bolne} {nahi,nhi,ni} {seekha,sikha,seekhi,sikhi,shuru kiya,aaya}",
        "bolne ki koshish {bhi ,}{nahi,nhi,ni} {karta,karti,krta,krti}",
        "{abhi tak,ab tak,abhi bhi,ab bhi} {sahara le ke ,sahara leke ,sahare se ,pakad ke ,pakad kar ,}{bhi ,}"
        "{khada,khadi} {nahi,nhi,ni} {hota,hoti,ho pata,ho pati,ho paata,ho paati}",
        "{sahara le ke,sahara leke,sahare se,pakad ke,pakad kar} {bhi ,}{khada,khadi} {nahi,nhi,ni} {hota,hoti,"
        "ho pata,ho pati,ho paata,ho paati}",
        "{abhi tak,ab tak,abhi bhi} {sirf ,bas ,}{ghutno ke bal,ghutnon ke bal,ghutne ke bal} {hi ,}{chalta,chalti}",
        "{chalna,baithna,khada hona} {nahi,nhi,ni} {seekha,sikha,seekhi,sikhi}",
        "gardan {abhi bhi,abhi tak,ab tak,ab bhi} {latak,lataki,dheeli,dhili} {jaati,jati,rehti,padi rehti,hai}",
        "gardan {nahi,nhi,ni} {sambhalta,sambhalti,sambhal pata,sambhal pati,tikti,tikta,rokta,rokti}",
        "{head control,neck control} {not ,}{yet,not yet,nahi,nhi,nahi aaya}", "{no,poor} head control",
    )),
    # round 20: a baby who does not turn to a clap or a call behind him ("taali bajao to palat ke nahi dekhta",
    # "awaaz karo to mudta nahi"): a hearing loss, and a development to assess in turn (rules.developmental_delay)
    "not_turning_to_sound": Sign(("hearing loss",), (
        "{taali,tali,thali,awaaz,aawaz,awaj} {bajao,bajane,bajayi,bajaye,do,dene,karo,karne,de} {pe,par,to,toh} {bhi ,}"
        "{palat ke ,palat kar ,mud ke ,mud kar ,mudke ,}{nahi,nhi,ni} {dekhta,dekhti,mudta,mudti,palatta,palatti,"
        "chaunkta,chaunkti}",
        "{does not,doesn't,not} {turn,react,respond} to {sounds,sound,a clap,claps,clapping,loud sounds,noise,noises}",
    ), flag="developmental_delay"),
    # round 20: a schoolchild who cannot sit still or keep his mind on a task, at school and at home (possible ADHD,
    # NICE NG87: a developmental and behavioural assessment in turn; rules_complaints.attention_concern)
    "restless_inattentive": Sign((), (
        "{ek jagah ,}{tik ke,tik kar,chain se,aaram se} {nahi,nhi} {baithta,baithti,baith pata,baith paata}",
        "{can't,cant,cannot,doesn't,does not,won't,never} sit still", "{hyperactive,hyperactivity,adhd}",
        "{padhai,padhne,class} {me,mein} {dhyan,dhyaan} {nahi,nhi} {lagta,de pata,deta}",
        "{kaam,homework,padhai} {adhura,adhoora} {chhod,chod} {deta,deti,dete}",
        "{poor,short} {attention,concentration,attention span}",
        "{can't,cant,cannot,doesn't,does not} {concentrate,focus,pay attention} {in class,at school,on studies}",
    )),
    # round 20: a boy's testis not down in the bag (undescended: brought down by the surgeon before two years), and a
    # foreskin that balloons when he passes urine (a tight foreskin: the surgeon's, child_clinics); a testis swollen
    # or painful is torsion's (rules.testicular_pain), a navel that bulges an infant's own to outgrow
    "undescended_testis": Sign((), (
        "undescended {testis,testes,testicle,testicles}",
        "{testis,testicle,ball} {is ,has ,}{not ,}{come ,}{down ,}{missing,not in the scrotum,not in the bag,not down,"
        "not descended,not felt} {on one side,on the left,on the right,}",
        "{ek ,}{tatta,tatte,anda,goli,testis,testicle,andkosh} {thaili,thaile,thaila,scrotum,fote} {me,mein,main,mai} "
        "{nahi,nhi,nahin,na} {hai,}",
        "{thaili,andkosh,scrotum} {ek taraf se ,ek taraf ,on one side ,}{khali,khaali,empty} {hai,}",
        "{ek ,dono ,}{goti,gotiyan,tataa,andkosh ki goli} {thaili,thaile,thailee,andkosh,scrotum,jholi} {me,mein,main,in} "
        "{nahi,nhi,ni,nai,not} {hai,hain,he,}",
        "{thaili,andkosh,scrotum,jholi} {me,mein} {ek hi,sirf ek} {tatta,goli,goti,testis} {hai,}",
    )),
    # a swelling in a child's groin that comes when he cries or strains and goes back (an inguinal hernia: the
    # surgeon's in turn, before it sticks; one stuck is rules.stuck_hernia's), not the navel's of an infant
    "groin_hernia": Sign((), (
        "{inguinal,groin} hernia", "hernia {in,of} {the ,his ,her ,}{groin,right groin,left groin}",
        "{groin,jaangh ke jod,jangh ke jod,jaangh ki jod} {me,mein,par,pe,in the} {swelling,sujan,soojan,ubhar,gola} "
        "{rone pe,khansne pe,zor lagane pe,when he cries,when she cries,on crying,on coughing,that comes and goes,"
        "aata jaata,aati jaati,aa jaata,aa jaati}",
        "{swelling,bulge,lump} in {the ,his ,her ,}{groin,right groin,left groin} {when he cries,when she cries,on "
        "crying,on coughing,on straining,that comes and goes,that goes back}",
    )),
    "ballooning_foreskin": Sign((), (
        "{foreskin,prepuce,tip of the penis} {balloons,balloons up,swells up,puffs up,swells,fills up} {when,while} "
        "{passing urine,peeing,urinating,he pees,he passes urine}", "{ballooning,balloon} {of the ,}foreskin",
        "phimosis", "{aage ki ,}{chamdi,khal,khaal} {gubbare,gubbara,gubbaare,balloon} {jaisi,jaisa,ki tarah} {phool,"
        "fool,phul} {jaati,jati,jata,jaata,jaati hai}",
        # round 21: the skin told swelling as he passes urine ("peshab karait me chamra fula jaait, dhaar patar")
        "{peshab,pishab,susu,pesab} {karte,karait,karne} {me,mein,waqt,samay,time} {aage ki ,}"
        "{chamdi,chamra,chamda,khal,khaal} {fula,fool,phool,phul} {jaati,jaata,jaait,jata,jati}",
    )),
    # round 20: a child's throat infected again and again, or the tonsils big (the ENT surgeon weighs taking them
    # out: child_clinics), told by the tonsils or by how often ("gala saal me 5-6 baar kharab"; "every month" is
    # the durations' recurrence)
    "recurrent_tonsillitis": Sign((), (
        "{tonsil,tonsils} {are ,}{bade,badhe,enlarged,big,large,swollen every time}",
        "{enlarged,big,large} tonsils",
        "{tonsil,tonsils} {ka ,ki ,}{operation,surgery,nikalwane,nikalwana,nikalna,removal,dikhane,dikhana}",
    )),
    "recurrent_sore_throat": Sign(("sore throat",), (
        "{throat infection,throat infections,sore throat,sore throats,tonsillitis,throat pain} {comes ,come ,keeps "
        "coming ,keep coming ,}{again and again,every month,every few weeks}",
        "{recurrent,repeated,frequent} {tonsillitis,throat infections,sore throats,throat infection}",
        "gala {saal,sal,har saal} {me,mein,bhar me,bhar mein} {3-4,4-5,5-6,6-7,kai,char paanch,paanch chhe} {baar,bar} "
        "{kharab,dukhta,pakta}",
    ), flag="recurrent_tonsillitis"),
    # round 17: the mid-upper-arm band read at an anganwadi or a VHND (IMCI, WHO 2013): yellow (115-125 mm) is
    # moderate acute malnutrition, a feeding review in turn (rules.moderate_malnutrition); red (under 115 mm) is severe
    # acute malnutrition, assessed today for the NRC (rules.severe_malnutrition). A yellow band is no jaundice.
    "muac_yellow": Sign((), (
        "{muac,mauc,arm band,arm tape,arm circumference} {is ,was ,came ,aaya ,aayi ,}{yellow,peela,peeli,pila,"
        "yellow zone,in yellow,in the yellow} {aaya,aayi,aa gaya,hai,tha,}",
        "{yellow,peela,peeli} {muac,band,zone} {aaya,aayi,hai,mein,}",
    )),
    "muac_red": Sign((), (
        "{muac,mauc,arm band,arm tape,arm circumference} {is ,was ,came ,aaya ,aayi ,}{red,laal,lal,red zone,in red,"
        "in the red} {aaya,aayi,aa gaya,hai,tha,}",
        "{red,laal,lal} {muac,band,zone} {aaya,aayi,hai,mein,}",
        "severe acute malnutrition", "severely malnourished",
    )),
    # round 18, Punjabi: the lips going blue ("bulh neele ho jande", at the breast or crying): central cyanosis
    "pa_blue_lips": Sign(("cyanosis",), (
        "{bulh,bullh,bull,bullan,bulhan,buliyan,hont,honth,hoth} {neele,neela,neeli,nile,nila,nili} {ho ,pai ,pe ,}"
        "{jande,janda,jandi,jaande,gaye,gye,ge,gaye ne,gaye han,jaande ne,jande ne,rahe,reh,riha}",
    )),
    # Punjabi: "saah bahut tez" (the breath very fast), "saah chheti chheti chalda"
    "pa_fast_breath": Sign(("fast breathing",), (
        "{saah,sah,saahn} {bahut ,bohat ,bahot ,bauht ,}{tez,tezz,chheti chheti,jaldi jaldi}"
        "{ chalda, chal reha, chal riha, chalde, le reha, le riha, laindi, lainda,}",
    )),
    # round 19: a child not back to the usual self ("playing less", "not playing like before", "kam khel raha", "not
    # himself since"): after a fit, not recovered (NICE CG160 / IMCI: a febrile fit with the child not fully back to
    # normal is seen at once, mimics.fit_over is not a fit over); alone it names nothing
    "not_usual_self": Sign((), (
        "playing {less,very less,much less,little}", "{less,hardly,not much,not} playing {much ,}{as before,like before,"
        "as usual,like usual,like earlier,as earlier,properly,normally}",
        "{less,hardly,not much,very less} playing", "not {his,her} {usual,normal} self", "not {himself,herself} {since,"
        "after,today,now,}", "not back to {normal,his normal,her normal,usual,his usual self,her usual self}",
        "{kam,nahi,nhi,na} khel {raha,rahi,rahe,rha,rhi,pa raha,pa rahi,paa raha}",
        "khel {kam,nahi,nhi} {raha,rahi,rahe,rha,rhi}", "pehle {jaisa,jaise,jaisi} {nahi,nhi,na} {khel,"
        "khel raha,khel rahi}",
    )),
    # a child lying with the eyes shut, not playing, after a fall or a fever ("aankh band karke pada hai"): drowsy,
    # not the eye's pain ("aankh band" is read as a band of pain otherwise)
    "eyes_shut_lying": Sign(("lethargy",), (
        "{aankh,aankhen,aankhein,aankhe,ankh,ankhen,akh,akhan} band {karke,kar ke,kar,kiye,kie,kar kar ke} "
        "{pada,padi,pade,leta,leti,lete,padya,padyo}{ hai, hua, hua hai, rehta, rahta, raha,}",
    )),
}
