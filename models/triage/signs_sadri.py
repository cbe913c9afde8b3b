"""Wordings of a tea-garden hospital in upper Assam (Sadri, and the Hindi of the gardens' lines, as its nurse types
them) that set a clinical flag or name two symptoms at once: a cough with its fever ("khansi jor"), a bump on the
forehead ("maathe pe gulla"), the leg of a broken hip (shortened and turned out), a fish bone caught in the throat
("machhi ka kaanta gale me atka"), veins gone thick and crooked on the legs ("pair ki nas mota tedha"), an eye that
turns in ("aankh andar ko tedhi"), acid brought up after food ("khatta paani aata"), a blood streak on the tissue, a
faint's trigger (standing in the sun at the morning prayer) and its quick end ("1 minute me uth gayi").
The symptoms' own wordings are terms_sadri.py's.

Merged into signs.SIGNS; a wording of a flag named elsewhere sets that flag (``flag``).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

_JOR: Final = "{jor,jwor,jar,jaar}"  # (round 21: Nagpuri's and Khortha's "jaar")
_COUGH: Final = "{khansi,khaansi,khasi}"
_BLOOD: Final = "{khoon,khun}"

SADRI_SIGNS: Final[dict[str, Sign]] = {
    # a cough and its fever in two words ("3 din khansi jor"): both (Assamese "kah aru jor" is signs_assamese's)
    "sd_cough_fever": Sign(("cough", "fever"), (_COUGH + " {aur ,}" + _JOR, _JOR + " {aur,o} " + _COUGH)),
    # round 21: a rattle heard in the breath ("saans me ghar ghar awaaz", Nagpuri's and Hindi's): the wheeze of a
    # breath that is hard work, both
    "sd_breath_rattle": Sign(("wheezing", "shortness of breath"), (
        "{saans,sans,saas} {me,mein} {ghar ghar,gharghar,ghar-ghar,ghur ghur,ghurghur} {awaaz,awaj,aawaz}",
    )),
    # a bump on the forehead after a fall ("maathe pe gulla"): the knock's swelling (minor.minor_knock judges it)
    "sd_head_bump": Sign(("swelling",), ("{sir,sar,maathe,matha,mathe,kapal} {pe,par,me,mein} {gulla,gulle,gula}",),
                         flag="head_bump"),
    # the leg of a broken hip after a fall, shortened and turned out ("pair chhota aur bahar ghooma lagta"): a
    # fracture's
    "sd_leg_deformed": Sign(("leg pain",), (
        "pair chhota {aur bahar ghooma,aur bahar ghoom gaya,aur bahar mud gaya,aur tedha,ho gaya}",
    ), flag="fracture"),
    # a foot bent the wrong way ("pair ulta mud gaya"): the leg's pain (a rolled ankle as often as a break: the
    # fracture is told by what cannot move or bear weight)
    "sd_leg_bent": Sign(("leg pain",), (
        "{pair,taang,bayan pair,dahina pair} ulta {mud gaya,mud gayi,mud gaye,ghoom gaya}",
    )),
    # water seeping from below in a pregnancy ("niche se paani jaisa rissa ja raha"): the waters leaking
    # (rules.ruptured_membranes reads it in a pregnancy)
    "sd_waters_seeping": Sign(("vaginal discharge",), (
        "{niche,neeche} se {paani,pani} {jaisa ,}{rissa,ris,risna,rista} {ja raha,ja rahi,raha,rahi,aa raha,aa rahi}",
    ), flag="ruptured_membranes"),
    # a fish bone caught in the throat ("machhi ka kaanta gale me atka"): ENT today
    "sd_fish_bone": Sign((), (
        "{machhi,machh,machli,machhli,maachh} {ka,ki} {kaanta,kanta,kaata,haddi} {gale,gala} {me,mein} {atka,atki,"
        "atak gaya,atak gayi,fasa,phasa,fas gaya,phas gaya,laga,lag gaya}",
    ), flag="foreign_body"),
    # veins of the legs gone thick and crooked after years of standing ("pair ki nas mota tedha ho gaya"): varicose
    # veins (a surgeon's in turn when nothing else is wrong: rules.varicose_veins)
    "sd_varicose": Sign((), (
        "{pair,pairon,taang,pindli} {ki,ke,me,mein,par} {nas,nasen,nase,nasein} {mota,moti,mote,fula,phula,phuli,"
        "fuli,ubhra,ubhri} {aur ,}{tedha,tedhi,tedhe,teda,tedi} {ho gaya,ho gayi,ho gaye,hai,hain,}",
    ), flag="varicose_veins"),
    # an eye that turns in or out ("ek aankh andar ko tedhi dikhti"): a squint, not an eye sunken by dehydration
    "sd_squint": Sign((), (
        "{aankh,ankh} {andar,bahar} {ko ,ki taraf ,ki or ,}{tedhi,tedi,tedha,mudi,mudti,ghoomi,ghoomti} {dikhti,dikhta,"
        "hai,rehti,}",
    ), flag="squint"),
    # acid that comes up after food or on lying down ("khatta paani aata", "khatta dakar"), and the chest's burning
    # told after the meal ("khaane ke baad chhati me jalan"): heartburn
    "sd_acid_brash": Sign((), (
        "khatta {paani,pani} {upar ,muh me ,munh me ,}{aata,aati,aa jaata,aa raha}", "{khatta,khatti} {dakar,daakar}",
    ), flag="dyspepsia"),
    "sd_heartburn_chest": Sign(("chest pain",), (
        "{khaane,khane,khana khane} ke baad {chhati,chhaati,seene} {me,mein} jalan",
    ), flag="dyspepsia"),
    # bright blood on the tissue after the stool ("tissue pe laal khoon"): a few drops, a fissure's or piles'
    "sd_blood_on_tissue": Sign(("blood in stool",), (
        "{tissue,toilet paper,paper,kagaz} {pe,par,me} {thoda ,thodi ,halka ,halki ,}{laal ,lal ,}" + _BLOOD,
    ), flag="small_bleed"),
    # periods that bring much blood ("periods me bahut khoon jaata 7-8 din"): a heavy period's, told as the periods'
    # pattern (mimics.cyclical_heavy_periods judges it)
    "sd_heavy_periods": Sign(("vaginal bleeding",), (
        "{periods,period,mahwari,mahina,mc,maasik} {me,mein,main} {bahut,bahut zyada,zyada,jyada} {khoon,khun} "
        "{jaata,jata,jaati,aata,aati,girta,bahta}",
    ), severity="severe", flag="monthly_pattern"),
    # round 21, Nagpuri: the skin pinched goes back slowly ("chamdi kheench le dheere lautat hai"): WHO's sign of
    # severe dehydration beside loose stools (rules.severe_dehydration)
    "sd_skin_pinch": Sign((), (
        "{chamdi,chamda,chamri,chamadi,khaal,khal} {kheench,khinch,kheech,khich,pakad,utha} {le,ke,kar,leke,ke chhodle,"
        "ke chhodo,ke chhodne par} {bahut ,}{dheere,dhire,der se,dher se,bahut der me} {lautat,laut,lautela,lautta,"
        "laut-ta,baithat,baithta,baithe,wapas jaat,wapas jata,wapas aata} {hai,he,ba,}",
    ), flag="skin_pinch_slow"),
    # a faint's trigger: standing long in the sun or at the morning prayer ("prarthana me dhoop me khadi thi")
    "sd_faint_stand": Sign((), (
        "{dhoop,dhup,garmi} me {der tak ,bahut der ,}{khadi,khada,khade} {thi,tha,the,rahi,raha,rahe}",
        "{prarthana,assembly,line,lambi line,qatar,kataar} me {dhoop me ,}{khadi,khada,khade}",
    ), flag="faint_trigger"),
    # up again within a minute or two ("1 minute me uth gayi"): consciousness come back quickly
    "sd_came_round": Sign((), (
        "{1,2,ek,do,aadha,kuch} {minute,min,mint,second,seconds,sec} {me,mein,main,baad} {uth gayi,uth gaya,uth gaye,"
        "hosh aa gaya,hosh aa gayi,hosh me aa gayi,hosh me aa gaya,theek ho gayi,theek ho gaya,thik ho gayi,"
        "thik ho gaya}",
        "{came round,came to,woke up,got up} {in,within,after} {a ,one ,}{minute,few seconds,seconds,min}",
    ), flag="came_round_quickly"),
    # a few jerks, told as jerks and not as fits ("2-3 jhatke jaisa hua"): a fit, unless a faint tells them (a
    # convulsive faint's: renames.FAINT_JERKS_FLAG)
    "sd_few_jerks": Sign(("seizure",), (
        "{2-3,2,3,do teen,do-teen,ek do,ek-do,thode,kuch} {jhatke,jhatka} {jaisa,jaise,jaisi,sa,se} {hua,hue,hui,aaye,"
        "aaya,laga,lage,aa gaye,hote}",
    ), flag="few_jerks"),
    # the work that strained the muscles: sacks of tea lifted, a first full day of plucking ("chai ke bore uthaye",
    # "pehli baar pura din patti toda")
    "sd_lifting": Sign((), (
        "{chai ke ,chai ki ,chawal ke ,}{bore,bora,bori,boriyan} {uthaye,uthaya,uthayi,uthai,uthake,utha ke,dhoye,"
        "dhoya}",
        "{pehli baar ,}pura din patti {toda,todi,todna,todte,tod rahi,tod raha}",
    ), flag="exertion"),
    # a chest that hurts when pressed and on turning in bed ("dabane pe aur karwat lene pe dard"): the chest wall's
    "sd_pressed_turned": Sign((), (
        "{dabane,dabaane} {pe,par} aur {karwat,karvat} {lene,badalne} {pe,par} dard",
        "{karwat,karvat} {lene,badalne} {pe,par,se} {dard,dukhta,dukhti}",
    ), flag="reproducible_pain"),
    # too much rice beer or liquor the night before ("kal party me haria zyada ho gaya"): a hangover
    "sd_hangover": Sign((), (
        "{haria,hariya,daaru,daru,sharab,sharaab} {zyada,jyada,bahut zyada} {ho gaya,ho gayi,pi liya,pi li,chadh gaya}",
    ), flag="minor_ailment"),
    # awake and remembering everything ("hosh me hu, sab yaad hai"): no unconsciousness, no muddle
    "sd_awake": Sign(("loss of consciousness",), ("hosh me {hu,hoon,hun,hai,tha,thi}",), negated=True),
    "sd_remembers": Sign(("confusion",), ("sab yaad {hai,tha,he}",), negated=True),
    # a baby who sucks well ("dudh achhe se peeta"): no feeding trouble
    "sd_feeds_well": Sign(("unable to drink",), (
        "{dudh,doodh} {achhe se,acche se,achchhe se,thik se,theek se,pura,poora} {peeta,peeti,peete,pi leta,pi leti,"
        "khinchta,khinchti}",
    ), negated=True),
    # a leech that bit a foot or a hand in the garden ("jok laga tha pair me"): its bite oozes for hours (its saliva
    # keeps the blood thin) and stops with pressure (minor_home.leech_bite)
    "sd_leech": Sign((), (
        "{jok,jonk,jook} {laga,lagi,lag gaya,lag gayi,chipka,chipki,chipak gaya,chipak gayi,kaata,kaat liya,"
        "pakda} "
        "{tha ,thi ,}{pair,paer,pao,paon,taang,pindli,haath,hath,ungli,takhne,ghutne,kalai} {me,mein,pe,par}",
        "{pair,paer,pao,paon,taang,pindli,haath,hath,ungli,takhne,ghutne,kalai} {me,mein,pe,par} {jok,jonk,jook} "
        "{laga,lagi,lag gaya,lag gayi,chipka,chipki,chipak gaya,chipak gayi}",
    ), flag="leech_on_skin"),
    # blood that oozes on and off ("khoon ruk ruk ke rissa ja raha"): a slow bleed, not a flow
    "sd_ooze": Sign(("bleeding",), (
        _BLOOD + " {ruk ruk ke ,ruk ruk kar ,thoda thoda ,halka halka ,dheere dheere ,}{rissa,ris,risna,rista,risti} "
        "{ja raha,ja rahi,raha,rahi,aa raha,aa rahi,jaata,jaati}",
    ), severity="mild", flag="bleeding_oozing"),
    # a wish to be finished, no plan told ("kabhi lagta sab khatam kar du", "jeene ka mann ni"): signs_mind's death
    # wish, assessed today (the intent, "sab khatam kar dungi", is terms_sadri's suicidal thought)
    "sd_death_wish": Sign((), (
        "sab khatam kar {du,doon,dun,lu,loon,lun}", "jeene ka {koi ,}{mann,man,dil} {ni,nai,nhi}",
    ), flag="death_wish"),
    # a child who cried again and was well after a spell ("fir khud roya aur thik"): well again
    "sd_cried_and_well": Sign((), (
        "{fir,phir} {khud ,}{roya,royi,rone laga,rone lagi} aur {thik,theek} {ho gaya,ho gayi,hai,}",
    ), flag="reassurance"),
}

# The garden's work told beside a complaint, read as nothing: plucking the tea leaves ("patti todte time", "patti tod
# rahi thi"; the "patti" of a bandage is tied, not plucked)
IGNORED: Final = (
    "{chai ,}patti {todte,tod rahi,tod raha,tod rahe,todne,torte} {time,waqt,samay,me,ke time,thi,tha,the,}",
    # Hindi's "jor se" (with force: "3 din se jor se khansi", "tez jor se dard"), longer than terms_sadri's fevers
    # ("3 din se jor", "tez jor"), is no fever
    "{1,2,3,4,5,6,7,ek,do,teen,char,paanch} {din,dino,dinon,hafta,hafte,raat,rat} se {jor,jwor,jar} se",
    "{tez,halka,halki,bahut} {jor,jwor} se",
    # a hot-water bag or a fomentation put on for a pain ("pair pe garam paani ki thaili", "pet pe garam paani se
    # sikai"), longer than terms_sadri's scald ("pair pe garam paani"), is no burn
    "{pair,haath,hath,pet,chhati,kamar,ghutne,ghutna,badan} {pe,par,me} garam {paani,pani} {ki,ka,se} {thaili,bottle,"
    "botal,sikai,sek,seka,thaila}",
    # a sulking face, the mouth puffed out ("mooh phula ke baitha"), is no swelling
    "{mooh,muh,munh,moonh} {phula,fula} {ke,kar,liya,li,leta,leti}",
)
