"""Wordings that say a symptom is absent ("breathing fine", "feeding well", "lips not blue", "heartbeat normal"): each
denies its symptom (negated=True) or tells a finding normal. signs.py merges ABSENT_SIGNS into SIGNS right after
signs_benign's reassuring context."""

from __future__ import annotations

from .lexicon import Sign

ABSENT_SIGNS: dict[str, Sign] = {
    # the lips and face told not swollen after a sting or a food ("hont chehra nahi suje", "no swelling of lips")
    "face_not_swollen": Sign(("swelling",), (
        "{honth,hont,hoth,chehra,chehre,muh,munh,jeebh,jibh,aankh,aankhen,palak} {aur ,}{honth ,hont ,hoth ,chehra ,"
        "chehre ,muh ,munh ,jeebh ,jibh ,aankhen ,}{nahi,nhi,nai} {suje,sooje,suja,sooja,suji,sooji,phoole,phule,"
        "suj,sooj}",
        "no swelling {of,on,in} {the ,his ,her ,my ,}{lips,lip,face,tongue,eyes,eyelids,mouth}",
        "{lips,face,tongue,eyes} {and lips ,and face ,and tongue ,}{not,are not,is not,aren't,isn't,not at all} "
        "swollen",
    ), negated=True),
    # a child who cried at once after a knock did not lose consciousness (NICE head injury)
    "cried_at_once": Sign(("loss of consciousness",), (
        "cried {immediately,at once,straight away,right away,instantly}", "{immediately,instantly} cried",
        "{turant,turat,fauran,foran,tabhi,usi waqt,usi time,usi samay} {roya,royi,roye,ro diya,ro di,ro pada,ro padi,"
        "rone laga,rone lagi,ro gaya,ro gayi}",
        "{roya,royi,ro pada,ro padi,ro diya} {turant,fauran,foran,tabhi}",
    ), negated=True),
    "calf_swelling": Sign(("leg pain", "swelling"), (
        "{calf,calves} {is ,are ,}{swelling,swollen}", "swollen {calf,calves}",
        "swelling {of,in} {the ,my ,his ,her ,}{calf,calves}",
    )),
    "swallow_and_breathe": Sign(("difficulty swallowing", "shortness of breath"), (
        "{difficulty,trouble,problem,difficult} {in ,}{swallowing and breathing,breathing and swallowing}",
    )),
    # (and stopped by a cloth or pressing: "khoon kapda se ruk gaya", "daba ke band ho gaya")
    "bleeding_stopped": Sign(("bleeding",), ("khoon {kapda se ,kapde se ,kapda daba ke ,kapda dabake ,patti se ,daba ke ,"
                                             "dabake ,dabane se ,dabane par ,}{ruk gaya,ruk gayi,band ho gaya,thama}",
                                             "bleeding {has ,}stopped",
                                            "{stopped,stops} bleeding",
                                            "bleeding {is ,was ,}{controlled,under control,stopped with pressure}"),
                             negated=True),
    # round 21: no blood has fallen ("khoon nahi gira", a pregnant woman's denial): no bleeding, and no fall of the
    # patient's (renames.py reads it as vaginal in a pregnancy)
    "bleeding_not_fallen": Sign(("bleeding",), (
        "{khoon,khun} {bhi ,}{nahi,nhi,nahin,nai} {gira,giri,gire,gir raha,gir rahi,girta,girti,gir}",
    ), negated=True),
    # round 21: a back's pain that does not go into the leg ("kamar me dard, pair me dard nahi jaata"): no sciatica;
    # "pair ka dard nahi jaata" (the leg's pain will not go away) is a pain that stays
    "leg_pain_not_spreading": Sign(("leg pain",), (
        "{pair,pairon,taang,tang,jaangh} {me,mein,tak} {dard ,}{nahi,nhi,nahin,nai} {jaata,jata,jaati,jati,failta,"
        "phailta,utarta}",
    ), negated=True),
    # a fit of sneezing or coughing is the sneeze or the cough, not a convulsion
    "sneezing_fits": Sign(("sneezing",), ("{sneezing,sneeze,chheenk,chheenkon} {fit,fits,attack,attacks,bout,bouts,ke daure}",
                                          "{fit,fits,bout,bouts} of sneezing")),
    "coughing_fits": Sign(("cough",), ("{coughing,cough} {fit,fits,bout,bouts}", "{fit,fits,bout,bouts} of coughing",
                                       # round 20: Hindi's fit of coughing ("khansi ka dora pada")
                                       "{khansi,khaansi,khasi,khaasi} {ka,ke} {dora,daura,dore,daure}")),
    # a fever measured and not found ("bukhar napa to nahi tha", "temperature dekha to normal"); "bukhar naapa nahi"
    # (not measured) denies nothing
    "fever_measured_none": Sign(("fever",), (
        "{bukhar,bukhaar,tapman,temperature,temp} {napa,naapa,napi,naapi,check kiya,dekha,napwaya} {to,toh} "
        "{nahi,nahin,nhi,normal} {tha,thi,hai,nikla,nikli,aaya,aayi,mila}",
    ), negated=True),
    "afebrile": Sign(("fever",), ("afebrile", "{temperature,temp} {is ,was ,}{normal,ok,fine}", "no temperature"),
                     negated=True),
    "vision_normal": Sign(("blurred vision",), ("vision {is ,}{normal,fine,ok,clear}",), negated=True),
    # round 20: the lips told not blue ("lips not blue", "hoth neele nahi"): cyanosis absent, not present
    "lips_not_blue": Sign(("cyanosis",), (
        "{lips,lip} {are ,is ,}{not,aren't,isn't} {blue,bluish,dusky}",
        "{honth,hont,hoth} {neele,neela,nile} {nahi,nhi,nahin} {hai,hain,hue,pade,}",
    ), negated=True),
    # round 20: the heartbeat told normal ("dil ki dhadkan normal", "pulse normal tha"): no racing heart
    "heartbeat_normal": Sign(("palpitations",), (
        "{dil ki ,}{dhadkan,dhadkane,dhadkanein,dhadhkan,heartbeat,heart beat,heart rate,pulse,nabz,nadi} {bhi ,}"
        "{normal,theek,thik,sahi,regular} {hai,thi,tha,the,aayi,aaya,nikli,nikla,}",
        "{heartbeat,heart rate,pulse} {is ,was ,}{normal,regular,fine,ok,okay}",
    ), negated=True),
    # a wound told healed is no wound now: its scar itching is the skin's complaint ("ghaav bhar gaya, nishaan pe
    # khujli", "the burn healed, the scar itches")
    "wound_healed": Sign(("wound",), (
        "{ghaav,zakhm,zakham,chot} {bhar,poora bhar,pura bhar,sookh,sukh,theek ho,thik ho} "
        "{gaya,gayi,gaye,chuka,chuki}",
        "{wound,cut,burn,sore,ulcer,graze} {has ,had ,is ,was ,}{healed,healed up,closed up,fully healed}",
        "healed {wound,burn,cut,scar}",
    ), negated=True),
    # a limb told moving in full after a fall is the movement kept, not lost ("moving arm fully", "haath poora
    # ghuma raha")
    "movement_full": Sign(("reduced movement",), (
        "{moving,moves,moved,using,uses,bending,bends,lifting,lifts} {it,{the ,his ,her ,my ,}{arm,leg,hand,foot,"
        "elbow,knee,shoulder,wrist,ankle,fingers,neck}} {fully,freely,normally,fine,well,without difficulty,without "
        "pain,all the way}",
        "{haath,hath,pair,paon,ungli,ungliyan} {poora,pura,theek se,thik se,aaram se} {hila,ghuma,mod,chala,utha} "
        "{raha,rahi,rahe,leta,leti,lete,pa raha,pa rahi}",
    ), negated=True),
    "breathing_normal": Sign(("shortness of breath",), (
        "breathing {is ,}{normally,normal,fine,comfortably,ok,okay,alright}",
        "{saans,sans,saas} {theek,thik,sahi,normal,thik thak} {hai,}",
        "{saans,sans,saas} {lene,lete} {me,mein,main,waqt,samay} {theek,thik,sahi,normal,koi dikkat nahi}",
        # "saans bhi theek hai" (the breathing is fine too)
        "{saans,sans,saas} {bhi ,to ,toh ,}{theek,thik,sahi,normal} {hai,he,h,chal rahi hai,chal rahi}",
        # round 22: the breath fine for now ("saans abhi theek h", "saans ab tak thik")
        "{saans,sans,saas} {abhi,ab tak,abhi tak,filhal} {bhi ,to ,}{theek,thik,sahi,normal} {hai,he,h,chal rahi,}",
        # round 20: the breath "aaram se" (at ease), with its verb or closing its clause ("saans aaram se, doodh
        # achha"); "saans aaram se nahi le pa raha" keeps its trouble
        "{saans,sans} {aaram se,araam se,aram se} {chal rahi,chal raha,le raha,le rahi,leta,leti,lete,le rahe} {hai,}",
        "{saans,sans} {aaram se,araam se,aram se} ,", "{saans,sans} {aaram se,araam se,aram se} .",
        # the breath told not short, its own "nahi" between ("saans phool nahi rahi", Bundeli "saans nai phool rai",
        # "saans nahi chadh rahi"): a bare "saans" then a far "nahi" had been breathlessness present
        "{saans,sans,saas} {phool,phul,fool,chadh,chad,phoolti,phulti} {nahi,nhi,nai,nahin,koni} {rahi,raha,rahe,"
        "rhi,rha,rai,rao,jaati,jati,jata,jaata,rahi hai,raha hai,rai hai}",
        "{saans,sans,saas} {nahi,nhi,nai,nahin,koni} {phool,phul,fool,chadh,chad} {rahi,raha,rahe,rhi,rha,rai,"
        "rao,jaati,jati,jata,jaata}",
        "{saans,sans,saas} {phoolti,phulti,foolti,chadhti} {nahi,nhi,nai,nahin,koni}"),
        negated=True),
    # IMCI's "not breathing fast" is a denied sign, not a stopped breath ("not breathing" is loss of consciousness)
    "not_breathing_fast": Sign(("fast breathing",), (
        "{not,no} breathing {fast,quickly,rapidly,too fast,very fast,fast or hard}",), negated=True),
    # a baby or child who drinks or feeds: one danger sign absent, not "otherwise well" (a feverish child with
    # earache who drinks is still seen today: the learned model may raise it)
    "feeding_well": Sign(("unable to drink",), (
        "{drinking,feeding,breastfeeding,sucking} {well,normally,fine}", "{doodh,dudh} {pi,pee} {raha,rahi} {hai,}",
        # ("drinking plenty of water" beside loose motions is the advice followed, not a thirst)
        "{drinking,taking,having} {plenty of,enough} {water,fluids,liquids,ors,o.r.s}",
        "{dudh,doodh} {thik,theek,acche se,achhe se,achchhe se,accha,achha,pura,poora,sahi} {pi,pee,pita,piti,pite} "
        "{raha,rahi,rahe,hai,}", "{dudh,doodh} {pita,piti,pite,peeta,peeti} {hai,}", "{dudh,doodh} {thik,theek} {hai,}",
        "{doodh,dudh} {paani,pani} {le,pee,pi} {raha,rahi,rahe} {hai,}",
        # eating and drinking both ("khana pina le rahi", "khana peena kar raha")
        "{khana,khaana} {pina,peena,pani,paani} {le,kar} {raha,rahi,rahe,rha,rhi} {hai,}"),
        negated=True),
    "strength_normal": Sign((), (
        "{hand ,}grip {is ,}{full,normal,strong,good,fine,equal}", "{full,normal,good} {grip,strength,power}",
        "{strength,power} {is ,}{full,normal,fine}", "{smiling,smiles} {equally,evenly,normally} {on both sides,}",
        "face {is ,}{straight,symmetrical,not drooping,not deviated}",
        "{can lift,can move,moves,lifts} {both ,}{arms,legs,hands} {normally,fine}",
        "{haath,hath} {ki ,}{pakad,grip} {theek,thik,poori,puri,mazboot} {hai,}",
        "{muh,munh,chehra} {seedha,sidha} {hai,}", "{taakat,takat} {poori,puri,theek} {hai,}",
    )),
    "alert": Sign(("lethargy",),
                  ("{alert,active,playful}", "playing {normally,well}", "playing and eating {normally,well}"),
                  negated=True),
    # the baby in the womb told moving ("baby moving", "feeling the baby kick"): reduced fetal movement absent
    "fetal_movement_felt": Sign(("reduced fetal movement",), (
        "baby {is ,}{moving,kicking} {well,normally,}", "{feeling,felt} the baby {move,moving,kick,kicking}",
        "{good,normal} {fetal,baby} movements", "{bachcha,baccha} {pet mein ,}{hil raha,hilta} {hai,}",
    ), negated=True),
    "appetite_normal": Sign(("loss of appetite",), ("eating {well,normally,fine}",), negated=True),
    # round 21: IMCI's two questions answered well in the Bihari languages, a mother's "dudh pi rahal ba" (Bhojpuri: is
    # drinking the milk), "dudh piyat ba", "dudh pibait chhai" (Maithili), "dudh bhaat khaat hai" (eats rice and milk),
    # and (signs_benign.reassurance's) "khelat ba", "khelait kudait chhai" (plays, runs about), "bolat ba" (talks): the
    # child drinks, and is IMCI's well child (the learned model's guess does not raise it). Told as now,
    # with the copula ("ba", "hai", "he", "chhai"); "nahi" between denies it ("dudh nahi pi rahal ba" reads no wording
    # here; context.py's cue denies the symptom).
    "bh_feeds_well": Sign(("unable to drink",), (
        "{dudh,doodh} {thik se ,theek se ,khoob ,achha se ,acchha se ,thik ,theek ,}{pi rahal,pee rahal,piyat,"
        "piyait,pibait,pibai,piwat} {ba,bia,hai,he,chhai,chhau,chhathi}",
        "{dudh,doodh} {thik se ,theek se ,khoob ,}{pi rahal,pee rahal}",
        "{dudh bhaat,dudh bhat,doodh bhaat,khana,khaana,bhaat} {khaat,khait,khat,kha rahal} {ba,bia,hai,he,chhai}",
    ), negated=True),
}
