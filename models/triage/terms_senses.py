"""Wordings of the senses' symptoms: the eye, the ear, the nose, the throat and the teeth (terms.py merges them
with the rest); see lexicon.py for the brace syntax."""

from __future__ import annotations

from .lexicon import CANT, PRONOUN

SENSES_TERMS: dict[str, tuple[str, ...]] = {
    "blurred vision": (
        # round 16: seeing less or not clearly ("dikhai kam de raha", "saaf nahi dikhta")
        "dikhai {kam,dhundhla} {de raha,de rahi,deta,deti,dikhta}",
        "{saaf,saf,theek se,thik se} {nahi,nhi} {dikhta,dikhti,dikh raha,dikh rahi,dikhai deta,dikhai de raha}",
        # round 16: a haze before the eyes ("aankhon ke aage dhundh"); a darkness there is a faint's
        "{aankhon,ankhon,aankh} ke {aage,samne} {dhundh,dhundhla,dhundla,dhundhlapan,dhundhlaapan}",
        "vision {is ,}{misty,hazy,foggy,blurry,cloudy}", "{ek cheez ,}do do {dikh,dikhai de} {rahi,raha,rahe} {hai,}",  "{aankhon,ankhon} {ke aage,ke saamne} andhera",
        "vision {is ,}{getting,becoming,has become,became,slowly getting} {cloudy,hazy,dim,misty,blurry,blurred,weak,poor}",
        "{vision,eyesight,sight} {is ,}{getting,becoming} {slowly,gradually} "
        "{cloudy,hazy,dim,misty,blurry,blurred,weak,poor}",
        "{cloudy,hazy,misty,dim} vision",
        # round 19: the vision told "little blur" ("vision little blur", "vision is bit blurry")
        "{vision,eyesight,sight} {is ,}{little,a little,slightly,bit,a bit,v,very,too,also} {blur,blurry,blurred,"
        "hazy,dim}", "vision {is ,}blur",
        "blurred vision", "blurry vision", "blurring of vision",
        "vision {is ,}{blurred,blurry,getting blurry,hazy,dim,poor,reduced,decreased,weak}",
        CANT + " see {clearly,properly,well}", "dimness of vision", "double vision", "seeing double",
        "seeing {spots,flashes,stars}", "spots in front of {the ,my ,her ,his ,}eyes",
        "dhundhla {dikhna,dikhta,dikh raha}",
        "dhundla", "dhundhla", "kam dikh{na,ta,ai}", "nazar kamzor",
        # Gujarati "jhankhu" (blurred): "jova ma jhankhu lage"
        "{jova ma,jovama,dekhva ma} {jhankhu,jankhu,zankhu} {lage,dekhay,dekhaay}", "{jhankhu,zankhu} dekhay",
        # "andhera/dhundhla in front of the eyes": the pre-eclampsia story in Hindi
        "{aankh,aankhon,aankho,ankh,ankhon,ankho,aankhein,aankhen} ke {aage,samne,saamne} {andhera,andhere,dhundhla,dhundla,dhundhlapan,dhundlapan,dhundhla sa,dhundla sa,dhundhala,dhundhli,dhundli,dhuan,dhuaan}",
        "{andhera,andheri} {chha,chhaa,chha jata,chha gaya,aa jata,aa gaya,aa raha}",
        # Devanagari read aloud keeps its vowels: धुंधला दिखना -> "dhundhalaa dikhnaa", नज़र धुंधली -> "nazra dhundhalee"
        "{dhundhala,dhundhalaa,dhundhalee,dhundhali,dhundhli,dhundli}",
        "{nazar,nazra,najar} {dhundhli,dhundhalee,dhundhali,dhundli,kamazor,kamzor}",
        "blurry", "blurred", "hazy vision",
        "{vision,eyesight,sight} {is ,}{blurry,blurred,hazy,weak,poor,bad,dim}",
        "{cannot,can't,cant,unable to,not able to,can hardly} see", "poor vision", "{weak,weakening} eyesight",
        "dimness",
        "double vision",
        "seeing double",
        "vision {is ,}double",
        "vision {blurring,going blurry,is blurring}",

        "{eye,eyes,vision} {blur,blurry,blurring,blurs}", "{vision,eyesight,sight} {has ,}{become,gone,is,got} "
        "{less,reduced,low,down,weak,poor}", "vision less",
        "{can't,cannot,cant,unable to,not able to,difficulty to,difficulty in,trouble} read{,ing} {the ,}{newspaper,paper,"
        "small print,small letters,near}",
        "padhne {mein,me} {dikkat,takleef,pareshani}",
    ),
    "eye pain": ("eye pain", "painful eye{,s}", "sore eye{,s}",
                 # round 19: eyes that burn or strain after a screen ("eyes tired and little burning")
                 "{eye,eyes} {is ,are ,}{little ,a little ,slightly ,a bit ,bit ,very ,v ,}{burning,paining,hurting,aching}",
                 "{eye,eyes} {tired,strained} and {little ,a little ,slightly ,a bit ,bit ,very ,v ,}{burning,paining,hurting,aching,watering}"),
    "red eye": (
        # round 16: "aankh aa gayi" (Hindi's name for conjunctivitis)
        "{aankh,aankhen,aankhein,ankh} aa {gayi,gai,gaye,gayi hai,gayin}",
        # round 19: eyes told red with a degree ("eyes little red after swimming")
        "{eye,eyes} {is ,are ,look ,looks ,}{little,a little,slightly,bit,a bit,very,v,too} red",
        "red eye{,s}", "eye{,s} {is ,are ,}red", "redness {of,in} {the ,}eye{,s}", "pink eye", "conjunctivitis",
        "aankh{,en,ein,e} laal", "laal aankh{,en,ein}", "aankh aana", "aankh aayi",
        "{eyes,eye} {are ,is ,}{red,pink,bloodshot}", "bloodshot eye{,s}", "{eye,eyes} {redness,infection}",
        "aankh{,en} {laal,lal} {hai,ho gayi,}",
        "{ankh,ankhen,ankhein,aankho,ankho,aankhon,ankhon} {laal,lal} {hai,hain,ho gayi,ho gayi hai,}",
        "{chipchipa,chipchipi,kichad,keechad,gaad,geed} {paani,wala paani,aa raha,aata}",
    ),
    "retro-orbital pain": (
        "pain behind {the ,my ,his ,her ,}eye{,s}", "retro{-, ,}orbital pain", "behind the eyes pain",
        "aankhon ke peeche dard",
        "{aankhon,aankh,ankhon,aankho} ke {peechhe,peeche,pichhe,piche} {dard,pain}",
    ),
    "ear pain": ("earache", "ear ache", "ear pain", "otalgia", "kaan dard",
        "{ear,ears} {is ,are ,}{paining,hurting,aching,sore}", "sore {ear,ears}", "kaan {mein ,}dard",
        "{pulling,tugging,rubbing} {at ,on ,}{his ,her ,the ,}{ear,ears}",
    ),
    "ear discharge": (
        # round 16: "कान बह रहा है" (bah, as Devanagari reads it)
        "{kaan,kan} {bah,beh,behta,bahta,bahata} {raha,rahi,hai,rehta}",
        # round 16: pus or water from the ear ("kaan se mavaad")
        "{kaan,kan} se {peela ,peeli ,safed ,ganda ,}{mavaad,mawad,mavad,peep,pus,paani,pani,paanee} {aa raha,"
        "aa rahi,aata,nikal raha,nikal rahi,beh raha,}", "{kaan,kan} {me,mein} {mavaad,mawad,mavad,peep,pus}",
        "pus {coming ,}from {the ,my ,his ,her ,right ,left ,}ear",
        "discharge from {the ,}ear{,s}", "pus {coming ,}{from,in,out of} " + PRONOUN + "ear{,s}",
        "ear {is ,}{discharging,leaking,running}",
        "{running,discharging} ear{,s}", "ear discharge", "otorrh{o,}ea",
        "kaan {se ,}{beh raha,behna,bahna,pus,paani,pani,mawad}",
        "kaan {se ,mein ,}{pass,pas,peep,mavaad,mawaad,mavad} {aa raha,aata,nikal raha,nikalta,beh raha}",
        # round 20: the water from the ear told with how long between ("kaan se 3 mahine se paani aata": a chronic
        # ear), and a smelly water from it, not the womb's ("kaan se badbu wala paani aata")
        "{kaan,kan} se {ek,do,teen,char,kai,1,2,3,4,5,6} {hafte,hafton,mahine,mahino,saal,saalon} se {peela ,safed ,"
        "badbu wala ,ganda ,}{paani,pani,peep,pus,mavaad,mawad}",
        "{kaan,kan} se {badbu wala,badbu wali,badboo wala,badboo wali,badbudar,badboodar,gandi badbu wala} {paani,"
        "pani,peep,pus,mavaad,mawad}",
        # round 21: the pus told flowing ("kaan se peeb bahta hai"), its time told between in the singular or as "a
        # month through" ("kaan se 3 hafta se peep bah raha", "kaan se mahina bhar se peep bahta")
        "{kaan,kan} se {peela ,safed ,ganda ,}{peep,peeb,pus,mavaad,mawad,paani,pani} {bah raha,beh raha,bah rahi,"
        "beh rahi,bahta,behta,bahti,behti,bahat,bahait,bahela}",
        "{kaan,kan} se {ek,do,teen,char,kai,1,2,3,4,5,6} {hafta,hapta,mahina} se {peela ,safed ,badbu wala ,ganda ,}"
        "{paani,pani,peep,peeb,pus,mavaad,mawad}",
        "{kaan,kan} se {hafta,hapta,mahina,mahine,saal} bhar se {peela ,safed ,badbu wala ,ganda ,}{paani,pani,peep,"
        "peeb,pus,mavaad,mawad}",
    ),
    "hearing loss": (
        "hearing {is ,}{getting,becoming} {less,worse,poor,weak,low}",
        CANT + " hear {well,properly,clearly,}", "hearing loss", "loss of hearing", "deaf{,ness}", "hard of hearing",
        "{decreased,reduced} hearing", "kam sunai", "sunai nahi {deta,de raha,deti}",
        # "hearing high": Hindi's idiom for the hard of hearing ("ooncha sunte hain", Awadhi "ooncha sunat")
        "{ooncha,uncha,oncha,ucha,ooncha hi} {sunte,sunta,sunti,sunat,sunai deta,sunai deti,sunai}", "{tv,television,radio} {zor se,tez,full,bahut zor se} {chalate,chalata,chalati,chalawat,"
        "chalaawat,sunte,sunta,sunti,sunat}",
        "{not,can't,cant,cannot} hearing {well,properly}", "hearing {is ,}{less,reduced,poor,decreased,gone}",
        "{deaf,deafness} in {one,the left,the right,left,right} ear",
        "{lost,losing} {the ,my ,his ,her ,all ,}hearing",
        "hearing {is ,}{slowly ,}{going down,decreasing,getting less,getting down}",
        "{keeps ,}{tv,television} volume {very ,}{high,full,loud}",
        # round 20: "tv volume always full", "keeps the radio volume on full", "cannot hear us properly"
        "{tv,television,radio,phone,mobile} volume {is ,}{always ,all the time ,}{very ,}{high,full,loud,on full,at "
        "full,at maximum,on maximum}",
        CANT + " hear {us,me,him,her,them,people,others,anyone,what we say,what i say} {well,properly,clearly,}",
        "hearing {has ,have ,}{gone down,come down,reduced,decreased,become less,become poor,gone less}",
        "{keeps,puts,plays} {the ,}{tv,television,radio} {loud,on loud,very loud,too loud}",
        "{ear,ears} {is ,are ,feel ,feels ,}{blocked,full}", "blocked {ear,ears}",
        "{trouble,difficulty,problem} {in ,with ,}hearing",
        # round 21: a child who does not hear when called ("bulane pe sunta nahi", Bhojpuri "bolawla pe na sunela")
        "{bulane,bulaane,pukarne,pukaarne,awaaz dene,aawaj dene,bolawla,bolaile} {pe,par,pa,se} {bhi ,}{sunta,sunti,"
        "sunat,sunela,sunait} {nahi,nhi,nai,na}",
        "{bulane,bulaane,pukarne,pukaarne,awaaz dene,aawaj dene} {pe,par,pa,se} {bhi ,}{nahi,nhi,nai,na} {sunta,sunti,"
        "sunat,sunela,sunait}",
    ),
    "sore throat": (
        # round 16: "throat infection" (a sore throat, as the patient names it)
        "throat {infection,infected}",
        # round 19: the throat told scratchy with a degree between ("throat little scratchy since morning")
        "throat {is ,}{little ,a little ,slightly ,a bit ,bit ,very ,v ,}{scratchy,scratching,sore,paining}",
        "sore throat", "throat pain", "painful throat", "scratchy throat", "throat {is ,}{sore,scratchy,irritated}",
        "throat irritation", "pharyngitis", "tonsillitis", "gala kharab {hai,}", "gala dard", "gale {mein,me} dard",
        "khich khich",
        "throat {is ,}{paining,hurting,aching,burning}", "{pain,ache} in {the ,}throat",
        "gale mein {kharash,khichkhich}", "kharash", "gala {thoda ,bahut ,halka ,}kharab {hai,}",
    ),
    "runny nose": (
        "runny nose", "running nose", "nose {is ,}running", "cold", "common cold", "sardi", "zukam", "zukaam", "jukam",
        "jukaam", "naak beh {rahi,raha} {hai,}", "naak behna", "naak se paani", "nasal discharge", "rhinorrh{o,}ea",
        "sniffles", "sniffling", "watery nose",
        "{catch,caught} a cold", "{has,have,having} {a ,}cold", "nose {is ,}{watering,dripping}",
        "{dripping,drippy} nose", "snot", "sardi zukam", "naak {beh,bah} {rahi,raha,rhi}",
        "sniffle{,s}", "naak se {paani,pani} {beh raha,aa raha,behna}",
    ),
    # the verb as well ("baby chheenkta hai"): read, not corrected to "chheenta" (a splash)
    "sneezing": ("sneez{e,es,ing,ed}", "chheenk{,e,ein}", "chhink{,e}", "chheenkein",
                 "{chheenk,chhink}{ta,ti,te,na,ne,tay}"),
    "nasal congestion": (
        # round 19: a nose told blocked always or often ("nose always blocked", "nose is often block")
        "nose {is ,}{always,often,mostly,constantly,still} {blocked,block,stuffy,congested}",
        "blocked nose", "stuffy nose", "nose {is ,}blocked", "stuffed {up ,}nose", "nasal {congestion,blockage,block}",
        "congested nose", "nose block", "naak band", "naak ruki", "bunged up {nose,}", "nose {is ,}bunged up",
        "{nose,naak} {is ,}{stuffy,congested,stuffed,block,blocked}",
        "{can't,cannot,cant} breathe through {the ,my ,his ,her ,}nose", "sinus{,itis}", "sinus congestion",
        # round 22: a breath that cannot pass the nose, told with the nose ("saans naak se nahi le paata", "saans lene
        # me dikkat naak se"): a blocked nose (a cold's, a pregnancy's rhinitis), not a breathlessness
        "{cnt,unable to,not able to} breathe {through,thru,from} {my ,the ,his ,her ,}nose",
        "{saans,sans,swaas} {naak,nak} se {nahi,nhi,nahin,na} {le,ley,ho} {paata,pata,paati,pati,pa raha,pa rahi,paa "
        "raha,paa rahi,sakta,sakti,pate,paate,rahi,raha}",
        "{naak,nak} se {saans,sans,swaas} {nahi,nhi,nahin,na} {le,ley,ho} {paata,pata,paati,pati,pa raha,pa rahi,paa "
        "raha,paa rahi,sakta,sakti,pate,paate,rahi,raha,pa}",
        "{saans,sans} lene {me,mein,mai} {dikkat,takleef,taklif,pareshani,problem} {naak,nak} se",
    ),
    "throat swelling": (
        "swollen throat", "throat swelling", "swelling {in,of} {the ,}throat",
        "throat {is ,}{swollen,closing,tight,closing up}",
        "throat closing up", "tight throat", "gale {mein,me} sujan",
        "throat {feels,is feeling,feel,felt} {tight,closed,blocked,swollen,like closing,like it is closing}",
        "gala {band,sikud} ho {raha,gaya}",
        "{gala,gale} {band,kasa,kassa,tight,sikud,sikuda} {sa ,}{lag raha,lag rahi,lagta,lag rha,ho raha,ho gaya,hai}",
        "{gala,gale} kasa kasa", "{gale,gala} {me,mein} {kasav,jakdan,ghutan}",
        "swelling {of,under,in} {the ,}{floor of the mouth,under the tongue}",
    ),
    "difficulty swallowing": (
        # round 16: food that sticks in the throat ("khana gale me atak jata")
        "{gale,gala} {me,mein,main} {atak,atakta,atakti} {jata,jaata,jaati,jati,raha,rahi,gaya,gayi,hai}",
        "food {sticks,gets stuck,is stuck} {in the chest,in the throat,in my chest,in my throat}",
        # round 19: "food sticking in chest", "rice getting stuck in the food pipe"
        "{food,rice,roti,chapati,bread,meat,morsel,solid food,solids} {is ,}{sticking,stuck,getting stuck,sticks,gets stuck} "
        "{in,at} {the ,my ,}{chest,throat,food pipe,gullet,middle of chest}",
        "{difficulty,trouble,problem,pain,difficult} {in ,}swallowing", "painful swallowing", CANT + " swallow",
        # round 20: how painful, told after ("swallowing bit painful", "swallowing is very painful")
        "swallowing {is ,}{a ,}{bit,little,slightly,very,so,too} {painful,difficult,hard}",
        "{nigalne,nigalna,nigal} {me,mein,mei,pe} {dikkat,diqqat,taklif,takleef,pareshani,mushkil}",
        "{nigal,nigla} nahi {pa raha,pa rahi,pa rahe,pata,pati,ja raha,ja rahi}",
        "swallowing {is ,}{painful,difficult,hard}", "dysphagia", "odynophagia", "nigalne mein {dikkat,taklif,dard}",
        "{difficult,hard,painful} to swallow", "{food,it} {gets ,}stuck in {the ,my ,his ,her ,}throat",
        "swallowing {is ,}{painful,difficult,hard,a problem}", "{pain,trouble} {on,while,when} swallowing",
    ),
    "toothache": (
        "{daant,dant,daat} {mein,me} {keeda,kida,keera}",
        "{cavity,cavities} {in ,}{the ,a ,my ,his ,her ,}{lower ,upper ,back ,front ,}{tooth,teeth,molar}", "{tooth,teeth,molar} {cavity,cavities}",
        "{daadh,daad,daarh} {mein ,me ,}{keeda,kida,keera,dard}",
        "{decayed,rotten,broken,bad} {tooth,teeth} {that ,which ,}{hurts,hurt,aches,paining}",
        "toothache",
        "tooth ache",
        "tooth pain",
        "teeth pain",
        "dental pain",
        "dant dard",
        "daant dard",
        "{tooth,teeth,molar} {is ,are ,}{paining,hurting,aching,sensitive}", "{dental,tooth} {ache,problem,pain}",
        "{gum,gums} {pain,swelling}", "dant {mein ,}dard", "daant {mein ,}dard",
    ),
}
