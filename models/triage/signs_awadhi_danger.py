"""Danger signs told in Awadhi and the Hinglish of Lucknow (an ASHA's or a UPHC nurse's typing of a relative's words)
that set a flag the rules already read: a child who, woken, falls asleep again ("jagaao to phir so jaat": AVPU V,
reduced consciousness), blood that sprays from a wound or soaks through the cloth tied on it (WHO ETAT / ATLS: a
bleed that pressure does not hold), and the quiet words of an older person's delirium, gone silent and staring
(English and Hindi, read by rules_hinglish.elder_gone_quiet).

Merged into signs.SIGNS; a wording of a flag named elsewhere sets that flag (``flag``).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_WOKEN: Final = "{jagaao,jagao,jagaawe,jagaave,jagaane,jagane,jagaye,uthao,uthaao,uthaawe,uthaane,uthane}"
_GOES: Final = "{jaat,jaati,jaata,jaate,jata,jati,jate,jaye,jaay}"
_CLOTH: Final = "{gamchha,gamcha,kapda,kapra,patti,dupatta,chunni,tauliya}"
_BLOOD: Final = "{khoon,khun,lahu,khoon to,khun to}"

AWADHI_DANGER_SIGNS: Final[dict[str, Sign]] = {
    # AVPU "V": opens the eyes when woken and sleeps again at once ("jagaao to phir so jaat", "uthaane pe phir so
    # jaati"): the drowsiness of a cerebral malaria, a meningitis, a sepsis (rules.reduced_consciousness)
    "aw_sleeps_again": Sign(("lethargy",), (
        _WOKEN + " {to,toh,tau,pe,par,se,tab} {bhi ,}{phir,fir,phir se,fir se,turant,dobara} {so,sou} " + _GOES,
        # the eyes opened, then asleep again ("jagaao to aankh kholat phir so jaat")
        _WOKEN + " {to,toh,pe,par} {aankh,aankhi,ankh} {kholat,kholti,kholta,kholte,khole} {phir,fir,aur,phir se} "
        "{so,sou} " + _GOES,
    ), flag="hard_to_rouse"),
    # a cut artery told in Awadhi and Hindi: blood that comes out as a spray ("khoon phuhaar maar ke nikal raha"),
    # and blood that soaks through the cloth tied over the wound ("gamchha baandhe to bhi bhig gava"): pressure does
    # not hold it (WHO ETAT circulation; rules.severe_bleeding)
    "aw_bleed_spraying": Sign(("bleeding",), (
        _BLOOD + " {phuhaar,phuhar,fuhaar,fuhar,phuhaara,fuhaara,phuaar,fuaar} {maar ke,maarke,"
        "maar kar,maarat,maar raha,maar rahi,maar rha,ban ke,jaisa,jaise,jaisan,ki tarah}",
        _CLOTH + " {baandhe,bandhe,baandha,bandha,baandh ke,bandh ke,dabaaye,dabaya} {to bhi,tab bhi,phir bhi,fir bhi,"
        "ke baad bhi} {bhig,bheeg,bhij,tar} {gava,gawa,gaya,gayi,gya,gyi,jaat,gail}",
    ), severity="severe", flag="heavy_bleeding"),
    # an older person gone quiet and only staring, told by the family (rules_hinglish.elder_gone_quiet reads it with
    # the age: NICE CG103's hypoactive delirium); a child's stare is not read by that rule
    "withdrawn_staring": Sign((), (
        "{gone,become,is,has gone,has become} {very ,so ,}{quiet,silent,withdrawn} {and ,}{just ,only ,}{stares,"
        "staring,keeps staring}",
        "{just,only} {stares,staring,keeps staring,sits and stares,sitting and staring,lies and stares,lying and "
        "staring} {blankly,into space,at the wall,at the ceiling,at nothing,vacantly,at us,}",
        "{staring,stares} {blankly,vacantly,into space,at nothing,at the ceiling}",
        "{bas ,}{ek taraf,ek jagah,ektak,chhat ko,chhat ki taraf,deewar ko,diwar ko,khali} {ghoorti,ghoorta,ghoorte,"
        "ghoor rahi,ghoor raha,ghoor rahe,taakti,taakta,taakte,taak rahi,taak raha,takat,dekhti,dekhta,dekhte,"
        "dekh rahi,dekh raha,dekh rahe} {rehti,rehta,rehte,rahti,rahta,rahat,rahe,}",
    )),
}
