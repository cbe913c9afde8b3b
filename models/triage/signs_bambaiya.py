"""Mumbai's Bambaiya (Hindi with Marathi in it, as a basti health volunteer types it) wordings of symptoms and danger
signs, round 18. Merged into signs_marathi.MARATHI_SIGNS at their place there (and so into signs.SIGNS)."""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

BAMBAIYA_SIGNS: Final[dict[str, Sign]] = {
    "giddy_fell_bm": Sign(("fainting", "dizziness"), (
        "chakkar {aake,aa ke,aakar,aa kar,khaake,khake} {giri,gira,gir gayi,gir gaya,gir padi,gir pada,padi,pada}",
    )),
    "mala_mala_bm": Sign(("nausea",), ("{mala mala,mala-mala,malamala} {hota,hote,hotay,vatta,lagta}",)),
    # a cat's or a monkey's bite (the animal-bite rules read "dog bite"), the teeth gone in
    "animal_bite_bm": Sign(("dog bite", "wound"), (
        "{billi,bili,bandar,kutte,kutta} ne {haath,hath,pair,ungli,ungali,paon} {pe,par,mein,me,ko} "
        "{kaata,kaat liya,kata,kaat li}",
        "{billi,bili,bandar} ne {kaata,kaat liya,kaat diya,kata}",
    )),
    # black sticky stools (melaena), a hard stool, watery stools
    "black_stool_bm": Sign(("blood in stool",), (
        "{latrine,latrin,laitrin,toilet,potty,sandas,motion} {ekdum ,bilkul ,}{kaali,kala,kaala,kaali kaali} "
        "{chipchipi,}",
    ), flag="black_stool"),
    "hard_stool_bm": Sign(("constipation",), (
        "{kadak,kadaak,tight,sakht} {latrine,latrin,sandas,potty,motion}", "{latrine,latrin,potty} kadak",
        "{divsat,divasat,divsaat} {ek,ekda} {da ,vela ,}{sandas,sandaas}",
    )),
    "watery_stool_bm": Sign(("diarrhea",), (
        "{patli,patla,paatli,patle,paani jaisi,pani jaisi} {latrin,latrine,toilet,potty}",
    )),
    # the appetite: "khana band", "jevan nahi karat", "theek se khaya nahi"
    "not_eating_bm": Sign(("loss of appetite",), (
        "khana {band,bandh,chhod diya,chhoda}", "{jevan,jevaN} {nahi karat,karat nahi,nahi karte,nahi karti}",
        "theek se {khaya,khata,khati,kha raha,kha rahi} {nahi,nai,nhi}",
    )),
    "tired_bm": Sign(("fatigue",), ("{thaki thaki,thaka thaka,thakti,thakta}",)),
    # felt burning hot to the hand
    "hot_body_bm": Sign(("fever",), (
        "{body,badan,sharir,shareer,ang} {aag,aagi} {jaisi,jaisa,jaise,sarkha,sarkhi} {garam,garm,tap raha,tapat}",
        "tap {thandi,thandi ke sath,thandi ke saath}",
    )),
    # memory going for months (a dementia to assess at a routine visit, not the acute confusion): "bhoolne lage"
    "forgets_bm": Sign((), (
        "{chaabi,chabi,rasta} bhool {jaate,jaati,jata,jati,jaata,gaye,gayi}",
        "bhoolne {lage,lagi,laga,lagi hai,lage hai}",
    ), flag="forgetful"),
    # the worst headache: "sir mein jaise bomb phata", "sir bahut jor se dukh raha"
    "head_burst_bm": Sign(("headache",), (
        "sir {mein,me} {jaise ,}bomb {phata,phat gaya,fata,foota,phoota}",
    ), severity="severe"),
    "head_hard_bm": Sign(("headache",), (
        "sir {bahut ,bohot ,}{jor se,zor se,jorse,zorse} {dukh,dard} {raha,rha,rahi,hai,ho raha,kar raha}",
    )),
    # sparks, flashes before the eyes (the visual aura of eclampsia)
    "sparks_bm": Sign(("blurred vision",), (
        "{aankhon,aankh,ankh,ankhon} ke {saamne,samne,aage} {chingari,chingariyan,chingaariyan,chamak,taare,tare}",
    )),
    "cough_blood_bm": Sign(("coughing blood", "cough"), ("{khaansi,khansi,khasi,khaasi} {mein,me} {khoon,khun}",)),
    # a mouthful of blood ("munh bhar khoon", a TB patient's): the amount of a massive haemoptysis
    "mouthful_blood_bm": Sign(("coughing blood", "cough"), ("munh bhar {khoon,khun}",), flag="cupful_amount"),
    "urine_red_bm": Sign(("blood in urine",), ("{susu,peshab,pishab} {lal,laal}",)),
    "urine_tea_bm": Sign(("dark urine",), ("{susu,peshab,pishab} {chai,chay,chaha,cola} {jaisi,jaisa,sarkhi,jaise}",)),
    "urine_stopped_bm": Sign(("reduced urine",), (
        "{susu,peshab,pishab} {nahi,nai} {utri,utra,utar rahi,ho rahi,hui,utar raha}",
    )),
    "belly_tight_bm": Sign(("abdominal pain",), ("pet {tite,tight,kadak} {ho gaya,ho gya,hai,hua}",
                                                "pet {kabhi kabhi,kabhi-kabhi} {dukhta,dukhti,dard karta}")),
    "pins_needles_bm": Sign(("numbness",), (
        "{cheenti,chinti,cheentiyan,chintiyan,mungya} {chalti,chalte,chal rahi,rengti,chalat} {jaisi,jaisa,jaise,}",
    )),
    "round_patches_bm": Sign(("skin patches",), ("{gol gol,gol} {khujli wale ,khujli wali ,}{chakte,chakatte,chatte}",)),
    "dry_skin_bm": Sign(("rash",), ("{sukhi,rukhi,sookhi} {khujli wali ,}{chamdi,chamri,twacha}",)),
    "finger_cut_bm": Sign(("cut",), ("{ungli,ungali,angootha} {kati,kat gayi,kat gai,kat gaya}",)),
    "stiff_after_bm": Sign(("body ache",), ("{mein,me} {akdan,akadan,akdaan,akdan hai}",)),
    "cannot_get_up_bm": Sign(("reduced movement",), (
        "uth nahi {payi,paayi,pa rahi,pa raha,paya,paaya,pati,paati,sakti,sakta}",
        "mod nahi {sakti,sakta,pa rahi,pa raha,paati,paata}",
    )),
    "foot_turned_bm": Sign(("leg pain",), (
        "pair bahar ki taraf {mud,ghum} {gaya,gayi}",
        "pair tak {jaata,jata,jaati,jati,aata,failta}",
    )),
    "cannot_cough_bm": Sign(("shortness of breath",), ("{khaans,khans} bhi nahi pa {raha,rahi}",)),
    "breath_fast_bm": Sign(("fast breathing",), ("saans {tez,tezz} {chal rahi,hai,ho gayi,}",)),
    "throat_closing_bm": Sign(("throat swelling",), ("gala band {hotay,hotoy,hot ahe,hot aahe} {asa vatta,asa vatay,}",)),
    "acid_splash_bm": Sign(("burn",), ("{acid,tezaab,tejab,tezab} {ka chhinta,ke chhinte,ka chhita,gaya,gira,pada,padla}",)),
    "sleeping_off_bm": Sign(("lethargy",), (
        "bolte bolte so {jaati,jaata,jata,jati,jaate}", "baar baar so {jaate,jaati,jata,jati}",
        "{utha,uthaa} rahe {hai ,}{uthti,uthta,uthte} {nahi,nai,nhi}", "{bilkul ,}{dheela,dheeli,dhila,dhili} pad{a,i} hai",
    )),
    "sleeping_pills_bm": Sign(("poisoning",), (
        "{nind,neend,neendh} ki {goli,goliyan,golian,goliya} {kha li,kha liya,kha li hai,khayi,khaa li,khaa liya}",
        "puri {sheeshi,shishi,bottle,patti,strip} {kha li,kha gayi,kha gaya,kha liya}",
    ), flag="overdose"),
    "plan_to_die_bm": Sign(("suicidal thoughts",), (
        "{sab,sabkuch,sab kuch} khatam kar {dega,degi,dunga,dungi,doonga,doongi,lega,legi,lunga}",
        "{rassi,fanda,phanda} {le ke,leke,laa ke} {rakhi,rakha,rakhi hai,rakha hai}",
    )),
    "clothes_loose_bm": Sign(("weight loss",), ("kapde {dhile,dheele,dhila,dheela,loose} {ho gaye,hue,pad gaye,ho gae}",)),
    "thirst_bm": Sign(("excessive thirst",), ("din bhar {pani pani,paani paani}", "gala {sukhta,sookhta} rehta")),
}
