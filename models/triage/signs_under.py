"""Round 23's wordings of urgent and routine pictures the clinicians' vignettes told in words no table had: a limb
gone numb and weak, a rusty nail stepped on, a fever on alternate days, a wheeze the reliever holds off only for a
while, a room that spins, a frothy urine; and the routine visits a self-care answer missed: a household's TB, throat
infections again and again, a ringworm spread by a steroid mix cream, a kidney stone found on a scan, an acid reflux,
a complaint of every year (rules_under.py reads them). signs_later.py merges them."""

from __future__ import annotations

from typing import Final

from .lexicon import SIDE, Sign

_RELIEVER = "{inhaler,pump,asthalin,salbutamol,nebuliser,nebulizer,neb,nebulisation,nebulization,puffer,rotacap}"
_URINE = "{urine,pee,peshab,pesab,pishab,pisab}"
_RELATIVE = ("{uncle,aunt,aunty,father,mother,grandfather,grandmother,grandpa,grandma,brother,sister,papa,mummy,"
             "dada,dadi,nana,nani,chacha,chachi,mama,mami,tau,tauji,bua,bhai,didi,husband,wife,neighbour,"
             "father-in-law,mother-in-law,someone at home,somebody at home}")
_TB = "{tb,tuberculosis,tibi,t.b.}"

UNDER_SIGNS: Final[dict[str, Sign]] = {
    # one hand, arm or leg gone numb AND weak ("left hand went numb and weak for ten minutes"): a stroke's weakness
    # (BE-FAST), told gone a TIA's (mimics.transient_deficit, NICE NG128)
    "limb_numb_and_weak": Sign(("weakness", "numbness"), (
        SIDE + " {hand,arm,leg,side} {went,became,become,got,gone,has gone,had gone,turned,was,felt,is,feels} "
        "{numb and weak,weak and numb,numb and heavy,heavy and numb,tingly and weak,numb and useless}",
        "{numbness and weakness,weakness and numbness} {of,in,on} {the ,my ,his ,her ,}" + SIDE + " {hand,arm,leg,side}",
    ), flag="focal_weakness"),
    # a nail or a thorn stepped on without an article ("stepped on rusty nail"), the hole it left in the sole:
    # a puncture wound, whose tetanus cover is asked the same day (rules_hinglish.tetanus_prophylaxis)
    "nail_stepped_on": Sign(("wound",), (
        "stepped on {an ,}{old ,}{rusty,rusted,iron} {nail,nails,wire,iron piece}",
        "stepped on {nail,a nail,nails}", "{rusty,rusted} nail {went in,went into,pierced,poked,pricked,entered}",
        "{hole,puncture,puncture wound} {in,on} {the ,my ,his ,her ,}{sole,foot,heel,palm,sole of the foot}",
    ), flag="puncture_wound"),
    # the last tetanus shot not remembered ("don't know when I had my last tetanus shot"): no cover known
    "tetanus_not_remembered": Sign((), (
        "{don't,do not,dont,cannot,can't,cant} {know,remember,recall} when {i,he,she,we} {had,got,took,was given} "
        "{my ,his ,her ,the ,a ,}{last ,}{tetanus,tt,anti-tetanus} {shot,injection,jab,vaccine,booster}",
    ), flag="no_tetanus_shot"),
    # a fever that comes every other day ("comes alternate days", "alternate day fever", "ek din chhod ke bukhar"):
    # tertian malaria's rhythm (WHO Guidelines for malaria: test today)
    "fever_alternate_days": Sign((), (
        "{comes,come,coming,came,returns,recurs,occurs,repeats} {on ,every ,}alternate day{,s}",
        "alternate day{,s} {fever,bukhar,fevers}", "{fever,bukhar} {on ,every ,comes ,}alternate day{,s}",
        "{ek din chhod ke,ek din chhod kar,ek din chhodke,ek din chhodkar,ek din beech me,ek din bich me} "
        "{bukhar,fever,aata,aati,aa raha,aa rahi}",
        "{sweating,sweats,sweat} after {the ,}fever {goes down,comes down,breaks,subsides,settles}",
    ), flag="malaria_pattern"),
    # a reliever that helps only for a while, the wheeze back within hours, or needed again and again: an asthma
    # attack not controlled (GINA, BTS/SIGN 158: a reliever needed more often than every 4 hours is seen today)
    "reliever_wearing_off": Sign((), (
        "{helps,helped,relieves,relieved,works,worked,better} for {some time,sometime,a while,a short while,a short "
        "time,short time,few minutes,a few minutes,an hour,half an hour,one hour,1 hour,2 hours,two hours} "
        "{then ,and then ,but then ,but ,and ,}{comes back,came back,starts again,returns,it comes back,it returns,"
        "again starts,again comes}",
        "{needing,needed,need,needs,using,used,taking,took,taken} {the ,my ,his ,her ,}" + _RELIEVER + " {again and "
        "again,every hour,every 2 hours,every two hours,every half hour,repeatedly,many times,several times,"
        "frequently,more often,more and more}",
        "{used,took,taken,given,needed,using,taking} {the ,my ,his ,her ,}" + _RELIEVER + " {2,3,4,5,6,two,three,"
        "four,five,six} times {since,in,from,through,during,overnight,already,today,tonight,}",
        "{pump,inhaler,asthalin} {baar baar,bar bar,kai baar} {lena,lene,le rahe,le rahi,le raha,liya,lagana} "
        "{pad raha,pad rahi,padta,padti,pada,padi,}",
    )),
    # the room or the head told spinning (vertigo, not a light head): with vomiting an acute vestibular syndrome
    # (rules_under.acute_vertigo_vomiting)
    "room_spinning": Sign(("dizziness",), (
        "{room,everything,things,world,ceiling,house,surroundings} {is ,was ,keeps ,started ,}{spinning,spins,"
        "spun,going round,going around,moving round,rotating,turning,whirling}",
        "{spinning,rotating,whirling} {sensation,feeling,giddiness,dizziness}", "vertigo",
        "{sab,sab kuch,kamra,chhat,duniya} {ghoom,ghum,gol ghoom} {raha,rahi,rahe,rha,rhi,jaata,jata,jaati,jati}",
        "{sar,sir} {ghoom,ghum,chakra} {raha,rahi,rha,rhi,jaata,jata}",
    )),
    # walking only by holding on ("can walk holding wall", "cannot walk without support"): the gait a vertigo
    # leaves, or a cerebellum's
    "walks_holding_on": Sign((), (
        "{can ,could ,}{walk,walking,walks} {only ,}{by ,}{holding,holding on to,holding onto,with support of,"
        "supported by,leaning on} {the ,a ,}{wall,walls,furniture,someone,somebody,support,table,bed}",
        "{cannot,can't,cant,unable to,not able to} walk without {support,holding,help}",
    )),
    # frothy or foamy urine: protein in it (with swelling, a nephrotic syndrome: IPNA 2023, IAP)
    "frothy_urine": Sign((), (
        _URINE + " {is ,looks ,has become ,became ,}{frothy,foamy,bubbly,full of froth,full of foam}",
        "{frothy,foamy,bubbly} " + _URINE, "froth in {the ,}" + _URINE,
        _URINE + " {me,mein} {jhaag,jhag,jhaggh,jhaagh,jhaag hi jhaag,jhag hi jhag,jhaag aata,jhaag aa raha}",
        "{jhaag,jhag,jhaagdar,jhagdar} {wala ,wali ,vala ,vali ,}" + _URINE,
    )),
    # someone the patient lives with on TB treatment or with TB ("her uncle living with us started TB treatment",
    # "ghar me dadi ko TB hai"): a household contact, screened and, under 5, given preventive treatment (NTEP 2021,
    # WHO 2022 TB preventive treatment)
    "tb_household_contact": Sign((), (
        _RELATIVE + " {living with us ,staying with us ,who lives with us ,in the house ,at home ,}{has ,had ,}"
        "{started,is on,on,has,got,diagnosed with,diagnosed,taking,is taking,tested positive for,positive for} "
        "{the ,}" + _TB + " {treatment,medicine,medicines,tablets,drugs,dots,course,}",
        _TB + " {patient,case,positive person} {at home,in the house,in house,in the family,in family,living with us}",
        "{ghar,ghar me,ghar mein} {kisi ko ,}" + _TB + " {hai,hua,ho gaya,ka mareez,ka marij,ki dawai chal rahi}",
        _RELATIVE + " {ko,ka} " + _TB + " {hai,hua,ho gaya,ka ilaaj,ki dawai,ki dawa}",
        "{contact,exposure,exposed} {of ,to ,with ,}{a ,an ,}" + _TB + " {patient,case,person}",
    )),
    # a sore throat or tonsillitis again and again ("throat infections 6 times this year"): SIGN 117's Paradise
    # criteria (7 a year, 5 a year for two years) are an ENT's to weigh, not home care's
    "recurrent_throat_infections": Sign((), (
        "{throat infection,throat infections,tonsillitis,tonsil infection,tonsil infections,sore throat,sore throats} "
        "{5,6,7,8,9,10,five,six,seven,eight,nine,ten,many,several} times {this year,a year,in a year,every year,"
        "in the last year,last year,this winter,}",
        "{recurrent,repeated,frequent} {throat infections,tonsillitis,tonsil infections,sore throats}",
        "{gala,tonsil,tonsils} {baar baar,bar bar,har mahine} {kharab,kharab hota,kharab ho jaata,sujta,"
        "sooj jaata}",
    )),
    # a ringworm smeared with a steroid mix cream ("4 dawa wali cream", Quadriderm, Panderm): steroid-modified
    # tinea, which spreads and needs a doctor's antifungal course (IADVL task force 2018)
    "steroid_mix_cream": Sign((), (
        "{4,char,chaar,four,3,teen} {dawa,dawai,dawaai,medicine,in one,in 1} {wali,vali,wala,ki,ka} {cream,malham}",
        "{quadriderm,panderm,fourderm,betnovate,clobetasol,tenovate,candid-b,dermikem,skinlite,lobate} {cream,gm,}",
        "{steroid,steroid mix,mixed steroid,combination} {cream,ointment}",
    )),
    # a kidney stone found on a scan ("scan showed 6 mm stone in left kidney"): a urologist's in turn (EAU)
    "known_kidney_stone": Sign((), (
        "{stone,stones,calculus,calculi,pathri} in {the ,my ,his ,her ,}{left ,right ,both ,}{kidney,kidneys}",
        "{kidney,renal} {stone,stones,calculus,calculi}", "{gurde,gurda,kidney} {me,mein} {pathri,stone}",
    )),
    # acid come up: sour water to the mouth, a sour belch, a burning that rises after food or on lying down
    # (NICE CG184 reflux), read with its months by rules_under.long_acid_reflux
    "acid_reflux": Sign((), (
        "{sour,acid,bitter,khatta} {water,liquid,fluid} {coming ,comes ,came ,}{up ,}{to,into,in} {the ,my ,his ,"
        "her ,}{mouth,throat}",
    )),
    # the upper belly burning after food or on lying down: the reflux's own pain, an indigestion's (the dyspepsia
    # of signs_benign.py, as its "gas pain" is), not a sore throat's though it climbs to the throat
    "upper_burning_after_food": Sign(("abdominal pain",), (
        "burning in {the ,my ,his ,her ,}{upper stomach,upper abdomen,upper belly,upper tummy,pit of the stomach,"
        "stomach} {and throat ,and chest ,and the throat ,}{after meals,after food,after eating,when lying down,"
        "on lying down}",
    ), flag="dyspepsia"),
    # eyes that itch with "aankho" and "aankhe" ("aankho me khujli"): the itchy eyes of signs_homecare.py
    "itchy_eyes_aankho": Sign(("itching",), (
        "{aankho,ankho,aankhe,ankhe,aakho,aakhon} {me,mein,mai,mei,main} {bahut ,thodi ,halki ,}{khujli,khujlee,"
        "kharish,khujali}",
    ), flag="itchy_eyes"),
    # a complaint told to come back every year, its season told apart ("garmiyon me aankhon me khujli ... har saal"):
    # the yearly recurrence the child's itchy eyes rule reads (rules_complaints.seasonal_itchy_eyes_child)
    "every_year_again": Sign((), (
        "{har saal,har sal,harsaal,every year,each year,year after year,saal dar saal} {hota hai,hoti hai,hote hai,"
        "hota,hoti,aata hai,aati hai,same,}",
    ), flag="seasonal_recurrence"),
    # round 23: the baby in the womb told moving well ("bachha khoob hil raha hai", "baby is kicking well"):
    # read by lookalikes.pregnancy_backache (a backache in a pregnancy told well); not a reassurance of the whole
    # complaint (a leak of waters or swollen feet told with it stay the model's to raise)
    "baby_moving_well": Sign((), (
        "{bachha,bachcha,baccha,bacha,baby} {khoob,khub,achhe se,ache se,acche se,theek se,thik se,barabar,normal} "
        "{hil,hilta,hilti,hil raha,hil rahi,hil rha} {raha hai,rahi hai,hai,h,}",
        "baby {is ,}{moving,kicking} {well,normally,normal,fine,a lot,plenty}",
    ), flag="baby_moving_well"),
}
