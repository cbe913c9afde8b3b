"""An infant's quiet surgical emergencies in many wordings: a stool like red-currant jelly, screaming that comes in
bouts with the legs drawn up, a sausage-shaped lump in the belly, a groin lump that will not go back (merged into
signs.SIGNS through signs_later.py; rules_infantsurg.py reads them)."""

from __future__ import annotations

from .lexicon import Sign

_STOOL = "{stool,stools,poo,poop,potty,motion,motions,latrine,tatti,pakhana,paikhana,paikhaana,dast,nappy,diaper}"
_JELLY = "{jelly,jeli,jelli}"

INFANTSURG_SIGNS: dict[str, Sign] = {
    # NICE CKS / APLS: a stool like red-currant jelly (blood and mucus mixed) is intussusception's late sign
    "currant_jelly_stool": Sign(("blood in stool",), (
        "{red ,}{currant,redcurrant,red-currant,red currant} " + _JELLY + "{ like,}{ " + _STOOL + ",}",
        "{red,bloody,blood stained,blood-stained,maroon} " + _JELLY + "{ like,-like,}{ " + _STOOL + "}",
        _JELLY + "{ like,-like} {red ,bloody ,}" + _STOOL + " {with blood,with blood and mucus,}",
        _STOOL + " {is ,are ,looks ,look ,}{like ,}{red ,}{currant ,}" + _JELLY + "{ like,}",
        _STOOL + " {is ,are ,}{red ,bloody ,}" + _JELLY + "{ like,-like}",
        # Hinglish, Bhojpuri, Maithili: "potty laal jelly jaisi", "paikhana jelly nian laal"
        _STOOL + " {mein ,me ,}{laal ,lal ,}" + _JELLY + " {jaisa,jaisi,jaise,jaisan,nian,lekha,jaun,type} "
        "{laal,lal,khoon wala,khooni,}",
        # the jelly in the nappy ("the nappy had red jelly like stuff")
        "{nappy,diaper,napkin} {had,has,with,showed,full of,is full of} {some ,}{red ,bloody ,}" + _JELLY + "{ like,-like,}",
        "{red,bloody} " + _JELLY + "{ like,-like,} {stuff,mucus,material,blood,thing,discharge}",
        "{laal,lal,khooni} " + _JELLY + " {jaisa,jaisi,jaise,jaisan,nian,lekha} {" + _STOOL[1:],
    )),
    # screaming that comes in bouts, quiet between: intussusception's colic, read with blood in the stool (the legs drawn
    # up alone are a colicky baby's evening too, and a flag there would keep the colic from self-care: not read here)
    "episodic_screaming": Sign((), (
        "{screaming,screams,screamed,crying,cries,shrieking,shrieks} {in episodes,in bouts,in spells,in fits,off and on,"
        "on and off,every few minutes,every 10 minutes,every 15 minutes,every 20 minutes}",
        "{episodes,bouts,spells,attacks} of {screaming,crying,inconsolable crying}",
        "{keeps ,}{screaming,screams,crying,cries} {and ,}then {goes,is,becomes,lies} {quiet,calm,still,limp}",
        "{rah rah,reh reh,ruk ruk,rahi rahi,rah rah ke,ruk ruk ke,rahi rahi ke,thodi thodi der mein,baar baar} "
        "{ke ,}{cheekh,cheekhta,cheekhti,cheekh raha,cheekh rahi,chilla,chillata,chillati,chilla raha,chillat,"
        "chillaat,bokar,pukka faad ke ro}",
    )),
    # APLS: a sausage-shaped lump felt in a child's belly is an intussusception until an ultrasound says otherwise
    "sausage_lump": Sign(("swelling",), (
        "{sausage,sausage-shaped,sausage shaped,sausage like,sausage-like} {lump,mass,swelling}",
        "{lump,mass,swelling} {like a sausage,shaped like a sausage}",
        "{pet,tummy,belly} {mein,me} {lambi ,}{sausage,lauki,kela} {jaisi,jaisa,nian} {gaanth,ganth,gola,gaath}",
    )),
    # a baby's groin lump swollen, tender or red and hard that will not go back in (an incarcerated inguinal hernia)
    "groin_lump_stuck_baby": Sign(("swelling",), (
        "{groin,inguinal} {lump,swelling,bulge,hernia} {is ,}{that ,which ,}{won't,will not,doesn't,does not,not} "
        "{go,going} back {in,}",
        "{swollen,tender,painful,hard,red} {groin,inguinal} {lump,swelling,bulge,hernia} {that ,which ,}{won't,will not,"
        "doesn't,does not,not} {go,going} back",
        "{jangh,jaangh,jangha,groin,kokh} {mein,me,ke paas} {gaanth,ganth,gola,phulla,sujan} {andar,wapas,bhitar,"
        "bheetar} {nahi,nhi,na} {ja raha,ja rahi,jaata,jaati,jaat,jaat ba,jaat hai}",
        "{lump,swelling,bulge} in {the ,his ,her ,my ,}{baby's ,babys ,child's ,}groin {that ,which ,}{won't,will not,"
        "doesn't,does not,not} {go,going} back",
        # the baby named between the lump and its going back ("groin lump in my 5 month old that won't go back in")
        "{groin,inguinal} {lump,swelling,bulge,hernia} in {my ,his ,her ,the ,our ,}{baby,babys,baby's,son,daughter,"
        "infant,child,5 month old,month old,months old,old} {that,which} {won't,wont,will not,doesn't,does not} go back",
    ), flag="irreducible_hernia"),
}
