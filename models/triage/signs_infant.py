"""Round 20's wordings of a paediatric OPD in Madhya Pradesh (Malwi and Hindi Hinglish, as a registrar types a
parent's words): what a well baby's body does that a mother worries over (a bluish mark since birth, a newborn's
breasts with a drop of milk, a breastfed baby's yellow seedy stools after every feed or none for days with a soft
belly, the evening's crying of colic), a baby told feeding easily and gaining weight, a mother who fears her milk is
too little, and a child's small hurts (a finger that touched a hot tawa, a paper cut, knees that touch when walking,
lice brought home from school). Each sets a flag the self-care gate (conditions.newborn_care_only,
conditions.self_care_eligible) or a minor picture (minor_child.py) reads; signs.py merges INFANT_SIGNS into SIGNS."""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_STOOL: Final = "{potty,tatti,latrine,mal,stool,stools,poo,motion}"
_WEIGHT: Final = "{wajan,vajan,wazan,vazan,weight}"
_FEEDS: Final = "{pita,peeta,peeti,piti,pi raha,pee raha,pi rahi,pee rahi,pi leta,pi leti,peeta hai,peeti hai}"

INFANT_SIGNS: dict[str, Sign] = {
    # --- a well baby's body (conditions.newborn_care_only) ---
    # a bluish mark on the back or the buttocks since birth (a Mongolian spot: it fades by itself); a blue mark
    # not told since birth is a bruise, and a baby's bruise is seen
    "birthmark_since_birth": Sign((), (
        "{neela,neele,neeli,nila,nile,nili,blue,bluish,slate} {sa ,si ,}{nishan,nishaan,nisan,daag,dhabba,dhabbe,"
        "patch,patches,mark,marks,spot,spots} {paida hote se,paida hone se,paida hone ke baad se,paidaish se,janam se,"
        "janm se,birth se,since birth,from birth,shuru se}",
    ), flag="newborn_mark"),
    # a newborn's breasts (a boy's too) swollen by the mother's hormones, a drop of milk from them ("witch's milk");
    # both told ("dono chhati"), or with the milk: one hot red breast is an infection's, and is seen (its redness and
    # heat are other wordings)
    "newborn_breasts": Sign((), (
        "dono {chhati,chhatiyan,chhatiyon,chhaati,stan,breast,breasts} {thodi ,halki ,thoda ,thode ,halke ,}{phooli,phuli,"
        "phool gayi,phool gayi hai,phool gaye,phoole,sooji,suji,sooje,suje,sooj gayi,sooj gaye,ubhri,ubhar aayi,ubhar aaye,"
        "ubhri hui,badi}",
        "{chhati,chhatiyon,stan,breast,breasts} {se,me se} {halka ,thoda ,}{doodh,dudh,milk} {jaisa ,}{nikla,nikalta,"
        "nikal raha,aaya,aata}",
    ), flag="newborn_breast_pair"),
    # a breastfed baby's stools: yellow, seedy and loose, after every feed (the gut's reflex to a feed), in a baby
    # feeding and gaining weight; watery stools many times a day, or with blood, are a diarrhoea's
    "breastfed_stools": Sign((), (
        "{peeli,pili,peela,pila,yellow} {daane daar,daanedaar,danedar,dane daar,daane wali,dane wali,daanedar si,"
        "sarson jaisi,sarso jaisi,seedy} {patli ,}" + _STOOL,
        "{peeli,pili,peela,pila,yellow} {daane daar,daanedaar,danedar,dane daar,daane wali,dane wali,seedy} {patli,}",
        "{har,hr,every,each} {feed,feeding,baar doodh} {ke baad,after} " + _STOOL,
        "{doodh,dudh,feed} {pine,peene,pilane,pila ke,pee ke} ke baad {turant ,}" + _STOOL + " {karta,karti,kar deta,"
        "kar deti,kar dete}",
        "{poops,poos,passes stool,passes stools} after {every,each} feed", "{seedy,mustard} {yellow ,}" + _STOOL,
    ), flag="breastfed_stools"),
    # fed at the breast alone ("sirf maa ka doodh"): its stool may come only every few days, soft, the baby
    # comfortable (conditions.newborn_care_only)
    "breastfed_only": Sign((), (
        "{sirf,keval,kewal,only,bas} {maa ka doodh,maa ka dudh,maa ke doodh,mother's milk,breast milk,breastmilk,"
        "breastfeeding,breastfeed,breastfed,stanpaan} {pe,par,peeta,peeti,pita,piti,pe hai,}",
        "exclusively breastfed", "exclusive breastfeeding",
    )),
    # a soft belly, or a stool soft when it came: no hard stools of constipation, no swollen belly of an obstruction
    "soft_belly": Sign((), (
        "{pet,tummy,belly,stomach} {naram,narm,mulayam,soft} {hai,he,rehta,rehti,}",
        "{kiya,ki,aayi,aaya,hui,hua,potty} to {naram,narm,soft} {thi,tha,thi ekdum,}",
        "{stool,stools,potty} {was,is,were} soft",
    )),
    # the evening's crying of colic, hours at the same time each day, in a baby well by day ("shaam 6 baje se 9 baje
    # tak rota", "din me bilkul theek"): the newborn's way read with the feed and the weight told
    "evening_crying": Sign((), (
        "{har ,roz ,}{shaam,sham,raat} {ko ,}{4,5,6,7,8} baje se {7,8,9,10,11,12} baje tak {itna ,bahut ,lagatar ,"
        "zor se ,}{rota,roti,rote,rona}",
        "{roz,har din,rozana} {shaam,sham} {ko ,}{ek hi time,ek hi samay,usi time,usi samay} {pe ,par ,}{rota,roti,rone "
        "lagta,rone lagti}",
    ), flag="newborn_normal"),
    # a newborn's yellow told only of the face and the eyes, or not below the chest (Kramer's first zone: after the
    # first day, a baby feeding well, it is watched: minor_child.face_jaundice); palms and soles told not yellow say
    # only that it is not the worst, not where it has reached
    "jaundice_face_only": Sign(("jaundice",), (
        "{sirf,bas,keval,kewal,only} {chehra,chehre,face} {aur aankh ,aur aankhen ,aur aankhon ,and eyes ,and the eyes ,"
        "}{ka safed hissa ,ki safedi ,ke safed hisse ,ka ,ki ,ke ,me ,mein ,pe ,}{peela,peeli,peele,pila,pili,yellow} "
        "{hai,hain,}",
        "{sirf,bas,keval,kewal,only} {aankh,aankhen,aankhon,eyes} {ka safed hissa ,ki safedi ,ke safed hisse ,ka ,ki ,"
        "ke ,me ,mein ,}{peela,peeli,peele,pila,pili,yellow} {hai,hain,}",
    )),
    "jaundice_above_chest": Sign((), (
        "{chhati,chhaati,seene,pet,naabhi,nabhi,chest,tummy,belly} {ke neeche,ke niche,se neeche,se niche,below} {bhi ,}"
        "{peela,peeli,pila,pili,peelapan,yellow} {nahi,nhi,ni,nai,not} {hai,}",
        "{not yellow,no yellow} {below the chest,on the tummy}",
    ), flag="jaundice_face_only"),
    # the yellow told spreading down the body ("peelapan ab pairon tak aa gaya", "pet tak fail gaya"): past the face,
    # a bilirubin measured today (the flag keeps minor_child.face_jaundice from holding)
    "jaundice_spreading": Sign(("jaundice",), (
        "{peelapan,peela,peeli,pilapan,pila,yellow} {ab ,bhi ,}{pet,naabhi,nabhi,chhati,pair,pairon,ghutno,ghutnon,"
        "hatheli,hatheliyon,talve,talwon,haath pair,haathon,poore badan,poore sharir,body} {tak,me,mein,pe,par} {bhi ,}"
        "{aa gaya,aa gayi,aa gya,fail gaya,fail gayi,fail gya,pahunch gaya,pahunch gayi,ho gaya,ho gayi,hai}",
        "{pet,naabhi,chhati,pair,pairon,ghutno,ghutnon,hatheli,talve,talwon,poore badan,poore sharir} tak {peela,peeli,"
        "peelapan,aa gaya,fail gaya,pahunch gaya}",
        "{yellow,jaundice,yellowness} {has ,is ,}{spread,spreading,gone,reached} {to ,down to ,}{the ,his ,her ,}{tummy,"
        "belly,legs,knees,feet,palms,soles,whole body}",
    )),
    # round 21, IMCI young infant: palms and soles gone yellow are SEVERE JAUNDICE at any age (refer urgently), told in
    # Hindi, Bhojpuri ("hathheli aa talwa le piyar", yellow to the palms and soles) and English; the palms and soles
    # told not yellow are jaundice_above_chest's kind (not read here: the denial follows the colour)
    "jaundice_palms_soles": Sign(("jaundice",), (
        "{hatheli,hathheli,hatheliyan,hatheliyon,talwa,talwe,talve,talwon} {aa talwa ,aa talwe ,aur talwa ,aur talwe ,"
        "aur talve ,o talwa ,}{le ,tak ,bhi ,sab ,}{peele,pile,peeli,peela,pila,piyar,piyaar}",
        "{yellow,yellowish} {palms,soles,palms and soles,soles and palms}",
        "{palms,soles,palms and soles} {are ,have turned ,also ,are also ,}{yellow,yellowish}",
    )),
    # round 21, IMCI young infant: a body cold to the touch ("deh thanda", "badan ekdam thanda ba"): a low temperature
    # (rules.young_infant_danger reads it under 2 months; an older child's body cool after a fever is not this)
    "cold_body": Sign((), (
        "{deh,dehiya,badan,sharir,body} {ekdam ,bahut ,bilkul ,}{thanda,thandi,thanda ba,thanda bate,thanda hai,"
        "thanda lagat,thanda pad gail,thanda ho gail}",
    )),
    # a breath-holding spell's end: the child cries and comes round by itself ("fir khud ro ke uth jata aur theek")
    "spell_over": Sign((), (
        "{fir ,phir ,}{khud ,apne aap ,}{ro ke,rokar,ro kar} {uth,jag,sambhal,hosh me aa} {jata,jati,jaata,jaati,gaya,"
        "gayi} {aur theek,aur thik,aur normal,}",
    ), flag="reassurance"),
    # a young person's faint over at once ("turant hosh aa gaya"): consciousness come back (minor_child.unfed_faint)
    "awake_at_once": Sign((), (
        "{turant,turat,jaldi,foran,fauran,thodi der me,ek minute me,do minute me,kuch second me,seconds me,"
        "ek pal me} {hi ,}hosh {aa gaya,aa gayi,aa gya,aa gyi,aaya,aayi,me aa gaya,me aa gayi,mein aa gaya,"
        "mein aa gayi}",
    ), flag="consciousness_regained"),
    # --- a baby feeding and growing ---
    "feeds_easily": Sign(("unable to drink",), (
        "{aaram se,araam se,aram se,mazay se,maze se} " + _FEEDS,
        "{doodh,dudh} {bhi ,bahut ,bhi bahut ,bada ,}{achha,accha,acha,achchha,khoob,theek,thik,sahi} {bhi ,se ,}{peeta,"
        "peeti,pita,piti,pee raha,"
        "pee rahi,pi raha,pi rahi} {hai,}",
    ), negated=True),
    "gaining_weight": Sign((), (
        _WEIGHT + " {bhi ,}{achha ,accha ,acha ,achhe se ,theek ,thik ,sahi ,bhi achha ,}{badh,barh} {raha,rahi,rahe,"
        "gaya,gya,gayi} {hai,}",
        _WEIGHT + " {bhi ,}{achha ,accha ,acha ,theek ,thik ,sahi ,}{badha,barha,badhaa,badhi} {hai,}",
        # enough milk told by its nappies: six or more wet a day (WHO breastfeeding counselling)
        "{din me ,din mein ,roz ,}{6,7,8,9,10,5-6,6-7,7-8,8-10,chhe,saat,aath} {geele,gile,geeli,wet} {langot,langoti,"
        "nappy,nappies,diaper,diapers,kapde}",
    ), flag="thriving"),
    # --- a mother's worry that her milk is too little (minor_child.milk_worry) ---
    "milk_supply_worry": Sign((), (
        "{mera ,meri ,mujhe ,apna ,}{doodh,dudh} {kam,thoda,nahi,poora nahi,pura nahi} {banta,ban raha,bana,aata,"
        "aa raha,utarta,utar raha,hota,padta,pad raha,nikalta,nikal raha} {hai,}",
        "{not enough,too little,low,less} {breast ,}milk {supply,}", "{my ,}milk supply {is ,}{low,less,not enough}",
        "{doodh,dudh} {bachche ,bachhe ,baby ,}{ke liye ,}{kam,poora nahi,pura nahi} {padta,pad raha,hota} {hai,}",
    )),
    # --- a child's small hurts ---
    # a finger or a hand that touched something hot for a moment (a tawa, an iron, a cooker): a small burn, cooled
    # at home when it has no blister (conditions.MINOR; a child under 5's burn is rules.child_burn's)
    "hot_touch": Sign(("burn",), (
        "{garam,garm,tapta,tapte,jalta,jalte} {tawa,tave,tava,bartan,pateela,patila,kadhai,pressure cooker,cooker,"
        "istri,press,prass,chimta,stove} {chhoo,chhu,chu,chhua,chhuaa,pakad,pakda,chhoo ke,chhu ke} {liya,li,lia,"
        "gaya,gayi,gya,gyi,}",
        "{tawa,tave,tava,istri,press,cooker,kadhai,stove} se {ungli,ungliyan,ungliyaan,angootha,anguutha} {jal,jali,jala,"
        "bal} {gayi,gaya,gyi,gya,gai}",
        "touched {a ,the ,}hot {tawa,pan,iron,stove,vessel,cooker,griddle}",
        # round 22, Maithili: the finger burnt on the griddle ("aanguri tawa sa sataa gel")
        "{aanguri,anguri,aangur,ungli} {tawa,tawe} {sa,se} {sataa,sata,jari,jar} {gel,gelai,gail}",
    ), severity="mild", flag="finger_burn"),
    # a blister told on the skin that was burnt ("ungli pe chhala pad gaya"): a partial-thickness burn, dressed and
    # seen, not the finger's small burn cooled at home (the flag keeps the self-care gate shut)
    "burn_blister": Sign((), (
        "{ungli,ungliyan,haath,hath,hatheli,angootha,anguutha,jagah,chamdi,baanh,bazu,kalai} {pe,par,me,mein} "
        "{ek ,bada ,bade ,bade bade ,chhota ,chhote ,}{chhala,chhale,chhaala,chhaale,phaphola,phaphole,phapola,"
        "phapole,blister,blisters} {pad gaya,pad gaye,pad gayi,pada,pade,aa gaya,aa gaye,ho gaya,ho gaye,ban gaya,"
        "ban gaye,nikal aaya,nikal aaye,nikla,nikle,hai,hain,}",
        "{blister,blisters,blistered,blistering} {on the burn,where it burnt,came up,formed}",
    )),
    # a paper's cut of a finger: a small cut, cleaned at home at any age
    "paper_cut": Sign(("cut",), (
        "{kagaz,kaagaz,kagaj,kaagaj,paper,copy,kitab} {ke panne ,}se {ungli,ungliyan,haath,hath,angootha} {kat,kt,cut,"
        "chir,chhil} {gayi,gyi,gaya,gya,gai}",
        "paper cut{,s}",
    ), severity="mild"),
    # knees that touch when a young child walks, both alike (knock knees of ages 2 to 7: they straighten by
    # themselves, NICE CKS; minor_child.knock_knees)
    "knock_knees": Sign((), (
        "{chalne pe ,chalne par ,chalte waqt ,chalte hue ,daudte waqt ,khade hone pe ,}{dono ,}{ghutne,ghutno,"
        "ghutnon,ghutna} {aapas me,aapas mein,aapas main,aps me,ek doosre se,ek dusre se} {takrate,takraate,takrata,"
        "takrati,judte,jud jaate,lagte,milte,chipakte,chhoote} {hai,hain,}",
        "{knock knees,knock-knees,knock kneed,knock-kneed}", "{x,x-shaped,x shaped} legs",
    )),
}
