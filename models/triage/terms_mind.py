"""Wordings of the mind's symptoms: low mood, sleeplessness, lost interest, anxiety and thoughts of suicide (terms.py
merges them with the rest); see lexicon.py for the brace syntax."""

from __future__ import annotations

from .lexicon import CANT

MIND_TERMS: dict[str, tuple[str, ...]] = {
    "low mood": (
        "{cries,crying} a lot", "no interest in anything",
        # round 20: "i cry a lot"; a failure felt towards all ("i have failed everyone", "nobody will miss me")
        "{i ,she ,he ,}cry {a lot,all the time,every day,daily}",
        "{i have,i've,have,has} failed {everyone,everybody,my family,all of them,my parents}",
        "{nobody,no one,no-one} will miss {me,him,her}",
        "sad", "sadness", "depressed", "depression", "low mood",
        "{feel,feels,feeling,felt} {low,down,hopeless,sad,empty,worthless}",
        "hopeless{,ness}", "crying {a lot,all the time,often}", "crying", "udaas", "udas", "dukhi",
        "{feeling,feel,feels,felt} {depressed,miserable,hopeless,worthless,empty}", "{no,lost all} hope",
        "{always,keeps} crying", "mann udaas", "dil nahi lagta",
        "{feel,feels,feeling,felt} {very,so,really,quite} {low,down,sad,hopeless}",
        "nothing makes {me,him,her} happy {anymore,now,}",

        # ("life is pointless" is signs' hopelessness, a flag of its own)
        "{life,everything} {feels,seems} {pointless,meaningless,empty,useless}", "everything is {pointless,meaningless}",
        "mood {is ,}{low,down}",
        "{kuch,kuchh} {accha,acha,achha,achchha} nahi lagta",
        # round 20: the crying told of oneself ("i cry a lot", "she cries all the time")
        "{cry,cries} {a lot,all the time,most of the time,often,for no reason}",
        "{been,is,was} {very ,so ,}low",
    ),
    "insomnia": (
        # round 16: "neend thodi kam" (sleeping less)
        "{neend,nind,neind} {thodi ,bahut ,kaafi ,}kam {aati,aa rahi,hoti,ho gayi,ho rahi,hai,}",
        "not sleeping", "sleeplessness", "sleepless", "insomnia", CANT + " sleep",
        "{trouble,difficulty,problem} sleeping",
        "poor sleep", "no sleep", "{not getting,lack of} sleep", "sleep {is ,}{poor,disturbed,less}", "disturbed sleep",
        "neend nahi {aati,aa rahi,aata,aati hai}", "neend {kam,nahi}",
        "{unable to,can't,cant,cannot,not able to} {sleep,fall asleep}", "{no,little,poor,bad} sleep {at night,}",
        "{waking,wakes} up {at night,early,all night}", "sleep{ing,} {problem,problems,difficulty}",
        "neend {nahi aati,kam aati,ki problem}",

        "{hasn't,has not,haven't,have not,hadn't,had not,not} slept {for,in,since,properly,well,at all}",
        "{sleeping,sleeps,slept} {badly,poorly}", "{barely,hardly} sleeping", "bad night's sleep",
        "{soya,soyi,soye} nahi", "neend {kam,nahi} {hui,aayi,aai}",
        # round 20: "i dont sleep", "she doesn't sleep at night since the funeral"
        "{don't,dont,do not,doesn't,doesnt,does not} sleep {at night,well,properly,at all,much,}",
        # round 21, Bhojpuri and Maithili: "neend na aawe" (sleep does not come), "neend nai aabait"
        "{neend,nind} {na,nai,naahi,nahi} {aawe,aave,aawat,aavat,aabait}",
    ),
    "loss of interest": (
        "{do not,don't,dont,no longer,not} enjoy {anything,things,life,my work,the fields,}",
        "{lost,loss of,no,lack of,lost all} interest {in ,}{work,anything,things,everything,life,activities,}",
        "not interested in anything", "anhedonia", "man nahi lagta", "mann nahi lagta",
        "{don't,doesn't,do not,does not,can't,cannot,no longer} enjoy {anything,things,life,work}",
    ),
    "anxiety": (
        # round 16: the fear of dying of a panic ("laga mar jaunga")
        "{laga,lag raha,lagta} {ki ,}{ab ,}mar {jaunga,jaungi,jaaunga,jaaungi,jaenge,jaayenge,jaoonga}",
        "anxious", "anxiety", "worried all the time", "always worried", "worries a lot", "panic", "panic attack{,s}",
        "panicking", "panicky",  # round 20
        "nervous{,ness}", "tension", "stressed", "ghabrahat", "ghabrahat hoti", "bechaini", "chinta",
        "{feeling,feel,feels} {anxious,nervous,restless,tense,scared}", "{fear,fearful}",
        "{worried,worrying} {all the time,a lot,constantly}", "overthinking", "ghabrahat {ho rahi,hoti}", "dar lagta",
        "{dil,man,mann,jee,ji} {ghabra,ghabara} {raha,rahi,jaata,jata,jaati,jati} {hai,}",
        # dread: "feel something terrible will happen", "lagta hai kuch bura hoga"
        "{feel,feels,feeling,felt,sure} {that ,}something {terrible,bad,awful,horrible} {will,is going to,would} "
        "happen",
        "{lagta hai,lagta,lag raha hai,lagta tha} kuch {bura,galat} {hoga,hone wala hai,ho jayega,hone waala hai}",
    ),
    "suicidal thoughts": (
        # round 16: no wish to live ("jeene ka man nahi karta"), to end oneself ("apne aap ko khatam karna")
        "{jeene,jine,jeena} {ka,ki} {man,mann,ichha,iccha} {nahi,nhi} {karta,karti,hota,hoti}",
        "{apne aap,khud,apne ko} ko khatam {karna,kar} {chahta,chahti,chahte,lena,dena}",
        "{want,wants,wanted} to die", "wish{,es} to die",
        "{marne,mar jaane,mar jane,khudkushi,aatmahatya,atmahatya} {ka,ke,ki} {koi ,}{khayal,khyal,vichar,vichaar,"
        "khayal aate,khayal aata,vichar aate}", "thinking of ending {my,his,her,their} life",
        "{thoughts,thought,ideas,talk} of {ending {my,his,her} life,suicide,killing {myself,himself,herself},self "
        "harm,self-harm,dying}",
        "suicidal {thoughts,ideas,ideation,feelings,}", "suicide", "suicide attempt", "kill {myself,himself,herself}",
        "end {my,his,her} life", "self harm", "self-harm", "harming {myself,himself,herself}",
        "harm {myself,himself,herself}",
        "{thoughts,thought,ideas,urge,urges} of {hurting,injuring,cutting} {myself,himself,herself}",
        "{want,wants,wanted} to {hurt,injure,cut} {myself,himself,herself}",
        "marna {chahta,chahti} {hai,hoon,hu,}", "marne ka {mann,man,dil,khayal,vichar} {karta,karti,kar raha,kar rahi,"
        "aata,aa raha} {hai,}",
        "jeena nahi {chahta,chahti}", "khudkushi", "aatmahatya",
        # round 20: a note left saying so ("chitthi likh ke gayi ki ab jeena nahi"); "ki" ties the words to a telling
        "{likha,likhi,likh ke gayi,likh ke gaya,boli,bola,bolti,bolta,kehti,kehta} {hai ,}ki ab {jeena,jina} "
        "{nahi,nhi}",
        "{doesn't,does not,dont,don't} want to live", "{no,not} {reason,point} {to live,in living}",
        "{no,not any,not a,not one} {reason,point} {to stay alive,to be alive,to go on living,in staying alive,"
        "in being alive,to keep living}",
        "{tried,attempted} to {kill,hang,harm} {himself,herself,myself}",
        "{wants,want} to {end it,kill {himself,herself,myself}}", "life is not worth living",
        "{thinking,thoughts} {of,about} {dying,death,suicide}",
        "{thoughts,thought} of ending {my ,his ,her ,}life",
        "better off without {me,him,her,them}", "{no,nothing} {to live for,left to live for}", "end it all",
        "{hang,hanging,drown,poison} {myself,himself,herself}", "{take,taking,took} {my,his,her} own life",
        "{jump,jumping} {off,from} {the ,a ,}{bridge,roof,building,terrace,train}",
        "{has,bought,got,kept,keeping,hid,hidden} {a ,the ,}{rope,pesticide,poison} {to,for,}",
        "{life,living} {is ,}not worth it", "{doesn't,does not,don't,do not} want to wake up",
        "mar {jaana,jana,jaunga,jaungi,jaun} {chahta,chahti,hai}", "jaan de {dunga,dungi,doonga,doongi}",
        "{again,today again,once again,now again} thinking {of,about} {it,doing it,that}",
        # killing oneself told plainly: "khud ko khatam kar doon" (a wish to be dead with no act is signs' death_wish)
        "khud ko {khatam,khatm,khatma} {kar,karne,kar doon,kar du,kar dun}",
        # round 22: "khud bhi mar jaungi" (I will die too), said after a threat to others or the baby
        "khud bhi mar {jaungi,jaunga,jaaungi,jaaunga,jaoongi,jaoonga,jaib,jaibe}",
        # a mother's thought of ending her own and her baby's life (postpartum psychosis): the child named between
        "khud ko aur {bachche,bachchi,bacche,bachhe,baby,beti,bete,bachchon,bachon} ko {khatam,khatm,khatma,maar} "
        "{kar,karne,kar doon,kar du,kar dun,doon,dun}",
        "{kill,hurt,harm} {myself,herself} and {my,her} {baby,child,children,kids}",
        "{think,thinks,thinking} about dying", "{would,will} be better {off ,}without {me,him,her}",
    ),
}
