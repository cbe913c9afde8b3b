"""Round 18's wordings of what makes a complaint minor, in Punjabi (Malwa), Telugu and Mumbai's Bambaiya Hindi: a
nosebleed stopped by pressing, a burn with no blister, a grazed knee, a bump on the forehead, a calf's cramp, dust in
the eye, heartburn, a strain after the gym or a heavy load, a child told playing and drinking. Each sets a flag the
self-care gate (conditions.self_care_eligible) and the minor pictures (minor*.py) already read; signs.py merges
SELFCARE_SIGNS into SIGNS."""

from __future__ import annotations

from .lexicon import Sign

_MINUTES = "{1,2,3,4,5,6,7,8,9,10,do,teen,panj,paanch,das} "
_COUNT = "{1 ,2 ,3 ,4 ,5 ,6 ,7 ,8 ,9 ,10 ,do ,teen ,panj ,paanch ,das ,}"
_NOSE_BLOOD = ("{naak,nak} {ton,se,chon,cho} {khoon,khun} {aaya,aa raha,aa reha,nikal raha,"
               "nikleya,beh raha}")
_PLAYS = "{reha,rahi,riha,rya,raha,rehi} {aa,ae,hai,e,}"

SELFCARE_SIGNS: dict[str, Sign] = {
    # a nosebleed: Punjabi "naak ton khoon aaya", Telugu "mukku nunchi raktham vachindi", Hindi "naak se 2 boond khoon"
    "pa_nosebleed": Sign(("bleeding",), (
        "{naak,nak} {ton,chon,cho} {thoda ,}{khoon,khun} {aaya,aya,aa gya,aa gaya,nikleya,nikla,"
        "vageya,}",
        "{mukku} {lo ,}{nunchi,nundi} {konchem ,}{raktham,rakthamu,rakta,blood} {vachindi,vastundi,vachhindi,"
        "kaarindi,}",
        "{naak,nak} se " + _MINUTES + "{boond,boonde,boondein,bunde,bunden,drops} {khoon,blood}",
    ), flag="nosebleed"),
    # a nosebleed that does not stop (Punjabi "band ni ho reha", Hindi "band nahi ho raha", told after the blood):
    # a severe bleed (rules_complaints.bleeding, rules.severe_bleeding), not a stopped one
    "nose_bleed_not_stopping": Sign(("bleeding",), tuple(
        _NOSE_BLOOD + sep + "{te ,aur ,}" + stop for sep in (", ", " ") for stop in (
            "{band,bandh} {ni,nahi} {ho reha,ho raha,ho rahi,hoya,ho rya}",
            "{ruk} {ni,nahi} {reha,raha,rya,rahi}"))
        + ("{khoon,khun} {band,bandh} {ni} {ho reha,hoya,ho rya}",
           "{khoon,khun} {ruk} {ni,nahi} {reha,rya}",
           # Punjabi "khoon nahi rukda" (read "rukta"): any bleed that will not stop
           "{khoon,khun} {ni,nahi} {rukta,rukti,ruk reha}"),
        severity="severe"),
    # stopped by pressing: Punjabi "dabaun naal 5 min ch ruk gya", Telugu "2 min press chesthe aagipoyindi"
    "pa_bleeding_pressed": Sign((), (
        "{dabaun,dabaan,daba ke,dabake,dabaya} {naal ,nal ,te ,to ,}" + _COUNT + "{minute ,}"
        "{ch ,vich ,mein ,me ,}{ruk,band} {gya,gaya,gyi,gayi,ho gya,ho gaya}",
        _COUNT + "{minutes ,nimishalu ,}{press,nokki} {chesthe,chesthey,chesina taruvata,"
        "pettithe,pedithe} {aagipoyindi,aagindi,aagi poyindi,aagipoindi}",
        "{khoon,khun} band {ho gaya,ho gayi,ho gya,hua}",
    ), flag="bleeding_controlled"),
    # no blister: Punjabi and Hindi "chhala ni (pya)"
    "pa_no_blister": Sign((), (
        "{chhala,chhale,chala,chhaala} {ni,nahi} {pya,peya,pada,hai,aaya,hoya,}",
    ), flag="no_blister"),
    # a grazed knee or elbow: Punjabi "goda chhilya"
    "pa_graze": Sign(("wound",), (
        "{goda,gode,hath,pair,gitta} {chhilya,chhileya,chilya,chhiliya,chhil gya,"
        "chhil gaya,chhil gyi}",
    ), severity="mild", flag="graze"),
    # a bump on the forehead: Punjabi "mathe te gumma"
    "pa_head_bump": Sign((), (
        "{mathe,maathe,sir,sar,sirr} {te,ute,tey} {guma,gumad,gumar,gumma,gummaa,gooma}",
    ), flag="head_bump"),
    # a calf's cramp at night: Punjabi "pinni ch khall pai jaandi", Telugu "kaalu pikkalu pattesthunnai", "calf lo
    # cramp"
    "pa_leg_cramp": Sign(("leg pain",), (
        "{pinni,pinniyan,pindi} {ch,vich,mein,me} {khall,cramp} {pai,pendi,"
        "pai jaandi,pai jandi,paindi,pe jaandi,pe jandi,aundi,aa jaandi}",
        "{kaalu,kaali,kaallu,kallu} {pikkalu,pikka} {pattesthunnai,pattestunnai,pattesthundi,pattukuntunnai,pattindi,"
        "pattukupoyindi}",
        "{calf,calves,pikkalu,pikka} {lo,lo konchem} {cramp,cramps}",
    ), severity="mild", flag="leg_cramp"),
    # dust blown into an eye on a ride, washed out: Telugu "kannu lo dust padindi"
    "te_dust_eye": Sign(("red eye",), (
        "{kannu,kallu,kanti,kallalo} {lo ,}{dust,dhuli,dummu,mitti,kaaram,insect,purugu} {padindi,paddadi,"
        "poyindi,padi,vellindi}",
    ), flag="eye_irritant"),
    # a burning at the throat after meals, worse lying down: Telugu "tinnaka gonthu daggara manta"
    "te_heartburn_throat": Sign((), (
        "{gonthu,gontu,gunde} {daggara,lo} {manta,mantaga,manta ga}",
    ), flag="dyspepsia"),
    # a pain the finger brings back: Telugu "press chesthe ekkada noppi", Bambaiya "us jagah dabata to dard"
    "te_pressed_pain": Sign((), (
        "{press,nokki} {chesthe,chesthey,chesinappudu} {ekkada ,akkada ,}{noppi,noppiga}",
        "{dabata,dabati,dabane par,dabane pe,daba ke} {to ,}dard",
    ), flag="reproducible_pain"),
    # round 22: the chest's own spot that hurts where pressed ("seene me ek jagah dabane pe dard"): the chest's pain,
    # and the chest wall's sign (the site and the pain kept together; minor.chest_wall_strain judges it)
    "pressed_chest_spot": Sign(("chest pain",), (
        "{seene,seena,sine,seeney,chest} {me,mein,mai,pe,par,ki,ke} {ek ,kisi ,}{jagah ,point ,spot ,"
        "hisse ,}{dabane,dabaane,daba ke,dabata,dabati,dabaun,dabau,dabaate} {pe ,par ,se ,to ,}{dard,dukhta,dukhti,"
        "dukhe,dard hota,dard hoti}",
    ), flag="reproducible_pain"),
    # a strain told by its cause: the gym, a heavy load carried upstairs, a day weeding, a game, a dance, a day's walk
    "strain_cause": Sign((), (
        "{gym,gym lo,gym ki} {heavy ,}{bench press,weights,workout,chesanu}", "bench press",
        "{cylinder,gas cylinder,bori,boriya,saman,sack} {khud ,}{utha ke,uthake,utha kar,uthaya,uthakar}",
        "{chenu,chelu,polam} lo {full day ,roju ,}{kalupu,pani} {teesanu,chesanu}",
        "{cricket,football,kabaddi,volleyball} {khele,khel ke,khelne ke baad}",
        "{dance} {chesanu,chesindi,kiya,kela,kita}",
        "saara din {ture,turya,tureya,chaleya,tur ke}",
    ), flag="exertion"),
    # a fall from a roof, a tree or the stairs in Punjabi ("kothe ton dig pya"): a high-energy injury (SATS), seen
    "pa_fall_from_height": Sign(("fall",), (
        "{chhat,chhatt,chhath,kotha,kothe,rukh,darakht,darakhat,pauri,pauriyan,deewar,kandh,chubara,chubare,"
        "balcony,terrace} {ton,to,uton} {dig,digg} {pya,peya,gya,gaya,gayi,gyi,pai,ke,key,gaye}",
    ), flag="fall_from_height"),
    # a child told playing (Punjabi "khed reha"): not drowsy, and no more than that (a child with a wheeze may play)
    "plays_told": Sign(("lethargy",), ("khed " + _PLAYS,), negated=True),
    # drinking told (IMCI: a child who drinks is not "unable to drink"; no reassurance more than that: a child with a
    # fever or a burn may drink too): Punjabi "paani te dudh pee reha", "dudh changa peenda", Telugu "paalu baagane
    # taagutundi", Bambaiya "paani bhi peeti"
    "drinks_told": Sign(("unable to drink",), (
        "{paani,pani} te {dudh,doodh} {pee,pi} " + _PLAYS, "{dudh,doodh} te {paani,pani} {pee,pi} " + _PLAYS,
        "{dudh,doodh} {changa,changi tarah,vadiya} {peenda,pee reha,pee rahi}",
        "paalu baagane {taagutundi,taagutunnadu}", "paani bhi {peeti,peeta,piti,pita} {hai,}",
        # eating kept down in a pregnancy's sickness ("roti kha laindi", "din mein kha leti")
        "roti kha {laindi,lainda}", "{din mein,din me,din ko} kha {leti,leta,lete} {hai,hoon,hu,}",
    ), negated=True),
    # the same again, every month or every year: Telugu "every month ilaage untundi", "this year kuda same"
    "te_usual": Sign((), (
        "{every month,every year,prathi nela,prati nela,prathi samvatsaram} {ilaage,ilage,ilaane,alaage,ilane} "
        "{untundi,vastundi}",
        "{this year,ee year,ee sari,ee saari} {kuda,kooda} same",
    ), flag="usual_pattern"),
    # milk brought up by a young baby gaining weight: "dudh munh se nikaalta, wajan badh raha"
    "hi_posset": Sign((), (
        "{thoda ,}{dudh,doodh} {munh,muh,mooh,mu} se {nikaalta,nikalta,nikaalti,nikalti,nikal deta,nikal deti,ugalta,"
        "ugalti}",
    ), flag="posseting"),
    "hi_thriving": Sign((), (
        "{wazan,vajan,wajan,weight} {badh,barh} {raha,rahi,raha hai,rahi hai}",
    ), flag="thriving"),
    # a fever denied in a list ("taap vagaira kuch nahi": no fever or anything)
    "fever_none_listed": Sign(("fever",), (
        "{taap,bukhar,bukhaar,fever,tap} {vagaira,vagairah,wagaira,wagairah} {kuch ,}{nahi}",
    ), negated=True),
}
