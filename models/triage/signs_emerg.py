"""Wordings of emergencies told quietly (round 23): a tearing pain only said to be "like something tearing", a
family no longer known ("kisi ko nahi pehchaan rahi"), a sight told "blurring", a pot of boiling milk over a child, a
whole belly gone tight that the child will not let anyone touch, the bag of waters burst told with its time between
("thaili bhi raat ko foot gayi"), the hours counted with no baby come, and a baby the dai says lies the wrong way up
in labour.

Merged into signs.SIGNS through signs_later.py; the rules that read the new flags are rules_hinglish.py's
(belly_guarded) and rules_pregnancy.py's (breech_in_labour).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# (each wording is spelled out into phrases whose words the spelling corrector counts: kept small, so that a common
# word is not made commoner than its neighbours, "bolra" read "bola" for "bolta")
_NOT: Final = "{nahi,nhi}"

EMERG_SIGNS: Final[dict[str, Sign]] = {
    # a tearing only likened, the pain's site told in its own words beside it ("pain in chest going through to the
    # back, he says like something tearing"): rules_hinglish.aortic_dissection_signs reads it with the chest's, the
    # back's or the belly's pain (ESC 2014: the pain's quality is the dissection's most specific sign)
    "e_tearing_likened": Sign((), (
        "{says ,}like something {is ,}{tearing,ripping,being torn}",
        "something {is ,}{tearing,ripping} {inside,apart}",
    ), flag="tearing_pain"),
    # the family not known, the denial before the verb ("kisi ko nahi pehchaan rahi", "ghar walon ko nahi pehchan
    # pa raha"): a confusion, an acute one when told with today's time (NICE CG103: a delirium until shown otherwise)
    "e_not_knowing_anyone": Sign(("confusion",), (
        "{kisi ko,ghar walon ko,gharwalon ko,humko,hamko,mujhe,hume} " + _NOT + " {pehchaan,pehchan,pahchan} "
        "{rahi,raha,rahe,pa rahi,pa raha}",
    )),
    # "headache and blurring", "sudden blurring of the eyes": the sight blurred, told by the noun alone (the terms'
    # "blurry" and "blurred" already stand alone)
    "e_blurring": Sign(("blurred vision",), (
        "blurring", "blurring of {the ,}{eyes,sight}", "{eyes,eye} {are ,is ,}blurring",
    )),
    # a pot of a boiling liquid named ("garam doodh ka bhagona bachche ke upar gir gaya"): the scald's own story (a
    # glass or a cup drunk from is not a pot; its fall is the scald's, not a fall of the child); its extent is read
    # by extract._add_site_flags ("chhati aur pet")
    "e_hot_pot_scald": Sign(("burn",), (
        "{garam,ubalta,ubalti,khaulta,khaulti} {doodh,chai,paani,pani,tel,daal} {ka,ki,ke} {bhagona,patila,bartan,"
        "kadhai,degchi,handi} {gir gaya,gir gayi,ulat gaya,ulat gayi,}",
    )),
    # the whole belly gone tight or hard ("ab poora pet tight", "sara pet kadak ho gaya"): after a belly's pain, with
    # fever and vomiting, a generalised peritonitis (rules_hinglish.belly_guarded); alone it may be wind
    "e_whole_belly_tight": Sign((), (
        "{poora,pura,sara,saara} pet {tight,sakht,kadak,kada} {ho gaya,hai,}",
        "{whole,entire} {belly,tummy,abdomen} {is ,}{tight,hard}",
    ), flag="whole_belly_tight"),
    # a belly that may not be touched ("haath nahi lagane deta", "pet chhoone nahi deti", "won't let me touch his
    # tummy"): the tenderness and the guarding of an inflamed peritoneum, told by the family
    "e_belly_touch_refused": Sign((), (
        "{haath,hath} " + _NOT + " {lagane,lagaane} {deta,deti,de raha,de rahi}",
        "pet {ko ,pe ,}{chhoone,chhune} " + _NOT + " {deta,deti,de raha,de rahi}",
        "{won't,will not,doesn't} let {me,us,anyone} touch {his,her} {belly,tummy,stomach}",
        "{cries,screams} {when,if} {i,we} touch {his,her} {belly,tummy}",
    ), flag="belly_touched_hurts"),
    # the bag of waters burst, told with a time or a "too" between ("thaili bhi raat ko foot gayi", "thaili subah
    # phat gayi"): ruptured membranes (with a fever, rules_pregnancy.amnionitis)
    "e_waters_burst_told": Sign(("vaginal discharge",), (
        "{thaili,jhilli} {bhi ,}{raat ko,subah,kal,aaj,kal raat,shaam ko} {phat,phoot,phut,fat,foot} {gayi,gai,gaya}",
    ), flag="ruptured_membranes"),
    # the hours counted with the baby not come ("ab 18 ghante ho gaye baccha nahi aaya"): a labour that does not
    # progress (rules_pregnancy.prolonged_labour; WHO MCPC: more than 12 hours)
    "e_hours_no_baby": Sign((), (
        "{ghante,ghanton} {ho gaye,ho gye,hue} {baccha,bachcha,bacha,baby} " + _NOT + " {aaya,hua,nikla}",
    ), flag="labour_stalled"),
    # the dai or the nurse saying the baby lies the wrong way ("dai kehti ulta h", "nurse boli bachcha ulta hai"),
    # or a breech named: in labour, a malpresentation to deliver where a caesarean can be done (WHO MCPC;
    # rules_pregnancy.breech_in_labour); told from a scan before term it is signs_household.breech_told's question
    "e_breech_said": Sign((), (
        "{dai,nurse,didi,asha,doctor} {kehti,kahti,boli,ne kaha,bata rahi} ulta {h,hai,he}",
        "{baccha,bachcha,bacha,baby} ulta {h,hai,he,leta hai}",
        "{baby is,the baby is} {breech,lying breech,bottom first}", "breech {presentation,position,baby}",
    ), flag="breech"),
}
