"""Hinglish (Hindi in Latin letters) wordings of danger signs and everyday symptoms as an ASHA worker tells them
in a voice note: "aankhen andar dhas gayi", "sikka nigal gaya, awaaz nahi nikal rahi", "jabda nahi khulta".

Merged at the end of signs.SIGNS; the rules that read the flags set here are in rules_hinglish.py.
"""

from __future__ import annotations

from .lexicon import Sign

_IS = "{hai,hain,h,}"
_GONE = "{gayi,gai,gaya,gya,gyi,gaye,hui,hua,hue}"
_NOW = "{raha,rahi,rahe,rha,rhi}"
_CANT = "nahi {pata,paata,paati,pa raha,pa rahi,pa rha,pa rhi,sakta,sakti}"
_EYES = "{aankhen,aankhein,ankhen,ankhein,aankh,ankh}"
_HEAD = "{sir,sar,sirr}"
_SUGAR = "{sugar,glucose,rbs,grbs}"
_OBJECT = ("{sikka,sikke,coin,kancha,kanche,moti,batan,button,seeti,khilona,mungfali,moongfali,chana,daana,dana,"
           "beej,pin,cap,dhakkan,toffee,tofi,candy}")
# Objects that are no food: eaten ("kha gaya") as well as swallowed, they are swallowed objects.
_HARD_OBJECT = ("{sikka,sikke,coin,kancha,kanche,moti,batan,button,seeti,khilona,pin,cap,dhakkan,pathar,pathhar,"
                "kankad,kaanch,kanch,keel,kil,chabi,chaabi,angoothi,anguthi,baali,bali}")
_SWALLOWED = "{gaya,gayi,gai,gya,gyi,gaye,liya,li,lia,lee,liyaa}"
_DIGIT = "{0,1,2,3,4,5,6,7,8,9}"
# five times or more, as a count of vomits is told
_OFTEN = "{5,6,7,8,9,10,11,12,15,20,{4,5,6,7,8,10}-{5,6,7,8,9,10,12,15},paanch,chhe,saat,aath,das,five,six,seven,ten}"
# what a vomit did, after it ("kali ulti ho rahi"): longer than the vomiting term's "ulti ho rahi", so the words are
# the sign's
_VOMIT_DONE = ("{, ho rahi, ho raha, ho rahi hai, aa rahi, aayi, aai, hui, huyi, hui hai, ki, kiya, kari, ho gayi,"
               " ho gai}")
# the medicines named that most often bring a rash days after they are begun (a penicillin, a sulfa, a cephalosporin,
# a quinolone, the seizure drugs, allopurinol, the painkillers): medicine_started
_RASH_DRUGS = ("{amoxicillin,amoxycillin,amoxyclav,amoxiclav,augmentin,clavam,novamox,mox,ampicillin,cloxacillin,"
               "penicillin,cefixime,taxim,zifi,cefuroxime,cephalexin,cefadroxil,cefpodoxime,azithromycin,azithral,azee,"
               "ciprofloxacin,ciplox,ofloxacin,norfloxacin,levofloxacin,doxycycline,cotrimoxazole,septran,bactrim,"
               "metronidazole,flagyl,metrogyl,nitrofurantoin,phenytoin,eptoin,carbamazepine,tegretol,lamotrigine,"
               "allopurinol,nevirapine,ibuprofen,brufen,diclofenac,voveran,aceclofenac}")
_TEARING = "{tearing,ripping,tearing type,tearing kind of,ripping type,tearing sort of,sudden tearing,sudden ripping}"

HINGLISH_SIGNS: dict[str, Sign] = {
    # --- severe dehydration in a child (WHO): eyes sunken, cannot drink, lies limp, too weak to cry ---
    "eyes_sunk_in": Sign(("sunken eyes",), (
        # (eyes "thodi andar", a little sunken, are WHO's some dehydration, left to the symptom terms)
        _EYES + " {ekdum ,bilkul ,bahut ,kaafi ,}{andar,andar ko,gehri,gaddhe mein,gaddhe me} "
        "{dhas,dhans,dhasi,dhansi,dhas ,chali,ghus,baith} {gayi,gai,gaye,gyi,hui,}",
        _EYES + " {ekdum ,bilkul ,bahut ,kaafi ,}{andar,andar ko} {hain,hai,dhasi,dhansi}",
        _EYES + " {ekdum,bilkul} andar",
        # round 20: sunk in with no "andar" ("aankh ghus gaya", "aankhen dhas gayi"; Sadri "ghus gel")
        _EYES + " {ghus,dhas,dhans,dhasa,dhansa,dhasi,dhansi} {gaya,gayi,gai,gaye,gya,gyi,gel,gelak}",
    )),
    "cannot_drink": Sign(("unable to drink",), (
        "{pee,pi,peeta,peeti} {hi ,bhi ,}" + _CANT,
        "{paani,pani,doodh,dudh,ors} {bhi ,}{nahi,nhi} {pee,pi} {pata,paata,paati,pa raha,pa rahi,pa rha,pa rhi,"
        "sakta,sakti}",
        "{chammach,chamach} se {bhi ,}{nahi,nhi} {peeta,peeti,pee raha,pee rahi}",
        # round 20: not even water now ("ab pani bhi nai peeti"); "bhi" makes it a refusal, not a habit ("pani kam
        # peeta")
        "{paani,pani,doodh,dudh,ors} bhi {nahi,nhi} {peeti,peeta,pee rahi,pee raha,pi rahi,pi raha,piti,pita}",
    )),
    "lies_limp": Sign(("lethargy",), (
        "{bas ,}{pada,padi} {rehta,rehti,rahta,rahti} {hai,}", "{bas ,}{pada,padi} {hua,hui} {hai,}",
        "{rota,roti,rona} {bhi ,}{nahi,nhi} {hai,raha,rahi,aata,aa raha}",
        "{rone ki,rone ka} {bhi ,}{taakat,takat,dam} nahi",
        # round 20: only sleeping, and not even crying when woken ("bas soyi rehti hai, uthate to rona bhi nai"), and
        # lying lifeless (Hindi and Sadri "nistej": "ekdom nistej pada hai")
        "{bas,sirf} {soyi,soya,soye,soti,sota} {rehti,rehta,rahti,rahta,rehte,rahte}",
        "{uthane,uthate,uthao,jagane,jagate,jagao} {pe,to,par} {rona,rota,roti} bhi {nahi,nhi}",
        "nistej {pada,padi,pade}", "{ekdam,bilkul} nistej",
    )),
    # --- worn out, limp with it ("nidhal padi hai", "thak ke chur"): in labour, a labour gone on too long ---
    "exhausted_hi": Sign(("fatigue",), (
        "{nidhal,nidhaal,nidal,nidaal}",
        "{behaal,behal} {ho gayi,ho gai,ho gaya,ho gaye,padi,pada,pade,hai}",
        "thak {ke,kar,kr} {chur,choor,padi,pada,pade,nidhal,behaal}",
        "{bilkul,ekdam,ekdum,poori tarah,puri tarah,bahut,bohot,bahot} {thak,thaki} {gayi,gai,gaya,gaye,chuki,chuka}",
        "{taakat,takat,taqat,dum} {nahi,nhi} {bachi,rahi,bacha,raha}",
        "{zor,jor} {lagane,lagaane} ki {taakat,takat,taqat,himmat} {nahi,nhi}",
    ), flag="exhausted"),
    # --- airway: a swallowed object with no voice, the throat clutched, or turning blue ---
    # (English too: a coin, a bead or a pin swallowed is X-rayed today; with drooling, vomiting, chest pain or no
    # swallowing it is stuck in the gullet, rules_hinglish.py)
    "swallowed_object": Sign((), (
        _OBJECT + " {nigal,nigl,nighal} " + _SWALLOWED,
        _HARD_OBJECT + " {kha,khaa} " + _SWALLOWED,
        _OBJECT + " {gale,gala} {mein,me} {atak,phans,fas,phas,fans} {gaya,gayi,gai,gya}",
        "{gale,gala} {mein,me} {machli ka ,machhli ka ,}{kaanta,kanta,haddi,sikka,sikke,coin,batan,button,moti,kancha} "
        "{atak,phans,fas,phas,fans} {gaya,gayi,gai,gya}",
        "swallowed {a ,an ,the ,one ,two ,some ,small ,tiny ,his ,her ,}{coin,coins,button,pin,pins,safety pin,hairpin,"
        "hair clip,marble,marbles,toy,toy part,bead,beads,stone,pebble,seed,fish bone,bone,nail,screw,ring,earring,"
        "key,bottle cap,bottle top,whistle,something}",
        "{ate,eaten,gulped} {a ,an ,the ,one ,some ,}{coin,coins,button,pin,safety pin,marble,marbles,bead,beads,"
        "nail,screw,ring,earring,key,bottle cap}",
    )),
    "voice_lost": Sign((), (
        "{awaaz,awaz,aawaz,avaaz,avaj} {nahi,nhi,bhi nahi} {nikal,nikl} " + _NOW,
        "{awaaz,awaz,aawaz} {band,chali} {ho gayi,gayi,ho gai}",
    )),
    "clutching_throat": Sign((), (
        "{gala,gale ko} {pakad,pakadke,pakad ke,pakad kar} {ke ,kar ,}{khada,khadi,baitha,baithi,ro,hai}",
    )),
    "blue_colour": Sign(("cyanosis",), (
        "{rang,chehra,chehre ka rang,hont,honth,hoth,muh,munh,nakhoon} {neela,neeli,nila,nili,neele,nile} "
        "{ho,pad,padh,par} {raha,rahi,rahe,gaya,gayi,gaye,rha,rhi}",
        "{neela,neeli,nila,nili} {pad,padh,ho} {raha,rahi,gaya,gayi,rha,rhi}",
    )),
    # --- thunderclap headache told in Hinglish: "jaise hathoda maar diya", "zindagi mein aisa dard nahi hua" ---
    "head_pain_told": Sign(("headache",), (
        _HEAD + " {me,mein,mai,main,pe,par} {achanak ,ekdam ,}{aisa,itna,achanak,ekdam,bhayankar,bahut tez} {tez ,}dard",
    )),
    # round 18: "sir bahut jor se dukh raha" (the head hurting hard), as a pregnant woman tells pre-eclampsia's
    "head_hurts_hard": Sign(("headache",), (
        _HEAD + " {me ,mein ,}{bahut ,bohot ,bahot ,ekdam ,}{jor,zor,jorr} se {dukh,dard,phat,fat,dukhda,dukhta,"
        "dukhti,dukh raha,dukh rahi,dukh rha,phat raha,fat raha,ho raha}{ hai, raha, rahi, rha, reha,}",
    )),
    # flashes or sparks before the eyes ("aankhon ke saamne chingariyan dikhti", "akhan de agge taare"): the
    # scotomata of pre-eclampsia, read as the vision disturbed (not "andhera", the faint's darkness)
    "flashes_before_eyes": Sign(("blurred vision",), (
        # round 20: told in English ("seeing flashing lights", "flashes of light in front of her eyes")
        "{seeing,sees} {flashing lights,flashes,flashes of light,sparks,sparkles}",
        "{flashing lights,flashes of light,sparks} {before,in front of} {my ,his ,her ,the ,}eyes",
        "{aankhon,aankho,ankhon,akhon,aakhon,akhan,akhaan} {ke,de,di} {saamne,samne,agge,aage} {chingariyan,chingaariyan,"
        "chingari,chingaari,chingaariya,chingariya,taare,sitare,chamak,jugnu,bijli,chamkaare,chamkare,"
        "roshni} {dikhti,dikhte,dikhta,dikh,dikhe,aati,aate,chamakti,chamakte,nachte,udte,dikhde,dikhdi}"
        "{ hai, hain, rehte, rahe, rahi, raha,}",
    )),
    # not answering properly, drowsy or confused ("hun theek jawab ni dindi", "theek se jawab nahi de rahi")
    "no_proper_answer": Sign(("confusion",), (
        "{theek,thik,sahi,sidha} {se ,naal ,}jawab {ni,nahi,nai,nahin,nhi} "
        "{dindi,dinda,dende,de rahi,de raha,de rhi,de rha,deti,deta,dendi,de rahe}",
    )),
    "worst_ever_pain": Sign((), (
        "{zindagi,jindagi,life,umar} {me,mein,mai,bhar,main} {aisa,itna,kabhi aisa,kabhi itna} {tez ,}dard {nahi,"
        "kabhi nahi} {hua,huaa,hua tha,dekha,jhela}",
        "{aisa,itna} {tez ,}dard {pehle ,kabhi ,pehle kabhi ,}{nahi,nhi} {hua,huaa,hua tha}",
        "{jaise,jaisa,mano} {kisi ne ,}{hathoda,hathauda,hathode se,danda,lathi,pathar} {maar,mar,maara,mara} "
        "{diya,di,diya ho,dia,ho,gaya,}",
        "{hathode,hathaude} {jaisa,jaise,ki tarah} {dard,laga,chot}",
    )),
    # --- tetanus after a wound: jaw locked, body goes stiff in spasms, a nail or thorn wound ---
    "jaw_locked": Sign((), (
        "{jabda,jabde,jabada,jabra,jaw} {nahi,nhi} {khul,khol} {raha,rahi,rha,pa raha,pa rahi,pata,sakta}",
        "{jabda,jabde,jabada,jabra} {nahi,nhi} {khulta,khulti}",
        "{jabda,jabde,jabada,jabra} {akad,jakad,jam,band} {gaya,gayi,ho gaya,jata,jaata}",
        "{jabda,jabde,jabada,jabra} {khul,khol} {nahi,nhi} {raha,rahi,rha,pa raha,pa rahi,pata,sakta,paata}",
    )),
    "body_spasms": Sign((), (
        "{sharir,shareer,badan,body,poora sharir,pura badan} {achanak ,baar baar ,}{akad,akar,jakad,tan,ainth} "
        "{jata,jaata,jati,jaati,gaya,gayi,raha,rahi} {hai,}",
        "{akadan,jakdan} {ke ,}{daure,dore,jhatke}",
        # in English: "body goes stiff in spasms", "back arching in spasms"
        "{body,whole body,his body,her body,my body} {goes,went,becomes,became,keeps going,is going} {stiff,rigid} "
        "{in spasms,with spasms,}", "{painful ,}{body,muscle} spasms {all over,of the whole body}",
        "{back,his back,her back} {arching,arches,arched} {in spasms,}",
        # the neck and back drawn backwards (opisthotonus): "gardan aur kamar peeche ko akad jaati", "neck and back
        # arch backwards"
        "{gardan,kamar,peeth,sharir,badan} {aur ,}{kamar ,peeth ,gardan ,}peeche {ko ,ki taraf ,ki or ,}{akad,akar,"
        "jakad,mud,tan,khinch,ainth} {jaati,jaata,jata,jati,jaate,jate,gayi,gaya,rahi,raha,jaati hai,jata hai}",
        "{neck,back,neck and back,back and neck,body} {arch,arches,arching,arched,bend,bends,bending,pulls,pulling,"
        "goes,bent} {backwards,backward,back like a bow}",
    )),
    "puncture_wound": Sign(("wound",), (
        "{keel,kil,kiil,jang lagi keel,kaanta,kanta,kaanch,kanch,lohe ki keel,kaanta daar tar} "
        "{lagi,lag gayi,lag gai,laga,lag gaya,chubh gayi,chubhi,chubha,chubh gaya,ghus gayi,ghus gaya,gad gayi,"
        "gadd gayi,gad gaya} {thi,tha,}",
        # the place between: "keel pair mein chubh gayi" (Devanagari read aloud ends "gai")
        "{keel,kil,jang lagi keel,lohe ki keel,kaanta,kanta,kaanch,kanch} {pair,paon,haath,talwe,edi,ungli,hatheli} "
        "{mein,me,pe,par} {chubh gayi,chubh gai,chubh gaya,ghus gayi,ghus gai,ghus gaya,gad gayi,gad gaya,lag gayi,"
        "lagi,laga,ghusi,ghusa,ghusi thi,ghusa tha,chubhi,chubha,chubhi thi,chubha tha,gadi,gadi thi}",
        "{jang,jung,zang} {lagi,lagaa,laga} {keel,kil,kiil,keela,kanta,tar,patra,lohe ka tukda}",
        # in English: a nail or a thorn that went in ("stepped on a rusty nail", "rusty nail pricked my foot")
        "stepped on a {rusty ,}{nail,thorn,needle}",
        "{a ,the ,}{rusty ,}{nail,thorn} {went into,went in,pricked,pierced,poked,went through,stuck in,ran into} "
        "{my ,his ,her ,the ,}{foot,feet,hand,palm,leg,sole,finger,heel,toe}",
        "{pricked,pierced,poked} by a {rusty ,}{nail,thorn}", "{rusty ,}nail {prick,injury,wound}",
    )),
    # a wound and no tetanus shot, or none the patient remembers: toxoid, and for a dirty or deep wound never
    # vaccinated immunoglobulin, the same day (rules.tetanus_prophylaxis); not tetanus, which is the jaw and spasms
    "no_tetanus_shot": Sign((), (
        "{no,never had a,never had,never got a,never got,not had a,not had,has not had a,hasn't had a,without a,"
        "without,no recent} {tetanus,tt,anti-tetanus,anti tetanus} {shot,shots,injection,vaccine,vaccination,jab,"
        "booster,toxoid}",
        "{tetanus,tt} {shot,injection,vaccine} {not given,not taken,not done,never given,never taken}",
        "{not sure,don't know,do not know,doesn't know,does not know,can't remember,cannot remember} "
        "{about ,when ,if ,}"
        "{his ,her ,my ,the ,last ,}{tetanus,tt} {shot,injection,vaccine,status}",
        "{tetanus,titnes,tt} {ka,kaa,ki} {teeka,tika,injection,injekshan,sui} {kabhi ,abhi tak ,}{nahi,nhi} {lagwaya,"
        "lagvaya,laga,lagi,lagaya}",
        "{tt,tetanus,titnes} {kabhi ,abhi tak ,}{nahi,nhi} {lagi,laga,lagwaya,lagvaya}",
        "{tetanus,titnes,tt} {ka,kaa,ki} {teeka,tika,injection,injekshan,sui} kab {laga,lagi,lagwaya,lagvaya,lagwana} "
        "{tha,thi} {yaad nahi,pata nahi,malum nahi}",
    )),
    # --- an overdose counted in tablets is in overdose.HINDI_OVERDOSE_RE; a whole strip is one here ---
    "strip_swallowed": Sign(("poisoning",), (
        "{poora,pura,ek,do,saara,sara} {patta,pattaa,strip,packet,patte} {goli,goliyan,dawai,tablet} {ek saath ,}"
        "{kha li,kha liya,kha gaya,kha gayi,khaa li,nigal li,nigal gaya,nigal gayi}",
        # all of the medicines at once ("dadi ne sari dawai ek saath kha li", "sab goliyan ek baar me kha li"); not
        # all of a course taken ("sari dawai kha li phir bhi bukhar": no "at once"); no "davai" here: a lexicon word
        # teaches the Devanagari reader its spelling (दवाई is read "dawai")
        "{sari,saari,sab,sabhi,saara,sara,poori,puri} {dawai,dawaiyan,dawaiyaan,dawa,goli,goliyan,goliyaan,"
        "tablets,tablet,medicine,medicines} {ek saath,ek sath,ek baar me,ek baar mein,ek hi baar me,ek hi saath} "
        "{kha li,kha liya,kha gaya,kha gayi,kha gaye,khaa li,nigal li,nigal gaya,nigal gayi}",
        # round 20: "all" after the tablets ("BP aur neend ki goli sab ek saath kha li")
        "{dawai,dawaiyan,dawa,goli,goliyan,goliyaan,tablets,tablet} {sab,saari,sari,sabhi} ek {saath,sath} {kha,khaa,"
        "nigal} {li,liya,gaya,gayi,gaye}",
    )),
    # --- a sudden loss of sight: "aankh se dikh hi nahi raha" (not "dikhai nahi deta", the habitual of old sight) ---
    "sight_lost": Sign(("blurred vision",), (
        "{aankh,ankh,aankhon,aankhen} se {kuch ,}{bhi ,}{dikh,dikhai,dikhayi,dikhna} {hi ,bhi ,}{nahi,nhi} "
        "{raha,rahi,rha,rhi,de raha,de rahi,de rha,hua,ho raha}",
        "{dikh,dikhai,dikhayi} {hi ,bhi ,}{nahi,nhi} {raha,rahi,rha,rhi,de raha,de rahi}",
        "{aankh,ankh} {ki ,}{roshni,nazar,najar} {achanak ,}{chali,ghat,kho} {gayi,gai,gyi}",
        "{achanak ,}{andhera,andhapan} {chha,aa} {gaya,gayi}",
    )),
    # --- round 20: spots that do not fade when pressed, and purple spots ("daane jo dabane pe nahi jaate", "laal baigni
    # daane"): purpura (rules.purpuric_rash; a well child's with no fever and sore joints or belly is
    # mimics.well_child_purpura)
    "purpura_hi": Sign(("rash",), (
        "{daane,dane,dhabbe,daag,spots} jo {dabane,dabaane} {pe,par,se} {nahi,nhi} {jaate,jate,mitte,hatte}",
        "{dabane,dabaane} {pe,par,se} {bhi ,}{nahi,nhi} {jaate,mitte,hatte}",
        "{laal ,lal ,}{baigni,baingani,jamuni} {daane,dane,dhabbe,nishan}",
        # round 22: Lucknow's "bangni", with the spots' size told between ("bangni chhote chhote daane")
        "{laal ,lal ,}{baigni,baingani,baingni,bangni,jamuni} {chhote chhote,chhote,chhoti chhoti,bareek,barik} "
        "{daane,dane,dhabbe,nishan,chakatte}", "{bangni,baingni} {daane,dane,dhabbe,nishan}",
    ), flag="purpura"),
    # --- a child's head bump: "sir pe gumad" ---
    "head_bump": Sign((), (
        "{sir,sar,maathe,matha,mathe} {pe,par,me,mein} {gumad,gumar,goomad,gomad,gumda,gomda,gulma,sujan,soojan}",
        # round 20: the head knocked against a wall or furniture, the thing first ("deewar se sir takraya", "palang ke
        # kone se maatha lag gaya"): a household knock (the fall from a height is fall_from_height's)
        "{deewar,diwar,darwaze,table,palang,bed,almari,khidki,kursi,kone} {se,me} {sir,sar,maatha,matha} {takraya,"
        "takrayi,takra gaya,takra gayi,lag gaya,lag gayi,laga,lagi}",
    )),
    # --- shaking chills with a fever: "kaanp ke aata hai" ---
    "rigors": Sign(("fever",), (
        "{kaanp,kanp,kaamp,kamp} {ke,kar,kar ke,kr} {aata,aati,chadhta,chadhti,aa raha,aa rahi} {hai,}",
        "{kaanp,kanp,kaamp,kamp} {ke,kar} {bukhar,bukhaar} {aata,aati,aaunda,aunda,chadhta,aa raha,aa rahi,}",
        "{thand,thandi,sardi} {lag ke,lagke,lag kar,de ke,deke} {bukhar,bukhaar,bukar} {aata,aati,aa raha,chadhta}",
        "{kapkapi,kampkampi,kanpkanpi} {ke saath,ke sath} {bukhar,bukhaar}",
        "{bukhar,bukhaar} {kapkapi,kampkampi,kanpkanpi} {ke saath,ke sath}",
        # told with no verb, as a nurse notes it: "kaanp ke bukhar, 2 din", "3 din se kaanp kaanp ke bukhar"
        "{kaanp,kanp,kaamp,kamp,kaanp kaanp,kanp kanp} {ke,kar,kar ke,kr} {bukhar,bukhaar,bukar}",
    )),
    # --- a blood sugar reading of 400 or more (a reading of 200-399 is diabetes to confirm in the queue) ---
    "very_high_sugar": Sign((), (
        _SUGAR + " {level ,reading ,}{4,5,6}" + _DIGIT + _DIGIT,
        _SUGAR + " {bahut ,}{high,zyada,jyada,badhi,badh} {aayi,aaya,hai,gayi,gai,hui}",
        # a glucometer shows "HI" above its range (600 on most): "machine HI dikha rahi"
        "{sugar machine,glucometer,sugar meter,meter,machine} {hi,high} {dikha,dikhaa,dikhata,dikhati,dikha raha,"
        "dikha rahi,dikha reha,dikha rahe,aa raha,aa rahi,aaya,likh}",
        "{glucometer,sugar machine} {shows,showed,showing,reads,read,says} {hi,high}",
    )),
    # --- one swollen calf (the other leg well): deep vein thrombosis until shown otherwise ---
    "swollen_calf": Sign(("swelling", "leg pain"), (
        "{ek pair ki,ek taang ki,daayi,baayi,dayi,bayi,daaye pair ki,baaye pair ki,ek,left,right,ek taraf ki} "
        "{pindli,pindi,calf} {sooj,sooji,sooja,suji,suja,soojh,soojhi,phool,phooli,phuli,mot,moti} {gayi,gai,hui,hai,}",
        "{pindli,pindi} {sooj,sooji,suji,soojh,phool,phooli} {gayi,gai,hui,hai,} {aur ,}{dard,garam,laal}",
    )),
    # --- everyday symptoms in Hinglish word order the symptom terms miss (symptom recall only: no flag is read) ---
    "swelling_told_hi": Sign(("swelling",), (
        "{pair,haath,hath,chehra,muh,munh,ungli,ghutna,taang,jaangh,kalai,takhna,chhati,gaal} {bhi ,}{phool,phul} "
        "{raha,rahi,rahe,gaya,gayi,gaye,jata,jaata,jaate} {hai,}",
        "{laal,lal} {garam,garm} {sooja,sooji,suja,suji,soojan}", "{sooja,suja} {hua,hai}",
        "{sujan,soojan} {aa gayi,aa gai,hai,aayi}",
    )),
    "belly_pain_told_hi": Sign(("abdominal pain",), (
        "pet {ke ,}{neeche,niche,upar} {ek taraf ,ek side ,ki taraf ,}{bahut ,}{tez ,halka ,}dard",
        "pet {ekdum ,bahut ,}{tight,tait,kada,sakht} {aur ,}{bahut ,}dard",
        "pet {ke ,}{neeche,niche} {phool,phul} {gaya,gayi,raha} {hai ,}{aur ,}dard",
    )),
    "bleeding_below_hi": Sign(("vaginal bleeding",), (
        "neeche se {halka ,thoda ,bahut ,}khoon {aaya,aa raha,aa rahi,ja raha,jaa raha,beh raha,gir raha}",
        "{halka ,thoda ,}khoon {aaya,aa raha} neeche se",
    )),
    # --- round 20: vomiting counted five times or more ("6 baar ulti", "ulti 5-6 baar", "vomited 6 times"): with
    # loose stools, fluid lost faster than sips replace it (rules_complaints.frequent_vomiting_diarrhoea) ---
    "vomiting_counted_often": Sign(("vomiting",), (
        _OFTEN + " {baar,bar,dafa,times} {ulti,ultiyan,ultiyaan,vomiting,vomit,vomits}",
        "{ulti,ultiyan,vomiting,vomited,vomits} " + _OFTEN + " {baar,bar,dafa,times}", "threw up " + _OFTEN + " times",
    ), flag="frequent_vomiting"),
    # --- bleeding into the gut told plainly (WHO/ETAT: vomiting blood, a black stool with dizziness): "khun ki ulti"
    # (voice typing writes "ulta"), a black or coffee-coloured vomit, a black stool ("latrine kali aa rahi") ---
    "blood_vomit_hi": Sign(("vomiting",), (
        "{khoon,khun,lahu} {ki,wali,vali,ka,jaisi} {ulti,ulte,ulta,ultee,ulty,ultiyan,ultiyaan,qai,kai,vomit,"
        "vomiting}" + _VOMIT_DONE,
        "{ulti,ultee,ultiyan,ultiyaan,qai,vomit,vomiting} {mein,me,main,ke saath,ke sath,ke sath sath} {kala ,kaala ,"
        "gaadha ,thoda ,bahut ,}{khoon,khun,lahu,blood}",
        "{kali,kaali,kala,kaala,kali kali,kala kala,kathai,bhuri,bhoori,coffee,coffee jaisi,chai patti jaisi,"
        "chaipatti jaisi} {ulti,ulta,ultee,ultiyan,ultiyaan,qai,vomit}" + _VOMIT_DONE,
        "{ulti,ultee,ultiyan,qai,vomit} {bhi ,}{kali,kaali,kala,kaala,kali kali,kala kala,kaali kaali,coffee jaisi,"
        "chai patti jaisi,chaipatti jaisi,kathai,bhoori} {si,sa,jaisi,}",
        "{black,coffee coloured,coffee colored,dark brown,brown black} {vomit,vomitus,vomiting}",
        "vomit{,ed,ing,s} {black,something black,dark brown,coffee coloured,coffee colored}",
    ), flag="haematemesis"),
    "black_stool_hi": Sign(("blood in stool",), (
        "{latrine,letrin,laterin,latrin,letrine,potty,potti,tatti,tatty,toilet,pakhana,paikhana,pakhaana,paikhaana,"
        "pakhane,pakhana bhi,mal,motion,motions,stool,shauch} {bhi ,}{kali,kaali,kala,kaala,kale,kaale,"
        "kali kali,kala kala,kaali kaali,kaala kaala}",
        "{kali,kaali,kala,kaala,kale,kaale,kali kali,kala kala} {latrine,letrin,latrin,potty,potti,tatti,toilet,"
        "pakhana,paikhana,pakhaana,paikhaana,pakhane,mal,motion,motions}",
        "{latrine,potty,tatti,pakhana,paikhana,pakhane,mal,stool,motion} {ka,ki} rang {kala,kaala,kali,kaali}",
    ), flag="black_stool"),
    "black_loose_stool_hi": Sign(("blood in stool", "diarrhea"), (
        "{kale,kaale,kala,kaala,kali,kaali} {dast,patle dast,loose motion,loose motions}",
        "dast {bhi ,}{kale,kaale,kala,kaala}",
    ), flag="black_stool"),
    # tarry (melaena: blood, not iron's colour), or blood named
    "tarry_stool_hi": Sign(("blood in stool",), (
        "{kolta,koltar,kol tar,tarcol,tarkol,taarcol,damar,daamar,dammar,tar,coal tar,alkatra,alkatara} "
        "{jaisi,jaisa,jaise,ki tarah} {kali ,kala ,chipchipi ,}{latrine,potty,tatti,pakhana,paikhana,pakhane,mal,dast,"
        "motion,stool}",
        "{latrine,potty,tatti,pakhana,paikhana,mal,dast,motion,stool} {kolta,koltar,tarcol,tarkol,damar,daamar,tar,"
        "coal tar,alkatra} {jaisi,jaisa,jaise,ki tarah}",
        "{potty,latrine,pakhane,pakhana,paikhana,tatti,mal,stool} {mein,me} khun",
        "khun {wali,ki} {latrine,potty,tatti}",
    )),
    "weight_lost_hi": Sign(("weight loss",), (
        "{patla,patli,patle,dubla,dubli,duble} {bhi ,}{ho,pad} {gaya,gayi,gaye,raha,rahi,rahe}",
        "{wajan,vajan,vazan,wazan,weight} {gir,ghat,kam ho} {raha,rahi,gaya,gayi}",
        # the weight's fall in one word, Hindi's and Awadhi's past ("vajan gira", "vajan ghata", "vajan kam bhawa")
        "{wajan,vajan,vazan,wazan} {gira,giri,ghata,ghati,ghat gawa,gir gawa,kam hua,kam bhawa,kam hoi gawa}",
        "kapde dheele {ho gaye,hone lage,pad gaye,}",
        # round 17: the weight's fall told with its kilos between ("wajan 4 kilo gira"): weight lost, not a fall of the
        # patient (told with its months, "wajan 6 mahine mein bahut gir gaya", it is pipeline's token pattern)
        "{wajan,vajan,vazan,wazan,weight} {bahut,kaafi,kafi,bohot} {gir,ghat,kam ho} {gaya,gayi,gya,gyi,raha,rahi}",
        "{wajan,vajan,vazan,wazan,weight} {1,2,3,4,5,6,7,8,9,10,12,15,ek,do,teen,chaar,char,paanch,panch,das} "
        "{kilo,kg,kgs,kilos} {gira,giri,gir gaya,gir gayi,ghata,ghati,ghat gaya,kam,kam hua,kam ho gaya,kadime,"
        "kadime aagide,kammi,kammi aagide,less,lost,down}",
    )),
    # the weight told not dropped, its "nahi" between ("wazan nahi gira": no fall, no weight lost)
    "weight_kept_hi": Sign(("weight loss",), (
        "{wajan,vajan,vazan,wazan,weight} {nahi,nhi,nai,nahin,koni} {gira,giri,ghatta,kam hua,kam hui,"
        "utra,utri,ghat raha,gir raha}",
        "{wajan,vajan,vazan,wazan,weight} {kam,ghat,gir} {nahi,nhi,nai,nahin,koni} {hua,hui,raha,rahi,}",
    ), negated=True),
    # ("patli" is a word of the lexicon now, so the spelling corrector no longer turns it into "patla")
    "loose_stool_hi": Sign(("diarrhea",), ("{patli,patle,patla} {potty,latrine,tatti,pakhana,tatti,dast,motion}",
                                           # round 20: the stool gone thin is loose, not a weight lost ("potty patli ho
                                           # gayi", longer than weight_lost_hi's "patli ho gayi")
                                           "{potty,latrine,tatti,pakhana,motion} {bhi ,}{patli,patle,patla} "
                                           "{ho,aa,aane} {gayi,gaya,gai,gya,gyi,rahi,raha,lagi,laga}")),
    "eating_less_hi": Sign(("loss of appetite",), (
        "{khana,khaana} {bhi ,bilkul ,}{kam,kam ho gaya,kam kar diya,nahi khaata,nahi khaati,nahi kha raha,"
        "nahi kha rahi,nahi khata,nahi khati}",
        # round 20: a few mouthfuls, then the face turned away ("thoda sa kha ke munh pher leti"), and no food for
        # days told bare ("3 din se khana nahi")
        "{thoda,thoda sa,zara sa,zara,do kaur,ek do kaur} {kha ke,khake,kha kar,khakar} {munh,muh,mooh} {pher,fer,"
        "mod} {leti,leta,lete,liya,li,deti,deta}",
        "{din se,dino se,subah se,kal se,raat se,hafte se} {khana,khaana} {nahi,nhi,nahin,band}",
    )),
    "urinating_often_hi": Sign(("frequent urination",), (
        "{raat ko ,din me ,din mein ,}{2,3,4,5,6,7,8,10,2-3,3-4,4-5,5-6} baar peshab",
        "peshab {me jalan aur ,}baar baar {jaana,jana,lagti,lagta,aata,aati,jaati,jati}",
    )),
    "drowsy_told_hi": Sign(("lethargy",), (
        "{neend,nind} {me,mein} {pada,padi} {hai,rehta,rehti,}", "{bas ,}{soti,sota} {rehti,rehta} {hai,}",
        "hosh kam {hai,}",
    )),
    "coughing_told_hi": Sign(("cough",), ("{khans,khaans} {raha,rahi,rahe,rha,rhi} {hai,}",)),
    "feeding_refused_hi": Sign(("unable to drink",), (
        "doodh {pee ,pi ,}{hi ,bhi ,}nahi {kheench,kheech,khinch,kheenchta,pee,pi} {raha,rahi,pa raha,pa rahi}",
    )),
    "breathing_fast_told_hi": Sign(("fast breathing",), (
        "{saans,sans} {bahut ,ekdum ,}tez {chal rahi,chal raha,hai,}", "tez {gehri ,}{saans,sans}",
    )),
    "drenched_in_sweat_hi": Sign(("sweating",), (
        "{pasine,paseene,pasina} {me,mein,se} {bheeg,bheegi,bheega,tar,tarbatar,tar bitar,lathpath,nahaye,naha}",
        "{pasina,paseena} {pasina,paseena}",
    )),
    "arm_wont_lift_hi": Sign(("weakness",), (
        "{daaya,daayan,baaya,baayan,dayan,bayan,daya,baya,daahina,ek} {haath,hath,pair} {bhi ,}{uth nahi raha,"
        "uth nahi rahi,nahi uth raha,nahi uth rahi,utha nahi pa rahe,nahi utha pa rahe}",
    )),
    "graze_hi": Sign(("wound",), ("{ghutna,kohni,haath,pair,ghutne} {chhil,chil} {gaya,gayi,gai}",)),
    "urine_scanty_hi": Sign(("reduced urine",), (
        "{peshab,pesab,pishab} {bhi ,}{kam utar raha,kam utar rahi,kam aa raha,kam aa rahi,nahi utra,nahi utri,"
        "nahi utar raha}",
    )),
    "swallow_fails_hi": Sign(("difficulty swallowing",), (
        "{nigal,nigla,nigl} {nahi,nhi,nai} {pa raha,pa rahi,pa rha,pa rhi,jaa raha,ja raha,jaa rahi,ja rahi,jata,"
        "jaata}",
        "{nahi,nhi} {nigal,nigla,nigl} {pa raha,pa rahi,pa rha,pa rhi,pata,pati,paata,paati,sakta,sakti}",
    )),
    "body_aching_hi": Sign(("body ache",), (
        "{badan,sharir,poora badan,pura badan,poora sharir} {toota,tuta,dukh} {hua,raha,rahi,hai}",
    )),
    "hearing_less_hi": Sign(("hearing loss",), ("{sunai,sunayi} kam {deta,deti,de raha,de rahi,dena}",)),
    "head_heavy_hi": Sign(("headache",), (
        "{sir,sar} {bhaari,bhari} {rehta,rehti,lagta,hai,}", "{maathe,sir,sar} {me,mein} {bhaaripan,bharipan}",
    )),
    "red_patches_hi": Sign(("rash",), ("{laal,lal} {daag,dhabbe,chakatte}",)),
    # --- acute psychosis told by the family: talking and laughing alone, threats ---
    "behaviour_psychotic": Sign((), (
        "talking to {himself,herself} {and laughing,}", "laughing {alone,to himself,to herself,without reason}",
        "{khud se,akele} {baatein,baate,batein} {karta,karti,kar raha,kar rahi} {hai,}",
        "akele {hansta,hansti,hans raha,hans rahi} {hai,}",
        "{log,sab,koi} {maarne,marne,maar} {aa rahe,aayenge,aa raha} {hai,hain,}",
        "threatening to {beat,kill,hit,attack} {us,me,them,people,everyone,the family}",
        # round 19: talking alone in Awadhi and Bhojpuri ("akele me baat karat", "apne aap se batiyawat ba")
        "{khud se,akele,akele me,akele mein,apne aap se,apne aap} {baat,baatein,baate,batein,bat} {karat,karta,"
        "karti,karte,kare,karela,karelan,karat hai,karat ba,karat rahat,karta rehta,karti rehti,kar raha,kar rahi}",
        "{akele,akele me,akele mein,apne aap se} {batiyawat,batiyaawat,badbadata,badbadati}",
        # ... and the fear of being followed or hunted, told of or by him ("kehte koi peechha karat hai", "says someone
        # is following him"): a persecutory belief, not a fear with a cause told
        "{koi,log,kuch log,sab log,dushman} {peechha,pichha} {karat,karta,karte,kar raha,kar rahe,kar "
        "rahi,karela,karelan,kare} {hai,hain,ba,}",
        "{koi,log,kuch log,sab log,dushman} {peechhe,pichhe,peeche,piche} {pada,pade,padi,lage,laga} "
        "{hai,hain,ba,}",
        "{says,thinks,believes,feels,keeps saying} {that ,}{someone,somebody,people,they,everyone} {is,are} "
        "{following,watching,spying on,after,chasing} {him,her,them}",
        "{says,thinks,believes,feels} {that ,}{he,she} is being {followed,watched,spied on,chased}",
    )),
    # --- alcohol stopped a day or days ago (withdrawal peaks at 1-3 days) ---
    "alcohol_stopped": Sign((), (
        "{stopped,quit,left} {drinking alcohol,alcohol,liquor,drinking liquor}",
        "{stopped,quit} drinking {since ,}{1,2,3,4,5,one,two,three,four,five} {day,days} {back,ago}",
        "{daaru,daru,sharab,sharaab} {chhod di,chhodi,chod di,band ki,band kar di,band hai,peena chhoda,peena band}",
    )),
    # --- drinking told as a habit, or the wish to stop: a de-addiction assessment ("roz pauwa peete hain") ---
    "alcohol_use": Sign((), (
        "{daaru,daru,sharab,sharaab,pauwa,pauaa,desi,liquor,alcohol} {roz ,rozana ,daily ,har din ,bahut ,zyada ,"
        "jyada ,}{peete,peeta,peeti,pite,pita,piti} {hai,hain,hun,hoon,the,tha,thi}",
        "{roz,rozana,daily,har din,har roz} {daaru,daru,sharab,sharaab,pauwa,pauaa,quarter,desi,bottle} "
        "{peete,peeta,peeti,pite,pita,piti,pee lete,pi lete}",
        "{daaru,daru,sharab,sharaab,peena,pina} {chhodna,chodna,chhudwana,chhudana,chhudani,chhudwani} "
        "{hai,chahte,chahta,chahti,chahiye}",
        "{drinks,drinking} {alcohol,liquor,daru,daaru} {daily,every day,heavily,every night,since years}",
        "{wants,want,wanting} to {quit,stop,leave} {drinking,alcohol,liquor}",
    )),
    # --- "khoon kahin se nahi": no bleeding from anywhere (a denial the list negation does not reach) ---
    "no_bleeding_anywhere_hi": Sign(("bleeding",), (
        "{khoon,khun} {kahi,kahin} {se ,bhi ,se bhi ,}{nahi,nhi,nahin} {aaya,aa raha,aata,}",
    ), negated=True),
    # --- a blood thinner: bleeding on it is seen today ---
    "anticoagulant": Sign((), (
        "warfarin", "acitrom", "acenocoumarol", "nicoumalone", "sintrom", "coumadin", "apixaban", "eliquis",
        "rivaroxaban", "xarelto", "dabigatran", "pradaxa", "heparin", "enoxaparin", "blood thinner{,s}",
        "blood thinning {tablet,tablets,medicine,pills}",
        "khoon {patla,patle} {karne ki,karne wali,ki} {dawai,dawa,goli,dava}",
    )),
    # --- a tearing or ripping pain (aortic dissection: chest, back between the shoulder blades, belly); told with
    # its site, the wording is longer than the site's own pain term ("pain in the back") and carries its symptom ---
    "tearing_pain": Sign((), (
        _TEARING + " {pain,ache,dard}",
        "{pain,dard} {like,as if,jaisa,jaise} {tearing,ripping,something tearing,something ripping,being torn,"
        "being ripped,cheerna,chirna,cheer raha,chir raha}",
        "{cheerne,chirne,cheerta,chirta,phaadne,faadne} {jaisa,jaise,wala,waala,sa} dard",
        "feels like {something ,}{tearing,ripping,being torn} {inside,}",
    )),
    "tearing_chest_pain": Sign(("chest pain",), (
        _TEARING + " {pain,ache} in {the ,his ,her ,my ,}chest", _TEARING + " chest {pain,ache}",
        "feels like {something ,}{tearing,ripping,being torn} in {the ,his ,her ,my ,}chest",
    )),
    "tearing_back_pain": Sign(("back pain",), (
        _TEARING + " {pain,ache} in {the ,his ,her ,my ,}{back,upper back}", _TEARING + " back {pain,ache}",
        "feels like {something ,}{tearing,ripping,being torn} in {the ,his ,her ,my ,}back",
    )),
    # ("the back of my thigh" is a hamstring's, not the back's)
    "tearing_limb_pain": Sign(("leg pain",), (
        _TEARING + " {pain,ache} in {the ,}back of {the ,his ,her ,my ,}{thigh,leg,knee,calf}",
    )),
    "tearing_belly_pain": Sign(("abdominal pain",), (
        _TEARING + " {pain,ache} in {the ,his ,her ,my ,}{belly,abdomen,stomach,tummy}",
        _TEARING + " {belly,abdominal,stomach,tummy} {pain,ache}",
    )),
    # --- a part hot and swollen at once (gout, an infected joint, cellulitis): "garam te suja", "hot and swollen" ---
    # (commas are words to the matcher: "laal, garam te suja" is found by its last three; "knee swollen and hot" is
    # left to the knee's term, which would lose its span to this one)
    "hot_swelling": Sign(("swelling",), (
        "{hot,garam,garm} {and,aur,te} {swollen,suja,sooja,suji,sooji,sujja,soja}",
        "{suja,sooja,suji,sooji,soja} {aur,te} {garam,garm}",
        "{red hot,laal garam,lal garam}",
    )),
    # (a joint told hot and swollen is joint pain as well: longer than the joint-pain wording, it carries both; a
    # named joint's wording, "ghutna garam aur sooja", is its site's term's)
    "hot_swollen_joint_told": Sign(("joint pain", "swelling"), (
        "{joint,joints} {is ,are ,}{hot and swollen,"
        "swollen and hot,red hot and swollen,garam te suja,garam aur suja,garam aur sooja}",
    )),
    # --- skin red and burning where a spray fell: read with pesticide_exposure by pesticide_on_skin ---
    # (itching is the itching term's: "khujli aur laali" keeps it)
    "skin_red_burning": Sign(("rash",), (
        "{red,laal,lal,laali,lali,redness} {and,aur,te} {burning,jalan}",
        "{burning,jalan} {and,aur,te} {redness,laali,lali}",
    )),
    # --- a poison bought or kept for oneself, and the resolve to take it: read together by suicide_means ---
    "poison_at_hand": Sign((), (
        "{bought,brought,got,purchased,arranged} {some ,the ,a bottle of ,}"
        "{sulphas,celphos,rat poison,poison,pesticide,insecticide,keede maar dawai} {tablets,tablet,goli,goliyan,}",
        "{sulphas,celphos,zeher,zehar,jahar,chuha maar dawai} {ki goli ,ki goliyan ,}{khareed,kharid,le aaya,le aayi,"
        "la ke rakh,rakh li,rakh liya,chhupa ke rakh}",
        # round 20: a rat poison kept in the house, told by name ("chuha maarne wala dawa ghar me rakha hai"): at hand,
        # not swallowed (terms_injury reads the bare name as taken; the longer span wins)
        "{chuhe,chuha,choohe,chuhon} {maarne,marne,maar} {ki,wali,waali,ka,vali,wala,waala,vala,wale,waale} {dawa,"
        "dawai,dava,goli,powder,cake} {ghar me,ghar mein,ghar pe,ghar par,almari me,upar} {rakha,rakhi,rakhe,padi,pada} "
        "{hai,hain,tha,thi,rehta,rehti}",
    )),
    "resolve_to_take": Sign((), (
        "{decided,made up my mind,made up his mind,made up her mind} to {take,eat,drink,swallow} {them,it,these,those}",
        "{will,going to,gonna} {take,eat,drink,swallow} {them,it} {tonight,today,aaj raat}",
        "nothing left for {me,him,her}", "{khane,kha lene,peene,pee lene} ka {faisla,irada} kar {liya,lia}",
    )),
    "between_shoulder_blades": Sign(("back pain",), (
        "between {the ,his ,her ,my ,}shoulder blades", "{kandhon,kandho,kandhe} ke {beech,bich}",
        "{going,radiating,spreading,shooting} to {the ,}back between {the ,his ,her ,my ,}shoulders",
    )),
    # round 17: mushrooms gathered wild ("jungle se chyau laaye", "jangli khumbi"): a cluster of vomiting and
    # diarrhoea after them may be Amanita's, whose liver and kidney failure come after the vomiting
    "wild_mushroom_hi": Sign((), (
        "{jungle,jangal,jungli,jangli,forest,wild,kaadu,adavi} {se ,ke ,ki ,wale ,wali ,}{mushroom,mushrooms,"
        "khumbi,khumb,kukurmutta,chyau,chyaun,anabe,anabe kayi,puttagodugulu}",
    ), flag="wild_mushroom"),
    # round 17: a calf swollen, told in Hindi ("pindli sooj gayi", "dayi pindli sujhi")
    "calf_swelling_hi": Sign(("leg pain", "swelling"), (
        "{pindli,pindi,pinni,pindliyan} {sujhi,sooji,suji,soojhi,sooj gayi,suj gayi,sujh gayi,mein sujan,me sujan,"
        "phool gayi,fool gayi}",
    ), flag="calf_swelling"),
    # round 17: a cupful or a bowlful ("aaj 1 cup jitna", "a cupful of blood"): the amount of a massive bleed,
    # read with the coughing of blood (massive_haemoptysis)
    "cupful_amount": Sign((), (
        "{1,ek,aadha,half,a,one} {cup,katori,glass,bowl,cupful} {jitna,bhar,full}",
        # round 18: a mouthful ("muh bhar ke khoon", Hindi and Punjabi)
        "{muh,munh,mooh,moonh} bhar {ke,kar}", "{a ,}mouthful{s,} of",
        # round 19: "full cup", "a cup full", "half a glass", "katori bhar ke", "cupful of"
        "{full,half,half a,one full,a full} {cup,katori,glass,bowl,tumbler,mug}",
        "{cup,katori,glass,bowl,tumbler,mug} {full,bhar,bhar ke,bhar kar}", "{cupful,cupfuls,glassful,bowlful}",
    )),
    # round 17: an eye swollen shut (orbital_cellulitis with a fever)
    "eye_swollen_shut": Sign(("swelling",), (
        "{eye,eyes,eyelid,eyelids} {is ,are ,got ,}swollen {shut,closed,and shut,and closed}",
        "{eye,eyes} {has ,have ,}{swollen,swelled} {shut,closed}",
        "{aankh,ankh,aankhen,ankhen} {sooj,suj,sujh,phool,fool} {ke,kar} band {ho gayi,ho gai,ho gyi,hai,ho gayi hai}",
    )),
    # round 17: an eye hard as a stone to the touch (acute glaucoma's raised pressure, felt)
    "eye_hard": Sign((), (
        "{eye,eyeball} {feels ,is ,feel ,}{hard,stony} like {a ,}{stone,rock}", "feels {hard,stony} like {a ,}{stone,rock}",
        "{eye,eyeball} {feels ,is ,}{stone hard,rock hard,hard as stone,hard as a stone,hard as a rock}",
        "{aankh,ankh} {patthar,pathar} {jaisi,jaisa,jaise} {sakht,kadak,kadi,hard}",
    )),
    # round 17: claw marks of an animal ("guldar ke panje ke 3 kharonch", "leopard's claw scratches")
    "claw_marks": Sign(("wound",), (
        "{panje,panja,panjon,panjo,naakhun,nakhun,nakhoon} ke {1 ,2 ,3 ,4 ,5 ,do ,teen ,char ,kai ,gehre ,}{kharonch,"
        "kharoch,kharonche,khrooch,kharoonch,ghav,ghaav,zakhm}",
        "{claw,claws} {marks,scratches,scratch,wounds,wound}", "scratched by {a ,the ,}{leopard,tiger,bear,jackal,"
        "wild animal,wild cat,monkey}",
        "{leopard,tiger,bear,monkey,jackal} {claw,claws,scratch,scratches,scratched}",
    )),
    # round 17: symptoms begun after spraying a pesticide ("spray madi bandaga", "spray karne ke baad"): a
    # poisoning's first signs, told by the sprayer
    "after_spraying": Sign((), (
        "spray {madi,maadi,madida,chesi,chesina} {bandaga,bandmele,bandamele,mele,taravaata,vachaka,tarvata}",
        "{dawai,dawa,pesticide,keetnashak} {chhidakne,chhidak ke,chhidakte,chhidka,chidakne,chhidki} {ke baad,"
        "waqt,samay,}",
    )),
    # round 17: a rash or hives after a new medicine ("hives after new antibiotic", "dawai ke baad pitti"): a drug
    # allergy, the medicine stopped and a doctor today
    # round 18: a medicine begun days or weeks ago ("TB dawa shuru hui 10 din pehle", "started a new tablet last
    # week"): a rash told with it is the medicine's until shown not (rules_hinglish.drug_rash)
    "medicine_started": Sign((), (
        "{dawa,dawai,goli,goliyan,tablet,tablets,medicine,course,injection} {shuru,chalu,start} {hui,hua,"
        "kiya,ki,ki thi,kiya tha,hui thi,hua tha,kari,karvayi,kiti}",
        "{started,began,begun} {a ,the ,}{new ,}{medicine,tablet,tablets,drug,course,antibiotic,antibiotics}",
        # round 20: the medicine named ("started amoxicillin yesterday", "was given cefixime", "septran shuru kiya"):
        # the drugs that most often bring a rash (penicillins, sulfas, the seizure drugs, allopurinol, painkillers)
        "{started,starting,was given,prescribed} " + _RASH_DRUGS, _RASH_DRUGS + " {shuru,chalu} {kiya,ki,hui,hua}",
    )),
    "drug_rash": Sign(("rash",), (
        "{hives,urticaria,wheals} after {a ,the ,}{new ,}{antibiotic,antibiotics,medicine,"
        "medicines,tablet,tablets,injection,drug,painkiller,dawai,goli}",
        "{all over,everywhere,over the body,on the body,whole body} after {a ,the ,}{new ,}{antibiotic,antibiotics,"
        "medicine,medicines,tablet,tablets,injection,drug,painkiller}",
        "{after,since} {taking ,starting ,}{a ,the ,}new {antibiotic,medicine,tablet,drug,painkiller} hives",
        "{antibiotic,dawai,goli,injection} {ke baad,lene ke baad,khane ke baad,khate hi} {pitti,pitt,"
        "chakatte,chakkate}",
        # "nayi antibiotic ke baad poore badan pe pitti", "dawa shuru karte hi sab jagah daane"
        "{antibiotic,antibiotics,dawai,dawa,goli,goliyan,tablet,injection} {ke baad,lene ke baad,khane ke baad,khate hi,"
        "shuru karne ke baad,shuru karte hi,lagte hi,lagne ke baad} {poore badan pe,poore badan par,pure badan pe,"
        "pure badan par,poore sharir pe,poore sharir par,sab jagah,saare badan pe,saare sharir pe} {pitti,pitt,"
        "chakatte,chakkate,daane,dane,dane nikal,daane nikal,laal daane,rash,hives}",
    )),
}

