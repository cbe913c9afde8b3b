"""Wordings of danger to others or to oneself: a threat with a weapon, a mother's thoughts of harming her baby, a
wish to be dead, thoughts of suicide, and suicidal intent with a time, a plan or the means (suicide_plan); hopelessness,
voices and delusions, the signs of mania, and a sedative or opioid used daily or stopped. Merged into signs.SIGNS."""

from __future__ import annotations

from .lexicon import Sign

# ("is going to", "has decided to" hold "going to", "decided to": the phrase matcher finds those inside them)
SUICIDE_WILL = "{will,gonna,going to,wants to,want to,wanted to,plans to,planning to,decided to}"
SUICIDE_TIME = "{tonight,today,now,tomorrow,aaj raat,aaj}"
SUICIDE_MEANS = ("{pills,tablets,sleeping pills,sleeping tablets,medicines,poison,rat poison,pesticide,insecticide,"
                 "rope,blade}")

# Where one jumps to die, in Hinglish (a canal, a well, a river, a roof, a bridge), and "will go" in the first and
# the third person (the patient's words, and a parent's telling of them)
_JUMP_PLACE = ("{nahar,nehar,nehr,nahr,canal,kuan,kuaan,kuen,kuye,kuwe,kue,kuwan,kuva,nadi,talab,taalab,pokhar,"
               "pokhra,jheel,dariya,samundar,ganga,yamuna,chhat,chhath,chat,chhaat,pul,bridge,building,tanki,"
               "paani ki tanki,pani ki tanki,"
               # a quarry's pit, a ravine, a hill, a dam, a village pond or stepwell (Bundelkhand, Rajasthan)
               "gaddha,gaddhe,gadha,gadhe,khadan,khaai,khai,pahad,pahaad,pahadi,dam,baandh,johad,nala,naala,nale,"
               "baoli,bawdi,baori}")
_WILL_GO = ("{jaunga,jaungi,jaaunga,jaaungi,jaoonga,jaoongi,jaunga main,jaungi main,jaega,jayega,jaegi,jayegi,"
            "jaenge,jayenge,dunga,dungi,doonga,doongi}")

# Tablets stockpiled, one's own or someone's ("has saved up her sleeping tablets", "been collecting her nani's
# sleeping tablets"): a plan by itself (suicide_plan). Collected, kept or hidden ("collecting her mother's BP tablets"
# is a refill too), someone's sleeping tablets hidden, a rope kept ("found a rope kept in the cowshed", "neend ki
# goliyan jama kar rahi", "rassi chhupa ke rakhi") are the means made ready, read with the resolve to use them
# (suicide_means): a course of tablets kept for a cough is no means without the resolve told beside it
_STOCKPILED = "{saved up,saving up,been saving,been collecting,hoarded,hoarding,stockpiled,stockpiling}"
_KEPT = "{saved,collected,collecting,kept,keeping,hidden,hid,hiding,stored,storing}"
_WHOSE = ("{his ,her ,my ,the ,some ,all the ,all her ,all his ,}{mother's ,nani's ,dadi's ,grandmother's ,"
          "grandfather's ,father's ,husband's ,wife's ,amma's ,mummy's ,mom's ,papa's ,}")
_PILLS = "{pills,tablets,sleeping pills,sleeping tablets,medicines,bp tablets}"
_MEANS = "{pills,tablets,sleeping pills,sleeping tablets,medicines,bp tablets,poison,rat poison,pesticide,rope,blade}"
_OVERDOSE_WILL = "{will,going to,wants to,threatening to} {take,swallow,eat}"
_OVERDOSE_WHEN = "{tonight,today,now,tomorrow,at once,together,in one go,at one time,aaj raat,aaj}"
_ROPE = "{a rope,rope,the rope,a noose,noose,a dupatta tied,a saree tied}"

MIND_SIGNS: dict[str, Sign] = {
    "pills_stockpiled": Sign(("suicidal thoughts",), (_STOCKPILED + " " + _WHOSE + _PILLS,), flag="suicide_plan"),
    # round 19: an overdose told as what will be done, by the patient or a relative repeating it ("she says she will
    # take all her sleeping tablets tonight", "threatening to swallow all the BP tablets at once", "saari neend ki
    # goliyan ek saath kha legi"): intent with the means and a time is a plan (a whole strip of a sedative, or all of
    # any tablets at once or by a time; "will take all her tablets" alone is a course of treatment)
    "overdose_intent": Sign(("suicidal thoughts",), (
        _OVERDOSE_WILL + " all {his,her,my,the} {sleeping pills,sleeping tablets,sleep tablets}",
        _OVERDOSE_WILL + " all {his,her,my,the} " + _PILLS + " " + _OVERDOSE_WHEN,
        "{saari,sari,sab,sabhi,poori,puri} {neend ki ,bp ki ,}{goliyan,goliyaan,goli,dawai,dawaiyan,tablets} {ek saath ,"
        "ek sath ,ekdum ,aaj raat ,}{kha,khaa,nigal,kha ke mar} {lungi,lunga,legi,lega,jaungi,jaunga,jayegi,jayega,"
        "jaegi,jaega}",
    ), flag="suicide_plan"),
    "means_kept": Sign((), (
        _KEPT + " " + _WHOSE + _MEANS,
        "{found,saw,seen} " + _ROPE + " {kept,hidden,tied,hanging,ready} {in,under,on,behind,at,from,to}",
        "{rope,noose} {kept,hidden,tied} {in,under,on,behind,to} {the ,his ,her ,}{cowshed,shed,room,roof,fan,"
        "ceiling,tree,bathroom,cupboard,bag,pillow,bed}",
        "{neend ki goliyan,neend ki goli,goliyan,goliyaan,tablets,dawaiyan} {jama,jamaa,ikatthi,ikattha,ikkatthi,"
        "ikathi,ikattha,chhupa ke,chupa ke} {kar li,kar li hain,kar rahi,kar raha,kar rakhi,kar ke rakhi,rakhi,"
        "rakhi hai,rakhi hain,ki hain}",
        "{rassi,rassa,phanda,fanda} {chhupa ke,chupa ke,chhipa ke,sambhal ke} {rakhi,rakha,rakhi hai,rakha hai,"
        "rakh li,rakh liya}",
        # a rope got and kept ("rassi le ke rakhi hai", "rassi la ke rakh li"): read with the resolve, as above
        "{rassi,rassa,phanda,fanda} {le ke,leke,la ke,laa ke,lake,kharid ke,kharid kar,le kar,lekar} {rakhi,rakha,"
        "rakhi hai,rakha hai,rakh li,rakh liya,rakhi hui hai,rakha hua hai,rakhi hoyi aa,rakheya}",
        # round 22: a rope brought home ("rassi le aaye hain", "phanda kharid laaye"), told to the family
        "{rassi,rassa,phanda,fanda} {le,kharid,khareed} {aaye,aaya,aayi,aayin,aaye hain,aaya hai,aayi hai,laaye,laye}",
    ), flag="poison_at_hand"),
    # the resolve to use the means, told with a time or as a plan ("plans to take them tonight", "will take them all
    # after lights off", "will finish everything after Monday", "sab kha lungi", "tay kar liya"): never alone
    "resolve_to_use": Sign((), (
        "{will,plans to,planning to,plan to,going to,gonna,decided to,wants to,intends to} {take,swallow,eat,drink,"
        "use} {them,it,these,those,all of them} {all,all of them,together,at once,tonight,today,aaj raat,}",
        "{will,going to,gonna,plans to,planning to} {finish,end} everything",
        "{sab,saari,sari,sabhi} {kha,khaa,nigal} {lungi,lunga,loongi,loonga,jaungi,jaunga}",
        "{tay,tai,faisla,faisala} kar {liya,li,lia,liya hai,li hai}",
        # the patient's words and a relative's telling of them ("bol raha sab khatam kar dega")
        "sab khatam kar {dunga,dungi,doonga,doongi,denge,dega,degi,dena}",
        # round 22: the reflexive "kar lenge" ("aaj sab khatam kar lenge", Awadhi "kar leb")
        "sab khatam kar {lunga,lungi,loonga,loongi,lenge,lega,legi,leb,lihen}",
    ), flag="resolve_to_take"),
    # a threat of violence to others with a weapon, or an attack under way (danger to others)
    # (a threat to people and the weapon it is made with are two signs read together by violence_to_others: spelled
    # out as one phrase, every verb, person, article and weapon made 28,672 phrases and 30 MB more memory)
    "violent_threat": Sign((), (
        # round 22: "dono ko khatam kar dungi", "sabko maar dalunga" (both, everyone: to be killed)
        "{dono,sabko,sab ko,sabhi ko,dono bachchon} {ko ,}{khatam,khatm,maar} {kar ,}{dungi,dunga,doongi,doonga,denge,"
        "dalungi,dalunga,daalungi,daalunga}",
        "{threatening,threatened,threatens,trying,tried,wants} to kill {his ,her ,the ,}{family,wife,husband,mother,"
        "father,parents,children,kids,neighbours,neighbors,brother,sister,someone,people,everyone}",
        "{waving,holding,swinging} {a ,an ,the ,}{sickle,knife,axe,weapon,rod,dao,gun,kulhadi,chaku,chhuri,daranti} "
        "at {his ,her ,the ,}{family,wife,husband,mother,father,parents,children,kids,neighbours,neighbors,people,"
        "everyone}",
    )),
    "threatening_people": Sign((), (
        "{threatening,threatened,threatens,attacking,attacked,chasing,chased} {his ,her ,the ,}{family,wife,husband,"
        "mother,father,parents,children,kids,neighbours,neighbors,brother,sister,people,everyone}",
    )),
    "with_a_weapon": Sign((), (
        "with {a ,an ,the ,his ,her ,}{kitchen ,big ,sharp ,long ,}{sickle,knife,axe,weapon,rod,stick,lathi,dao,hammer,"
        "gun,blade,iron rod,daranti,kulhadi,chaku,chhuri}",
    )),
    # a mother who speaks of harming or getting rid of her baby (postpartum psychosis: never left alone with it)
    "infant_harm_thoughts": Sign((), (
        "{harm,harming,hurt,hurting,kill,killing,drown,drowning,smother,smothering} {the,her,my,his,own} "
        "{baby,newborn,child,infant}",
        "{baby,newborn,child,infant} is {evil,a devil,the devil,possessed,not mine,not hers,not her own,cursed}",
        "{get rid of,got rid of,throw away} {the ,her ,my ,}{baby,newborn,infant}",
        "{bachche,bacche,bachhe,baby} ko {maar,mar} {dungi,doongi,dalungi,daalungi,dene ki}",
        # round 22 (Awadhi and Hindi): "bachche ko khatam kar dungi", and the delusion that the baby holds a devil,
        # told as her words ("kahat bachche mein shaitan ha")
        "{bachche,bacche,bachhe,baby,lalla,lalli,bitiya} ko {khatam,khatm} kar {dungi,doongi,deb,debe,dalungi}",
        "{kahat,kahti,kehti,boli,bolti,bolat,samajhti} {hai ,ha ,}{ki ,}{bachche,bacche,bachhe,baby,lalla,lalli} "
        "{mein,me,ma} {shaitan,shaitaan,bhoot,bhut,chudail,jinn,pret} {ha,hai,he,h,hai,ghus gaya,aa gaya,}",
        # the delusion that her baby was swapped ("kisi ne baccha badal diya", "baby was switched")
        "kisi ne {baccha,bachcha,bacha,baby,mera baccha,mera bachcha} {badal,badla} {diya,liya,di,dia}",
        "{baccha,bachcha,baby} {mera,uska} {nahi,nhi} hai kisi ne {badal,badla} {diya,liya,dia}",
        "{baby,child,newborn} {was,has been,got} {swapped,switched,changed} {at birth,by someone,in the hospital}",
    )),
    # passive wishes to be dead, no plan told: see today (the plan and the act are suicide_plan's and suicide_risk's)
    "death_wish": Sign((), (
        # round 17: the wish told in English as relief ("feel like dying would be easier")
        "{dying,death,being dead} would be {easier,better,a relief,simpler}", "{easier,better} {to die,if i died,"
        "if i was dead,if i were dead}",
        "{mann,man,dil,jee,ji} karta hai {mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon,jaun toh,jaaun toh}",
        "{mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon} {toh accha,to accha,to acha,toh acha}",
        "{lagta hai,lagta h,lagta,sochta hai,sochti hai} {mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon}",
        "mar {jaun,jaaun,jaoon,jaaon}",
        # "dil karta hai ki mar jaun", "jeene ka koi fayda nahi", "khatam ho jaun": the same wish, other words
        "{mann,man,dil,jee,ji} karta {hai ,}ki {mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon}",
        "{lagta hai,lagta} ki {mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon}",
        "jeene ka {koi ,}{mann,man,dil,fayda,faida,matlab} nahi", "khatam ho {jaun,jaaun,jaoon,jau}",
        # round 22: Maithili "mari jaitahu te neek" (it would be good if I died), Awadhi "jee ke ka karab" (what is
        # the use of living)
        "{mari,mar} {jaitahu,jaitau,jaitiyai,jaiti} {te,ta,to} {neek,nik,nimman}", "{jee,jiye,ji} ke ka {karab,kari}",
        # round 19: not waking up as a relief, no act told ("better if i don't wake up", "sometimes wish i could
        # sleep and never wake up", "subah uthun hi nahi to accha", "so jaun aur uthun hi na")
        "{better,easier,fine,good,okay,ok,peaceful} if {i,he,she} {just ,}{don't,dont,do not,didn't,didnt,did not,"
        "doesn't,does not,never,won't,will not,wouldn't,would not} wake up",
        "{better,easier,peaceful} if {i,he,she} never {woke,woke up,wakes up}",
        "{better,easier} if {i,he,she} {die,died,was dead,were dead,was gone,were gone,was not here,were not here,"
        "wasn't here,weren't here,just die,just disappeared,disappear,disappeared}",
        # round 20: with a softening word between ("better if i just didnt wake up", "easier if she simply never woke
        # up"), the wish told as a wish ("i wish i didn't wake up this morning"), the absence wished for as not being
        # around or alive at all
        "{better,easier} if {i,he,she} {just,simply} {didn't,didnt,did not,don't,dont,never} {wake,woke} up",
        "{wish,wishes,wished} {i,he,she} {just ,}{didn't,didnt,did not,wouldn't,would not,never} wake up",
        "{better,easier} if {i,he,she} {wasn't,weren't,was not,were not} {around,alive}",
        "{better,easier} if {i,he,she} {didn't,didnt,did not} exist",
        "{sleep,go to sleep,fall asleep,sleep forever} and {never,not} wake up",
        "{hope,hopes,hoping,pray,prays,praying} {i,he,she} {don't,do not,doesn't,does not,won't,will not,never} wake "
        "up",
        "{subah ,kal subah ,}{uthun,uthu,uth} {hi ,}{nahi,na,nahin} to {accha,acha,achha,theek,thik,"
        "behtar}",
        "{so jaun,so jaaun,so jau,soyi rahun,soya rahun,soti rahun,sota rahun} aur {uthun,uthu,phir uthun} "
        "{hi ,}{nahi,na,nahin}",
        "{neend,nind} {me,mein} {hi ,}{mar,chali,chala} {jaun,jaaun,jau,jaoon,jaaon} {to accha,toh accha,to acha,to "
        "theek,}",
        # round 20: the family better off with her gone, half said ("lagta main na rahun to sab theek ho jayega",
        # "mere na rehne se sab khush rahenge"); not who will look after them ("main na rahun to bachche ko kaun
        # dekhega"), which names no relief
        "{main,mai} {na,nahi} {rahun,rahu,rahungi,rahunga,hoti,hota} {to,toh} {sab,sabhi} {theek,thik,accha,khush,"
        "behtar,sukhi}",
        "mere {na,bina} {rehne,hone} se {sab ,sabhi ,}{theek,thik,accha,khush,behtar,sukhi}",
        # round 20: a feeling of ending it all, no act or means told ("kabhi lagta sab khatam kar du"); the resolve
        # "sab khatam kar dungi" is resolve_to_use's, read with a means kept
        "{lagta,lagti,karta} {hai ,}{ki ,}sab khatam kar {du,doon,dun,dum}",
    )),
    # suicidal thoughts told with "thinks of" / "thinking about" (the plan and the act are suicide_plan's)
    "suicidal_thinking": Sign(("suicidal thoughts",), (
        "{thinks,think,thinking,thought} {of,about} {ending {his,her,my} life,suicide,killing {himself,herself,myself},"
        "taking {his,her,my} own life}",
    )),
    # mania (mhGAP: assess the same day): nights without sleep read with an overactive mind, or grand or reckless
    # acts told alone (the mania rule); a night without sleep by itself is insomnia, fast talk by itself nothing
    "nights_without_sleep": Sign(("insomnia",), (
        "{has not,hasn't,hasnt,have not,haven't,not} slept {for ,in ,}{days,two days,three days,2 days,3 days,4 days,"
        "a week,many nights,several nights,three nights,two nights}",
        "no sleep {for ,since ,in ,}{days,two days,three days,2 days,3 days,a week,many nights,several nights}",
        "{does not,doesn't,doesnt} {need,want} {to sleep,sleep}", "{needs,wants} no sleep",
        "{kai,do,teen,3,2,4} {din,raat,raaton} se {soya,soyi,soye,soya nahi,soyi nahi,soye nahi,neend nahi}",
        "{raat bhar,saari raat,puri raat} {jaagta,jaagti,jagta,jagti} {hai,rehta hai,rehti hai,}",
    )),
    "overactive_mind": Sign((), (
        "{talking,talks,talked} {non-stop,nonstop,non stop,continuously,all the time,very fast,too fast,too much}",
        "{racing,running} thoughts", "{thoughts,mind} {are ,is ,}{racing,running fast}",
        "{spending,spent} {all ,}{his ,her ,their ,}{money,savings}", "{full of,too much} energy",
        "{very ,}{excited,restless,hyper} {all night,day and night,and not sleeping}",
        "{lagatar,bina ruke,bahut tez} bol {raha,rahi,rahe,rha,rhi}", "{bolna,bolta,bolti} band {nahi,hi nahi}",
    )),
    "grandiose_or_reckless": Sign((), (
        "{thinks,says,believes,claims,tells everyone} {he is,she is,he's,she's,he has,she has} {god,a god,an avatar,"
        "a king,a queen,very rich,a prophet,special powers,magic powers,chosen by god}",
        "{giving away,gave away,wasting,wasted} {all ,}{his ,her ,their ,the family's ,the family ,}"
        "{money,savings}",
        "khud ko {bhagwan,raja,avatar} {samajhta,samajhti,samajh raha,samajh rahi,bolta,bolti,kehta,kehti}",
        "paise {uda,udaa,luta,lutaa,baant} {raha,rahi,diye,diya,diye hain}",
    )),
    # forgetting for months or years (a dementia to assess at a routine visit), no acute confusion: "forgets
    # everything", "sab bhool jaati hai" (a confusion of hours or days is the confusion symptom's, an emergency)
    "forgetful": Sign((), (
        "{forgets,forgetting} {everything,things,names,people,the way}", "{memory,yaadasht,yaaddasht} {loss,is weak,"
        "weak,kamzor,kam}",
        "{sab,sab kuch,baatein,cheezein,naam} bhool {jaata,jaati,jate,jaate,jati,jata} {hai,hain,}",
    )),
    # round 19: the course of a memory that fails slowly ("slowly over 2 years", "no sudden change", "dheere dheere"),
    # which with a forgetfulness of months makes its muddle a dementia's (mimics.slow_memory_loss) ...
    "slow_course": Sign((), (
        "{slowly,gradually,slowly slowly,slowly and gradually} {over ,since ,for ,}{the ,}{months,years,yrs,"
        "last few years,past few years}", "{slowly,gradually} {increasing,worsening,progressing,getting worse,"
        "going down,declining}", "{year,years,yrs,months} {slowly,gradually}", "no {sudden,acute,recent,new} {change,changes,worsening,onset}",
        "no change {recently,lately,of late}", "{nothing,not} sudden",
        "{dheere dheere,dhire dhire,dheere,dhire} {badh,bhoolne,bhool}",
    ), flag="slow_course"),
    # ... and what says the muddle is new or worse now: a delirium on the old forgetfulness, the emergency's
    "confusion_new": Sign(("confusion",), (
        "{more,much more,very} {confused,muddled,disoriented} {now,today,than usual,than before,}", "{now,today,"
        "suddenly,since yesterday,since morning,since then} {more ,very ,}{confused,muddled,disoriented}", "{confusion,confused} {increased,worse,worsened,more} "
        "{now,today,since yesterday,suddenly,}", "worse than {usual,before}",
    ), flag="confusion_new"),
    "hopelessness": Sign((), (
        "life is {useless,pointless,meaningless,not worth living,a burden}",
        "no {point,reason} {in living,to live,living}",
        "better off dead", "{wish,wishes} {he,she,i} {was,were} dead", "{nothing,no one} to live for",
        "{wish,wishes,wished} {he,she,i} {was,were} not alive", "{wish,wishes,wished} {he,she,i} {would,could} not "
        "wake up",
        "burden on {the ,}family",
    )),
    "psychotic_symptoms": Sign((), (
        "{hearing,hears,hear,heard} {voices,things}", "voices {in his head,in her head,in my head,talking to him,"
        "talking to her,talking to me}", "{seeing,sees,see} things {that are not there,nobody else sees,others "
        "cannot see,others can't see}", "{thinks,believes,says} {people,everyone,neighbours,family} {are ,is ,}"
        "{after him,after her,trying to kill him,trying to kill her,poisoning him,poisoning her,against him,against "
        "her}", "awaazein {sunai deti hain,sunta hai,sunti hai}",
        # a delusion of being poisoned is psychosis, not a poisoning
        # (the believer's verb, then who and what: 1,800 phrases, not the 26,000 every article and object made)
        "{thinks,believes,says,suspects} {people,neighbours,neighbors,they,relatives,the neighbours} are "
        "{poisoning,trying to poison,putting poison in,mixing poison in} {him,her,me,his food,her food,my food,the food,"
        "food}",
        "{thinks,believes,says,suspects} {everyone,someone,family,his family,her family,the family,his wife,"
        "her husband} is {poisoning,trying to poison,putting poison in,mixing poison in} {him,her,me,his food,"
        "her food,my food,the food,food}",
        "{thinks,believes,says,suspects,feels} {that ,}{his ,her ,my ,the ,}{food,water,medicine,tea} is poisoned",
        # Hinglish: the food refused as poison ("khana nahi khate, kehte zeher hai", "bolti hai khane mein zeher
        # milaya hai"), a belief told with its teller's verb, not a poison swallowed
        "{kehte,kehta,kehti,bolte,bolta,bolti,sochte,sochta,sochti,samajhte,samajhta,samajhti} {hai ,hain ,}{ki ,}"
        "{khane me ,khane mein ,khaane me ,khaane mein ,khana ,paani me ,pani me ,dawai me ,chai me ,}"
        "{zeher,zehar,jahar,zahar,jehar} {hai,hain,mila hai,milaya hai,milate hain,milaate hain,daala hai,dala hai,"
        "mila diya,de rahe,de rahe hain,dete hain}",
    )),
    # about to jump, with the place or the moment told: an attempt under way, not a thought
    "jump_threat": Sign(("suicidal thoughts",), (
        "{standing,sitting,climbed,is} on {the ,a ,}{terrace,roof,building} {edge,ledge,railing,wall}",
        "{standing,sitting} on the edge of {the ,a ,}{terrace,roof,building,bridge,well}",
        "{will,going to,threatening to,says he will,says she will,saying he will,saying she will} jump "
        "{right now,now,off,from}",
        "{chhat,chhath,chat,chhaat} se {kood,koodne,kud,kudne} {jaunga,jaungi,ki dhamki,wala,wali,ja raha,ja rahi}",
        # a place to jump into or from, or a train to go under, told in the future ("aaj raat nahar me kood jaunga",
        # "train ke aage kood jaungi", a parent telling it: "kehta hai kuen me kood jayega"); not a bath in the canal
        # nor a fall told as done ("kuen me gir gaya")
        _JUMP_PLACE + " {me,mein,main,se,par,pe,ke upar se,ki munder se} {kood,kud,koodh,chhalang laga,chhalaang laga,"
        "chalang laga} " + _WILL_GO,
        "{train,rail,railgadi,relgadi,gaadi,gadi,truck,bus} {ke,se} {aage,neeche,niche,saamne,samne} {kood,kud,let,"
        "lait,lete} " + _WILL_GO,
        # ("aa jaega", of a toddler on the road, is a worry, not a threat: the first person only)
        "{train,rail,railgadi,relgadi,gaadi,gadi,truck,bus} {ke,se} {aage,neeche,niche,saamne,samne} aa {jaunga,"
        "jaungi,jaaunga,jaaungi,jaoonga,jaoongi}",
    )),
    "sleepless_night": Sign(("insomnia",), (
        "{could not,couldn't,couldnt,did not,didn't,didnt} {fall asleep,get to sleep,sleep at all}",
    )),
    # a benzodiazepine or an opioid used daily; stopping one suddenly is withdrawal (seen today)
    "dependence_drug": Sign((), (
        "{alprazolam,clonazepam,lorazepam,diazepam,nitrazepam,chlordiazepoxide,etizolam,benzodiazepine,"
        "benzodiazepines,benzo,benzos,restyl,alprax,rivotril,valium,ativan}",
        "{brown sugar,heroin,smack,chitta,opium,afeem,afim,doda,poppy husk,post,morphine,buprenorphine,tramadol,"
        "codeine,codeine syrup,cough syrup} {user,users,addict,addiction,habit,daily,roz}",
        "{heroin,smack,chitta,afeem,afim,opium,brown sugar}",
    )),
    "stopped_drug": Sign((), (
        "{stopped,quit,suddenly stopped,has stopped,had stopped,ran out of,run out of} {it,them,taking,using,"
        "his,her,my,the,all,suddenly}",
        # "stopped 2 days ago" (a bare "stopped" is a negation cue: "bleeding stopped after pressing")
        "{stopped,quit} {1,2,3,4,5,6,7,a,one,two,three,four,five,six,seven} {day,days,week} {ago,back}",
        "{stopped,quit} {yesterday,today,last night}", "left {it,them,taking,using}", "since stopping", "withdrawal", "withdrawals",
        "{chhod,chod,band kar} {di,diya,diye,dee}", "{chhode,chode} hue",
    )),
    # Suicidal intent with a time, a plan or the means at hand (ASQ/C-SSRS: intent with a plan or preparation is
    # acute risk). Passive wishes ("sometimes wishes she was not alive") and denied thoughts are not this.
    "suicide_plan": Sign(("suicidal thoughts",), (
        # an attempt by hanging: the neck and the airway besides the risk of another attempt
        "hanging attempt", "attempted hanging", "{tried,attempted} to hang {himself,herself,myself,themself}",
        "hanged {himself,herself,myself}", "hung {himself,herself,myself}",
        "{fanda,phanda,fandha,phandha,fansi,phansi,faansi,phaansi} {lagaya,lagayi,lagai,laga liya,laga li,lagane ki "
        "koshish}",
        # "end it tonight" is an idiom of suicide; "finish it today" may be a course of tablets, so "finish" needs a
        # life or "it all"
        SUICIDE_WILL + " end {everything,it all,it,his life,her life,my life,himself,herself,myself} " + SUICIDE_TIME,
        SUICIDE_WILL + " finish {it all,his life,her life,my life,himself,herself,myself} " + SUICIDE_TIME,
        "end {everything,it all,his life,her life,my life} " + SUICIDE_TIME,
        # ("has kept the pills ..." holds "kept the pills ...": the phrase matcher finds it inside)
        "{kept,keeping,hidden,hid,hiding,collected,saved} "
        "{the ,some ,many ,all the ,his ,her ,my ,}" + SUICIDE_MEANS + " {to take them,to take it,to take,to drink it,"
        "to drink,to swallow them,to swallow,to use it,to end it,to end his life,to end her life,to end my life}",
        "{collecting,collected,has collected,saving up,saved up,has saved up,stockpiling,stockpiled,hoarding,hoarded} "
        "{pills,tablets,sleeping pills,sleeping tablets,medicines}",
        "{said,says,saying,has said} goodbye to {everyone,everybody,all,the family,his family,her family,family,"
        "all of us,his children,her children,the children}",
        "{wrote,written,has written,writing,left,has left} a {suicide,goodbye,farewell} {note,letter}",
        "{suicide,goodbye,farewell} {note,letter}",
        "{given,has given,giving,is giving} away {his,her,my,all his,all her,all my} {things,belongings,"
        "possessions,belonging}",
        "{aaj,aaj raat} {sab ,}khatam kar {dunga,dungi,dega,degi,lunga,lungi,lenge,lega,legi,leb}",
        "{zeher,zehar,jahar,zahar} {rakha hai,rakh liya hai,rakh liya,chhupa ke rakha hai,chhupa rakha hai}",
    )),
}
