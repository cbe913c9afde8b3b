"""Magahi and Khortha (Patna, Gaya, Nalanda; Hazaribagh, Dhanbad, Bokaro) and the Hindi of Bihar and Jharkhand, in
Latin letters as a PHC's OPD nurse types a patient's or a relative's words: Magahi's going-on "-ait" ("lagait hai", it
feels; "jibh lutpatait", the tongue fumbles), Khortha's "dukhaa he" (it aches), "hoe gelak" (has become), and the
plain Hindi a clinic of the plains hears beside them: a fever that will not come down, a head heavy, a stool not
cleared, a period that comes every two or three months, a child who does not hear when called.
Nagpuri/Sadri's own words ("jaar", "mutha") are terms_sadri.py's.

terms.py adds these to its own wordings of the same symptom (never replacing them).
"""

from __future__ import annotations

from typing import Final

NOT: Final = "{nahi,nai,nhi,nahin}"
# Khortha's and Magahi's "it aches" ("kamar dukhaa he", "deh dukhe"), beside Hindi's
_ACHES: Final = "{dukhaa,dukhe,dukhait,dukhat,dukhta,dukhti,dukh raha,dukh rahi}"
_STOOL: Final = "{paikhana,pakhana,latrine,tatti,potty,toilet}"
_PERIOD: Final = "{mahwari,mahawari,period,periods,mc,mahina}"
_FEMININE_CRY: Final = "{roti,rota,rote}"

BIHAR_TERMS: Final[dict[str, tuple[str, ...]]] = {
    # a fever that will not come down ("10 din se bukhar nahi utar raha"): the "nahi" is no denial of the fever
    "fever": ("{bukhar,bukhaar,jaar,jar,jwar} " + NOT + " {utar raha,utar rahi,utarta,utarti,utar pa raha,utra,"
              "utri,ja raha,ja rahi,jaata,jata,tootta,toot raha}",),
    "body ache": ("{deh,dehi,badan,sharir} {bahut ,}" + _ACHES,),
    "back pain": ("{kamar,peeth} {bahut ,}" + _ACHES,),
    # a head heavy ("sir halka bhaari rahta", "sir bhaari lagait"): a headache in the words of the plains (BP's, a
    # cold's); the head spinning is a dizziness's own
    "headache": ("{sir,sar,matha,maatha} {halka ,thoda ,bahut ,}{bhaari,bhari} {rahta,rehta,rahti,rehti,lagta,lagti,"
                 "lagat,lagait,lag raha,lag rahi,hai,he}",),
    # the tongue that fumbles when speaking (Magahi "jibh lutpatait"): a speech slurred (a krait's, a stroke's)
    "slurred speech": ("{bolte,bolne,bolo,bol} {me,mein} {jibh,jeebh,jeeb,zaban,zubaan} {lutpatait,lutpatat,lutpata,"
                       "ladkhadait,ladkhadat,ladkhada}",
                       "{jibh,jeebh,jeeb} {lutpatait,lutpatat,lutpata}"),
    # a throat that feels shut after a sting ("gala band jaisan lagait hai"): Magahi's form of Hindi's
    "throat swelling": ("gala band {jaisan,jaisa,jaise} {lagait,lagat,lagta,lagti,lag raha,lag rahi} {hai,he,}",),
    # a stool not cleared ("2 din se paikhana saaf nahi hua"): the "nahi" is the complaint
    "constipation": (_STOOL + " saaf " + NOT + " {hua,hota,hoti,ho raha,ho rahi,aaya,hoy,hoyat,hoela}",),
    # a period that comes every two or three months ("mahwari 2-3 mahine pe aata hai")
    "irregular periods": (_PERIOD + " {2-3,2 se 3,3-4,do teen,teen char,2,3,4} {mahine,mahina,mahino} {pe,par,me,mein} "
                          "{ek baar ,}{aata,aati,aaya,aayi,hota,hoti,ho raha,ho rahi}",),
    # a child who does not hear when called ("bulane pe sunta nahi"): the "nahi" is the complaint; "kehna nahi
    # sunta" (does not obey) is no deafness
    "hearing loss": ("{bulane,pukarne,awaaz dene,aawaz dene} {pe,par,se} {bhi ,}{sunta,sunti,sunte} " + NOT,),
    # the neck that will not bend forward ("gardan aage jhuk nahi rahi"): a stiff neck (meningism)
    "neck stiffness": ("{gardan,gardaan} aage {jhuk,mud} " + NOT + " {rahi,raha,pa rahi,pa raha,paati,pata,sakti,"
                       "sakta}",),
    # sleep that never comes whole ("neend poori nahi hoti")
    "insomnia": ("{neend,nind} {poori,puri} " + NOT + " {hoti,hota,ho rahi,ho pati,hoyat}",),
    # crying that keeps coming, told of oneself or of a mother after a delivery ("rona aata hai", "roti rehti hai");
    # a baby's or a hurt child's crying is renames.py's to drop
    "low mood": ("rona {aata,aati,aa jata,aa jaata,aa jati} {hai,he,}",
                 _FEMININE_CRY + " {rehti,rehta,rahti,rahta} {hai,}"),
    # sweat soaking the clothes ("paseene se bhig gaye"), a heart attack's or a hypoglycaemia's
    "sweating": ("{paseene,pasine,paseena,pasina} {se,me,mein} {bhig,bheeg,tar,lathpath} {gaye,gaya,gayi,gai,jaata,"
                 "jata,ho gaye,ho gaya,ho gayi}",),
    # a nail driven into the foot ("pair me keel gadh gaya"): a puncture wound (tetanus asked)
    "wound": ("{keel,keela} {gadh,gad,ghus,chubh} {gaya,gayi,gaye,gaya tha,gayi thi}",),
    # a wrist turned ("kalai mud gayi", "kalai me moch"): the wrist's pain
    "wrist pain": ("kalai {halki ,halka ,thodi ,thoda ,}{mud,mur,much,moch,murak} {gayi,gaya,gai,aa gayi,"
                   "kha gayi,}",),
}
