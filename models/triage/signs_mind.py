"""Wordings of danger to others or to oneself told without a plan: a threat with a weapon, a mother's thoughts of
harming her baby, a wish to be dead, thoughts of suicide; and the signs of mania. Merged into signs.SIGNS; the plan
and the act are signs.py's suicide_plan and the suicide_risk rule's."""

from __future__ import annotations

from .lexicon import Sign

MIND_SIGNS: dict[str, Sign] = {
    # a threat of violence to others with a weapon, or an attack under way (danger to others)
    # (a threat to people and the weapon it is made with are two signs read together by violence_to_others: spelled
    # out as one phrase, every verb, person, article and weapon made 28,672 phrases and 30 MB more memory)
    "violent_threat": Sign((), (
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
    )),
    # passive wishes to be dead, no plan told: see today (the plan and the act are suicide_plan's and suicide_risk's)
    "death_wish": Sign((), (
        "{mann,man,dil,jee,ji} karta hai {mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon,jaun toh,jaaun toh}",
        "{mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon} {toh accha,to accha,to acha,toh acha}",
        "{lagta hai,lagta h,lagta,sochta hai,sochti hai} {mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon}",
        "mar {jaun,jaaun,jaoon,jaaon}",
        # "dil karta hai ki mar jaun", "jeene ka koi fayda nahi", "khatam ho jaun": the same wish, other words
        "{mann,man,dil,jee,ji} karta {hai ,}ki {mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon}",
        "{lagta hai,lagta} ki {mar,mar hi} {jaun,jaaun,jau,jaoon,jaaon}",
        "jeene ka {koi ,}{mann,man,dil,fayda,faida,matlab} nahi", "khatam ho {jaun,jaaun,jaoon,jau}",
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
}
