"""Wordings of the airway's and the breathing's danger signs: a child or adult too breathless to speak or speaking in
single words, stridor, choking, a reliever that does not help, breathing only sitting up, acidotic breathing (signs.py
merges them into SIGNS)."""

from __future__ import annotations

from .lexicon import CANT, PRONOUN, Sign

BREATHING_SIGNS: dict[str, Sign] = {
    "severe_breathing": Sign(("shortness of breath",), (
        CANT + " breathe", "gasping {for air,for breath,}", "struggling to breathe",
        "{fighting,struggling} for {breath,air}",
        "{cannot,can't,cant,unable to} {finish,complete} {a ,}sentence{,s}",
            "breathless {at rest,even at rest}",
        CANT + " {speak,talk} {in ,a ,}{full ,complete ,whole ,}sentence{,s}",
        "saans {bilkul ,}nahi {aa rahi,aa raha,aa pa rahi,le pa rahi,le pa raha}", "saans ruk {rahi,gayi}",
        # round 21: a relative's plural of respect ("saans bilkul nahi le pa rahe"), Nagpuri's "nai", and the breath
        # closing up ("saans band ho raha": going on; "saans band ho gayi", stopped, is an arrest's)
        "{saans,sans,saas,sas} {bilkul ,}{nahi,nai,nhi} {le pa rahe,le paa rahe,le paa raha,le paa rahi,aa pa raha,"
        "aa pa rahe}",
        # round 22: Lucknow's typing, "nhi aa rhi", "nhi le pa rha" (the breath not coming, not denied)
        "{saans,sans,saas,sas} {bilkul ,}{nahi,nhi} {aa rhi,aa rha,le pa rha,le pa rhi,le pa rhe,aa pa rhi,aa pa rha}",
        "{saans,sans,saas,sas} band {ho raha,ho rahi,ho rahe,hone laga,hone lagi,ho jaata,ho jata,ho jaati,ho jati} "
        "{hai,he,}",
        "{can,could} only {say,speak,talk} {a few,few,one or two,single,one} words",
        "{saans,sans,sas,saas} {ukhad,ukhar,ukhadh,ukhd} {rahi,raha,rhi,rha,gayi,jaati,jati,rahi hai}",
    ), severity="severe"),
    "stridor": Sign(("shortness of breath",), ("stridor", "noisy breathing")),
    "choking": Sign(("shortness of breath",), (
        "chok{ing,ed}", "foreign body in {the ,}{throat,airway}",
    ), severity="severe"),
    # "something stuck in the throat" is an airway's until the breathing is told fine, then a gullet's or a fish
    # bone's (rules.airway_obstruction; seen today: rules_complaints.foreign_body)
    "stuck_in_throat": Sign((), ("something stuck in " + PRONOUN + "throat",)),
    "asthma_attack": Sign(("wheezing", "shortness of breath"), ("asthma attack", "attack of asthma")),
    # a reliever taken, and no relief from it (pipeline._reliever_patterns): an attack the inhaler does not turn is a
    # severe one (asthma action plans: call for help when the reliever does not work)
    "reliever_not_helping": Sign((), ()),
    "reliever_repeated_no_relief": Sign((), ()),  # and taken again and again ("pump 4 baar liya, koi farak nahi")
    "reliever_partly_helping": Sign((), ()),  # some relief, not enough ("inhaler not helping much")
    # once on a ventilator or in intensive care (for the breath, in a complaint of the breath): GINA's first risk
    # factor for dying of asthma, a history of near-fatal asthma needing intubation
    "ventilated_before": Sign((), (
        "{was ,had been ,has been ,been ,}{on ,put on }{a ,the ,}{ventilator,life support,breathing machine}",
        "{ventilated,intubated}", "{icu,iccu,picu,micu} {admission,admit,admitted}",
        "{admitted,admit,bharti,bhartee,was} {in ,to ,into ,}{the ,}{icu,iccu,picu,micu}",
        "{icu,iccu,picu,micu,ventilator,vent} {mein,me,main,pe,par,par bhi} {thi,tha,the,rahi,raha,rahe,admit,bharti,"
        "bhartee,rakha,rakhi,rakhna pada,dala,daala,dali,daali,gayi,gaya,gai,le gaye}",
        "{ventilator,machine} {lagana,lagaana,lagaya,lagi,laga,lag gaya,lag gayi} {pada,padi,tha,thi}",
    )),
    # deep sighing breaths (Kussmaul): the body blowing off acid, as in diabetic ketoacidosis
    "acidotic_breathing": Sign((), (
        "breathing {deep,deeply,very deep,very deeply,deep and fast,deep and heavy,deep and rapid}",
        "{deep,big,heavy} sighing {breaths,breathing}", "kussmaul{ breathing,}", "air hunger",
        "{lambi lambi,gehri gehri} saans {le raha,le rahi,le rahe,le raha hai,le rahi hai}",
    )),
    # breathlessness that stops speech: a breathing emergency (cannot finish a sentence), not a stroke's speech
    "too_breathless_to_speak": Sign(("shortness of breath",), (
        "too {breathless,short of breath} to {speak,talk}",
        "{cannot,can't,cant,unable to} {speak,talk} {because of,due to,from} {breathlessness,breathing,the breathing}",
        "{saans,sans,saas} {phool,phul,ukhad,chadh,chad} {rahi,raha,rhi} {hai ,}{aur ,}bol nahi {pa raha,pa rahi,pa rahe,"
        "paa raha,paa rahi,sakta,sakti}",
        "{breathless,short of breath} {and ,}{cannot,can't,cant,unable to} {speak,talk}",
        "{saans,sans,saas} {phool,phul,ukhad,chadh,chad} {rahi,raha,rhi} hai, bol nahi {pa raha,pa rahi,pa rahe,"
        "paa raha,paa rahi,sakta,sakti}",
        # the breath named as what stops the speech: "saans ki wajah se bol nahi pa raha" (speech cut into words,
        # with no breath named, is speech_in_words)
        "{saans,sans,saas} {ki wajah se,ke maare,ke mare,ke karan,ke kaaran,ki wajah} {bol,baat} nahi {pa raha,"
        "pa rahi,pa rahe,paa raha,paa rahi,sakta,sakti,kar pa raha,kar pa rahi,kar paa raha,kar paa rahi}",
        CANT + " {speak,talk} {because of,due to,from,for} {the ,his ,her ,}{breath,breathing,breathlessness,"
        "wheeze,wheezing}",
    )),
    # speech cut into single words (GINA/BTS: "talks in words", a severe attack, with the breath short or wheezing;
    # rules.severe_respiratory_distress): "one word at a time", "ek ek shabd bol rahi", "poora vakya nahi bol pa
    # rahi". Alone it is no breathing sign: a toddler who says single words, a low patient who answers in them.
    "speech_in_words": Sign((), (
        "{one,single} word at a time", "{a ,}word or two at a time",
        "{speaking,speaks,talking,talks,answering,answers,replying,replies,saying,says} {only ,just ,}{in ,}"
        "{single,one or two,one-two,broken} words",
        "{speaking,speaks,talking,talks} in {short ,}{bits,gasps}",
        "{ek ek,ek-ek,ek do,ek-do} {shabd,shabad,sabd,lafz,lafaz,word,words,alfaaz} {hi ,}{bol,bolti,bolta,bolte,"
        "bol rahi,bol raha,bol rahe,bol pa rahi,bol pa raha,bol paa rahi,bol paa raha,bol ke,bolke,mein,me}",
        "{poora,pura,poori,puri} {vakya,vaakya,sentence,line,baat} {nahi,nhi} {bol,kar} {pa raha,pa rahi,"
        "pa rahe,paa raha,paa rahi,pata,pati,paata,paati,sakta,sakti,sakte}",
        # round 16: the same in other orders ("poori baat bol nahi pa rahi", "bol nahi paa rahe pura vakya"): the
        # breath's, not a slurred speech
        "{poora,pura,poori,puri} {vakya,vaakya,sentence,line,baat} bol {nahi,nhi} {pa raha,pa rahi,pa rahe,paa raha,"
        "paa rahi,paa rahe,pata,pati,paata,paati,sakta,sakti,sakte}",
        "bol {nahi,nhi} {pa raha,pa rahi,pa rahe,paa raha,paa rahi,paa rahe} {poora,pura,poori,puri} {vakya,vaakya,"
        "sentence,line,baat,}",
        CANT + " {finish,complete,say} {a ,his ,her ,the ,}{full ,whole ,complete ,}{sentence,sentences,line}",
    )),
    "orthopnoea": Sign(("shortness of breath",), (
        "breathless {when ,on ,}lying {flat,down}", "{can't,cannot,cant} lie {flat,down}",
        "{sleeps,sleeping,sleep} sitting up", "{short of breath,breathless,breathlessness} at night",
        # lying down chokes ("letne pe ghutan hoti", "lete to saans ruk jaati", "lying down chokes him")
        "{letne,leitne,lete,lette,leitte} {pe,par,se,to} {ghutan,ghabrahat,saans ruk,saans rukti,saans phool,dam ghut} "
        "{hoti,hota,jaati,jati,lagti,hone lagti,}",
        "lying {down ,flat ,}{chokes,choke,suffocates} {him,her,me}",
        # "lete hi saans nahi aati" (no breath the moment he lies down; the hills' "ni", dialect.py)
        "{letne,lete,leitne,lette} {hi ,pe ,par ,to ,}saans {nahi,na} {aati,aa rahi,aa raha,aata}",
    )),
    # breathing possible only sitting up (orthopnoea at rest): "sits up to breathe", "baith ke hi saans le pa rahe",
    # "whole night sitting up gasping", "ghutan hoti to uthke baith jaate"
    "sits_up_to_breathe": Sign(("shortness of breath",), (
        "{sits,sit,sitting,has to sit,had to sit,needs to sit} up to {breathe,get breath,catch {his,her,my} breath}",
        "{can,could} {only breathe,breathe only} {sitting,sitting up,when sitting,propped up}",
        "{whole,all} night sitting up {gasping,breathless,to breathe}",
        "{baith,baithke,baith ke,baithkar,baith kar} {ke ,}{hi ,}saans {le pa raha,le pa rahi,le pa rahe,le pate,"
        "le paata,le paati,aati,aa rahi,le rahe,le raha,le rahi}",
        "{ghutan hoti,ghutan hota,ghutan hone lagti,saans rukti,saans ruk jaati,saans phoolti,dam ghutta} {to ,toh ,"
        "aur ,}{uthke,uth ke,uthkar,uth kar} baith {jaate,jaata,jaati,jate,jata,jati}",
        "{letne,lete,leitne} {nahi,nhi} {de rahi,de raha,deti,deta} saans",
        # round 21: Bhojpuri and Maithili: the nights spent sitting up ("baithi ke raati kaatait chhathi", "baith ke
        # raat kaatat ba"), and the breathless who cannot lie down ("saans phulat ba, sut na paawat", "saans phulait,
        # sutait nai paabait"; "sut na paawat" alone is as often a sleepless night: insomnia's)
        "{baithi,baith,baithke,baith ke} {ke ,}{raati,raat,raat bhar,raati bhar} {kaatait,kaatat,kaatal,kaat rahal,"
        "kaat rahi,kaat raha,kaatait chhathi,kaatait chhai}",
        "saans {phulat,phulait,phoolat,phool rahal,phool rahi,phulait chhai,phulat ba} {ba ,chhai ,bari ,}{sut,sutait,"
        "sute,sutai,let} {na,nai,nahi} {paawat,paabait,pabait,pa rahi,paa rahi,sakat}",
    )),
}
