"""Wordings of pregnancy's and labour's signs (WHO MCPC): the waters broken or smelling bad, labour obstructed or
stalled, contractions, labour named. Merged into signs.SIGNS; the rules that read them are rules.py's."""

from __future__ import annotations

from .lexicon import Sign

# what labour's pains do after their name ("jachgi ke dard chal rahe"): longer than the contractions' "dard chal
# rahe", so the words are the named labour's
_PAINS_GOING = ("{, shuru hue, shuru huye, shuru ho gaye, shuru ho gye, shuru hue hain, shuru ho gaye hain, chal rahe,"
                " aa rahe, uth rahe, badh rahe, chal rahe hain, aa rahe hain, uth rahe hain, badh rahe hain}")

PREGNANCY_SIGNS: dict[str, Sign] = {
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
    )),
    # a discharge or the waters smelling bad: infection (after the waters break, amnionitis)
    "foul_discharge": Sign(("vaginal discharge",), (
        "{smelly,foul,foul smelling,foul-smelling,bad smelling,bad-smelling,stinking,offensive} {discharge,fluid,"
        "water,waters,liquor,vaginal discharge}",
        "{discharge,fluid,water,waters} {smells,is smelly,is smelling,smelling} {bad,foul,}",
        "{badboodar,badbudar,badbu wala,badbu wali} {pani,paani,discharge,safed pani}",
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
        # the baby stuck: "bachcha atak gaya", "sir dikh raha par aage nahi aa raha"
        "{bachcha,baccha,bacha,bachha,baby} {atak,atka,atki,phans,phas,fans,fas,fansa,phansa} {gaya,gayi,gya,hai,"
        "raha,rha,hua}",
        "{sir,bal,baal} dikh {raha,rahe,rha} {hai ,}{par,pr,lekin,magar} {aage,bahar,neeche} {nahi,nhi} {aa,nikal,badh,"
        "khisak} {raha,rha}",
        # pushing all night or for hours (the dai "zor lagwati rahi")
        "{raat bhar,saari raat,sari raat,puri raat,poori raat,ghanton se,kai ghante,kai ghanton se,subah se,kal se} "
        "zor {lagwaya,lagwaye,lagwa rahe,lagwa rahi,lagwa raha,lagwati rahi,lagwate rahe,lagaya,lagayi,lagaye,"
        "laga rahi,laga rahi hai,lagati rahi,lagate rahe}",
    )),
    # the afterbirth not out after the baby ("aanwal abhi tak nahi nikla", the hills' "ni", dialect.py)
    "retained_placenta": Sign((), (
        "{aanwal,aanval,anwal,aanvl,placenta,jer,khedi} {) ,}{abhi tak ,ab tak ,abhi bhi ,}{nahi,nhi,nahin} {nikla,nikli,"
        "gira,giri,aaya,aayi,nikal paya,nikal payi,nikal raha,nikal rahi}",
        "{placenta,afterbirth} {has ,is ,}{not,still not,not yet} {come out,came out,delivered,out,passed,separated}",
        "{retained,stuck} {placenta,afterbirth}",
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
    )),
}
