"""Wordings of danger to others or to oneself told without a plan: a threat with a weapon, a mother's thoughts of
harming her baby, a wish to be dead, thoughts of suicide. Merged into signs.SIGNS; the plan and the act are
signs.py's suicide_plan and the suicide_risk rule's."""

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
}
