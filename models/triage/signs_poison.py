"""Round 23's poisoning and self-harm told calmly, and Hinglish urgent cases told as if routine: tablets swallowed
all at once in the spellings the other tables miss ("saari goliya kha li", "tikiya"), rat poison named bare ("chuha
maar dawai"), a wish not to live told verb-first ("mujhe nahi jeena"), a rope taken to the fan (a hanging made
ready), a period that will not stop, and urine that will not come in Bhojpuri. Merged into signs.SIGNS through
signs_later.py."""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# tablets, in the spellings a hurried message gives them ("goliya", "golia", "tikiya" a small tablet or cake)
_TABLETS = "{goli,goliya,goliyan,goliyaan,golian,tikiya,tikiyan,tablet,tablets}"
# swallowed, perfective ("kha li", "nigal gayi"): what was done, not a course being taken
_SWALLOWED = ("{kha,khaa,nigal,nigl} {li,lee,liya,lia,liye,lin,gayi,gaya,gai,gya,gyi,gaye,"
              "lihlas,lelak,gail,gaili}")
# a period's own words ("mahina", "mahwari", "MC", "masik")
_PERIOD = "{mahina,mahine,mahwari,period,periods,mc,masik,masik dharm}"
_DAYS_TOLD = ("{7 din se ,8 din se ,9 din se ,10 din se ,11 din se ,12 din se ,14 din se ,15 din se ,20 din se ,"
              "das din se ,pandrah din se ,bees din se ,hafte bhar se ,2 hafte se ,do hafte se ,}")

POISON_SIGNS: Final[dict[str, Sign]] = {
    # all the tablets in the house swallowed ("BP ki saari goliya kha li", "sab tikiya nigal gayi"): an overdose whatever
    # the count told (NICE CG16: any deliberate ingestion is assessed at once; TOXBASE: a whole strip of an
    # antihypertensive kills with the patient well for hours). terms_injury.py's poisoning reads "saari goliyan";
    # these are its other spellings and the small tablet ("tikiya")
    "all_tablets_swallowed": Sign(("poisoning",), (
        "{saari,sari,sab,sabhi,saare,poori,puri,bahut saari,dher saari,dher sari} " + _TABLETS
        + " {ek saath ,ek sath ,ekdum ,ek baar me ,}" + _SWALLOWED,
    )),
    # rat poison named bare, with no connecting word ("chuha maar dawai ki tikiya", "chuha mar goli", "ratol"): taken
    # by a toddler at play it is a poisoning with no sign yet (zinc and aluminium phosphide, yellow phosphorus paste,
    # the anticoagulant cakes all act hours later: WHO/IPCS, NPIC), never a well child to watch at home
    "rat_poison_named": Sign(("poisoning",), (
        "{chuha,chuhe,choohe,chooha,chuhon} {maar,mar} {dawa,dawai,dava,goli,tikiya,tikiyan,"
        "powder,cake,zeher,zahar,biscuit,daana,dana}",
        "{chuhe,chuha,choohe,chooha,chuhon} {maarne,marne,maar} {ki,wali,waali,ka,wala,waala,wale} {tikiya,tikiyan,"
        "biscuit,daana,dana}",
        "{ratol,rat kill,rat killer,rat cake,rat paste,rodenticide,rat biscuit}",
    )),
    # a wish not to live told verb-first or cut off by a comma ("mujhe nahi jeena", "ab nahi jeena, bas"): the other
    # tables read "jeena nahi chahti" and "nahi jeena hai"; WHO mhGAP: ask about self-harm at once, never leave alone
    "no_wish_to_live": Sign(("suicidal thoughts",), (
        "{mujhe,mujhko,humko,hume,ab,aur,bas} {nahi,nhi,ni,nai,na,nahin} {jeena,jina,jeena hai,"
        "jina hai,jeena h,jina h,jeena mujhe,jina mujhe}",
        "{jeena,jina,jine} {ka,ki} {mann,man,iccha,ichha,ichchha} {nahi,nhi,ni,nai} {hai,h,karta,karti,hota,"
        "rahi,raha,}",
    )),
    # a rope or a scarf taken to the fan or the ceiling's hook ("rassi le ke pankha dekh raha tha", "dupatta pankhe se
    # baandh rahi thi", "standing under the fan with a rope"): the means of a hanging made ready, a plan by itself
    # (NICE CG16 / WHO mhGAP: a method got ready is high risk, do not leave the person alone)
    "rope_to_the_fan": Sign(("suicidal thoughts",), (
        "{rassi,rassa,phanda,fanda,dupatta,dupatte,chunni,saree,sadi,saadi} {le ke,leke,lekar,le kar,liye,liye hue,"
        "pakad ke,haath me le ke,haath mein le ke} {pankha,pankhe,pankhe ko,pankhe ki taraf,pankhe ke neeche,chhat,"
        "chhat ko,chhat ki taraf,kunda,hook} {dekh,dekhta,dekhti,dekh raha,dekh rahi,dekh rha,dekh rhi,"
        "dekh rahe,dekhte,taak,taak raha,taak rahi,ghoor,ghoor raha,ghoor rahi,khada,khadi,khade,baitha,baithi,baithe,"
        "chadh,chadha,chadhi,chadhe}",
        "{pankhe,pankha,kunda,hook,chhat} {se,pe,par,me,mein} {rassi,rassa,dupatta,"
        "chunni,saree,sadi,phanda,fanda} {baandh,bandh,bandhi,baandha,bandha,lagaya,laga,bandh "
        "raha,bandh rahi,baandh raha,baandh rahi}",
        "{with,holding} {a rope,rope,the rope,a noose,a dupatta,a scarf,a saree} {looking at,staring at,standing under,"
        "under,near} {the ,}{ceiling fan,fan,ceiling hook,hook}",
        "{standing,stood,sitting,found standing,found him standing,found her standing} under {the ,}{ceiling fan,fan} "
        "with {a rope,rope,the rope,a noose,a dupatta,a scarf,a saree}",
        "{rope,noose,dupatta,scarf,saree} {tied,fixed,hung,being tied,knotted} {to,on,from,around} {the ,}"
        "{ceiling fan,fan,ceiling hook,hook}",
    ), flag="suicide_plan"),
    # a period that will not stop ("mahina 10 din se band nahi hua", "period ruk nahi raha"): prolonged menstrual
    # bleeding (FIGO AUB: more than 8 days), read by rules_hinglish.prolonged_period_symptomatic with the dizziness or
    # weakness it brings; no bleeding symptom of its own (a period is no haemorrhage: the clinicians' vignettes see
    # it today, not now)
    "period_not_stopping": Sign((), (
        _PERIOD + " " + _DAYS_TOLD + "{band,bandh,ruk,ruka,thama} {nahi,nhi,ni,nai,na,nahin} {hua,hui,hue,ho raha,"
        "ho rahi,ho rha,ho rhi,ho raha hai,ho rahi hai,raha,rahi,rahe,rha,rhi,rhe,ho pa raha,ho pa rahi,hota,hoti}",
        "{bleeding,periods,period,menses} {is ,are ,has ,have ,}{not stopping,won't stop,wont stop,not stopped,"
        "hasn't stopped,haven't stopped,going on} {for ,since ,}{10 days,12 days,two weeks,2 weeks,"
        "8 days,9 days,15 days}",
    )),
    # urine that will not come, in Bhojpuri and Bajjika ("pishab nai utar rahal", "peshab na hot ba"): an old man's
    # retention with his belly full (EAU: acute urinary retention, a catheter today)
    "urine_wont_come": Sign(("reduced urine",), (
        "{peshab,pishab,susu,moot} {nahi,nai,na,nhi,ni,nahin} {utar,utra,utri,utarat,"
        "utral,hot,hoi,hota,aawat,aawe,aa,nikal,nikalat} {rahal,rahal ha,rahal hai,rahal ba,raha,rahi,rahe,ba,hai,he,"
        "ta,rahal chhai,chhai}",
    )),
    # a watery discharge from below, told of a woman known pregnant ("8 mahine poore nahi hue, neeche se paani jaisa
    # discharge aa raha"): the waters leaking until a speculum says otherwise (NICE NG25, RCOG GTG 73: PPROM), read
    # as water_seeping only in a pregnancy told (rules_pregnancy.ruptured_membranes)
    "watery_discharge_below": Sign(("vaginal discharge",), (
        "{neeche,niche,neeche ke raste,niche ke raste} se {paani,pani} {jaisa,jaisi,jaise,sa,si} {discharge,safed "
        "pani,kuch,liquid,cheez} {aa,beh,bah,nikal,ris,rees,ja,jaa,gir} {raha,rahi,rha,rhi,rahe,raha hai,rahi hai,"
        "rahal,ba}",
    ), flag="water_seeping"),
    # "no point anymore": low mood in a lay word (PHQ-9's hopelessness item), told with or without a wish to be dead
    "no_point_anymore": Sign(("low mood",), (
        "{there is ,is ,}no point {anymore,any more,in living,in anything,in life,to anything,to "
        "life,to living}",
        "{feel,feels,feeling,felt} like there is no point",
    )),
}
