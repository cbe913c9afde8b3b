"""Wordings of the skin's and the injuries' symptoms: rashes and patches, burns, cuts and wounds, bleeding, falls,
bites and poisonings (terms.py merges them with terms_body.py's and the rest); see lexicon.py for the brace
syntax."""

from __future__ import annotations

INJURY_TERMS: dict[str, tuple[str, ...]] = {
    "rash": (
        "rash{,es}", "skin rash", "spots on {the ,}skin", "{red ,}spots", "hives", "urticaria", "wheals", "welts",
        "bumps on {the ,}skin", "skin eruption{,s}", "blisters", "daane", "dane", "lal da{a,}ne", "chakatte", "chakte",
        "pitti",
        "{red,raised} {bumps,spots,rash,lumps,welts}", "itchy {bumps,lumps,welts}", "{skin,body} {eruptions,bumps}",
        "{spots,bumps} {all over,on {the ,his ,her ,my ,}{body,skin,face,arms,legs}}", "measles",
        "allergy on {the ,}skin", "dane {nikal,nikle} {aaye,aa gaye,hain}",
        "blister{,ed}",
    ),
    "itching": ("itch{,y,ing,es,iness}", "pruritus", "scratching", "khujli", "khujlee", "kharish", "kharis", "khaj",
        "{itchy,itching} {skin,eyes,nose,scalp,body}", "{skin,scalp,body} {is ,}itchy",
        "{khujli,kharish} {ho rahi,hoti,hai}",
    ),
    "skin patches": (
        # round 16: patches told on the skin ("chamdi par dhabbe")
        "{chamdi,chamri,twacha,skin,badan,sharir} {par,pe} {dhabbe,dhabba,daag,daagh}",
        "{light coloured,light colored,pale,white,lighter} patch{,es} {on my ,on his ,on her ,on the ,}{skin,back,face,arm,leg,}",
        "{white,dark,pale,light,hypopigmented,discolo{u,}red,red} patch{,es}", "patch{,es} on {the ,}skin",
        "skin patch{,es}",
        "patches", "safed daag", "daag",
        # "halke rang ka dhabba" (a lighter patch), "bhure chakatte" (brown patches): a patch in Hindi's words
        "{halke,safed,bhure,kaale,laal,halka,safed sa} rang {ka,ke,ki} {dhabba,dhabbe,daag,daagh,chakatta,chakatte,"
        "nishaan,nishan}",
        # round 20: a blue or black mark a baby is born with ("kamar pe neela nishan paida hote se"): a birthmark's
        # patch; one left by a blow is a bruise (renames.py reads "neela" beside a blow)
        "{neela,neele,neeli,nila,nile,kaala,kala} {nishan,nishaan,daag,dhabba,dhabbe} {paida hote se,janam se,"
        "paidaish se,birth se}",
    ),
    "burn": (
        "touched {the ,a ,}hot {tawa,pan,iron,stove,vessel,utensil,plate,kettle}",
        # something hot held or grabbed: "held a hot iron pan", "grabbed the hot handle"
        "{held,holding,grabbed,gripped,caught,picked up} {a ,the ,}hot {pan,iron pan,iron,tawa,handle,vessel,utensil,"
        "kettle,pot,plate,brick,bricks,kadhai,rod,pipe}",
        # a hand put on the hot girdle: "garam tawa pe haath rakh diya", "garam eent se hatheli jal gayi"
        "{garam,tapta,tapti} {tawa,tave,kadhai,pateela,patila,bartan,eent,iron,press,chulha} {pe,par,se,me,mein} "
        "{haath,hath,hatheli,ungli,ungliyan,pair} {rakh diya,rakh di,lag gaya,lag gayi,chhu gaya,chhu gayi,pad gaya,"
        "pad gayi,lagaya}",
        # round 20: the hot thing touched, Hindi's order ("garam tawa chhoo liya", "garam pateeli chhu li")
        "{garam,tapta,tapti} {tawa,tave,kadhai,pateela,patila,patili,bartan,eent,iron,press,"
        "chulha,chimta,kettle} {chhoo,chhu,chhoo liya,chhu liya,chhoo li,chhu li,pakad liya,pakad li} {liya,li,gaya,"
        "gayi,}",
        # a hand pressed or put on something hot: "pressed hand on hot tawa", "kept his palm on the hot iron"
        "{pressed,put,kept,placed,rested,touched} {his ,her ,my ,the ,a ,}{hand,palm,hands,palms,finger,fingers,foot} "
        "{on,against} {the ,a ,}hot {tawa,pan,iron,stove,vessel,utensil,plate,kettle,brick,bricks,kadhai,chulha,"
        "tandoor,surface,pipe,silencer}",
        "burn{,s,t,ed}",
        "scald{,s,ed}",
        "jal {gaya,gayi,gaye,gya,gyi,gye,gai,gae}",
        # round 17: hot oil on a hand, in Kannada ("bisi enne kai ge chelltu")
        "bisi {enne,neeru,haalu} {kai,kaalu,mukha,mai} {ge,mele} {chelltu,chellitu,chellide,biddittu,bidtu}",
        "jala",
        "{got,was,been} burnt", "burned {by,with,from}",
        "{scalded,burnt,burned} {by,with} {hot ,boiling ,}{water,oil,tea,milk}", "{fire,acid,chemical} burn{,s}",
        "aag se jal{,a,i,e}", "garam paani se jal{,a,i}",
        # a pot of something hot pulled or tipped over a child (a scald), told by the pot
        "{pulled,tipped,knocked,spilled,spilt,upturned,overturned} {the ,a ,}{handi,pot,pan,kettle,vessel,bowl,patila,"
        "degchi,dekchi,bhagona,cooker} of {hot,boiling}",
        "{hot,boiling} {water,milk,tea,dal,oil,rice water,pej,kanji,soup,rice} {fell,spilled,spilt,poured} {on,over}",
        "{jali,jale,jhulas gaya,jhulas gayi,jhulse,jhulsa,jhulsi}", "aag {lag,lagi} {gayi,gai,gaya}",
        "{garam,ubalta,ubalte,khaulta,khaulte} {paani,pani,doodh,chai,tel,daal} {gir,gira,giri,pad,pada,padi} {gaya,gayi,}",
        "{saree,sari,kapde,kapdon,dupatte,dupatta,chunni} {me,mein,ko} aag",
        "{spilled,spilt,poured,dropped} {hot,boiling} {tea,water,oil,milk,dal,food,coffee}",
        "{hot,boiling} {tea,water,oil,milk,coffee} {fell,spilled,spilt,poured}",
        "pressure cooker {burst,blast,exploded}",
        "{hot,boiling} {tea,water,oil,milk,coffee,dal,food,soup,ghee} {fell ,spilled ,spilt ,poured ,splashed ,}on",
        # round 19: a scald told by what was cooking, the way a kitchen names it ("hot chai fell on his chest", "the
        # boiling sambar splashed over her legs", "garam chai gir gayi"), and the pot pulled off the stove by a child
        "{hot,boiling,very hot,garam,ubalta,ubalti,khaulta,khaulti} {chai,chaay,chay,tea,coffee,kaapi,sambar,rasam,"
        "curry,gravy,khichdi,daliya,porridge,kheer,maggi,noodles,water,milk,oil,dal,soup,ghee,rice,kanji} "
        "{fell,spilled,spilt,poured,splashed,splashed out,spilled over,fell over,got spilled,got poured} "
        "{on,over,onto,all over}",
        "{pulled,tipped,knocked,dragged,toppled,pulled down,knocked over} {the ,a ,}{chai ,tea ,milk ,dal ,water ,"
        "boiling ,hot ,}{vessel,pot,pan,kettle,handi,patila,bhagona,degchi,cooker,kadhai} {from,off} {the ,}{stove,gas,"
        "burner,chulha,fire,table,counter}",
    ),
    "cut": ("cut{,s}", "laceration{,s}", "gash", "kat {gaya,gayi,laga,lag gaya,lagi,gai,gae,gya}",
        "{cut,cuts} {on,in} {the ,his ,her ,my ,}{finger,hand,leg,foot,arm,head,face}",
        "{sliced,nicked} {his ,her ,my ,the ,}{finger,hand,thumb,palm}", "knife cut",
    ),
    "wound": ("wound{,s}", "open wound", "injur{y,ies,ed}", "chot", "ghav", "ghaav", "ghaaw", "zakhm",
        "{bite,puncture} wound", "{open,raw,infected,dirty} wound", "{sore,ulcer} on {the ,his ,her ,my ,}{foot,leg}",
        "scratch{,es}", "graze{,s,d}", "scrape{,s,d}", "abrasion{,s}", "kharonch",
        "scraped {my ,his ,her ,the ,}{knee,elbow,arm,leg,hand,skin}",
        "foot ulcer",
    ),
    "bleeding": (
        "bleed{,s,ing}", "blood loss", "losing blood", "lost {a lot of ,}blood", "ha{e,}morrhage",
        "khoon {beh,bah} {raha,rahi}", "khoon nikal {raha,rahi}", "khoon aa raha",
        "lots of blood", "{a lot of,so much} blood",
        "{blood,bleeding} {from,out of} {the ,his ,her ,my ,}{nose,mouth,wound,cut}",  # ear: signs.ear_bleeding
        "{nose,nostril} {is ,}bleeding", "bleeding nose",
        "{haemorrhaged,hemorrhaged}",  # gums: signs.gum_bleeding
        # round 16: one wording, so that a denial reaches the bleeding ("no active bleeding"), not the child's "active"
        "active {bleeding,bleed}", "actively bleeding",
    ),
    "fall": (
        "fell{, down, off, from}", "fall{,s,en}", "falling", "slipped {and fell,}", "tripped",
        "gir {gaya,gayi,pada,padi}", "gira", "giri", "gire", "girna",
        # round 15: one who falls often ("baar baar girta hai"); drops that fall are signs_benign.small_bleed's
        "{girta,girti,girte} {hai,hain,rehta,rehti,rehte}",
        "{slipped,tripped,fell} {and fell,over,down,off,from,in,on}", "{had,has} a fall",
        "fall from {height,roof,tree,bike,stairs,ladder}", "{fell,fallen} {down ,}{the ,}stairs",
        "gir {gaye,gayi,pade,gae,gai,gya,gye}",
        # round 19: Awadhi and Bhojpuri, of an elder told with respect ("nani aangan me gir gayin", "gir gailin")
        "gir {gayin,gain,gail,gel,geli,padli}",
        "{fisal,phisal} {gaya,gayi,gaye,gya,gye,kar gira,kar giri}",
        # round 17: the short past ("aangan mein phisli")
        "{phisli,fisli,phisla,fisla,phisle,fisle}",
        # Punjabi "digg peya" (fell down)
        "{digg,dig,dig gaya,digg gaya} {peya,paya,pya,gaye,gayi,gya,paye,pai}",
    ),
    "dog bite": (
        "dog bite{,s}", "bitten by {a ,the ,}{dog,cat,monkey,rat,bat,jackal,mongoose,animal,pig}", "animal bite",
        "{dog,cat,monkey,rat,bat,jackal} {bite,bites,bit}", "kutte ne kaata", "kutta kaat {liya,gaya}",
        "bandar ne kaata",
        # round 17: Kannada and Telugu, a dog bit ("naayi kachchide", "naayi parchide", "kukka karichindi")
        "{naayi,nayi,naai,kukka,kukkalu} {parchide,parachide,kachchide,kacchide,kachitu,kachchitu,karichindi,"
        "karisindi,kaatesindi}",
        # round 18: a cat, a monkey or a rat in Telugu and Kannada ("pilli karichindi", "kothi karichindi", "bekku
        # kachchitu"): an animal bite, a rabies exposure, never a snake's
        "{pilli,pillulu,bekku,kothi,koti,kotulu,manga,eluka,illi} {parchide,parachide,kachchide,kacchide,kachitu,"
        "kachchitu,karichindi,karisindi,kaatesindi,gicchindi,rakkindi}",
        "{kutte,kutta,billi,bandar,chuhe,chuha} ne kaat{a, liya,a hai, liya hai, diya}", "monkey bite",
        "{dog,cat,monkey,rat} {has ,}{bitten,bit,scratched}",
        "{bitten,bit} by {a ,the ,his ,her ,our ,}{stray ,street ,pet ,}{dog,cat,monkey,rat}", "rabid dog",
    ),
    "snake bite": (
        "snake{,s} {bite,bit,bites}", "snakebite", "bitten by {a ,the ,}snake", "snake",
        "{saanp,sanp,saap,saamp} {ne kaata,}",
        "cobra", "krait", "viper",
        "{snake,saanp,saap} {bitten,bit,ne kaata,ne kata}",
        "bitten by {something,an insect} in the {field,fields,grass}", "fang marks",
        "{two,2} {small ,tiny ,}{marks,puncture marks,punctures,holes,fang marks}", "fang marks",
        # "something bit him in the field, two marks": a snake bite until shown otherwise
        "kuch kaat {gaya,gayi,liya,lia,gya,diya}", "{do,2} {nishaan,nishan,nisan,daant ke nishaan,chhed}",
        "kisi {keede,jeev,janwar} ne kaat {liya,lia,diya}",
    ),
    "poisoning": (
        # round 16: rat poison taken ("chuha maar dawa kha li")
        "{chuha,chuhe,chooha} {maar,mar,maarne ki,marne ki} {dawa,dawai,goli,zeher,zahar,powder} {kha,khaa,pee,"
        "pi} {li,liya,gaya,gayi,gaye}",
        "poison{,ing,ed}", "swallowed poison",
        # pesticide called by its use, rat poison and an overdose told in Hindi
        "{khet,kheti,fasal,khet wali,kheti wali,fasal wali} {ki ,}{dawai,dawa,dava} {pi li,pee li,pi gaya,pi gayi,"
        "pee gaya,pee gayi,kha li,khaa li,pi,pee}",
        "{chuhe,chuha,choohe,keede,keeda,kide,keedon} {maarne,marne,maar} {ki,wali} {dawa,dawai,dava,goli} {kha li,"
        "khaa li,kha gaya,kha gayi,kha gai,pi li,pee li}",
        "{bahut,kai,saari,sari,bahut saari,bahut sari,dher} {goliyan,goliyaan,golian,tablets,dawaiyan} {ek saath ,"
        "ek sath ,}{kha li,kha lin,kha line,kha leen,khaa li,kha gaya,kha gayi,kha gai,le li,le lin}", "overdose", "rat poison",
        "{drank,drunk,consumed,swallowed,ingested,took,taken,had} {pesticide,insecticide,poison,kerosene,bleach,"
        "phenyl,phenol,weed killer,toilet cleaner}",
        # ("had acid reflux" is heartburn: acid is drunk or swallowed)
        "{drank,drunk,consumed,swallowed,ingested} {some ,the ,}acid",
        # Bare "kerosene" counts: a child who drank it is the common story, and a burns case flagged
        # as poisoning too is over-triage in the safe direction.
        "pesticide", "insecticide", "kerosene", "organophosphate", "paraquat", "weedicide", "zeher", "zehar", "jahar",
        "zahar",
        "keetnashak",
        # an overdose told verb-last: "neend ki goliyan kha li", "saari goliyan kha gayi"
        "{neend ki,nind ki,nend ki,neend di,nind di,sleeping,dher saari,poori,puri} {goli,goliyan,goliyaan,golian,tablet,tablets,dawai,dawaiyan,dawa} {kha li,kha lee,kha liya,kha lia,kha gaya,kha gayi,kha gaye,khayi,kha gya,"
        "kha layi,kha lai,kha leya,kha lea,kha gyi}",
        "{ate,swallowed,drank,drunk,took,consumed,has eaten,got into} {some ,a few ,the ,}{of ,}{pills,tablets,"
        "medicine,medicines,capsules}",
        "{pesticide,poison,insecticide,chemical,kerosene,bleach} {ingestion,ingested,consumed,swallowed,drunk,drank,"
        "exposure}",
        "{sprayed,spraying} {pesticide,insecticide}", "{keeda,keede} maar {dawai,dawa}",
        "{phenyl,harpic,acid,kerosene,mitti ka tel,pesticide,keetnashak} {pi liya,pee liya,pi gaya,pi gayi,kha liya}",
        "zeher {kha liya,pi liya,khaya}",
        # a whole strip, packet or bottle swallowed ("poora patta kha liya", "dawai ka poora packet kha liya"), and rat
        # poison named in Hindi as "rat poison" is in English ("chuhe maarne wali dawai")
        "{poora,pura,puri,poori,ek poora,ek pura,saara,sara,poora ka poora} {patta,patte,strip,packet,pack,dibba,"
        "dibbi,sheet,patti,botal,bottle,shishi} {goli ,goliyan ,dawai ,dawa ,}{kha li,kha liya,kha lia,kha gayi,"
        "kha gaya,kha gai,khaa li,nigal li,nigal liya,nigal gayi,nigal gaya,pi li,pi liya,pee li,pee liya,pi gaya,"
        "pi gayi}",
        "{chuhe,chuha,choohe,chuhon} {maarne,marne,maar} {ki,wali,waali,ka,vali,wala,waala,vala,wale,waale} {dawa,"
        "dawai,dava,goli,powder,cake,zeher}",
        # someone else's medicine swallowed, told verb-last: "bachche ne dadi ki BP ki goliyan kha li"
        "{dadi,dada,nani,nana,papa,mummy,maa,ammi,amma,dadiji,dadaji,naniji,nanaji,bhai,didi,kisi} ki "
        "{bp ki ,beepee ki ,sugar ki ,dil ki ,thyroid ki ,neend ki ,}{goli,goliyan,goliyaan,golian,dawai,dawa,tablet,"
        "tablets} {kha li,kha lee,kha liya,kha lia,kha gaya,kha gayi,kha gai,khaa li,nigal li,nigal lee,nigal liya,nigal gaya,"
        "nigal gayi}",
    ),
}
