"""Round 23's wordings of symptoms the clinicians' vignettes told in words the lexicon lacked: a child's breathing
"faster than usual" (IMCI counts it, the mother sees it), and the urine's burning told with "pesab" (Hinglish's
commonest spelling of it). terms.py adds each to the symptom's own wordings (not in place of them)."""

from __future__ import annotations

UNDER_TERMS: dict[str, tuple[str, ...]] = {
    # breathing faster than it was ("breathing faster than usual", "breathing has become quicker"): IMCI's fast
    # breathing as a mother tells it before anyone counts it
    "fast breathing": (
        "{breathing,breathes,breaths,breath} {is ,has been ,seems ,looks ,was ,}{faster,quicker,more rapid,more rapidly,"
        "more quickly} than {usual,normal,before,yesterday,earlier,other days}",
        "{breathing,breath} {has ,is ,}{become,got,gotten,getting,became} {fast,faster,quick,quicker,rapid}",
        "{faster,quicker} breathing than {usual,normal}",
        "{saans,sans} {pehle se ,roz se ,}{zyada ,jyada ,}{tez,jaldi} {chal rahi,chal raha,chal rhi} {hai,}",
    ),
    # the urine's burning with "pesab" and a grade between ("pesab me halki jalan", "pesab karte waqt jalan")
    "dysuria": (
        "{pesab,pisab,pishab,peshab} {me,mein,main} {halki ,thodi ,thoda ,bahut ,tez ,}{jalan,jalna,chubhan}",
        "{pesab,pisab,pishab,peshab} {karte,karne} {waqt,samay,time,me,mein} {halki ,thodi ,bahut ,tez ,}"
        "{jalan,jalna,chubhan,dard}",
    ),
}
