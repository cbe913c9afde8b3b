"""Round 23's wordings of symptoms the dev vignettes told in words no table held: a little or no urine (Bajjika's
"pishab nai bhel", English's "urine very little"), a baby who will not take the breast or a child who will not drink
(IMCI's general danger sign), a neck that will not bend, a period that has stopped or comes awry, and red eyes told
with their other signs. terms.py adds each to the symptom's own wordings (not in place of them)."""

from __future__ import annotations

_URINE = "{pishab,peshab,pesab,urine}"
_NOT = "{nahi,nai,nhi,nahin,na,koni}"
_MONTHS = "{" + ",".join(str(n) for n in range(2, 13)) + ",two,three,four,five,six}"

WORDS_TERMS: dict[str, tuple[str, ...]] = {
    # a little urine, told after the word ("urine very little", "urine is very less", "passing urine but less than
    # usual"), none since a time in Bajjika and Bhojpuri ("pishab bhor se nai bhel"), none coming down ("pishab bilkul
    # nahi utar raha"): WHO IMCI and ETAT read a child's little urine as dehydration's, an adult's as a kidney's
    "reduced urine": (
        "urine {is ,}{very ,so ,too ,}{little,less,scanty}",
        "{passing,passes,passed} urine but {very ,}{less,little} {than usual,than before,than normal,}",
        _URINE + " {less,kam} than {usual,before,normal}",
        _URINE + " {bhor,subah,sabere,kal,raat,dopahar,kal raat} se " + _NOT + " {bhel,bhelai,bhela,bhail,bhayil,"
        "hoyal,hua,hui,kiya,ki}",
        _URINE + " {bilkul ,ekdum ,}" + _NOT + " {utar,utarat,utar raha,utar rahi,utar rahal,utri,utra}",
    ),
    # the breast not taken ("chhati se nahi lag rahi", a baby who will not latch), water refused in Marwari ("paani bhi
    # koni peeve"), "not taking breastfeed at all": IMCI's "not able to drink or breastfeed", a general danger sign
    "unable to drink": (
        "{chhati,chhaati,stan,doodh} se " + _NOT + " {lag,lagti,lagta,lag rahi,lag raha,lagat,lagait}",
        "{paani,pani,doodh,dudh} {bhi ,}{koni,koyni,kon} {peeve,pive,piyve,pee,piwe}",
        "not taking {breastfeed,breast feed,breastfeeds,breast feeds,breastfeeding,breast feeding} {at all,}",
    ),
    # the neck that will not bend or hurts to be bent ("cries when we bend his neck", Marwari "gardan aage koni
    # jhuke"): meningism (WHO ETAT, NICE NG240 bacterial meningitis: neck stiffness)
    "neck stiffness": (
        "{cries,crying,screams,screaming,shouts} when {we ,you ,i ,they ,}{bend,bent,move,lift} {his ,her ,the ,}"
        "{neck,head}",
        "{gardan,gardaan,garden} aage {koni,kon,konya} {jhuke,jhuk,mude,mud}",
    ),
    # a period stopped for months ("periods not come for 3 months"), or gone awry ("mahina bhi gadbad"), or coming
    # every two or three months in Bajjika ("mahwari 2-3 mahina pe aabai"): NICE CKS, amenorrhoea and
    # oligomenorrhoea
    "irregular periods": (
        "{periods,period,mc,menses} {have ,has ,}not {come,came,coming} {for,since} {the last ,last ,}" + _MONTHS
        + " months",
        "{mahina,mahwari,period,periods,mc,maahvaari} {bhi ,}{gadbad,garbad,gadbadi} {hai,rehta,rahta,rehti,rahti,}",
        "{mahina,mahwari,period,periods,mc} {2-3,2 se 3,3-4,do teen,teen char,2,3,4} {mahina,mahine,mahino} {pe,par} "
        "{aabai,aabait,aawela,aavela,aabe,aawe}",
    ),
    # red eyes told with their other signs ("red watery eyes", "eyelids swollen and red")
    "red eye": (
        "red {watery,and watery,sticky,and sticky,itchy,swollen} eyes",
        "{eyelids,eyelid,lids} {are ,}{swollen and red,red and swollen}",
    ),
}
