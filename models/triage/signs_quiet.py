"""Wordings of a picture to be seen the same day that were told too quietly to be read (round 22): an ear gone deaf
on waking ("woke up with right ear almost no hearing"), a heart that raced in the Awadhi past ("dil bahut tez
dhadka"), an old person's tender scalp and aching jaw on chewing (giant cell arteritis), a white spot on the black of
the eye (a corneal ulcer), light that stings the eye, a curtain coming down over the sight ("upar se parda jaisa aa
rha"), pads soaked through in a day, a fall down the stairs in Maithili ("seedhi sa khasi parlau") and a leg that
will not take one step, eyes and body gone yellow ("aankh aa deh pila bha gel"), a swelling behind the ear in Bengali
("kaaner pichhe phule gelo"), a deep and gaping cut, a mother's "jee ke ka karab" (what is there to live for), both
feet swollen in a young child (oedema of malnutrition), and a bite by something unknown while asleep on the floor at
night (a krait's).

Merged into signs.SIGNS; the rules that read the new flags are rules_quiet.py's.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_SWELL: Final = ("{sooj,suj,sooja,suja,sujan,soojan,phool,fool,phul,ful,phula,fula,phulal,fulal,sujal,soojal,phule} "
                 "{gaye,gayi,gaya,gail,gel,gelai,gelo,gela,gelak,hai,ba,chhai,}")
_FEET: Final = "{pair,paer,paon,paanv,pao,gor,goda,godwa,pairwa,taang}"
_FACE: Final = "{munh,muh,mooh,moonh,chehra,chera,mukh}"

QUIET_SIGNS: Final[dict[str, Sign]] = {
    # an ear found deaf on waking ("woke up yesterday with right ear almost no hearing"): a sudden deafness
    # (rules_hinglish.sudden_hearing_loss: steroids within days)
    "q_woke_ear_deaf": Sign(("hearing loss",), (
        "woke up {yesterday ,today ,this morning ,in the morning ,}with {the ,my ,his ,her ,}{right ,left ,one ,}ear "
        "{almost ,nearly ,completely ,totally ,}{no hearing,not hearing,deaf,gone deaf}",
    ), flag="sudden_deafness"),
    # one ear with no hearing, no onset told ("right ear almost no hearing since morning"): a hearing loss
    "q_ear_no_hearing": Sign(("hearing loss",), (
        "{right,left,one} ear {is ,}{almost ,nearly ,completely ,totally ,}{no hearing,not hearing,deaf,gone deaf}",
        "{almost ,nearly ,}no hearing {in,from,on} {the ,my ,his ,her ,}{right,left,one} ear",
    )),
    # the heart that raced, in the Awadhi and Bhojpuri past ("dil bahut tez dhadka", "dil tez dhadkal"): palpitations
    "q_heart_raced": Sign(("palpitations",), (
        "dil {bahut ,itna ,ekdam ,}{tez,tez tez,jaldi jaldi} {dhadka,dhadki,dhadkan}",
    )),
    # a scalp sore to the touch or the comb, and a jaw that aches on chewing: the two signs of giant cell arteritis
    # an old person's new headache is read with (rules_quiet.temporal_arteritis)
    "scalp_tender": Sign((), (
        "scalp {is ,feels ,}{tender,sore,painful} {when combing,while combing,on combing,to touch,}",
        "{tender,sore} scalp", "{hurts,pain,painful} {to,when,while} {comb,combing} {hair,my hair,her hair,his hair,}",
        "{kanghi,kangha} {karne ,karte ,}{pe,par,me,mein,waqt} {sir,sar} {dukhta,dukhti,dukhe,me dard,mein dard}",
        "{sir,sar} ki {khaal,chamdi} {chhune,chhoone} {pe,par,se} {dard,dukhti,dukhta}",
    )),
    "jaw_claudication": Sign((), (
        "jaw {aches,pains,hurts,pain,ache,aching,tires} {when,while,on,after} {chewing,eating}",
        "{chewing,eating} {hurts,pains,tires} {the ,my ,his ,her ,}jaw",
        "{chabane,chabate,chabaate,khana chabane} {pe,par,me,mein,waqt} {jabda,jabde,jabdon,jaw} {dukhta,dukhte,dukhe,"
        "me dard,mein dard,dard karta}",
        "{jabda,jabde,jaw} {dukhta,dukhte,dard karta} {chabane,khana chabane,chabate} {pe,par,me,mein,waqt}",
    )),
    # a white spot on the black of the eye ("kaali putli pe safed daag ba"): a corneal ulcer or keratitis
    # (rules_quiet.corneal_ulcer_signs); light that stings the eye ("roshni me chubhta"): photophobia
    "corneal_spot": Sign((), (
        "{kaali,kali,kala,kaala} putli {pe,par,me,mein,pa} {safed,safaid,sufaid,ujla,ujjar,dhoodhiya} {daag,dhabba,"
        "nishan,phuli,phoola,dana,chitti}",
        "white {spot,dot,mark} on {the ,his ,her ,my ,}{black part of the eye,cornea,black of the eye,pupil,iris}",
    )),
    "photophobia": Sign((), (
        "{roshni,light,ujala,ujaala,dhoop} {me,mein,se,pe} {chubhta,chubhti,"
        "chaundh,chundhiya} {hai,ba,}", "{light,sunlight} hurts {the ,my ,his ,her ,}{eye,eyes}",
    )),
    # a curtain or a veil coming down over the sight in Hinglish ("upar se parda jaisa aa rha"): a sight lost (a
    # detached retina: rules_complaints.vision_loss)
    "q_curtain_vision": Sign(("blurred vision",), (
        "{upar,oopar,neeche,niche,ek taraf,side} se {kala ,kaala ,}{parda,pardaa,chadar,jaali} {jaisa ,jaisi ,sa ,}"
        "{aa raha,aa rha,aa rahi,aa rhi,aata,aati,aa gaya,aa gya,gir raha,utar raha,chha gaya,aa jata,aa jaata}",
        "{aankh,ankh} ke {aage,saamne,samne} {kala ,kaala ,}{parda,pardaa} {aa gaya,aa gya,aa raha,aa rha,sa,jaisa}",
    ), flag="vision_loss"),
    # pads soaked six or seven a day ("din mein chhe-saat pad bhar jaate"): heavy bleeding (rules_complaints.heavy_vaginal_bleeding)
    "q_pads_soaked": Sign(("vaginal bleeding",), (
        "{5,6,7,8,9,10,paanch,chhe,chhah,saat,aath,nau,das,5-6,6-7,7-8,8-10,chhe-saat,saat-aath,paanch-chhe} "
        "{pad,pads,kapda,kapde} {bhar,bheeg,bhig,bhij,geele,gile,khoon se bhar} {jaate,jaata,jaati,jate,jati,gaye,"
        "jaat,jaala,jata hai,jaate hain,jaati hai}",
        "{soaking,soak,soaked,changing,change} {5,6,7,8,9,10,five,six,seven,eight,ten} {or more ,}{pads,sanitary pads} "
        "{a,per,every} day",
    ), severity="severe"),
    # a fall down the stairs in Maithili ("seedhi sa khasi parlau": "khasi" is the fall, not a cough) and a leg that
    # takes not one step ("ek dag bhi nai chalal hoi"): unable to bear weight (rules_complaints.suspected_fracture)
    "q_mai_fell": Sign(("fall",), (
        "{seedhi,sidhi,chhat,gachh,ped,palang} {sa,se,par sa,pe se} {khasi,khas,khasal} {parlau,"
        "padlai,padli}",
    )),
    "q_no_step": Sign(("reduced movement",), (
        "ek {dag,dagg,daga,kadam,pag,pagu,dhag} {bhi ,bhee ,}{nai,nahi,nahin,na,ni} {chal,chala,"
        "chali,chal pavait,chal sakai,chal pa raha,chal pa rahi,chal sakta,chal sakti,chal paya,chal payi}",
        "{can't,cant,cannot,could not,unable to} {take,walk} {a single,one,even one} step",
    )),
    # eyes and body gone yellow, in Maithili and Bhojpuri ("aankh aa deh pila bha gel"), urine like mustard oil
    # ("pesab sarsoo ke tel jaka"): jaundice, its dark urine (rules_complaints.jaundice)
    "q_mai_yellow": Sign(("jaundice",), (
        "{aankh,ankh,aankhi,aankhiya} {aa,aur,o,ar,va} {deh,dehi,badan,sharir,sarir,chamdi,chamra} {pila,peela,"
        "piyar,piyaar,piyr,peeyar} {bha gel,bhay gel,bhel,ho gel,ho gaya,ho gail,bhelai,gel,bhelaik}",
        "{pesab,peshab,pisab,mutt,moot} {sarso,sarson} {ke,ka,ki} tel {jaka,jaisan,jaisa,jakan,jekaan}",
    )),
    # a swelling behind the ear in Bengali and Surjapuri ("kaaner pichhe phule gelo"), pus from the ear ("kaan theke
    # pooj"): with a fever or the discharge, mastoiditis (rules_quiet.mastoid_swelling)
    "swelling_behind_ear": Sign((), (
        "{kaaner,kaner,kanor,kaan ke,kan ke,kaan ka,kaanak} {pichhe,peechhe,peeche,"
        "piche} {phule,fule,phool,sooj,suj,phola,fola} {gelo,geche,gechhe,gaya,gayi,gel,gail,ache,achhe,hai,}",
        # (no bare "swelling behind the ear": "no swelling behind ear" is how a writer rules mastoiditis out)
        "{swollen,red,tender} {area ,}behind {the ,his ,her ,my ,}ear",
        "behind {the ,his ,her ,my ,}ear {is ,has ,}{swollen,gone red,red and swollen,swelled up}",
    )),
    "q_bn_ear_pus": Sign(("ear discharge",), (
        "{kaan,kan} {theke,se} {pooj,puj,pus,peep,puuj,pooz} {aashe,ase,aase,ashe,porche,beroy,berochhe,"
        "aa raha,aa rahi,nikalta,nikal raha}",
    )),
    # a cut told deep and gaping, or its edges apart ("glass cut on palm, deep and gaping"): closure today
    # (rules_complaints.deep_wound; lexicon.DEEP_WORDS has no bare "deep", which a breath may be)
    "q_gaping_cut": Sign(("cut",), (
        "{deep and gaping,gaping and deep,deep n gaping,deep & gaping}",
        "{cut,wound} {is ,}{gaping,wide open,gaping open}", "edges {are ,}{apart,wide apart,open,gaping}",
    ), flag="deep_wound"),
    # "jee ke ka karab" (what is there to live for), Awadhi: a hopelessness (rules.hopelessness: assess today)
    "q_aw_what_to_live_for": Sign(("low mood",), (
        "{jee ke,ji ke,jiye ke,jee kar,ji kar} {ka,kya} {karab,karenge,"
        "fayda,faida}",
    ), flag="hopelessness"),
    # both feet swollen, or the feet and the face, in a young child ("bitiya ke dono pair phool gail, chehra bhi
    # suja"): the oedema of severe acute malnutrition (rules_quiet.child_feet_oedema)
    "both_feet_swollen": Sign(("swelling",), (
        "dono " + _FEET + " " + _SWELL, _FEET + " {aur,aa,o,ar,va} " + _FACE + " {dono ,bhi ,}" + _SWELL,
        _FACE + " {aur,aa,o,ar,va} " + _FEET + " {dono ,bhi ,}" + _SWELL,
        "{both,his,her,the} feet {are ,look ,}{swollen,puffy,puffed up}", "swelling {of,on,in} both feet",
        "{feet,legs} and face {are ,look ,}{swollen,puffy}", "{face,eyes} and feet {are ,look ,}{swollen,puffy}",
        "{swollen,puffy} {feet,legs} and face", "{swollen,puffy} face and feet",
    )),
    # a child who drinks greedily when water is offered, in Bengali and Surjapuri ("paani dile hap-hap kore khay"):
    # IMCI's "drinks eagerly, thirsty", a sign of some dehydration with the loose stools (rules_complaints)
    "q_bn_drinks_eagerly": Sign(("excessive thirst",), (
        "{paani,pani,jol,jal} {dile,dele,dile i,dile e} {hap-hap,hap hap,gap-gap,gap gap,gop-gop,gop gop,chuk-chuk,"
        "chuk chuk,dhok-dhok,dhok dhok} {kore,kori,kor,kar ke} {khay,khaye,khachhe,khacche,khaychhe,pie,piye}",
        "{drinks,drinking,drank} {very ,}{eagerly,thirstily,greedily}",
    )),
    # period pain that makes a girl miss school, in Awadhi ("school chhoot jaat"): rules_mimic.period_pain's review
    "q_aw_school_missed": Sign((), (
        "{school,skool} {chhoot,chhut,chhoota,chhuta,chhooti,chhuti} {jaat,jaata,jaati,jata,jati,jaye,jaaye,"
        "gaya,gayi,gawa,jaala,jala}",
    ), flag="misses_school"),
    # the whole household itching, in Maithili and Bhojpuri ("ghar ke sab logan ke raat me khujli"): scabies
    # (rules_complaints.household_itch)
    "q_household_itch": Sign(("itching",), (
        "{ghar ke,ghar me,ghar mein,gharak} {sab logan,sab log,sab,sabhi,sab lok,sab loka} {ke ,ko ,ka ,}"
        "{raat me ,raat mein ,raati ,}{khujli,kharish}",
    ), flag="household_itch"),
    # small joints stiff in the morning for an hour, for months ("painful and stiff in morning for 1 hr"):
    # rules_mimic.stiff_joints (an inflammatory arthritis seen in turn)
    "q_stiff_mornings": Sign((), (
        "stiff in {the ,}{morning,mornings}", "stiff {every,each} morning",
        "{stiff,stiffness} {for,lasting} {an hour,1 hr,1 hour,one hour,half an hour,30 min,30 minutes} {in the morning,"
        "every morning,after waking}",
    ), flag="morning_stiffness"),
    # a fish bone caught in the throat, in Bhojpuri and Maithili ("kaanta gala me atak gail"): a foreign body, ENT
    # today (rules_complaints.foreign_body; signs_injury's is the Hindi "machli ka kaanta gale me phans")
    "q_bh_fishbone": Sign((), (
        "{kaanta,kanta,kaanto} {gala,gale,galwa,gar,ghenti} {me,mein,mai,ma} {atak,atki,atkal,phans,phas,fas,"
        "fans,phansal,fansal} {gail,gel,gaya,gayil,gelai,gelo,gayi,gela,gelak,}",
    ), flag="foreign_body"),
    # asleep on the floor or in the night, and a bite by something not seen ("raat me bhuiyan par sutal rahe, kuchh
    # kaat lelak, pata nai ka"): a krait's painless bite until shown otherwise (rules_quiet.unknown_bite_asleep)
    "asleep_on_floor": Sign((), (
        "{zameen,jameen,jamin,bhuiyan,bhuiya,bhuin,bhui,farsh,floor,matti,chatai,ground,niche,neeche} "
        "{pe,par,pa,me,mein,on} {soye,soya,soyi,soi,sote,sutal,sutail,sut,sovat,sleeping,slept,"
        "so rahe,so raha,so rahi,so gaye,so gayi,sute}",
        "{sleeping,slept,sleeps,asleep} on {the ,a ,}{floor,ground,mat}",
        "raat {ko,me,mein,ke} {sote,sutal,sovat,sute} {hue,huye,samay,waqt,me,bakhat}",
        "while {sleeping,asleep} {at night,in the night,last night}",
    )),
    "unknown_bite": Sign((), (
        "{kuch,kuchh,kichhu,kichu,kisi cheez,koi cheez,kisi keede,koi keeda,kauno cheez} {ne ,}{kaat,kaata,kata,"
        "kaati,kaat liya,kaat lelak,kaatlak,katlak,kaat gaya,kaat gayi,kaat lihlas,kaat diya,kaat lelkai,kaatis}",
        "pata {nahi,nai,na,nahin,ni} {kya,ka,kaun,kon,kauno,kiya} {kaata,kaat gaya,kaat liya,kaatlak,kaat lelak,"
        "kaatis,cheez kaat,keeda kaat,kaatal}",
        "{bitten,bit} by something", "something {bit,has bitten}", "{bitten,bit} by {an unknown,some} {animal,insect,"
        "creature,thing}",
    )),
}
