"""Round 23: frightening words for minor complaints in English (signs.py merges ALARMING_SIGNS through signs_later.py).

A worried teller names the fear first ("spat blood", "white of my eye full of blood", "leg went dead, I thought
paralysis") and then what answers it: the gums after a hard brush, a blood spot on the white of a painless eye that
sees clearly, a leg sat on cross-legged that came back with pins and needles. Most of these wordings set a flag the
rules already read under another name (flag=...): the beet's red urine, an exam tomorrow, a body clock after a long
flight, varicose veins, a hangover, a leg slept on. The pictures that read the new flags are minor_alarming.py's.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_OUT_OF_NOSE = ("{coming,came,comes,flowing,flowed,dripping,dripped,pouring,running} {from,out of,through} {the ,his ,"
                "her ,my ,my son's ,my daughter's ,the child's ,the baby's ,}{nose,nostril,nostrils}")
_WHITE = "white of {my ,his ,her ,the ,}{left ,right ,}eye"

ALARMING_SIGNS: Final[dict[str, Sign]] = {
    # a blood-red patch on the white of the eye (subconjunctival haemorrhage, often after a cough, a sneeze or a
    # strain): red eye, not a bleed to press (minor_alarming.eye_white_bleed)
    "eye_white_blood": Sign(("red eye",), (
        _WHITE + " {is ,was ,}{full ,all ,completely ,}{red,blood red,bloody,full of blood}",
        "{blood red,red,blood} {spot,clot} {in,on} {the ,}" + _WHITE,
        # ("patch" in few phrases: the spelling corrector's "patchs" stays "patches", the more used word)
        "{blood red,red} patch in the white of {my ,}{left ,right ,}eye",
        "subconjunctival {haemorrhage,hemorrhage,bleed,bleeding}",
    ), flag="subconjunctival_bleed"),
    # where the blood came from, found by the teller ("saw it's from the gums"): the gums', not a cough's or a
    # stomach's (rules_complaints.gum_bleeding)
    "blood_from_gums": Sign(("bleeding",), (
        "{its,it's,it is,it was,it came,was,is,coming,came} from {the ,my ,his ,her ,}{gums,gum}",
        "{gums,gum} {bled,bleeds,bleed,bleeding} {after,when,while,on} {brushing,flossing}",
        "{gums,gum} {are,is} {also ,too ,}bleeding",
    ), flag="gum_bleeding"),
    # the brush's own doing: brushing hard or a new stiff brush (NICE CKS gingivitis: a soft brush, gentle technique)
    "hard_brushing": Sign((), (
        "{brushing,brushed,brush,scrubbing} {too ,very ,really ,so ,}hard", "{new,hard,stiff} {tooth ,}brush",
        "{new,hard,stiff} toothbrush",
    )),
    # a red urine told in its colour's words ("red coloured urine"): signs.red_urine's wording, which the beet's
    # colour answers (context.apply_food_colour)
    "red_coloured_urine": Sign(("blood in urine",), (
        "{red,reddish,pink,pinkish} {coloured,colored,colour,color} {urine,pee}",
        "{urine,pee} {was ,is ,looked ,looks ,came ,}{red,pink,reddish} {coloured,colored,in colour,in color}",
    ), flag="red_urine"),
    # an exam close at hand ("exam tomorrow", "board exam next week"): a known trigger of the body's anxiety
    # (complaint_pictures.SITUATIONAL_ANXIETY)
    "exam_ahead": Sign((), (
        "{exam,exams,board exam,board exams,test,interview,viva,paper,entrance exam} {tomorrow,"
        "tmrw,today,next week,this week,coming up,on monday,in two days,in 2 days}",
        "{tomorrow,tmrw} {is ,}{my ,his ,her ,the ,}{exam,exams,board exam,interview,"
        "viva,paper,test}",
    ), flag="anxiety_trigger"),
    # a stress named as what brings a complaint on ("happens when I am stressed"): the situation's
    "stress_brings_on": Sign((), (
        "{happens,comes,come,starts,start,appears,appear} {when,whenever} {i am,i'm,im,he is,she is,i get} "
        "{stressed,tensed,under stress,tense}",
    ), flag="situational_stress"),
    # sleepy after lunch or in the afternoon after nights awake (a body clock's: signs_benign.daytime_sleepiness);
    # only "sleepy", never "drowsy", whose child is seen
    "afternoon_sleepy": Sign(("fatigue",), (
        "sleepy {in,during,by} {the ,}{afternoon,afternoons}", "sleepy after lunch",
    ), flag="daytime_sleepiness"),
    # the heart's extra or dropped beat told in the body's words ("heart gives a thump or skip"): palpitations
    "skipped_beats": Sign(("palpitations",), (
        "heart {gives,give,giving,gave} {a ,an ,}{thump,skip,jump,flip,flutter,jolt,extra beat}",
        "heart {skips,skipped,skipping,misses,missed,missing,drops,dropped} {a ,}{beat,beats}",
        "{skipped,skipping,missed,missing,dropped,extra} {heart ,}{beat,beats,heartbeat,heartbeats}",
    )),
    # veins bulging on the back of the legs, or like worms or ropes: varicose veins (rules_complaints.varicose_veins)
    "veins_like_worms": Sign((), (
        "veins {on,in,at} {the ,}back of {the ,my ,his ,her ,both ,}{legs,leg,calves,calf,knees,knee,thighs} "
        "{are ,}{bulging,swollen,twisted,knotted,popping out,prominent}",
        "veins {are ,}{bulging,swollen,twisted,knotted,popping out,standing out} like {worms,ropes,snakes,a rope,"
        "cords}",
    ), flag="varicose_veins"),
    # too much to drink the night before ("too much drinks at the party", "drank too much last night"): a hangover
    "drank_too_much": Sign((), (
        "{too much,too many,lot of,a lot of,lots of} {drinks,drink,alcohol,beer,beers,whisky,liquor} {at,in,last,"
        "yesterday,after}",
        "{drank,drunk,had} {too much,a lot,lot,heavily,too many drinks,too many beers} {last night,yesterday,"
        "at the party,at a party,at office party,at the office party}",
    ), flag="hangover"),
    # a leg sat on that came back with pins and needles within minutes (with signs_benign.numbness_explained:
    # conditions.numbness_own_cause): a pressed nerve's deadness, not a stroke's
    "came_back_tingling": Sign(("numbness",), (
        "{came,comes,coming} back {after,in,within} {a ,}{few ,2 ,two ,1 ,one ,3 ,three ,}{minute,minutes} "
        "with {pins and needles,tingling}",
        "{came,comes,coming} back with {pins and needles,tingling}",
    ), flag="limb_reviving"),
    # water in the ear after a swim or a bath, blocked and muffled (NICE CKS otitis externa: tilt and drain; pain or
    # a discharge is an infection's, seen)
    "water_in_ear": Sign((), (
        "water {went,go,gone,got,entered,has gone,is} {in,into,inside} {the ,my ,his ,her ,}{left ,right ,}{ear,ears}",
        "water {in,inside,stuck in} {the ,my ,his ,her ,}{left ,right ,}{ear,ears}",
    )),
    # sick on the road ("I always vomit on ghat roads", "vomits in the bus"): motion sickness
    "sick_on_the_road": Sign((), (
        "{vomit,vomits,vomiting,nausea,feel sick,get sick,throw up} {on,in,during} {the ,}{ghat roads,ghat road,"
        "ghats,hill roads,hilly roads,winding roads,bus journeys,bus travel,long drives,car journeys,car rides,"
        "bus rides,journeys}",
    ), flag="motion_sickness"),
    # an ulcer inside the lip or the cheek (an aphthous ulcer): signs_benign.minor_ailment's mouth ulcer
    "lip_ulcer": Sign((), (
        "{white ,small ,painful ,}ulcer{,s} {inside,in,on} {the ,my ,his ,her ,}{lower ,upper ,}{lip,lips,cheek,"
        "cheeks,tongue,mouth}",
        "{lip,tongue,cheek} ulcer{,s}",
    ), flag="minor_ailment"),
    # a child who has always wet the bed at night, dry by day (primary nocturnal enuresis, NICE CG111: from 5 years,
    # a clinic's in turn); wetting again after being dry is signs_care.bedwetting_again's, a diabetes's until shown
    # otherwise
    "bedwetting_still": Sign((), (
        "still {wetting,wets} {the ,his ,her ,}bed", "{wetting,wets} {the ,his ,her ,}bed at night",
        "{bedwetting,bed wetting,bed-wetting} {at night,every night,still,since childhood}",
    ), flag="nocturnal_enuresis"),
    # an itch told all over the body: a spreading allergy's, never a sting's local reaction (minor.local_sting)
    # (the itch's words only: a rash or hives all over keep the rash rules' wordings)
    "spread_all_over": Sign((), (
        "{itching,itchy,itch} all over {the ,my ,his ,her ,}{body,skin}", "{itching,itchy,itch} everywhere",
        "{whole,entire} body {is ,}{itching,itchy}",
    )),
    # blood told coming from the nose ("blood coming from nose", "blood dripping out of his nose"): a nosebleed
    # (minor.stopped_nosebleed when pressure stopped it); told as much blood, a heavy one (severe_bleeding unless
    # pressure stopped it within minutes)
    "blood_from_nose": Sign(("bleeding",), (
        "blood " + _OUT_OF_NOSE,
    ), flag="nosebleed"),
    "much_blood_from_nose": Sign(("bleeding",), (
        "{so much,lot of,a lot of,lots of,too much,heavy,so much of} blood " + _OUT_OF_NOSE,
    ), severity="severe", flag="nosebleed"),
}
