"""Round 23's wordings of the look-alikes: what tells a red flag's words apart from the milder picture they belong to
(lookalikes.py reads them; rules.py leaves the emergency to the real one). A face drooping with an eye that will
not close and the arms, legs and speech told normal (Bell's palsy), floaters with a sudden blur, a single vomit after
a knock, a mouth that opens only part way (a quinsy), a heavy nosebleed stopped by pressing, breathless on the stairs,
a child who plays in between, orthopnoea told in Hindi. signs_later.py merges LOOKALIKE_SIGNS into signs.SIGNS."""

from __future__ import annotations

from .lexicon import Sign

_CANT = "{cant,can't,cannot,could not,couldn't,unable to,not able to}"
_SIDE_HI = "{ek,daayi,baayi,dayi,bayi,daayin,baayin,daayen,baayen,dayen,bayen,left,right,ulti,seedhi}"

LOOKALIKE_SIGNS: dict[str, Sign] = {
    # An eye that will not close on the drooping side: the muscle round the eye is weak, which a stroke (an upper
    # motor neurone's palsy) spares and Bell's palsy (the facial nerve's) does not (NICE CKS Bell's palsy)
    "eye_wont_close": Sign((), (
        _CANT + " close {his ,her ,my ,the ,}{left ,right ,one ,}eye{,s} {fully,properly,completely,}",
        "{left,right,one} eye {is ,}{not,doesn't,does not,won't,will not,wont} {close,closing,shut,shutting} "
        "{fully,properly,completely,}",
        _SIDE_HI + " aankh {poori ,puri ,theek se ,}band nahi {hoti,ho rahi,ho pa rahi,hota,ho pati,hoti hai}",
        "aankh {poori ,puri ,theek se ,}band nahi {hoti,ho rahi,ho pa rahi,ho pati}",
    )),
    # the arms and legs told working: no one-sided weakness (BE-FAST's "A" answered; signs_absent.strength_normal's)
    "limbs_normal": Sign((), (
        "{arms and legs,legs and arms,hands and legs,hands and feet,arm and leg,limbs} {are ,}{fine,normal,ok,okay,"
        "working,working fine,working normally,moving fine,moving normally,all fine,strong}",
        "{haath pair,hath pair,haath paon,hath paon,haath paer,hath paer} {bilkul ,sab ,}{theek,thik,sahi,normal} "
        "{hai,hain,chal rahe,}",
        "{haath pair,hath pair,haath paon,hath paon} {chal rahe,kaam kar rahe,hil rahe} {hai,hain,}",
    ), flag="strength_normal"),
    # the speech told clear (BE-FAST's "S" answered)
    "speech_normal": Sign((), (
        "{speaking,talking,speech} {is ,}{properly,normally,clearly,fine,normal,clear}",
        "{boli,bolna,baat,awaaz} {bhi ,}{saaf,theek,thik,normal} {hai,}",
        "bolne {me,mein} {koi ,}{dikkat,pareshani,takleef,problem} {nahi,nhi}",
    )),
    # one side of the face fallen ("right side of face fell since waking"): a face that droops, not a fall
    "face_fell": Sign(("facial droop",), (
        "{right ,left ,one ,}{side of ,half of ,}{the ,his ,her ,my ,}face {fell,has fallen,had fallen,fallen,dropped,"
        "has dropped,sagged,has sagged}",
    )),
    # water dribbling from the mouth's corner as the patient drinks or rinses (a weak face, not a fall)
    "mouth_dribbles": Sign(("facial droop",), (
        "{water,drink,tea,milk} {falling,dribbling,leaking,spilling,coming out} from {the ,his ,her ,my ,}mouth "
        "{corner,side,}",
        "{water,drink,tea,milk} {falls,dribbles,leaks,spills} from {the ,}{corner of the mouth,mouth corner,mouth}",
    )),
    # floaters: dark spots that drift across the sight (a vitreous bleed or a tearing retina, the eye doctor's today;
    # RCOphth), not a stroke's loss of half the field
    "floaters": Sign((), (
        "floaters", "{black,dark} {spots,dots,specks,threads} {floating,moving,drifting} {in ,across ,}{the ,my ,his ,"
        "her ,}{vision,eye,}",
        "{cobweb,cobwebs} in {the ,my ,his ,her ,}{vision,eye}",
        "{kaale,kale,kaala,kala} {dhabbe,dhabba,daag,dots,bindu,machhar,dore,dhaage} {tair,ud,ghoom,tehel} "
        "{rahe,raha,rahi} {hai,hain,}",
    )),
    # a single vomit after a knock (NICE NG232: not one of a child's or an adult's CT criteria, which ask for more than
    # one): the head injury observed, not scanned within the hour
    "vomited_once": Sign(("vomiting",), (
        "{vomited,vomit,threw up} {just ,only ,}once", "{one,1,single} {vomit,vomiting,episode of vomiting}",
        "{ek,1} {baar,bar} {ulti,ultee,vomit} {hui,huyi,ki,kiya,kari,aayi}", "ulti {ek,1} {baar,bar}",
    )),
    # a mouth that opens only part way (trismus): a throat or tooth abscess, Hindi wordings
    "trismus_hi": Sign((), (
        "{munh,muh,mooh,mu} {pura,puri,theek se,thik se,thik,theek} {nahi,nhi} {khulta,khulti,khul raha,"
        "khul rahi,khul pata,khul pati,khul pa raha,khul pa rahi}",
    ), flag="trismus"),
    # a voice gone thick and muffled ("awaaz gungi si", "dabi dabi awaaz"): the hot-potato voice of a throat abscess
    "muffled_voice_hi": Sign((), (
        "{awaaz,awaz,aawaz,aawaaz} {gungi,gungi si,dabi,dabi si,dabi dabi,moti,bhaari si} {si ,}{ho gayi,hai,lag rahi,}",
        "{dabi dabi,gungi si} {awaaz,awaz,aawaz}",
    ), flag="muffled_voice"),
    # a nosebleed told heavy ("naak se bahut khoon aaya")
    "nosebleed_heavy_hi": Sign(("bleeding",), (
        "{naak,nak} se {bahut,bohot,bahot,zyada,jyada,kaafi} {khoon,khun,blood} {aaya,aayi,aa raha,aa gaya,nikla,"
        "gira,beh gaya,bah gaya}",
    ), flag="nosebleed", severity="severe"),
    # a bleed that stopped when it was pressed, however long the pressing ("20 minute daba ke rakhe to ruka")
    "pressed_stopped_hi": Sign((), (
        "{daba ke,dabake,daba kar,dabakar,dabaye,dabaa ke} {rakhe,rakha,rakhi,rakhne} {to,toh,par,pe,se} {ruka,ruki,"
        "ruk gaya,ruk gayi,band hua,band ho gaya,thama}",
        "{stopped,stops} after {pressing,pressure,pinching} for {10,15,20,25,30,ten,fifteen,twenty,thirty} "
        "{min,mins,minutes}",
    ), flag="bleeding_controlled"),
    # breathless on the stairs: a breath that effort brings on (mimics.effort_breathless)
    "stairs_breathless": Sign(("shortness of breath",), (
        "{little ,slightly ,bit ,a bit ,}{breathless,out of breath,short of breath,puffing} {on,climbing,when climbing,"
        "going up,while climbing} {the ,}{stairs,steps,staircase}",
        "{seedhi,seedhiyan,seedhiya,sidhi} {chadhne,chadhte} {pe,par,me,mein,waqt,} saans {phoolti,phool jaati,"
        "phool jati,chadhti}",
    ), flag="exertional_pain", severity="mild"),
    # a child who plays in between the fever (IMCI: alert, not lethargic)
    "plays_in_between": Sign((), (
        "{beech beech,beech beech me,beech me,kabhi kabhi,thoda thoda} {me ,}khel {bhi ,}{raha,rahi,rahe,rha,rhi,leta,"
        "leti}",
        "{plays,playing} {in between,off and on,on and off,at times,sometimes}",
    ), flag="plays_at_times"),
    # a few spots of blood ("halke khoon ke dhabbe"): a spotting, light (mimics.threatened_miscarriage in an early
    # pregnancy); whose blood it is the complaint's context decides, as for any bleeding
    "spotting_hi": Sign(("bleeding",), (
        "{halke,halka,halki,thode,thoda,thodi,chhote,chhota,chhoti} {se ,}{khoon,khun} {ke,ka,ki} {dhabbe,dhabba,daag,"
        "chhinte,boond,boonde}",
    ), severity="mild"),
    # breathless as soon as lying down at night, sleeping sitting ("lete hi saans phoolti", "baith ke sota hu")
    "orthopnoea_hi": Sign(("shortness of breath",), (
        "{raat ko ,}{lete hi,letate hi,letne pe,letne par,lette hi} saans {phoolti,phool jaati,phool jati,phoolne "
        "lagti,chadh jaati}",
        "{baith ke,baithke,baith kar,baithkar} {sota,soti,sote,sona padta} {hu,hoon,hai,hain,}",
    ), flag="orthopnoea"),
}
