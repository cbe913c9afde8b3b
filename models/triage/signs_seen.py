"""Round 20's wordings of complaints that read minor but are seen today or in turn (a telehealth app's English, a
paediatric OPD's Malwi Hinglish): a hearing lost overnight, a blow or an animal's kick to the belly, and pearly
dimpled spots of the skin, a complaint told by how often it comes back. signs.py merges SEEN_SIGNS into SIGNS;
rules_hinglish.py (the hearing, the belly) and rules_complaints.py (the skin, a recurring headache) read their
flags."""

from __future__ import annotations

from .lexicon import Sign

# (Each wording is spelled out small: the spelling corrector weighs a word by how often the spelled-out phrases use it,
# and a wording of 30,000 phrases made "girr" a "girl" and "sunaai" a word of its own.)
_BELLY = "the {belly,stomach,tummy,abdomen}"
# the farm's animals whose kick or horn hurts a child ("bhains ne pet pe laat maari", "gaay ne seeng maara")
_ANIMALS_HI = "{bhains,bhens,gaay,gai,bail,saand,ghoda,bakri}"
_STRUCK_HI = "{laat,lath,seeng} {maari,mari,maar di,maara,mara}"
_CANT = "{cant,can't,cannot,could not,couldn't,couldnt}"

SEEN_SIGNS: dict[str, Sign] = {
    # Hearing lost in one ear overnight, noticed on waking ("woke up and can't hear from the left ear", "subah uthi to
    # daayein kaan se sunai nahi de raha"): sudden sensorineural hearing loss until the ear is examined (steroids within
    # days, NICE CKS 2023: rules_hinglish.sudden_hearing_loss); a hearing that fades over years is not told so
    "woke_deaf": Sign(("hearing loss",), (
        "{woke up,woke up today,woke up this morning,since waking,since waking up} {and ,}" + _CANT + " hear",
        "woke up {deaf,with a deaf ear,with one ear deaf}", "woke up deaf in {one,the left,the right} ear",
        "{uthi,utha,uthe} {to,toh} {kaan se ,}{sunai,sunayi} {nahi,band}",
        "{uthi,utha,uthe} {to,toh} {daayein,baayein,daayen,baayen,dayen,bayen,left,right,ek} kaan se {bilkul ,}sunai "
        "{nahi,band}",
    ), flag="sudden_deafness"),
    # A kick, a blow or a horn to the belly (an animal's, a handlebar's, a fist's): a blunt injury of the abdomen, whose
    # bleeding spleen or liver or torn bowel may show no mark for hours (ATLS; a child's organs lie less protected):
    # examined today (rules_hinglish.blunt_abdominal_trauma). Not the baby's kicks in the womb ("pet me laat maarta",
    # "baby kicking in my tummy"): the belly is struck from outside ("pet pe"), or the striker is named.
    "abdominal_blow": Sign((), (
        "{kicked,punched,butted,gored,hit,struck} {him ,her ,me ,}in " + _BELLY, "{kick,blow,punch} to " + _BELLY,
        "{handlebar,handlebars} {hit,went into,injury}",
        "fell on {the ,his ,her ,my ,a ,}{cycle ,bike ,}{handlebar,handlebars}",
        _ANIMALS_HI + " ne pet {pe,par,me} " + _STRUCK_HI,
        "pet {pe,par} {laat,lath} {maari,mari,maar di,lagi,lag gayi}", "pet {pe,par} chot {lagi,lag gayi}",
        "{handle,handlebar} pet {me,mein,pe} {laga,lag gaya,ghus gaya}",
    )),
    # A complaint told by how often it comes back ("hafte me 2 baar", "2-3 times a week", "twice a month"): a
    # recurring one, not a day's (a headache that keeps coming: rules_complaints.recurrent_headache); not a count of
    # the day's ("2 baar ulti hui")
    "frequent_recurrence": Sign((), (
        "{hafte,mahine} {me,mein} {1,2,3,4,ek,do,teen,kai,1-2,2-3,3-4} {baar,bar}",
        "{2,3,4,1-2,2-3,3-4,two,three,several} times {a,per} {week,month}", "{once,twice} {a,per} {week,month}",
        "har hafte",
    )),
    # Pearly or shiny bumps with a dimple in the middle (molluscum contagiosum, NICE CKS: harmless, gone in months, but
    # a clinician names it and looks for the eyelid's or a spreading crop: rules_complaints.pearly_papules)
    "pearly_papules": Sign(("rash",), (
        "molluscum", "water warts",
        "{pearly,shiny,waxy,moti jaise,chamakdar,chamkile} {daane,dane,bumps,spots,papules}",
        "{bumps,spots,papules} with a {dip,dimple,dent,pit} in the {middle,centre,center}",
        "{beech,bich} {me,mein} {gaddha,gadda,chhota gaddha}",
    ), flag="pearly_papules"),
}
