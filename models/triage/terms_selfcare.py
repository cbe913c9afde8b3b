"""Round 18's wordings of minor complaints in Punjabi (Malwa), Telugu and Mumbai's Bambaiya Hindi: a hard or missed
stool, a finger burnt on a griddle, a cut finger, a fall, the nausea of early pregnancy, a muscle's stiffness after a
game. terms.py adds each to the symptom's own wordings (not in place of them)."""

from __future__ import annotations

SELFCARE_TERMS: dict[str, tuple[str, ...]] = {
    # a hard stool: Punjabi "paakhana sakht", Bambaiya "kadak latrine"; a day with none: "tatti nahi aayi" (and the
    # Gurmukhi "ਟੱਟੀ", read as "tati")
    "constipation": (
        "{paakhana,pakhana,paikhana,latrine,tatti,tati,potty,sandas,stool} {bahut ,thoda ,}{sakht,sakhat,"
        "kadak,kadak hai,tight,hard}",
        "{kadak,sakht} {latrine,tatti,potty,paakhana,pakhana,sandas}",
        "{tatti,tati,tattee,latrine,potty,paakhana} {nahi,ni,na} {aai,aayi,aaee,aaya,hoi,hui,ho rahi}",
    ),
    # loose stools in Punjabi: "do vaar patli latrin aayi"
    "diarrhea": (
        "patli {latrin,latrine,tatti,potty,toilet} {aayi,aai,aa rahi,aa reha,aundi,hoi,hui,lagi,}",
        "{patla,patli,patle} {paakhana,pakhana,paikhana}",
    ),
    # Punjabi "ungal sadd gyi" (a finger burnt), "tave naal" (on the griddle)
    "burn": (
        "{ungal,ungli,hath,haath,angutha} {sadd,sad,sarh,sadh} {gyi,gayi,gaya,gya,gai,gaye}",
        "{ungal,ungli,hath,haath} {tave,tawe,tava,chulhe,cooker} {naal,nal,te,se} {sadd,sad,sarh,sadh,"
        "jal} {gyi,gayi,gaya,gya,gai,gaye}",
        "{tave,tawe,tava,chulhe,cooker} {naal,nal,te,se} {ungal,ungli,hath,haath} {sadd,sad,sarh,sadh,"
        "jal} {gyi,gayi,gaya,gya,gai,gaye}",
    ),
    # a finger cut while chopping ("sabzi kaatte ungli kati", Punjabi "ungal kat gyi")
    "cut": (
        "{ungli,ungal,angutha,angootha} {kati,katt gayi,kat gayi,kat gai,kat gyi,kat gaya,kat gya,katti}",
    ),
    # Punjabi "dig pya" (fell), "peengh ton dig pya" (fell off the swing)
    "fall": (
        "{dig,digg} {pya,peya,gya,gaya,gayi,gyi,pai,payi,pyi,ke,key,gaye}",
    ),
    # Punjabi "ji kacha" (the stomach queasy), Bambaiya "mala mala hota" (Marathi "malmal")
    "nausea": (
        "{ji,jee} {kacha,kachcha,kachha,kacha hundi,machlaunda,machlanda}",
        "{mala mala,malmal,mal mal,malmalta} {hota,hoti,hote,hotay,hotey,vatta,vatat,vatate}",
    ),
    # the Bambaiya "akdan" of muscles after a game ("kandhe aur jaangh mein akdan")
    "body ache": (
        "{kandhe,kandha,jaangh,jangh,badan,body,pair,haath,sharir} {aur kandhe ,aur jaangh ,aur pair ,}{mein,me,ch} "
        "{akdan,akadan,jakdan,akdan hai}",
    ),
    # Bambaiya "chhati ke left side muscle mein dukhtay": the chest's muscle sore
    "chest pain": (
        "{chhati,chhaati,chaati,chati} {ke ,ki ,}{left ,right ,baayein ,daayein ,}{side ,}{ke ,}{muscle ,}{mein,me} "
        "{dukhtay,dukhti,dukhti hai}",
    ),
}
