"""Wordings of pregnancy's and labour's signs (WHO MCPC): the waters broken or smelling bad, labour obstructed,
contractions. Merged into signs.SIGNS; the rules that read them are rules.py's."""

from __future__ import annotations

from .lexicon import Sign

PREGNANCY_SIGNS: dict[str, Sign] = {
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
    "obstructed_labour": Sign((), (
        "{baby's,babys,baby} {hand,arm,leg,foot,feet,cord,bottom} {came,come,is coming,has come,coming} out",
        "{hand,arm,cord} {came,coming} out first", "in labour {since,for} {a day,a long time,two days,many hours}",
        "labour {pains ,}{since,for} {yesterday,last night,two days}",
    )),
    "contractions": Sign((), (
        "contractions", "labour pains", "labor pains", "{pain,pains,tightening,tightenings} {coming and going,comes "
        "and goes,every few minutes}", "{tightening,tightenings} every", "dard {aa ja raha,ruk ruk kar}",
    )),
}
