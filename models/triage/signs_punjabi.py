"""Punjabi wordings of flags the rules already read under their own names (Sign.flag), as a dispensary in Punjab types
them: a spray splashed into the eye (chemical_eye), one calf swollen (swollen_calf: the leg's pain and swelling, a deep
vein thrombosis until shown otherwise), a passive wish to be dead with no plan (death_wish, seen today: the plan and
the act stay suicide_plan's and suicide_risk's), the breathing told fine, and IMCI's well child, playing and eating
(reassurance).
The symptoms' own Punjabi wordings are in terms_punjabi.py.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_CHEMICAL: Final = "{spray,dawai,tezaab,tezab,chuna,choona,acid,kirtnashak}"
_INTO_EYE: Final = "{akh,akhan,akhaan,ankh} {ch,vich,wich,mein} {chhitta,chhitte,chhite,chhinta,chhitt} {pai,pe,paya} " \
                   "{gya,gyi,gaya,gayi,geya,gaye}"

PUNJABI_SIGNS: Final[dict[str, Sign]] = {
    "chemical_eye_pa": Sign(("eye pain", "poisoning"), (
        _CHEMICAL + " {da ,di ,}" + _INTO_EYE,
        # the bottle opened first ("spray di bottle di dhakan khol ke akh ch chhitta pai gya")
        _CHEMICAL + " di {bottle,botal,shishi} di {dhakan,dhakkan,dhakkan} khol ke " + _INTO_EYE,
    ), flag="chemical_eye"),
    "swollen_calf_pa": Sign(("swelling", "leg pain"), (
        "{khabbi,sajji,ik,ikk} pinni {sujj,suj} {gyi,gayi,gai,geyi}",
        "{khabbi,sajji,ik,ikk} pinni {sujji,sujj gyi,sujj gayi} {te,ate} {dukhdi,dard,garam,laal}",
    ), flag="swollen_calf"),
    "death_wish_pa": Sign((), (
        "{lagda,lagdi} {ki ,}mar {jaavan,jawan,jaawan,jaan} {taan,ta,tan,te} changa",
        "mar {jaavan,jawan,jaawan} {taan,ta,tan,te} changa",
    ), flag="death_wish"),
    # the breathing told fine ("saah theek aunda"): a sting's or a wheeze's airway answered
    "breath_fine_pa": Sign(("shortness of breath",), ("saah {theek,thik,sahi} {aunda,aaunda,chalda,aa,ae,}",),
                           negated=True),
    "reassurance_pa": Sign((), (
        "khed {reha,rahi,riha,rehi,rehnda,rehndi}", "{dudh ,}roti {kha,khaa} {leanda,lainda,laindi,leandi}",
        "gallan kar {lainda,laindi,lainde}",
    ), flag="reassurance"),
}
