"""Round 23's wordings of a well newborn's and a young infant's ways, as clinicians' vignettes told them in English,
Hinglish and Bhojpuri: both breasts swollen or a drop of milk from them (either sex, the mother's hormones), a
newborn girl's spot of blood or white discharge from the front passage (pseudo-menses), milk brought up after feeds
in a baby told gaining weight or wetting enough nappies (posseting), the evening's hours of crying with the legs drawn
up (colic), a breastfed baby's green stools, a stool soft when it comes after days without one, an eye that waters
and is sticky without redness (a blocked tear duct); and what is never one of them: vomit that shoots out in a baby
hungry again at once (pyloric stenosis), pus from a newborn's eyes (ophthalmia neonatorum). The flags are read by
newborn_ways.newborn_care_only (home care with nothing else told) and rules_newborn.py; signs_later.py merges
NEWBORN_SIGNS into SIGNS."""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_BREAST_HI: Final = "{chhati,chhatiyon,chhatiyan,chhaati,chaati,stan,breast,breasts}"
_SWOLLEN_HI: Final = "{phoola,phooli,phoole,phula,phuli,phule,sujan,soojan,sooji,suji,uthan,ubhar,ubhri,sooj gayi}"
_LUMP_LIKE_HI: Final = ("{gaanth jaisa ,gaanth jaisi ,ganth jaisa ,ganth jaisi ,gaanth si ,gaanth sa ,halka ,halki ,thoda ,"
                        "thodi ,}")
_STOOL: Final = "{motion,motions,stool,stools,poo,poop,potty,latrine,tatti,mal}"
_KG: Final = "{" + ",".join(f"{n / 10:g}" for n in range(1, 41)) + "}"
_VOMIT_HI: Final = "{fek,phek,phenk,fenk,ulat,ugal,nikal,gira}"
_GIVES_HI: Final = "{deta,deti,dete,diya,di,de deta,de deti,dewela,dela}"

NEWBORN_SIGNS: dict[str, Sign] = {
    # --- a newborn's breasts (Nelson: the mother's hormones, in either sex; IMNCI: home care, never squeezed) ---
    # both breasts told swollen, or a drop of milk ("witch's milk") from them: the pair of a newborn's, where one hot
    # red breast is an infection's (its heat and redness are other wordings, and stop newborn_care_only)
    "newborn_breasts_both": Sign(("swelling",), (
        "dono " + _BREAST_HI + " {me,mein,ma} " + _LUMP_LIKE_HI + _SWOLLEN_HI + " {hai,hain,gayi,gaya,hua,}",
        "both {breasts,breast,nipples} {are ,look ,}{swollen,puffy,enlarged,raised,big,bulging} {and ,}"
        "{little ,a little ,small ,a ,}{white,milky} {drop,drops,discharge,fluid} {coming,comes,came,coming out}",
    ), flag="newborn_breast_pair"),
    "newborn_breast_milk_drop": Sign((), (
        "{ek ,do ,}{boond,bund,boonde,boondein} {doodh,dudh} {jaisa,jaisi,jaise,sa,si} {kuch ,}{nikla,nikli,nikle,aaya,"
        "aayi,aata,aati,nikalta,nikalti}",
        "{little ,a little ,small ,a ,tiny ,}{white,milky} {drop,drops} {coming,comes,came,coming out,of milk}",
        "{milk,milky} {drop,drops,discharge} from {the ,his ,her ,both ,}{breasts,breast,nipples,nipple}",
    ), flag="newborn_breast_pair"),
    # a newborn's breast told as a lump like a knot ("chhati me gaanth jaisi sujan"): signs_household's breast bud
    "newborn_breast_knot": Sign(("swelling",), (
        _BREAST_HI + " {me,mein,ma} {gaanth,ganth,gath} {jaisi,jaisa,jaise,si,sa} " + _SWOLLEN_HI,
    ), flag="newborn_breast"),
    # --- a newborn girl's pseudo-menses (Nelson: withdrawal of the mother's oestrogen in the first two weeks) ---
    "pseudo_menses_spot": Sign(("vaginal bleeding",), (
        "{blood ,}{spot,spots,stain,stains,drops,streak,streaks} {of blood ,}from "
        "{the ,her ,}{private part,private parts,front passage,front private part,vagina,front} {in,on} {the ,her ,}"
        "{nappy,nappies,diaper,diapers,cloth}",
    ), severity="mild", flag="pseudo_menses"),
    # --- milk brought up by a baby (posseting, NICE NG1: regurgitation in a thriving infant needs no treatment) ---
    "posseting_amount": Sign(("vomiting",), (
        "{spoon,spoonful} {or two ,}of milk {comes,came} {up ,}with {the ,}burp",
        "{small,little,a small,a little,tiny} amount {of milk ,}{comes,came,coming} {out ,up ,}{from,of,through} "
        "{the ,his ,her ,}mouth",
        "{munh,muh,mooh,mukh} se {doodh,dudh} " + _VOMIT_HI + " " + _GIVES_HI,
        "{doodh,dudh,feed} {pilaane ,pilane ,pila ke ,pilake ,pine ,peene ,pee ke ,pi ke ,}ke baad {thoda thoda,thoda sa,thoda,"
        "tanak,zara sa,thodi} " + _VOMIT_HI + " " + _GIVES_HI,
    ), flag="posseting"),
    # enough milk told by the weight gained since birth or the nappies wetted (WHO breastfeeding counselling: six or
    # more a day)
    "gained_since_birth": Sign((), (
        "{gained,has gained,put on,increased} " + _KG + " {kg,kgs,kilo,kilos} {since birth,from birth,in a month,"
        "this month,}",
        "{peeing,passing urine,wetting,urinating} {6,7,8,9,10,11,12,6-8,8-10} {times,nappies,diapers} "
        "{a day,daily,per day,}",
    ), flag="thriving"),
    # --- the evening's crying of colic (NICE CKS infantile colic: hours at the same time each day, legs drawn up, in a
    # baby well between times) ---
    "evening_colic": Sign((), (
        # (two wordings, the evening's and the hour's: as one, with "roj/har" before, it spelled out to 570,000
        # phrases and doubled the build cache's first build; a word before a phrase adds nothing to its matches)
        "{shaam,sham,sanjh,saanjh,raat} {ko ,}{1,2,3,1-2,2-3,1-3,ek,do,teen,ek do,do teen} {ghante,ghanta,ghanton} "
        "{tak ,}{lagatar ,bahut ,zor se ,}{rota,roti,rote,rowait,rowat,rowela,rowe,ro raha,ro rahi}",
        "{4,5,6,7,8} baje se {1,2,3,1-2,2-3,1-3,ek,do,teen,ek do,do teen} {ghante,ghanta,ghanton} "
        "{tak ,}{lagatar ,bahut ,zor se ,}{rota,roti,rote,rowait,rowat,rowela,rowe,ro raha,ro rahi}",
        "cries {for ,}{1,2,3,1-2,2-3,two,three} hours {every ,each ,in the ,}evening",
    ), flag="newborn_normal"),
    # the legs drawn up to the belly while crying: colic's beside the evening's crying (newborn_ways reads it only
    # there); an older baby's screaming in bouts with the legs drawn up may be an intussusception, and is not home care
    "colic_legs_drawn_up": Sign((), (
        "{pair,paer,goda,godi,taang,tangen} pet {pe,par,dis,ki taraf,tak,me} {kheenchta,kheenchti,kheench leta,"
        "kheench leti,kheench lait,khinchta,khinchti,sikod leta,sikodta}",
        "{pulls,draws,drawing,pulling,brings,bringing} {up ,}{his ,her ,the ,both ,}legs {up ,}{to,towards,onto} {the ,"
        "his ,her ,}{tummy,belly,stomach,chest}",
    ), flag="legs_drawn_up"),
    # --- a breastfed baby's green stools (NICE CKS: a stool's colour, green or yellow, in a baby who feeds and is
    # well); green vomit is bilious_vomit's, an emergency ---
    "green_stools": Sign((), (
        "{green,greenish,green colour,green color,green coloured,green colored,dark green} " + _STOOL,
        "{hari,hara,hare,harey} {rang ki ,rang ka ,}" + _STOOL,
        _STOOL + " {is ,are ,}{green,greenish,green colour,green color,hari,hara}",
    ), flag="breastfed_stools"),
    # a stool soft when it comes after days without one ("jab karta to naram hi hota"): no hard stool of constipation
    "soft_when_passed": Sign((), (
        "{jab ,}{karta,karti,kare,karte,kiya,ki,aata,aati} {to ,toh ,}{naram,narm,mulayam,soft} {hi ,}{hota,hoti,hai,"
        "tha,thi,rehta}",
        "{stool,stools,poo,potty} {is ,are ,was ,}soft when {it comes,he passes,she passes,passed,it is passed}",
    ), flag="soft_stool"),
    # a baby told feeding well in more words
    "feeding_properly": Sign((), (
        "{feeding,feeds,drinking,taking feeds,eating} {properly,nicely,very well,good}",
        "otherwise {smiling,happy,active,playful}", "{smiling,happy} and {playing,feeding}",
        "{baaki,baki} din {ekdam ,bilkul ,}{theek,thik}",
    ), flag="reassurance"),
    # a child told well in two words and a comma ("playing, eating"): the vaccine's pictures read it
    # (minor.vaccine_reaction, rules_newborn.young_infant_vaccine_fever), not a self-care gate's "mild"
    "eating_playing": Sign((), tuple(
        f"{a}, {b}" for a in ("playing", "eating", "feeding", "smiling") for b in ("playing", "eating", "feeding")
        if a != b)),
    "feeds_well_hi": Sign(("unable to drink",), (
        "{baaki,baki,aur} {doodh,dudh} {achha,accha,acha,theek,thik,sahi,badhiya}",
    ), negated=True),
    # --- an eye that waters and is a little sticky, not red: a newborn's blocked tear duct (NICE CKS: cleaned, massaged,
    # at home); pus, swollen lids or redness are not this ---
    "watery_sticky_eye": Sign((), (
        "{ek ,dono ,}{aankh,aankhon,aankhen,ankh} se {paani,pani,aansu} {aur ,}{thoda ,halka ,}{kichad,keechad,gaad,geed,"
        "chipchipa} {aata,aa raha,aati,nikalta} {rehta,rehti,hai,}",
        "{aankh,aankhon,ankh} {se,me,mein} {thoda ,halka ,}{kichad,keechad,gaad,geed} {aata,aa raha,aati,nikalta} "
        "{rehta,rehti,hai}",
        "{one ,his ,her ,the ,}eye {is ,keeps ,}{watering,watery} {and sticky,and a little sticky,}",
        "{watery,sticky,watering} eye {since birth,}",
    ), flag="sticky_eye"),
    "eye_not_red": Sign(("red eye",), (
        "{aankh ,aankhen ,}{laal,lal} {nahi,nhi,nai} {hai,hain,}",
        "{eye,eyes} {is ,are ,}not red", "not red {eye,eyes}",
    ), negated=True),
    # pus from a newborn's eyes, the lids swollen (ophthalmia neonatorum: rules_newborn.newborn_eye_pus)
    "eye_pus": Sign(("red eye",), (
        "{eye,eyes} {is ,are ,}sticky with {yellow ,green ,thick ,white ,}pus",
        "{yellow ,green ,thick ,}pus {from,in,coming from,comes from,discharging from} {the ,both ,his ,her ,one ,}"
        "{eye,eyes}",
        "{aankh,aankhon,aankhen,ankh} {se,me,mein} {peep,peeb,pus,mawaad,mavad,mawad,mavaad} {aa raha,aa rahi,aata,"
        "aati,nikal raha,nikalta,}",
    ), flag="purulent_eye"),
    "lids_swollen_red": Sign(("red eye", "swelling"), (
        "{eyelids,eyelid,lids} {are ,is ,}{swollen and red,red and swollen}",
    ), flag="face_swelling"),
    # --- vomit that shoots out in a baby hungry again at once (pyloric stenosis: rules_newborn.pyloric_stenosis) ---
    "fountain_vomit": Sign(("vomiting",), (
        "{shooting,shoots,shot,comes,coming,came,gushing,gushes} out like {a ,}fountain", "like a fountain",
        "{fawwaare,fawware,fuware,fuhaare,phawware,fawwara,fuwaara,fawaare,fuwaare} {jaisi,jaisa,jaise,ki tarah} "
        "{ulti,ultiyan}",
    ), flag="projectile_vomit"),
    "hungry_after_vomit": Sign((), (
        "hungry {again ,}{immediately,right after,straight after,soon after,at once,right away}",
        "{wants,want,wanting} to feed {again ,}{immediately,at once,right away,straight away}",
        "{bhookha,bhukha,bhookhi,bhukhi} {rehta,rehti,ho jaata,ho jaati,ho jata,ho jati}",
        "{turant ,phir se ,fir se ,}{bhookh,bhook} {lag jaati,lagti,lag jati}",
    )),
}
