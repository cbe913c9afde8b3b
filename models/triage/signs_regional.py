"""Gujarati and Rajasthani wordings (in Latin letters) of everyday symptoms and a few danger signs, as a PHC nurse in
Gujarat or Rajasthan writes them down: "pet ma dukhe" (belly hurts), "ghutan ma sojo" (knee swollen), "shwas chadhe"
(breathless), "taav" (fever), "koni" and "nathi" (not, context.py's negation cues).

Merged into signs.SIGNS; most set symptoms only (symptom recall), the danger signs are read by rules_hinglish.py.
"""

from __future__ import annotations

from .lexicon import Sign

# Gujarati "ma"/"maa" (in), "par" (on); Rajasthani "mein"/"me"
_IN = "{ma,maa,mein,me,par,ne}"
# Gujarati and Rajasthani "hurts": "dukhe (che)", "dukhavo (che)", "dukh rahi"
_HURTS = "{sakht ,ghanu ,ghano ,bahu ,thodu ,thodo ,}{dukhe,dukhavo,dukhava,dukhaavo,dukhtu,dukh rahi,dukh raha,dukh rahyo}"
_KNEE = "{ghutan,ghutna,ghutne,ghoontan,goonthan,ghutanu,banne ghutan,bey ghutan}"

REGIONAL_SIGNS: dict[str, Sign] = {
    # --- pain named by where it hurts ---
    "knee_hurts_gu": Sign(("knee pain",), (
        # (Gujarati "ghutan" is the knee; Hindi "ghutan" alone is suffocation: the knee needs its "ma", "par")
        _KNEE + " " + _IN + " " + _HURTS,
        _KNEE + " " + _IN + " {varsho thi ,}dukhavo",
    )),
    "knee_named_gu": Sign((), (_KNEE + " " + _IN,)),
    "knee_hurts_hi": Sign(("knee pain",), ("{ghutna,ghutnon} {mein,me} {thoda ,thodo ,bahut ,}dard",)),
    "back_and_knee_hurt": Sign(("back pain", "knee pain"), ("kamar aur {ghutna,ghutne,ghutno,ghutnon} {mein,me} "
                                                           "{dard,jakdan}",)),
    "belly_hurts_gu": Sign(("abdominal pain",), ("{pet,pait,pate} " + _IN + " " + _HURTS,)),
    "chest_hurts_gu": Sign(("chest pain",), ("{chhati,chaati,chhaati} " + _IN + " " + _HURTS,)),
    "head_hurts_gu": Sign(("headache",), (
        "{maathu,mathu,maatha,matha,maathun,sir,sar} {ma ,maa ,}" + _HURTS,
        "{maathu,mathu} {bhare,bhaare,bhaaru,bharu}",
    )),
    "leg_hurts_gu": Sign(("leg pain",), (
        "{pindi,pindli,pindliyan,pindliya,pag,paga,taang} {ma ,maa ,mein ,me ,}" + _HURTS,
        "{pindi,pindli,pindali,pair,taang} {mein,me,ma} nas {chadh,chad,chadhi} {jaati,jati,jaata,jata,gayi,jay}",
    )),
    "back_hurts_gu": Sign(("back pain",), (
        "{kamar,kammar,pith,peeth} " + _IN + " " + _HURTS,
        # "kamar aur ghutna mein dard": the back and a second place sharing one "dard"
        "kamar aur {pet,pair,pairon,jodon,saara jodan,sab jodon} {mein,me} {dard,jakdan}",
        "kamar aur {saara ,sab ,}{jodan,jodon,jod} {mein,me} {dard,jakdan}",
        "{flank,loin} pain",
        # round 20: one side of the back named, the pain rising from it ("kamar ke baayi side se dard uthta": a
        # kidney's colic until shown otherwise)
        "{kamar,peeth} {ke,ki,ka} {baayi,bayi,baayin,baayen,bayen,baaen,daayi,dayi,daayin,daayen,dayen,daaen,dahine,"
        "dahina,left,right,ek} {side,taraf} {se ,me ,mein ,}{bahut ,tez ,}dard",
    )),
    # --- other everyday symptoms ---
    "swollen_gu": Sign(("swelling",), (
        "sojo", "sojelo", "sojelu", "sojeli", "sojela", "sojo che", "soji {gayo,gayu,gai,gayi}",
        "{suja,sooja,suji,sooji} {sa,se,hua,hue,hui}", "{thoda,thodi,bahut} {suja,suji,sooja,sooji}",
        "{masoode,masude,masoodon} {suje,sooje,suj}",
    )),
    "itching_gu": Sign(("itching",), ("khanjval", "khanjvaal", "khanjwal", "khaaj", "khaaj chale", "kharaj")),
    "loose_stools_gu": Sign(("diarrhea",), (
        "jhada", "jhaada", "{jaada,zada} {ane,ne} {ulti,ultiyo}", "{ulti,ultiyo} {ane,ne} {jaada,zada}",
        "{latrine,sandas} {mein,ma} {aanv,aav,aam} {aur,ane} khoon",
    )),
    "no_stool_gu": Sign(("constipation",), (
        "sandas {nathi,nahi,nai} {thayu,thatu,aavtu,utartu,thai}",
        "{latrine,latrin,toilet} {bhi ,}saaf {nahi,nhi} {aati,hoti,aata,hota,aa rahi}",
    )),
    "breathless_gu": Sign(("shortness of breath",), (
        "{shwas,swas,shvas} {chadhe,chade,chadhyo,chadi gayo,chadhi gayo,chade che,chadhe che}",
        "{shwas,swas,shvas} {ma,maa,leva ma,levama,leva maa} {taklif,takleef,muskeli,mushkeli}",
        "saans {theek se ,thik se ,}{nahi,nhi} le {pa ,}{rahe,raha,rahi} {theek se,thik se,dhang se}",
        # round 22: the typing "nhi le pa rha", and the breath that "does not come properly" ("saans theek se nahi aa
        # rahi"): the breath's trouble told, not denied (breathing_normal reads "saans theek" alone)
        "saans {theek se,thik se,dhang se,sahi se} {nahi,nhi} {le,aa} {pa ,paa ,}{rahe,raha,rahi,rha,rhi,rhe}",
    )),
    "fast_breathing_gu": Sign(("fast breathing",), (
        "{shwas,swas,shvas} {oonda ane ,}jaldi {jaldi ,}{le che,chale che,chale}",
    )),
    "sweating_gu": Sign(("sweating",), ("parsevo", "parsevo {valyo,vale,thay,aave}", "paseena paseena",
                                         "paseeno")),
    "night_sweats_gu": Sign(("night sweats",), ("raat {ne,ko,mein,ma} {paseeno,paseena,pasino,parsevo}",)),
    "nausea_gu": Sign(("nausea",), ("ulti jevu {thay,thay che,lage,lage che}", "{ji,jee,jiv} {machalta,machhalta,"
                                    "gabhraay,gabhray}")),
    "drowsy_gu": Sign(("lethargy",), ("ghen {ma,maa} {che,chhe,}", "sust {padyo,padi,padyu,padi gayo,thai gayo}",
                                      "{uth,uthe} {koni,nathi} {rahya,rahyo,rahi,rahe}",
                                      "{neend,nind} mein {hai,he} {jagao,uthao} to")),
    "tingling_gu": Sign(("numbness",), ("{jhanjhanaat,jhanjhanat,jhanjhanahat,jhanjhani,jhinjhini}",)),
    "bleeding_gu": Sign(("bleeding",), ("lohi {chaale,chale,vahe,nikle,nikalyu,nikle che,pade,aave,aavyu}",)),
    "no_bleeding_gu": Sign(("bleeding",), ("lohi {nathi,nahi} {nikaltu,nikalyu,aavtu}",), negated=True),
    "fever_told_rj": Sign(("fever",), (
        "{sharir,shareer,badan,sharir aag jaisa,badan aag jaisa} {tap,tapa,tape} {raha,rahi,rahya,rahyo}",
        "{raat se,subah se,kal se,kal raat se,aaj se,kal thi,kaal su} garam {hai,he,h}",
        "{halka,halki,thoda,thodi} garam {hai,he,h,lag raha,lag rahi}",
        "{taav,tav} {aave jaave,aave,aave che,aavyo,chadhe}", "taav",
    )),
    "fall_told_rj": Sign(("fall",), (
        "{gir,gira} {gya,gyi,padya,padyo,pada,padi,pade,padgyo}", "{padgyo,padgya,padgi,padi gayo,padi gai}",
        "{thi,parthi,uparthi,su,se} {padi,padyo,padya,padgyo}",
    )),
    "cannot_move_rj": Sign(("reduced movement",), (
        "{hila,hilaa,hilai,hala} {koni,nathi} {sake,sakta,sakti,shake,shakto,shakti}",
        "{chalai,chalay} nathi", "{chal,chaal} {koni,nathi} {sake,shake,shakto,shakti}",
    )),
    "appetite_told": Sign(("loss of appetite",), (
        "{bhookh,bhook,bhukh} {bilkul,ekdam} {nahi,nhi}", "khana {thoda ,bahut ,}kam {kha rahi,kha raha,khati,khata}",
    )),
    "frequent_urine_told": Sign(("frequent urination",), (
        "baar baar {bathroom,toilet,peshab,pishab} {jaati,jaata,jati,jata,ja rahi,ja raha}",
        "baar peshab {ke lie,ke liye,karne} {uthna,uthnaa,uthta,uthti,jaana}",
    )),
    "ear_discharge_told": Sign(("ear discharge",), ("kaan se {kabhi kabhi ,}{paani,pani,peep,pus,mawad} {aata,aati,aa raha,"
                                                    "nikalta,behta}",)),
    "hearing_told": Sign(("hearing loss",), ("sunai {bhi ,}{thoda ,}kam", "sunai {dena,dene} band",
                                             "sunai {dena,dene} band {ho gaya,hai,ho gayi}")),
    # (tiring quickly, "jaldi thak jaati hai", is signs_benign's exertional_fatigue)
    "tires_told": Sign(("fatigue",), ("thak {jaata,jaati,jati,jata,jaate} {hai,}",)),
    "sleep_told": Sign(("insomnia",), ("{neend,nind} {theek se ,thik se ,}{nahi,nhi} {aati,aa rahi,aata}",)),
    "burn_told": Sign(("burn",), ("{tawe,tave,chulhe,choolhe,garam bartan} se {ungli,haath,hath} {chhu,jal,chhoo} "
                                  "{gayi,gaya,gai}",
                                  "{garam ,}{doodh,paani,chai,tel} {ka bhagona ,ka bartan ,}{haath,pair,hath} {pe,par} "
                                  "{ulat,gir} {gaya,gayi,gai}")),
    "wound_told_gu": Sign(("wound",), ("{nana ,}{ujarda,ujardo,ujharda}", "{shingdu,shingadu,seeng,sing} {maaryu,maryu,"
                                                                          "maara,mara,maar diya,ghus gaya}")),
    "urine_red": Sign(("blood in urine",), ("{peshab,pesab,pishab} {mein,me,ma} {laali,lali,lalash}",)),
    # ringing in the ear, not a wheeze ("saans mein seeti"): with a sudden deafness, rules_hinglish.py
    "ear_ringing": Sign((), ("kaan {mein,me,ma} {seeti,siti} {bajti,baj rahi,bajta,baj raha,vage,vaage} {hai,che,}",
                             "{ringing,buzzing} in {the ,my ,his ,her ,}{ear,ears,left ear,right ear}", "tinnitus")),
    # Odia: "chhati re byatha" (pain in the chest), "ghamuchi" (is sweating); "jhala jhala" there is a burning, not the
    # Marathi "jhala" (became)
    "chest_pain_or": Sign(("chest pain",), (
        "chhati {re,majhi re,majhire,majhi} {bhari ,}{chapi ,chali ,}{dhariba ,}{bhali ,bhai ,}byatha",
    )),
    "sweating_or": Sign(("sweating",), ("{jhala jhala ,}{ghamuchi,ghamuchhi,ghamu chi,ghamuchanti}",)),
    # --- danger signs ---
    # the gut out through a wound (evisceration): an open belly wound for the surgeon now
    "gut_out": Sign(("wound",), (
        "{aantarda,antarda,aantardu,aante,aant,aantein,aantdi,intestine,intestines,bowel,guts} {bahar,baahar,out} "
        "{dekhay,dekhay che,dikh,dikhe,dikh rahi,dikh rahe,aa gayi,aa gaye,nikal aayi,nikal aaye,aavi gaya,"
        "are coming,coming,hanging}",
    )),
    # drooping eyelids (ptosis): with trouble swallowing, speaking or breathing it is a paralysis that climbs (a
    # krait's bite in the night, botulism, myasthenia): rules_hinglish.py
    "drooping_eyelids": Sign((), (
        "{palkein,palke,palken,palak,palkon} {gir,jhuk,latak,bhaari ho} {rahi,raha,rahe,gayi,gai,gaye} {hain,hai,}",
        # round 19: the eye itself told hanging ("aankh latak rahi", Awadhi "aankh latak gayin")
        "{aankh,aankhein,aankhen,aankhiya,aankhiyan} {latak,latki,latke} {rahi,rahe,gayi,gaye,gai,gayin,hain,hai}",
        "{drooping,droopy} {eyelids,eyelid,eyes,lids}", "{eyelids,eyelid,lids} {are ,is ,}{drooping,falling}",
        "{ptosis,bilateral ptosis}",
        # the lid that will not lift ("aankh ki palak upar nahi uth rahi", "eyelids won't open fully"); longer than
        # the loss of consciousness's "nahi uth rahi", which the eyelid is not
        "{aankh ki ,aankhon ki ,aankh ke ,}{palak,palkein,palke,palken,palkon} {upar ,}{nahi,nhi,nahin} {uth,khul} "
        "{rahi,raha,rahe,rhi,pa rahi,pa rahe,paa rahi,rahi hai,rahe hain}",
        "{eyelids,eyelid,lids} {won't,will not,cannot,can't,do not,don't} {open,lift,stay open} {fully,properly,up,}",
        "{cannot,can't,unable to} {keep,lift,open} {his ,her ,the ,}{eyelids,eyelid,eyes} {up,open} {fully,properly,}",
    )),
    # a child who swallowed someone's tablets for blood pressure, sugar or the heart (NICE: one may kill a toddler)
    "others_pills_swallowed": Sign(("poisoning",), (
        # (someone's: one's own "BP ki goli kha li" is a dose taken)
        "{dadi,dada,nani,nana,papa,mummy,maa,amma,kisi,ghar mein kisi} ki {bp,sugar,dil,neend,thyroid} {wali,vali} "
        "{goli,goliyan,goliyaan,tablet} {kha li,kha lee,kha gaya,kha gayi,kha gai,nigal li}",
        "{chuhe,choohe,chooha,chuha,undar} {maarne,marne,maarane,maar} {ki,wali,ni} {dawa,dava,dawai,goli} "
        "{kha lee,kha leeni,khai lidhi,pi lidhi}",
    )),
    # suicidal intent in Hinglish and Gujarati, and the means hidden for it
    "wants_to_die_hi": Sign(("suicidal thoughts",), (
        "{mujhe ,mane ,}marna hai", "{mujhe ,mane ,}mar jaana hai", "marvu {che,chhe,chhu}", "{jeevvu,jivvu} nathi",
    )),
    # fear of water or of a draught of air (hydrophobia, aerophobia): rabies (rules_hinglish.py)
    "fear_of_water": Sign((), (
        "{paani,pani} {dekh ke,dekhke,dekh kar,se,peene se} {dar,darr,ghabra,ghabrata,ghabrati,kaanp}",
        "{afraid,scared,fear,terrified} of water", "{hydrophobia,aerophobia}",
        "{hawa,pankhe ki hawa} lagne se {kaanp,dar,ghabra}",
    )),
    # a hanging tried ("rassi se latakne ki koshish ki") and a death foretold ("bolta hai mar jaunga")
    "hanging_tried": Sign(("suicidal thoughts",), (
        "{rassi,rassa,dupatte,dupatta,chunni,saree,sadi,pankhe} se {latakne,latak jaane,latak jane,faansi lagane,"
        "fansi lagane,phansi lagane}",
        "{faansi,fansi,phansi,fanda,phanda,fanda} {lagane,lagaane} {ki koshish,ki kosis,ja raha,ja rahi}",
        "{bolta,bolti,kehta,kehti,keh raha,keh rahi} {hai ,he ,}mar {jaunga,jaungi,jaaunga,jaaungi}",
    )),
    "means_hidden": Sign(("suicidal thoughts",), (
        "{rassi,rassa,doru,zeher,zehar,jahar,dawai,goliyan} {bhi ,}{chhupa,chupa,chhupaa,chhipa} {ke,kar} "
        "{rakhi,rakha,rakhe,rakhi thi,rakha tha,rakhi hai,rakha hai}",
        # "rassi bhi chhupa rakhi thi", "zeher chhupa liya" (the rope or poison: the medicines' kept doses are not)
        "{rassi,rassa,zeher,zehar,jahar,zahar,sulphas,celphos,fanda,phanda} {bhi ,}{chhupa,chupa,chhupaa,chhipa,"
        "chhupake,chhupakar,chupake} {rakhi,rakha,rakhe,rakhi thi,rakha tha,rakhi hai,rakha hai,rakhe the,rakhe hain,"
        "li,liya,li thi,liya tha,rakh li,rakh liya,di,diya,di thi,diya tha}",
    )),
    # killing oneself foretold in Hinglish, by the patient or a parent telling it: "faansi pe latak jaunga", "zeher
    # kha lungi", "khud ko maar lunga", "apni jaan le lunga" (a passive "lagta hai mar jaunga" is not this)
    "suicide_foretold_hi": Sign(("suicidal thoughts",), (
        "{pankhe,rassi,rasse,dupatte,chunni,ped,faansi,fansi,phansi} {se,pe,par} latak {jaunga,jaungi,"
        "jaaunga,jaaungi,jaega,jayega,jaegi,jayegi}",
        "{zeher,zehar,jahar,zahar,sulphas,celphos,keetnashak,chuha maar dawai} {kha,pi,pee} {lunga,lungi,loonga,loongi,"
        "lega,legi,ke mar jaunga,ke mar jaungi,kar mar jaunga,kar mar jaungi}",
        "{khud,apne aap} ko {maar,mar} {lunga,lungi,loonga,loongi,dalunga,dalungi,daalunga,daalungi,lega,legi}",
        "{apni,apni hi} jaan {le,de} {lunga,lungi,loonga,loongi,dunga,dungi,lega,legi,dega,degi}",
        "{kood,kud,latak} {ke,kar} {mar jaunga,mar jaungi,mar jaega,mar jayega,mar jaegi,mar jayegi,jaan de dunga,"
        "jaan de dungi}",
        "{ab ,}{jeena,jina} nahi {hai,mujhe,chahta,chahti,chahte}", "{nahi,nhi} {jeena,jina} {hai,mujhe}",
        "{zinda,jinda} nahi {rehna,rahna} {hai,chahta,chahti}", "{jeene,jine} ki {ichha,iccha,ichchha,chahat} "
        "{nahi,khatam,nahi rahi,khatam ho gayi}",
    )),
    # cyanosis told "neele pad rahe" (a plural the Hinglish sign lacked)
    "turning_blue_pl": Sign(("cyanosis",), ("{neele,nile,neeli,neela} {pad,padh,ho} {rahe,rahi,raha,gaye,gayi,gaya}",
                                            "{neela,neele} {padgya,padgyo,padgi,padi gaya}")),
}
