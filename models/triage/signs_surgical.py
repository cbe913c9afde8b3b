"""The belly's and the groin's surgical signs: a testis' pain, a bowel that passes no wind, a belly blown up or hard
as a board, a green vomit, a hernia that will not go back (merged into signs.SIGNS)."""

from __future__ import annotations

from .lexicon import Sign

SURGICAL_SIGNS: dict[str, Sign] = {
    "testicular_pain": Sign((), (
        "{pain,swelling,ache} in {the ,his ,my ,}{testicle,testicles,testis,scrotum,balls}",
        "{testicle,testicles,testis,scrotum,scrotal,balls} {pain,swelling,swollen,painful,hurting,hurts,ache}",
        "{painful,swollen} {testicle,testicles,scrotum}", "torsion", "andkosh {mein ,}{dard,sujan}",
        # round 17: text-speak, the side named ("pain in left ball"; a sideless "ball" is the foot's)
        "{pain,swelling,ache} in {the ,his ,my ,}{left,right,one} {ball,nut,testicle,testis}",
        "{left,right,one} {ball,nut} {pain,paining,swollen,swelling,hurts,hurting}",
        # a side named between, a swelling told with the pain ("andkosh me ek taraf sujan aur bahut tez dard", "fote
        # me achanak tez dard"); a swelling alone of months is a hydrocele's (urology), so the pain is needed here
        "{andkosh,andkos,andakosh,fota,fote,phota,phote,vrishan,testicle,testis,scrotum} {me,mein,main,ke} "
        "{ek taraf ,ek side ,ek taraf ki ,daayi taraf ,baayi taraf ,daayen ,baayen ,left side ,right side ,}"
        "{achanak ,}{sujan aur ,soojan aur ,sujan ke saath ,}{bahut ,}{tez ,}dard",
    )),
    # no stool and no wind at all: a complete bowel obstruction
    "no_flatus": Sign(("constipation",), (
        "{not,no longer} passing {gas,wind,flatus}",
        "{cannot,can't,cant,unable to} pass {gas,wind,flatus}", "no {gas,wind,flatus} {passed,passing,coming out}",
        "{has not,hasn't,have not,haven't,did not,didn't} {passed,pass} {gas,wind,flatus}",
        "{hawa,gas,paad} {band,nahi nikal rahi,nahi nikli,nahi nikal raha,nahi pass ho rahi}",
        "{latrine,tatti,potty,toilet,shauch,pakhana} aur {hawa,gas} {dono ,}band",
        # round 17: "no potty no gas pass 2 days"
        "no {gas,wind,flatus} {pass,passed,passing,pass out}", "no {potty,stool,motion,latrine,tatti} {and ,}no "
        "{gas,wind,flatus}",
        # round 20: the wind "too" ("latrine nahi hua, hawa bhi nahi nikalta"), or its habitual and past
        "{hawa,paad} {bhi ,}{nahi,nhi} {nikalta,nikalti,nikla,nikli}",
        "{hawa,paad} bhi {nahi,nhi} {nikal,pass} {raha,rahi,hota,hoti}",
        # round 20: both in one denial ("no gas or potty passed"), Hindi's list with no "aur" ("pakhana hawa sab band")
        "no {gas,wind,flatus} {or,and,nor} {potty,stool,stools,motion,motions,poo,latrine} {passed,since,for}",
        "{not,hasn't,has not,haven't,have not,didn't,did not} {passed,pass} {gas,wind,flatus} {or,and,nor} "
        "{potty,stool,stools,motion,motions,poo}",
        "{pakhana,paikhana,potty,latrine,tatti} {hawa,gas} {sab ,dono ,}{band,bandh}",
        "{hawa,gas} {aur ,}{pakhana,paikhana,potty,latrine,tatti} {sab ,dono ,}{band,bandh}",
    )),
    "abdominal_distension": Sign(("swelling",), (
        "{belly,stomach,abdomen,tummy,pet} {is ,}{swollen,distended,swelling up,hard and swollen}",
        "{swollen,distended} {belly,stomach,abdomen,tummy}", "abdominal distension",
    )),
    # round 20: a belly blown up ("pet phool gaya", "bloated tummy"): the obstruction rules read it as a distension,
    # but it names no swelling (a gassy belly is bloated, not swollen)
    "abdominal_bloating": Sign((), (
        "{belly,stomach,abdomen,tummy,pet} {is ,}bloated", "bloated {belly,stomach,abdomen,tummy}",
        "pet {dhol ,dhol jaisa ,dhol ki tarah ,gubbare jaisa ,}{phool,phula} {gaya,hua,hai,ke}",
        # round 20: blown up like a drum or a balloon ("pet dhol jaisa fula", "pet nagada jaisa tight")
        "pet {dhol,dholak,nagada,gubbara,gubbare,drum} {jaisa,jaise,ki tarah} {fula,phula,phool,phul,fool,tight,tana}",
    ), flag="abdominal_distension"),
    "bilious_vomit": Sign(("vomiting",), (
        "{green,bilious} {vomit,vomiting,vomits}", "vomit{ing,s,ed} {green,bile} {stuff,fluid,liquid,}",
        "{ulti,ulatti,ultee} {hari,hara,haree,peeli hari}", "{hari,hara} {ulti,ultee,pitt}",
        "{hare,hara,hari} {rang,rang ki,rang ka,colour ki,color ki} {ulti,ultee,ultiyan}",  # round 20: "hare rang ki ulti"
    )),
    # (a belly hard as a board is a painful one: the belly's pain with it, as clinicians write it)
    "peritonism": Sign(("abdominal pain",), (
        "{abdomen,belly,stomach,tummy} {is ,}{hard,rigid,board-like,like a board,rock hard,hard as a rock,"
        "hard like a rock,like a rock,tight and hard} {like {a ,}board,}", "rigid abdomen",
        "board{-, }like {abdomen,rigidity}", "guarding", "rebound tenderness",
        # round 17: a belly hard as a stone ("belly tight like stone", "pet patthar jaisa sakht")
        "{abdomen,belly,stomach,tummy} {is ,}{tight,hard} like {a ,}{stone,rock,board,wood}",
        "pet {pura ,poora ,ekdam ,bilkul ,}{patthar,pathar,pathhar,patthar ki tarah,pathar ki tarah} {jaisa ,jaise ,}"
        "{sakht,sakt,kadak,kada,tight,hard}",
        # round 20: the tightness first, the stone after ("pet ekdom tight patthar jaisa", ekdom read "ekdam")
        "pet {pura ,poora ,ekdam ,bilkul ,}{tight,sakht,kada,kadak,hard} {patthar,pathar,pathhar} {jaisa,jaise,ki tarah}",
    )),
    # round 16: the same in Hinglish, told after the lump ("pehle andar chali jaati thi, aaj se dard aur andar nahi
    # ja rahi"): the flag alone (the lump's own words name the swelling)
    "irreducible_hernia_hi": Sign((), (
        "{aur,ab,aaj,aaj se,lekin ab,par ab} {andar,wapas,vapas} {nahi,nhi} {ja rahi,ja raha,jaa rahi,jaa raha,jaati,"
        "jaata,jati,jata,ho rahi,ho raha} {hai,}",
    ), flag="irreducible_hernia"),
    "irreducible_hernia": Sign(("swelling",), (
        "{swelling,lump,hernia,bulge} {is ,}{now ,}{stuck,hard and painful}",
        "{swelling,lump,hernia,bulge} {is ,}{now ,}{stuck, }{and ,}{won't,will not,doesn't,does not} go back {in,}",
        "{can't,cannot} push {the swelling,the lump,the hernia} back",
    )),
}
