"""Wordings of pregnancy's and labour's signs (WHO MCPC): the waters broken or smelling bad, labour obstructed or
stalled, contractions, labour named. Merged into signs.SIGNS; the rules that read them are rules.py's."""

from __future__ import annotations

from .lexicon import Sign

# what labour's pains do after their name ("jachgi ke dard chal rahe"): longer than the contractions' "dard chal
# rahe", so the words are the named labour's
# a haemoglobin under 7 g/dL (WHO: severe anaemia in pregnancy), as the ANM's card or the VHND reads it out
_SEVERE_HB = "{" + ",".join(sorted({str(whole) for whole in range(2, 7)} | {f"{whole}.{tenth}" for whole in range(2, 7)
                                                                          for tenth in range(10)})) + "}"
_HB_WORDS = "{hb,haemoglobin,hemoglobin,hgb,hb level}"
_NOT = "{nahi,nhi,nahin,ni}"
_PAINS_GOING = ("{, shuru hue, shuru huye, shuru ho gaye, shuru ho gye, shuru hue hain, shuru ho gaye hain, chal rahe,"
                " aa rahe, uth rahe, badh rahe, chal rahe hain, aa rahe hain, uth rahe hain, badh rahe hain}")

PREGNANCY_SIGNS: dict[str, Sign] = {
    # round 18: a blood pressure told normal at a recent check ("BP pichle hafte normal tha", "BP was normal last
    # week"): an evening swelling of the feet with it is a pregnancy's own (rules.pregnancy_swelling)
    "bp_told_normal": Sign((), (
        "{bp,b.p.,blood pressure} {pichle hafte ,pichhle hafte ,kal ,parso ,last week ,at the last visit ,checked ,"
        "check kiya ,}{normal,theek,thik,sahi,fine,ok} {tha,thi,hai,aaya,aayi,was,si,}",
        "{bp,b.p.,blood pressure} {was,is} {normal,fine,ok} {last week,at the last visit,yesterday,at the clinic}",
    )),
    # round 16: periods named heavy ("periods heavy", "heavy periods every month", "menorrhagia"): a gynaecological
    # complaint to see in turn (often with anaemia's tiredness), not a bleeding now; most writers count no symptom of
    # it (Gujarati: gu_heavy_periods). The blood itself told heavy ("periods mein bahut zyada khoon"), or with clots,
    # stays a vaginal bleeding (terms_body)
    "heavy_periods": Sign((), (
        "heavy periods", "heavy menstrual bleeding", "menorrhagia", "excessive menstrual bleeding",
        "periods {are ,}{very ,too ,}heavy", "{heavy,excessive,prolonged} {periods,menses,bleeding during periods}",
    )),
    "ruptured_membranes": Sign(("vaginal discharge",), (
        "{paani,pani} ki thaili {phat,fat} {gayi,gai}", "thaili {phat,fat} {gayi,gai}",
        "{water,fluid,waters,liquid} {leaking,leak,broke,broken,is leaking,coming out,gushing}",
        "leaking {water,fluid,liquor}",
        "waters {have ,}broken", "{bag of waters,water bag} {broke,burst}", "rupture of membranes",
        "{my ,her ,the ,}waters {breaking,broke,burst,have gone,went,gone,are leaking,leaking}",
        "{paani,pani} {toot,tut,phoot,phut,fat,phat} {gaya,gayi,gai,gya,gaya hai}",
        "{paani,pani} {jaa,ja} {raha,rahi} {hai,}",
        "{clear ,}{fluid,water,liquid} {is ,}{running,trickling,dripping,gushing,pouring} {down,out}",
        # water running from below, told in Hindi and Punjabi: "thalle ton lagatar paani aa reha"
        "{neeche,niche,thalle,thale} {se,ton,to} {lagatar ,bahut ,}{paani,pani} {aa,beh,vag,nikal} "
        "{raha,rahi,reha,rahe,riha}",
        # round 20: seeping, in the tea gardens' Hindi and Sadri ("niche se paani jaisa rissa ja raha", "paani ris
        # raha"): from below, where a wound's ooze is told from the wound
        "{neeche,niche,thalle,thale} se {paani,pani} {jaisa ,}{rissa,risa,ris,rees,tapak} {ja,jaa,raha,rahi,rha,rhi,"
        "jata,jaata,jati,jaati}{ raha kapda geela, kapda geela,}",
        # the waters gone with the day they went ("paani 2 din pehle gir gaya tha", "paani kal raat gira"): the time
        # between tells the waters, where a bare "paani gir gaya" is spilt water (a scald's)
        "{paani,pani} {kal,kal raat,kal subah,kal shaam,parson,raat ko,subah,1 din pehle,2 din pehle,3 din pehle,"
        "ek din pehle,do din pehle,teen din pehle,2 din se,do din se} {gir,gira,giri,toot,tut} {gaya,gayi,gya,gai,}",
        # round 19: the time told after the verb, and "gone" as the verb ("pani gaya 1 din pehle", "pani chala gaya
        # 2 din pehle", Awadhi "paani gir gail kal"; not "nikal gaya", which a nose or an eye says too)
        "{paani,pani} {gaya,gayi,gya,chala gaya,chali gayi,gir gaya,gir gayi,gira,toot gaya,tut gaya,phoot gaya,gail,"
        "gir gail,chal gail} {kal,kal raat,kal subah,kal shaam,parson,"
        "raat ko,subah,aaj subah,1 din pehle,2 din pehle,3 din pehle,ek din pehle,do din pehle,teen din pehle,"
        "1 din se,2 din se,do din se,ek din se,12 ghante pehle,24 ghante pehle,kuch ghante pehle}",
        "{paani,pani} {kal,kal raat,kal subah,kal shaam,parson,raat ko,aaj subah,1 din pehle,2 din pehle,ek din pehle,"
        "do din pehle} {chala gaya,chali gayi,gaya,gail}",
    )),
    # round 20: the baby told moving ("bachha hil raha", "bachcha theek se ghoom raha"): its movements denied less
    "baby_moves_hi": Sign(("reduced fetal movement",), (
        "{bachcha,bachha,baccha,bacha,baby} {achhe se ,theek se ,thik se ,}{hil,ghoom,ghum} {raha,rahi,rha,rhi}",
    ), negated=True),
    # a discharge or the waters smelling bad: infection (after the waters break, amnionitis)
    "foul_discharge": Sign(("vaginal discharge",), (
        "{smelly,foul,foul smelling,foul-smelling,bad smelling,bad-smelling,stinking,offensive} {discharge,fluid,"
        "water,waters,liquor,vaginal discharge}",
        "{discharge,fluid,water,waters} {smells,is smelly,is smelling,smelling} {bad,foul,}",
        "{badboodar,badbudar,badbu wala,badbu wali,badboo wala,badboo wali} {pani,paani,discharge,safed pani}",
        # the waters smelling ("paani se badbu aa rahi", "paani mein badboo")
        "{paani,pani} {se,mein,me,main,me se} {badbu,badboo,durgandh,gandi smell,smell} {aa rahi,aati,hai,}",
    )),
    # a labour that cannot end by itself (WHO MCPC): a hand, foot or the cord first, the baby stuck, pushing for hours,
    # labour for a day (a labour told with its hours is read by prolonged_labour)
    "obstructed_labour": Sign((), (
        "{baby's,babys,baby} {hand,arm,leg,foot,feet,cord,bottom} {came,come,is coming,has come,coming} out",
        "{hand,arm,cord} {came,coming} out first", "in labour {since,for} {a day,a long time,two days,many hours}",
        "labour {pains ,}{since,for} {yesterday,last night,two days}",
        "{baby is,baby got,baby has got} stuck", "{baby's,babys,the baby's} head {is ,}{stuck,not coming down,"
        "not descending}",
        "{pushing,been pushing,bearing down} {all night,the whole night,for hours,since last night,since yesterday}",
        # "bachche ka haath bahar aa gaya", "naal pehle nikal aayi", "pair pehle aaye": a part before the head
        "{bachche,bacche,bache,baby} {ka,ki,ke} {haath,hath,pair,paer,paon,naal,nal,kandha} {pehle ,pahle ,}"
        "{bahar ,}{aa gaya,aa gayi,aa gaye,aaya,aayi,nikla,nikli,nikal aaya,nikal aayi,nikal aaye,dikh raha,dikh rahi}",
        "{haath,hath,pair,paer,paon,naal,nal} {pehle,pahle} {bahar ,}{aa gaya,aa gayi,aa gaye,aaya,aayi,aaye,nikla,"
        "nikli,nikal aaya,nikal aayi,nikal aaye,dikha,dikhi,dikh raha,dikh rahi}",
        "naal bahar {aa gayi,nikal aayi,latak rahi,dikh rahi}",
        # the cord hanging out after the waters broke (a cord prolapse, minutes to save the baby: WHO MCPC), told of
        # the cord or of "something like a rope" ("cord is hanging out", "kuch rassi jaisa bahar latak raha hai")
        "{the ,a ,}{cord,umbilical cord} {is ,}{hanging,coming,sticking,seen} {out,outside,down}",
        "{something ,}like a {cord,rope,string} {is ,}{hanging,coming} out",
        "{kuch ,koi ,}{rassi,rassee,dori,naal,nali} {jaisa ,jaisi ,jaise ,}{kuch ,}{bahar,niche,neeche} {latak,nikal,aa,"
        "dikh} {raha,rahi,gaya,gayi,rha,rhi} {hai,}",
        "{bahar,niche,neeche} {kuch ,koi ,}{rassi,rassee,dori,naal,nali} {jaisa ,jaisi ,jaise ,}{kuch ,}{latak,nikal,"
        "aa,dikh} {raha,rahi,gaya,gayi,rha,rhi} {hai,}",
        # the baby stuck: "bachcha atak gaya", "sir dikh raha par aage nahi aa raha"
        "{bachcha,baccha,bacha,bachha,baby} {atak,atka,atki,phans,phas,fans,fas,fansa,phansa} {gaya,gayi,gya,hai,"
        "raha,rha,hua}",
        "{sir,bal,baal} dikh {raha,rahe,rha} {hai ,}{par,pr,lekin,magar} {aage,bahar,neeche} {nahi,nhi} {aa,nikal,badh,"
        "khisak} {raha,rha}",
        # round 21: Bhojpuri and Maithili: the baby's hand out first ("bachcha ke haath pahile bahar aa gail", "haath
        # bahar aabi gel"), the baby stuck ("bachcha atak gail"), or the dai saying it is ("dai kahat bari atak gail")
        "{bachche,bachcha,bacche,baby,babua} ke {haath,hath,gor,pair,paer,naal,kandha} {pahile ,pehle ,pahle ,}"
        "{bahar ,}{aa gail,aa gayil,aabi gel,aabi gelai,aail,niklal,nikal gail,nikal gel}",
        "{bachcha,baccha,bacha,bachha,baby} {atak,atka,phans,phas} {gail,gel,gelai,gayil}",
        "{dai,nurse,didi} {kahat,kahait,kahlak,kahli} {bari ,bani ,chhai ,}{ki ,}{atak,phans} {gail,gel,gelai,gayil}",
        # pushing all night or for hours (the dai "zor lagwati rahi")
        "{raat bhar,saari raat,sari raat,puri raat,poori raat,ghanton se,kai ghante,kai ghanton se,subah se,kal se} "
        "zor {lagwaya,lagwaye,lagwa rahe,lagwa rahi,lagwa raha,lagwati rahi,lagwate rahe,lagaya,lagayi,lagaye,"
        "laga rahi,laga rahi hai,lagati rahi,lagate rahe}",
    )),
    # pains that come and go: labour in a pregnancy (the in_labour rule reads them with a pregnancy told, or with
    # the baby not yet out)
    "contractions": Sign((), (
        "contractions", "{pain,pains,tightening,tightenings} {coming and going,comes "
        "and goes,every few minutes}", "{tightening,tightenings} every", "dard {aa ja raha,ruk ruk kar}",
        # "dard shuru hue" (the pains began, the plural of labour), "dard chal rahe", "dard uth rahe"
        "dard shuru {hue,huye,ho gaye,ho gye,ho gae,ho gaye hain,hue hain}",
        "dard {chal,aa,uth,badh} {rahe,rhe,rahe hain,rahe he}",
        "{thodi thodi,thodi,har thodi} der {mein,me,baad} dard",
    )),
    # labour itself, named (a pregnancy is in it): "labour pains", "jachgi ke dard", "prasav pida", pushing with the dai
    "in_labour": Sign((), (
        "labour pains", "labor pains", "labour pain", "labor pain", "in {active ,}{labour,labor}",
        "{went,gone,going} into {labour,labor}", "{labour,labor} {started,has started,began,begun}",
        "{jachgi,jachchgi,jachagi,jaccha,zachgi,prasav,parsav,delivery,labour,labor} {ke,ka,ki,wale,wala,jaise,jaisa} "
        "{dard,peeda,pida,pain,pains}" + _PAINS_GOING,
        "prasav {pida,peeda,vedna,vedana}" + _PAINS_GOING,
        # Kannada: "herige novu" (the pains of the delivery)
        "{herige,heriga,herigi,herage} {novu,noovu,novvu}",
        "{labour,labor} {shuru,chal raha,chal rahi,lag gaya,lag gayi}",
        # pushing, as the dai has her do it
        "zor {lagwaya,lagwaye,lagwa rahe,lagwa rahi,lagwa raha,lagwati,lagwate,lagwati rahi,lagwate rahe}",
        "{she is,she's,she has been,she's been,has been,been,started} pushing",
    )),
    # the baby not out though labour goes on ("bachcha nahi nikla", "baby not born yet"): with labour, a labour that
    # does not progress
    "labour_stalled": Sign((), (
        "{bachcha,baccha,bacha,bachha,baby} {abhi tak ,ab tak ,abhi bhi ,fir bhi ,phir bhi ,}{nahi,nhi,nahin} "
        "{nikla,nikli,nikal raha,nikal rha,nikal rahi,nikal paya,nikal pa raha,bahar aaya,bahar aa raha,bahar nikla}",
        "{baby,the baby} {is ,has ,}{still ,}{not born yet,not yet born,not delivered yet,not yet delivered,"
        "not coming out,not come out,not out yet,still not out}",
        "{labour,labor} {is ,}not progressing", "no progress {in,of} {the ,}{labour,labor}",
        # the baby "not coming" while the pains go on ("bachcha nahi aa raha", Bundeli "nai aa rao"; "baby is still
        # not coming"); "nahi aaya" only with "abhi tak" (a child who did not come to school is no labour), and never
        # "nahi ho raha" (no child conceived: "shaadi ko 3 saal, bachcha nahi ho raha")
        "{bachcha,baccha,bacha,bachha,baby} {abhi tak ,ab tak ,abhi bhi ,fir bhi ,phir bhi ,}{nahi,nhi,nahin} "
        "{aa raha,aa rahi,aa rha,aa pa raha,aa pa rahi}",
        "{bachcha,baccha,bacha,bachha,baby} {abhi tak,ab tak} {nahi,nhi,nahin} {aaya,hua,nikla,ho paya}",
        "{baby,the baby,baby's head,the head} {is ,}{still ,}not {coming,coming down,coming out,descending}",
        # the Garhwali and Kumaoni "ni" ("baccha ni aa raha"), and Kannada: "magu tale bartilla" (the baby's head is
        # not coming), "magu horage baruttilla"
        "{bachcha,baccha,bacha,bachha,baby} {abhi tak ,ab tak ,abhi bhi ,fir bhi ,phir bhi ,}ni {aa raha,aa rahi,aa rha,"
        "nikla,nikal raha,nikal rha,bahar aaya}",
        "{magu,maguvu,baby} {tale ,talae ,horage ,hora ,}{bartilla,baratilla,baruttilla,barthilla,barta illa,"
        "baralilla}",
    )),
    # the afterbirth not out after the baby ("aanwal abhi tak nahi nikla", "placenta has not come out"): WHO MCPC, a
    # placenta not delivered 30 minutes after the birth is retained: a haemorrhage follows, to hospital now
    "retained_placenta": Sign((), (
        "{aanwal,anwal,aanval,anval,aonwal,placenta,jer,jerh,khedi} {(placenta) ,placenta ,}{abhi tak ,ab tak ,"
        "abhi bhi ,}" + _NOT + " {nikla,nikli,nikal,nikal raha,nikal rahi,nikal paya,giri,gira,bahar aaya,bahar aayi,"
        "aaya,aayi,padi,pada}",
        "placenta {has ,is ,}{still ,}{not come out,not came out,not delivered,not yet delivered,not out,"
        "not yet out,not expelled,inside,stuck,retained,not coming out,did not come out,didn't come out,"
        "hasn't come out,has not come out,not yet come out}",
        "{retained,stuck} {placenta,afterbirth}",
        "{placenta,afterbirth} {not,hasn't,has not,did not,didn't,still not,not yet} {come,came} out",
        "{placenta,afterbirth} {has ,is ,}{not,still not,not yet} {delivered,out,passed,separated}",
        # "aanwal (placenta) abhi tak nahi nikla", "aanvl ni gira" (the hills' "ni", dialect.py)
        "{aanwal,aanval,anwal,anval,aanvl,aonwal,jer,jerh,khedi} {) ,}{abhi tak ,ab tak ,abhi bhi ,}" + _NOT
        + " {nikla,nikli,gira,giri,aaya,aayi,nikal paya,nikal payi,nikal raha,nikal rahi}",
    )),
    # --- round 21: labour told in Bhojpuri and Nagpuri (Bihar, Jharkhand) ---
    # the bag of waters burst, with Bhojpuri's genitive and past ("paani ke thaili phoot gail", Nagpuri "phut gelak")
    "bh_waters_burst": Sign(("vaginal discharge",), (
        "{paani,pani} {ke,ka,ki,kar} {thaili,thaila,jhilli} {phoot,phut,phat,fat,foot} {gail,gayil,gel,gelak,gaya,"
        "gayi}",
        "{thaili,thaila} {phoot,phut,phat,fat,foot} {gail,gayil,gel,gelak}",
    ), flag="ruptured_membranes"),
    # a hand, a foot or the cord out first, in Bhojpuri and Nagpuri ("bachcha ke haath pahile bahar aa gail",
    # "gor pahile niklal"): a labour that cannot end by itself (WHO MCPC)
    "bh_part_first": Sign((), (
        "{bachcha,bachha,baccha,bacha,babua,chhouwa} {ke,ka,kar} {haath,hath,gor,goda,pair,naal,nal,kandha} "
        "{pahile,pehle,pahle,pahiley} {bahar ,}{aa gail,aail,aayil,niklal,nikal gail,nikal aail,aa gelak,nikal gelak,"
        "aa gel}",
        "{haath,hath,gor,goda,pair,naal,nal} {pahile,pehle,pahle} {bahar ,}{aa gail,aail,aayil,niklal,nikal gail,"
        "nikal aail,aa gelak,nikal gelak}",
        # the baby stuck, as the dai says it in Bhojpuri ("bachcha atak gail", "dai kahat bari atak gail ba")
        "{bachcha,bachha,baccha,bacha,babua} {atak,atkal,phans,phas,fans,fas} {gail,gayil,gelak,gel,gail ba}",
        "{dai,daai,dagrin,chamain,nurse,didi} {kahat,kahli,kahlin,kahalas,bolat,bolli,boli} {bari,bani,ba,hai,} "
        "{ki ,}{atak,phans,fans} {gail,gayil,gelak,gel,gaya,gayi}",
    ), flag="obstructed_labour"),
    # the pains since a time in Bhojpuri ("raat se dard uthat ba", "bihane se dard chalat ba") or going on ("dard chalu
    # ba"); a labour only where a pregnancy is told or the baby has not come (pictures.IN_LABOUR)
    "bh_pains": Sign((), (
        "{raat,kaal raat,kal raat,bihane,subah,kaal,kal,saanjh,dupahar,bhor} se dard {uthat,aawat,chalat,uth rahal,"
        "aa rahal,chal rahal,chal raha,chal rahe,uth raha} {ba,bate,hai,}",
        "dard {chalu,shuru} {ba,bate,hai,he,bhail}",
    ), flag="contractions"),
    # the baby not come though the pains go on, in Bhojpuri and Hindi told the other way round ("bachcha na aail",
    # "abhi tak bachcha nahi hua"): a labour that does not progress (never "bachcha nahi ho raha", none conceived)
    "bh_baby_not_come": Sign((), (
        "{bachcha,bachha,baccha,bacha,babua} {abhi tak ,ab tak ,abhi le ,ab le ,}{na,nahi,nai} {aail,aayil,niklal,"
        "nikal,aawat}",
        "{abhi tak,ab tak,abhi le,ab le} {bachcha,bachha,baccha,bacha,baby} {na,nahi,nai,nhi} {hua,bhail,aail,aaya,"
        "nikla,niklal,hoelak}",
    ), flag="labour_stalled"),
    # WHO MCPC: waters stained green (meconium) in labour: the baby in distress, delivered with help now; told as the
    # waters' colour ("paani hariyar rang ke aawat ba", "hara paani gir raha", "green waters"). Read only in a
    # pregnancy or with the pains (rules.labour_danger): a green runny nose is no liquor
    "meconium_liquor": Sign((), (
        "{paani,pani} {hariyar,hariar,hara,hari,hare,green,karia,kala} {rang ke ,rang ka ,rang ki ,sa ,jaisan ,}"
        "{aawat,aa raha,aa rahi,aa rahal,aaya,aayil,aail,nikal,nikla,niklal,gir raha,gir rahal,jaat,gail,gira}",
        "{hariyar,hariar,hara,hare,green,greenish} {rang ke ,rang ka ,}{paani,pani} {aawat,aa raha,aa rahi,aaya,aail,"
        "nikla,niklal,gir raha,gira,gail}",
        "{green,greenish,meconium,meconium stained,meconium-stained} {waters,liquor,amniotic fluid}",
        "{waters,liquor} {are ,were ,is ,}{green,greenish,meconium stained,meconium-stained}",
    )),
    # round 18, Punjabi: "jaapa hoye nu hafta hoya" (a week since the birth): the lying-in named (patient.py reads
    # the delivery from it; named here so the spelling corrector keeps "jaapa", not "jaata")
    "pa_lying_in": Sign((), ("{jaapa,jaappa,japa} {hoye,hoya,hoyi,hoeya,hoi,hua,hui}", "{jaape,jaappe} {ton,to,de} baad")),
    # the fever's shaking in Punjabi: "tez bukhar naal kambni", "kambni chhid ke bukhar"
    "pa_rigors": Sign(("fever",), (
        "{bukhar,bukhaar,taap,tap} {naal,nal,de naal,te} {kambni,kambani,kaambi}",
        "{kambni,kambani} {chhid ke,laggke,lag ke,naal} {bukhar,bukhaar,taap}",
    ), flag="rigors"),
    # round 18: "low blood" told in words, the ANM's or the anganwadi's anaemia ("khoon kam hai bola", "khoon ki
    # kami", "raktham takkuva undi"): an anaemia for the antenatal visit, not a bleeding (no number: not graded)
    "anaemia_told": Sign((), (
        "{khoon,khun} {ki kami,kam hai,kam he,kam h,kam bola,kam bataya,kam nikla,kam aaya,kam ahe,ghatt aa,ghat hai}",
        "{khoon,khun} {ki ,}kami {hai,bola,bataya,}", "{hb,haemoglobin,hemoglobin} {kam,low,ghat} {hai,}",
        "{raktham,raktam,rakthamu} takkuva {ga ,}{undi,undani,ani}", "low {hb,haemoglobin,hemoglobin}",
    )),
    # round 22: a mother's breasts full, heavy or hard in the days the milk comes in ("both breasts full and heavy",
    # "dono chhati bhaari aur dard, doodh bhar gaya"): engorgement (WHO postnatal care: feed often, both sides), the
    # breast's and not the chest's, nor a pre-eclampsia's swelling (no symptom read); a hot red part of one breast
    # with a fever is a mastitis's, judged by its signs
    "breast_engorgement": Sign((), (
        "{both ,my ,her ,}{breasts,breast} {are ,is ,feel ,feels ,became ,got ,}{full,heavy,hard,engorged,swollen,"
        "tight,rock hard,lumpy,full and heavy,heavy and full,full and hard,hard and full,swollen and heavy,heavy and "
        "hard,full heavy} {and painful,and sore,and tender,and paining,painful,sore,}",
        "{breast,breasts} {engorgement,engorged}", "engorged {breast,breasts}",
        "{dono ,}{chhati,chhatiyan,chhatiya,chhaati,stan,breast,breasts,buk} {bhaari,bhari,bhaari bhaari,kadak,sakht,"
        "tight,tan gayi,bhar gayi,sooj gayi,sooji} {aur dard,me dard,aur dukh rahi,dukh rahi,}{hai,hain,ho gayi,}",
        "{stan,breast} {me,mein} {doodh,dudh} {bhar,jam,ruk} {gaya,gayi,gya}",
        "{doodh,dudh} {bhar,jam} {gaya,gayi,gya} {hai,}",
        # the milk named as what fills them ("chhatiyan doodh se bhaari", "chhati dudh sa bhaari")
        "{dono ,}{chhati,chhatiyan,chhatiya,chhaati,stan} {doodh,dudh} {se,sa,sae} {bhaari,bhari,bhar gayi,tight,"
        "kadak,sakht}",
    )),
    # a haemoglobin under 7 told (WHO: severe anaemia; the pregnancy's rules read it)
    "severe_anaemia": Sign((), (
        _HB_WORDS + " {is ,was ,of ,level ,only ,sirf ,}" + _SEVERE_HB,
        # (blood counted in grams: "khoon 5 gram", never "khoon 5 din se", a bleeding's days)
        "{hb,haemoglobin,hemoglobin,hgb,hb level,khoon} " + _SEVERE_HB + " {gm,g,gram,gram hai,aaya,aayi,ittu,bandide}",
    )),
}
