"""Round 19's lay wordings: the WhatsApp English of a city clinic (text-speak, a Dakhni verb) and the Indian English
of an elderly clinic's relatives: a head told heavy, a burning stomach, food that sticks, thirst told as eagerness, a
stool black like tar. terms.py adds each to the symptom's own wordings
(not in place of them)."""

from __future__ import annotations

_DEGREE = "{little ,a little ,slightly ,a bit ,bit ,very ,v ,so ,too ,}"

CHAT_TERMS: dict[str, tuple[str, ...]] = {
    # a heavy head told as heaviness (the head told "heavy" is signs_care's heavy_head, graded moderate)
    "headache": ("heaviness {in,of} {the ,my ,his ,her ,}{head,forehead}",),
    # the urge told "feeling to vomit" (Indian English's infinitive)
    "nausea": ("{feeling,feel,feels,felt} {to vomit,to puke,like to vomit,vomitish,vomity}",),
    # IMCI's "drinks eagerly" typed with a degree between ("drinking water v eagerly"), or asking for water again and
    # again ("asking water water", "keeps asking for water")
    "excessive thirst": (
        "{drinking,drinks,drank} {water ,}" + _DEGREE + "{eagerly,greedily,hungrily}",
        "{asking,asks,asked,begging} {for ,}water water", "{keeps,kept} asking {for ,}water",
        "asking {for ,}water {again and again,repeatedly,every few minutes}",
    ),
    # a burning upper stomach (dyspepsia) is the belly's pain
    "abdominal pain": (
        "burning {in ,}{the ,my ,his ,her ,}{upper ,}{stomach,tummy,abdomen,belly}",
        "{stomach,tummy,abdomen,belly} {is ,}" + _DEGREE + "burning",
    ),
    # a stool black like tar, the word doubled as Indian English stresses it ("motion coming black black like tar")
    "blood in stool": (
        "{motion,motions,stool,stools,potty,latrine} {is ,are ,coming ,passing ,}{black black,black,jet black} "
        "{like tar,like coal tar,tarry}",
        "{motion,motions,stool,stools,potty} {is ,are ,}coming black black",
    ),
    # no stool for days, the preposition dropped ("no motion 2 days")
    "constipation": (
        "no {motion,motions,stool,stools,potty,latrine,bowel movement} {1,2,3,4,5,one,two,three,four,five} days",
    ),
    # a fit that leaves the patient out between fits (status epilepticus): "not coming to senses in between"
    "loss of consciousness": (
        "not {coming,come,came} {to ,back to }{senses,sense,his senses,her senses}",
        "{not,nt} {talking,responding,speaking} {and ,n ,}{not,nt} opening {his ,her ,the ,}eyes",
    ),
    # the skin broken by a bite or a blow is a wound; a blister rubbed by a shoe is one too, not a burn
    "wound": ("skin {is ,got ,}broken", "broke the skin", "broken skin",
              "{small ,little ,}{blister,blisters} on {the ,my ,his ,her ,}{heel,heels,toe,toes,sole,ankle,little toe} "
              "{from {the ,}{new ,tight ,}{shoes,shoe,chappals,chappal,sandals,slippers},}",
              "{shoe,shoes,chappal,chappals} {bite,bites,bit}"),
    # breathing told tight (the airway's tightness of an allergy or asthma): "breathing tight"
    "shortness of breath": ("{breathing,breath} {is ,feels ,getting ,}{tight,tightening}",),
    # rat poison named by its use ("ate rat kill paste")
    "poisoning": ("rat {kill,killer,kill poison} {paste,cake,cakes,powder,poison}",),
    # urine that will not come though the bladder is tried ("keeps going to bathroom but nothing coming")
    "reduced urine": ("{going,goes,went,go} to {the ,}{bathroom,toilet} but nothing {coming,comes,came,is coming,passing}",),
    # Dakhni's "khaa rai" (is eating) denied: "khaana nai khaa rai"
    "loss of appetite": ("{khaana,khana} {nahi,nai} {khaa,kha} {rai,ra,rahi,raha,rahe}",),
    # tension told as a lasting state ("always tensed", "tensed about something or other"); a parent "very tensed"
    # over a child's complaint is the parent's worry, not the child's symptom
    "anxiety": ("{always,constantly,all the time} tensed", "tensed about {everything,something,small things,"
                "every small thing,some thing}"),
}

# round 22 (words22): a Lucknow nurse's WhatsApp Hinglish, its text-speak "nhi" (not) and "rha"/"rhi" (-ing), added
# to each symptom's own wordings
_SMS_NOT = "{nhi,nahi,nai}"
_SMS_ING = "{rha,rhi,rhe,raha,rahi,rahe}"
LUCKNOW_TERMS: dict[str, tuple[str, ...]] = {
    "hearing loss": ("sunai " + _SMS_NOT + " de " + _SMS_ING, "sunai {thoda ,}{dabba,daba,dabbe}",
                     "sunta " + _SMS_NOT + " {class me,school me,}"),
    "headache": ("{sir,sar} phat " + _SMS_ING,),
    "confusion": ("{kisi ko ,}{pehchaan,pehchan} " + _SMS_NOT + " " + _SMS_ING,),
    "shortness of breath": ("saans {theek se ,bilkul ,}" + _SMS_NOT + " {le pa,aa} " + _SMS_ING,),
    "insomnia": ("{neend,nind} {khul jaati,khul jati,khul jaata,toot jaati,tut jaati}",),
    "loss of interest": ("{kisi cheez me ,kisi cheez mein ,}{ruchi,ruchee,interest} " + _SMS_NOT
                         + " {lete,leti,leta}",),
}
for _name, _wordings in LUCKNOW_TERMS.items():
    CHAT_TERMS[_name] = CHAT_TERMS.get(_name, ()) + _wordings
