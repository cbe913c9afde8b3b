"""Marathi wordings (in Latin letters, and Devanagari as script.py reads it) of everyday symptoms and danger signs, as a
taluka hospital in Marathwada or Vidarbha hears them: from farmers, cane cutters and their relatives, often mixed with
Hindi and English: "taap yeto" (fever), "khokla" (cough), "dham lagto" (breathless), "julab" (loose stools), "potat
dukhte" (belly hurts, by lexicon_marathi.py's sites), "dudh pit nahi" (not drinking), "beshuddh" (unconscious),
"kitaknashak pyala" (drank pesticide).

Merged into signs.SIGNS. Most set symptoms; a danger sign the rules already read sets that sign's flag (``flag=``).
A Marathi verb ends by tense and person ("yeto", "yete", "yetoy", "aala", "aali", "zala", "zali"), so the endings are
spelled out in the groups below. Words that are other words in Hindi or English are read only in their phrase: "pot"
with a pain word, "tap" with its verb ("tap yeto"), "kala" (labour pains) only with "yetat" or "suru".
"""

from __future__ import annotations

from .lexicon import Sign
from .signs_bambaiya import BAMBAIYA_SIGNS

# comes, came, is coming (of a symptom: "taap yeto", "chakkar aali", "rakta yetay")
_COMES = ("{yeto,yete,yetoy,yetey,yetay,yetat,yet ahe,yet aahe,yet hota,yet hoti,yet ahet,aala,aali,aale,aalay,ala,ali,"
          "ale,alay,aaliye,yeun,yeu lagla,yeu lagli}")
# is, was, has become ("zala", "zali"), and the present continuous "hot ahe"
_BECAME = "{zala,zali,zale,zalay,zalet,zhala,zhali,zhale,jhala,jhali,jhale,hota,hoti,hote,hotay,hotey,ahe,aahe,ahet}"
_NOT = "{nahi,nahiye,naahi,nahit}"
_THROUGH = "{tun,atun,aatun,madhun}"  # "naakatun" from the nose, as one word; "naka tun" as two
_BLOOD = "{rakta,rakt,ragat,raktha}"
_FLOWS = ("{yete,yeto,yetay,yetoy,yetey,yet ahe,yet aahe,aala,aale,aali,ala,jaate,jatay,jaat ahe,jatey,gela,vahte,"
          "vahtay,vahat ahe,padte,padla,padtay,yeu lagla,sutla}")
_CHILD = "{baal,bal,mulga,mulgi,porga,porgi,pora,pori,lekru,balala,mulala,mulila}"
_DRINK = "{pit,piat,pyat,odhat,odhit,ghet}"
_ATE_DRANK = ("{pyala,pyali,pyale,pile,pilo,pili,piun,khalla,khalli,khalle,khaalla,khaalli,ghetla,ghetli,ghetle,"
              "ghetlay,ghetlya,gilla,gilli,gilal}")

MARATHI_SIGNS: dict[str, Sign] = {
    # --- fever, cough, breath ---
    "fever_mr": Sign(("fever",), (
        "{taap,tap} " + _COMES, "{taap,tap} {bharla,bharto,bharte,chadhla,chadhto,chadhte,vadhto,vadhla,utarat nahi,"
        "jaat nahi,kami hot nahi}",
        "ang {garam,gharam,tapla,tapta,tapte,taptay,kadhat,bhajtay} {ahe ,aahe ,}", "{angat,angaat} {taap,kankan}",
        "kankan", "kanakan", "hivtaap", "thandi taap", "thandi-taap",
        "ang {tavyasarkha,tavya sarkha,aagisarkha,aagi sarkha} {tapta,tapte,taptay,garam}",
    )),
    # fever that comes with shaking chills ("thandi vajun taap", "thandi bharun taap"): malaria's pattern
    "rigors_mr": Sign(("fever",), (
        "thandi {vajun,bharun,vaajun,bharoon,vajoon} {taap,tap}", "{thandi,hudhudi} {bharte,bharli,bharun yete,vajte}",
        "{thandi,thandi vajun} {thar thar,tharthar} {kapto,kapte,kapat hota}",
    ), flag="rigors"),
    "cough_mr": Sign(("cough",), (
        "khokla", "khokhla", "khokala", "khokhala", "khokalla", "khoklaa", "khoklto", "khoklte", "khoklat", "khoklat ahe",
        "khoklu", "khoklu lagla", "khoklu lagli", "khokla yeto", "khoklyacha", "khoklyachi", "khoklyat", "dhaas",
        "dhaas lagli", "dhas lagli", "kaf", "bedka", "bedkya", "bedakha",
    )),
    "cough_blood_mr": Sign(("coughing blood", "cough"), (
        "{khoklyatun,khoklyaatun,khoklyat,bedkyat,bedkyatun,kafatun,kafat} " + _BLOOD,
        _BLOOD + " {mishrit ,}{khokla,kaf,bedka}",
    )),
    "breathless_mr": Sign(("shortness of breath",), (
        "{dham,dhaam,dam,daam,dhap,dhaap,dhaapa} {lagto,lagte,lagtoy,lagtey,lagtay,lagla,lagli,lagle,lagat,lagat ahe,"
        "lagtat,laagto,laagte,laagli,laagla}",
        "{shwas,shvas,swas,shwaas,shwasa} {lagto,lagte,lagla,lagli,lagtoy,ghusmatto,ghusmatte,ghusmatla,ghusmatli,"
        "kondto,kondla,kondte,kondli,phulto,phulla,phulli,phulte,bharto,bharla,purat nahi,apura}",
        "{shwas,shvas,swas} {ghyayla,ghyayala,gheyla,ghenyas,ghetana} {tras,traas,trass,takleef,adchan,jad,kathin}",
        "{shwas,shvas,swas} {gheta,ghyayla} {yet nahi,yeina}",
        "{chhati,chhatit} {aavalli,aavalte,aavalto,aavalalya sarkhi,aavalalyasarkhi,aavalalya sarkha,bharun aali,"
        "bharlyasarkhi,jakadli,jakadlyasarkhi}",
        "{shwas,shvas,swas} {khup ,}jad", "dhapa dhapa", "dhap dhap",
    )),
    "fast_breathing_mr": Sign(("fast breathing", "shortness of breath"), (
        "{shwas,shvas,swas} {khup ,}{jorat,jorjorat,jor jorat,bhar bhar,bharbhar,pata pata,patapat,fast} {chalto,chalte,"
        "chaltoy,ghet ahe,gheto,ghete,}",
    )),
    # the lower chest drawn in with each breath (IMCI severe pneumonia)
    "chest_indrawing_mr": Sign(("shortness of breath",), (
        "{chhaticha,chhatichya,chhaticha khalcha,chhatichya khalchya} {khalcha ,}{bhag ,}{aat,aata} "
        "{odhla jato,odhla jaato,odhto,odhte,jato,jaato,odhla jatoy,ghusto}",
        "{bargadya,fasalya,fasli} {aat,aata} {odhlya jatat,odhtat,jatat,ghustat}",
    ), flag="chest_indrawing"),
    "wheeze_mr": Sign(("wheezing",), (
        "{chhatitun,chhatit,ghashatun} {shittichi,shittisarkhi,shitti sarkhi,sheetichi} {awaj,aawaj,awaaj}",
        "{shittichi,shittisarkhi} {awaj,aawaj,awaaj}",
    )),
    "sneezing_mr": Sign(("sneezing",), ("shinka", "shinkaa", "shinkto", "shinkte",
                                        "shinka yetat")),
    "runny_nose_mr": Sign(("runny nose",), (
        "naak {vahta,vahte,vahtay,vahto,galte,gaLte}", "{naakatun,nakatun,naakaatun} {paani,pani} {vahte,yete,vahta,"
        "galte}",
    )),
    "blocked_nose_mr": Sign(("nasal congestion",), ("naak {chondla,chondle,chondlay}",)),  # ("naak band": terms.py)
    # --- belly ---
    "vomiting_mr": Sign(("vomiting",), (
        "ultya", "ulatya", "oktya", "okari", "okaari", "okarya", "olti", "ulti " + _BECAME, "ultya " + _BECAME,
        "ulti {karto,karte,kartoy,kartey,kela,keli,kartat}", "{don,teen,tin,char,ek} {da,vela,veli} ulti",
        "{ulatun,ultun} {padta,padte,padtay,kadhto,kadhte,kadhla}",
    )),
    # everything given comes back (IMCI: vomits everything)
    "vomits_everything_mr": Sign(("vomiting",), (
        "{je,jey,kahi} {deto,dete,dila,dile,khato,khate,pito,pite,deu} te {sagla,sagle,sarva,sarv} {ulti,ulatun,bahar} "
        "{karto,karte,padta,padte,yeta,yete,kadhto,kadhte}",
        "{kahich,kahi ch,kahihi,paani pan,paani suddha,pani pan} {tikat,thambat,pachat} nahi",
        "{paani,pani} {pan,suddha,hi} {ulti,ultitun} {bahar ,}{padta,padte,yeta,yete,karto,karte}",
    ), flag="vomits_everything"),
    "blood_vomit_mr": Sign(("vomiting", "bleeding"), (
        "{raktachi,rakatachi,ragatachi} {ulti,ultya}", "{ultitun,ultit,ultyatun} " + _BLOOD,
    ), flag="haematemesis"),
    "nausea_mr": Sign(("nausea",), (
        "malmal", "mal mal", "malmalta", "malmalte", "malmaltay", "maLmaL", "{jeev,jiv} {malmalto,malmalla,dhavalto}",
        "ulti {sarkha,sarkhe,sarkhi,yenyasarkhe,honyasarkha} {vatta,vatte,vattay,vatat}",
    )),
    "diarrhoea_mr": Sign(("diarrhea",), (
        "julab", "julaab", "jhulab", "julaap", "julabh", "jullab", "haagvan", "hagvan", "hagavan", "haagavan",
        "{patal,paatal,paatla,patla,paanyasarkhe,panyasarkhe,paanyasarkha} {sandas,sandaas,shouch,sandas hote}",
        "{sandas,sandaas} {patal,paatal,paanyasarkhi,paanyasarkha}", "julab {lagle,lagla,hotat,hot ahet,zale}",
    )),
    "blood_stool_mr": Sign(("blood in stool",), (
        "{sandasatun,sandasaatun,sandasat,shauchatun,sandasala} " + _BLOOD,
        "{kala,kaala,kali} {sandas,sandaas}", "{sandas,sandaas} {kala,kaala,kali} {dambarasarkha,dambarasarkhi,dambar "
        "sarkha,}",
        _BLOOD + " {mishrit,mixed} {sandas,julab}", "{raktachi,raktache} {julab,sandas}",
    )),
    "constipation_mr": Sign(("constipation",), (
        "{sandas,sandaas,shouch,toilet} {saaf ,saf ,neet ,}{hot,hoat,zali,zhali,hoti,hote,yet} {nahi,nahiye}",
        "{sandas,sandaas} {kadak,kadaka,ghatta,kadak hote,kadak hoto}", "{sandas,sandaas} {hot,zali} {nahi,nahiye} "
        "{tin,teen,don,char,3,2,4} divas",
        "{tin,teen,don,char,2,3,4,5} divas {sandas,sandaas} {nahi,zali nahi}",
        # round 18: a motion once in three or four days ("3-4 divsat ek da sandas hoti")
        "{2-3,3-4,4-5,3 4,2 3,don,tin,teen,char,2,3,4,5} {divsat,divasat,divsaat,divasaat,divasanni,divsanni} "
        "{ek da,ekda,ekdach,ek vela,ekda ch} {sandas,sandaas}",
    )),
    "bloating_mr": Sign((), ("pot {phugte,phugla,phugtay,fugte,fugla,fugtay,tumm,tumb} {hote,zala,}",),
                        flag="dyspepsia"),
    # the upper belly's burning is a belly pain; a sour belch only indigestion
    "belly_burning_mr": Sign(("abdominal pain",), ("{potachya,pota} {varti,var,varcha,varchya} {jaljal,jalajal,jalan,"
    "aag}",),
                             flag="dyspepsia"),
    "heartburn_mr": Sign((), ("{aambat,ambat} {dhekar,dhekra,dhekar yetat}",), flag="dyspepsia"),
    "appetite_mr": Sign(("loss of appetite",), (
        "{bhook,bhuk,bhukh} {lagat,laagat} {nahi,nahiye}", "{jevat,jevte,jevto,khat,khaat} {nahi,nahiye}",
        "{jevan,jevaN} {jaat,jat} {nahi,nahiye}", "{tond,tondala} {kadu,kadva}",
    )),
    # eating and drinking well (a child "khelto, jevto", "jevan jaata"): the appetite is there
    "eats_mr": Sign(("loss of appetite",), (
        "{bhook,bhuk} {barobar,changli,theek,thik,ahe}", "jevan {jaata,jaate,jatey}", "{khate pite,khato pito,jevte,"
        "jevto}",
    ), negated=True),
    # --- a child's dehydration and danger signs (IMCI) ---
    "not_drinking_mr": Sign(("unable to drink",), (
        "{dudh,doodh,paani,pani,stan,stanpan,aaicha dudh} {neet ,barobar ,}" + _DRINK + " {nahi,nahiye,naahi}",
        "{dudh,doodh,stan} {odhat,odhit,odhayla,odhna} {nahi,nahiye,band}", "pit {nahi,nahiye}",
        "{paani,pani} dila tar {pit,pyat} nahi",
    )),
    # drinking, sucking: a child who drinks ("dudh pito", "dudh changle pite") is not unable to
    "drinks_mr": Sign(("unable to drink",), (
        "{dudh,doodh,paani,pani} {changle ,changla ,neet ,barobar ,}{pito,pite,pitoy,pitey,odhto,odhte}",
        "baal {pite,pito}",
    ), negated=True),
    "thirsty_mr": Sign(("excessive thirst",), (
        "{paani,pani} {ghatghat,ghat ghat,maagun maagun,magun magun,sarkha,sarkhe,khup} {pito,pite,pitoy,pitey,"
        "maagto,maagte}",
        "{tahan,taahan,tahaan} {lagte,lagto,khup,jasta,lagtey,lagli}", "khup tahan",
    )),
    "sunken_eyes_mr": Sign(("sunken eyes",), (
        "dole {thode ,khup ,ekdam ,}{aat,aata,khol,khool} {gele,gelet,gelele,basle,baslet,}",
        "dole {thode ,khup ,}{khol,khool} {gele,gelet,}",
    )),
    "lethargy_mr": Sign(("lethargy",), (
        "{nusta,nusti,nusate,nuste} {padun,padoon,padlela,padleli,zoptay,zopto,zopte,zopun} {ahe,asto,aste,aahe,}",
        "{zopalela,zopalele,zopaleli,zoplela,zopleli,zoplele} {asto,aste,ahe,}", "{malul,maragal,maragla,maragli,"
        "sust,sustavla,sustavli}",
        "{gungi,gungit,gungeet} {ahe,aahe,yete,yeto,}", "jaag {yet,yeina} nahi",
        "dole {ughadat,ughadt,ughadayla} nahi",
    )),
    # will not wake when woken (IMCI "unable to be woken"; AVPU "P" or "U")
    "hard_to_rouse_mr": Sign(("lethargy",), (
        "{uthavla,uthavle,uthvla,uthavli,haalavla,halavla,jagavla} tari {uthat,jagat,utht,halat,uttar det} "
        "{nahi,nahiye}",
    ), severity="severe", flag="hard_to_rouse"),
    "jaundice_mr": Sign(("jaundice",), (
        "kavil", "kaavil", "kawil", "kavla", "{pivla,pivle,pivli,pivlya,pivlaa,pivalsar,pivalya} {dole,chehra,ang,"
        "talhaat,talpaay,zala,zale,zali,padla,padle,padli,disto,diste,distat}",
        "{dole,chehra,ang,talhaat,talpaay,talvay} {pan ,}{pivla,pivle,pivli,pivlya,pivalsar}",
    )),
    # --- the head and the mind ---
    "headache_mr": Sign(("headache",), (
        "dokedukhi", "dokedhukhi", "doke dukhi", "dokyadukhi", "ardhashishi", "ardha shishi", "{doka,doke} {jad,"
        "bhaari,jadjad,gargar} {ahe,zala,zale,vatte,}",
    )),
    "body_ache_mr": Sign(("body ache",), (
        "angdukhi", "ang dukhi", "{ang,angala,sarva ang,sagla ang,sagle ang,pura ang,saglya angala} {khup ,}{dukhte,"
        "dukhta,dukhtay,dukhat ahe,dukhi,modun yeta,modun yete}",
        "{haad,hadat,haadat,haddat} {asahya ,khup ,}{dukhne,dukhte,dukhtat,kalkal}",
    )),
    "dizzy_mr": Sign(("dizziness",), (
        "chakkar " + _COMES, "{bhovli,bhovaL,bhovad} {yete,yeto,aali,ali,yetay}", "{gol,gargar} {firte,firto,firtay}",
    )),
    # fainted: "chakkar yeun padli" (dizzy, then fell), "bhovli yeun padla"
    "faint_mr": Sign(("fainting",), (
        "{chakkar,bhovli} {yeun,yevun,aali ani,aala ani} {padla,padli,padle,padlo,basla,basli,kosalla,kosalli}",
        "{kosalla,kosalli,kosalle,koslla,koslala}",
    )),
    "unconscious_mr": Sign(("loss of consciousness",), (
        "beshuddh", "beshudh", "beshuddha", "beshudhh", "beshuddhavastha", "{shuddhit,shuddhivar,shudhit,shuddh} "
        "{nahi,nahiye,naahi,nahit}",
        "{shuddh,shudh} {harpali,gheli,geli,haravli,nahi}", "{haak,aavaj,awaaj} {marli,dili,dila} tari {uttar,"
        "pratisad} {det,deina} {nahi,nahiye}",
        "{kahi ,}{pratisad,uttar} {det,deina} {nahi,nahiye}",
    ), severity="severe"),
    # awake and answering: "shuddhit ahe", "bolto barobar"
    "conscious_mr": Sign(("loss of consciousness",), ("{shuddhit,shuddhivar,shudhit} {ahe,aahe,ahet,hota,hoti}",),
                         negated=True),
    "confused_mr": Sign(("confusion",), (
        "{ulat sulat,ulatsulat,ulta sulta,asambaddh,asambandh,bhramisht} {bolto,bolte,boltey,boltoy,boltay,bolat,"
        "bolu,bolla,bolli,bolat ahe}",
        "{gondhalla,gondhalli,gondhalleli,gondhallela,gondhaLla,gondhaLli,gondhalun,gondhaLun,gondhalat}",
        "{olakhat,olkhat,olakhta,olkhta,olakht,olakhta yet} {nahi,nahiye}",
        "kay {bolto,bolte,boltoy,boltey} te {kalat,samjat,samajat} {nahi,nahiye}",
    )),
    # a fit: "jhatke aale", "fit aali", "aakdi" (a convulsion), "fefre" (a fit with froth)
    "seizure_mr": Sign(("seizure",), (
        "{zatke,jhatke,jhatka,zatka,zhatke} " + _COMES, "{fit,fits} " + _COMES, "{fefre,fefra,feperu,aakdi,"
        "aakadi,aakadi yene,mirgi,mirgicha zatka}",
        "{aakdi,aakadi,fefre,fefra} " + _COMES,
    )),
    "anxious_mr": Sign(("anxiety",), (
        "{jeev,jiv,jeeva} {gabhartoy,gabharto,gabharla,ghabartoy,ghabarto,ghabarla,kasasach,kasatari,ghabarat}",
        "{ghabarla,ghabarli,ghabarlela,ghabarleli,ghabrat,ghabraat,ghabarat,ghabarun} {ahe,aahe,}",
        "{bhiti,bhiiti} {vatte,vatate,vattey}", "satat {kalji,chinta,kalaji}", "{kalji,chinta} {vatte,vatate,khup}",
    )),
    "low_mood_mr": Sign(("low mood",), (
        "{udaas,udas,niraash,nirash,hatash,haatash} {vatta,vatte,asto,aste,ahe,aahe,zala,zali,}",
        "manach lagat nahi", "{kashatach,kashaatach,kahich} {man,mann} lagat nahi", "{khachla,khachli,khachun}",
    )),
    "loss_of_interest_mr": Sign(("loss of interest",), (
        "{kaamat,shetat jaycha,kashatach,kashaatach} {kantala,kantaala,rus nahi}", "{kantala,kantaala} {yeto,yete,"
        "aala}",
    )),
    "insomnia_mr": Sign(("insomnia",), (
        "{zop,jhop,zhop} {nahi,nahiye,lagat nahi,yet nahi,kami,udte,udli,lavkar udte,mod}", "{zopat,zhopat} "
        "{nahi,nahiye}",
        "raatri {zop,jhop} {nahi,yet nahi,lagat nahi}",
    )),
    "fatigue_mr": Sign(("fatigue",), (
        "thakva", "thakwa", "thakawa", "thakava", "thakvaa", "{khup ,}thakva {yeto,yete,ahe,aahe,vatto}",
        "{thaklya,thakalya} {sarkha,sarkhe} {vatta,vatte}", "{thakun,thakoon} jato",
    )),
    "weakness_mr": Sign(("weakness",), (
        "{ashakt,ashaktpana,ashaktapana,ashakta}", "ang {jad,gaLun gela,galun gela,galun gelya sarkha}",
        "{uthta,uthayla,ubha rahta,ubhe rahta} {yet,yeina} {nahi,nahiye}",
    )),
    # --- a stroke told in Marathi: the face twisted, the speech stuck, an arm or leg that will not lift ---
    "facial_droop_mr": Sign(("facial droop",), (
        "tond {ekdam ,achanak ,}{ek baju ,ek bajula ,ekikade ,ekaa baju ,}{vakda,vakad,vakadla,vakdla,tirka,tedha,"
        "vaakda} {zala,zhala,jhala,zale,}",
        "{tond,chehra} {ek baju,ek bajula,ekikade} {odhla,odhle,vakadla,padla,padle}",
    )),
    "slurred_speech_mr": Sign(("slurred speech",), (
        "{bolna,bolne,bolnyat,bolaNa,bolan} {adakhalta,adakhalte,adakhalat,adakhla,jad,atakta,atakte,spashta nahi,"
        "tutak,bandh,band}",
        "{jibh,jeebh,jeebha} {jad,jaad,adakhalte,zadli,zadla}", "{adakhalat,adkhalat,totre,totra} {bolto,bolte,"
        "boltoy,boltey}",
        "{bolta,bolata} {yet,yeina} {nahi,nahiye}",
    )),
    "one_side_weak_mr": Sign(("weakness",), (
        "{ujva,dava,uzva,ujvya,davya,ek bajucha,ekach bajucha,ek baju,ek bajuche} {haat,paay,haat paay,haat-paay,"
        "haath,hath} {uchalta,halavta,halta,chalat,kaam karat,var hot,uchlat} {yet ,}{nahi,nahiye}",
        "{ujva,dava,uzva,ujvya,davya,ek bajucha,ek bajuche} {haat,paay,haat paay,haath} {lula,lulla,luLa,bedhaD,"
        "jad,nirjeev} {padla,padle,padli,zala,zale,zali}",
        "{ek baju,ek bajula,ardhi baju,ardhya angala} {lulli,lula,lakva,lakwa,pakshaghat} {marla,marli,padla,padli,"
        "zala,}",
        "{lakva,lakwa,pakshaghat,paksaghat,arangvayu} {marla,zala,aala,}",
    ), flag="focal_weakness"),
    # --- eyes, ears, throat ---
    "blurred_mr": Sign(("blurred vision",), (
        "{dhusar,dhoosar,andhuk,dhunda,dhusar dhusar} {disto,diste,dista,disat,distay,distoy,disat ahe,}",
        "dolyasamor {dhusar,andhar,andhaar,andhari,kala andhar,chamakte,taare} {yeto,yete,yetoy,yetay,yet hota,}",
        "{spashta,neet,barobar} {disat,dist,disayla} {nahi,nahiye}", "{kami,kamee} {disto,diste,disat}",
    )),
    "sight_lost_mr": Sign(("blurred vision",), (
        "{ekdam,achanak} {disna,disne,disana} {band,bandh} {zala,zale,jhala}", "{dolyane,dolyaane} {kahich,kahi} "
        "{disat,dist} nahi",
    ), flag="sight_lost"),
    "red_eye_mr": Sign(("red eye",), (
        "{dola,dole,dolyat,dolyaat} {laal,lal,laalsar,raktasarkha laal,laal zale,laal zala} {zala,zale,zalet,ahe,ahet,"
        "}",
        "{dolyat,dolyaat} {laal,raktasarkha,raktasarkhe} {daag,thipka,patta}",
    )),
    # something flown or poked into the eye at work ("usache paan dolyat ghusla", "kachra dolyat gela")
    "eye_injury_mr": Sign((), (
        "{dolyat,dolyaat} {kahitari ,kachra ,dhool ,dhul ,paan ,usache paan ,kida ,loha ,lokhand ,kaandi ,}{ghusla,"
        "ghusli,gela,geli,padla,padli,udla,udali,lagla,lagli,tochla,tochli}",
        "{usache paan,paan,kaandi,kachra,kaata} {dolyat,dolyaat} {ghusla,ghusli,gela,geli,lagla,tochla}",
    ), flag="eye_injury"),
    "eye_grit_mr": Sign(("eye pain",), ("{dolyat,dolyaat,dola} {khupte,khupto,tochte,tochto,kharkharte,tupte}",)),
    "hearing_mr": Sign(("hearing loss",), (
        "{aiku,aikuch,aikayla,aikaayla,aikaila,aikna} {yet,yeina} {nahi,nahiye}", "{aiku,aikayla,aikaayla,aikne} "
        "{kami,kamee} {yete,yeta,yeto,zale,ahe}",
        "kami {aikta,aikte,aikto,aikata,aiku yete,aiku yeta}", "{aikne,aikna} kami",
    )),
    "ear_discharge_mr": Sign(("ear discharge",), (
        "{kaan,kan,kaanatun,kanatun,kaanaatun} {vahto,vahta,vahte,vahtoy,galto}", "{kaanatun,kanatun,kaanat,kaanaatun} "
        "{pu,puu,paani,pani,pus,peeb} {yeto,yete,yetay,ahe,vahto}",
    )),
    # a noise in the ear ("kaanat ghungun", "kaanat shitti vajte"): with a sudden deafness, rules_hinglish.py
    "ear_ringing_mr": Sign((), ("{kaanat,kaanaat,kanat} {ghungun,gungun,ghung ghung,bhunbhun,shitti,shittichi awaj,"
                                "aawaj,ghoo ghoo,ghon ghon} {yeto,yete,vajte,vajto,}",), flag="ear_ringing"),
    "ear_bleed_mr": Sign(("bleeding",), ("{kaanatun,kanatun,kaanaatun} " + _BLOOD,), flag="ear_bleeding"),
    "throat_swelling_mr": Sign(("throat swelling",), (
        "{ghasa,ghashat,ghasyat} {suzla,sujla,suj,aavalla,aavalto,aavalte,aavalaytay,aavaltoy,aavaltay,bharun aala,"
        "band hotay}",
        "{ghasa,ghasa ek bajula,ghasa ek baju} {khup ,}{suzla,sujla}",
    )),
    "swallowing_mr": Sign(("difficulty swallowing",), (
        "{gilta,gilayla,gilna,giLta,gilaayla} {yet,yeina} {nahi,nahiye}", "{gilayla,giltana,gilta} {tras,traas,"
        "tras hoto,dukhte,adakte,adakta}",
        "{ghas,ghaas,annacha ghas} {adakto,adakla,atakto,jaat nahi}",
    )),
    "spit_swallow_mr": Sign(("difficulty swallowing",), (
        "{thunki,thunkee,laal,laaL} {pan ,suddha ,}{gilta,gilayla} {yet,yeina} {nahi,nahiye}",
    ), flag="cant_swallow_saliva"),
    "voice_lost_mr": Sign((), ("{aawaj,awaj,aavaj,awaaj,aavaaj} {nighat,nighta,yet,fut} {nahi,nahiye}",
                               "{aawaj,awaj,aavaj,awaaj} {band,bandh} {zala,zhala}"), flag="voice_lost"),
    "sore_throat_mr": Sign(("sore throat",), ("{ghasa,ghashat} {khavkhavto,khavkhavte,khavkhav,kharkharto,"
                                              "kharkharte,dharla}",)),
    # --- chest and heart ---
    "palpitations_mr": Sign(("palpitations",), (
        "{chhatit,chhati,chatit,chhaatit,hrudayat} {dhadhad,dhad dhad,dhadhadte,dhadhadto,dhakdhak,dhak dhak,dhadak "
        "dhadak,dhadhadtay}",
        "{dhadhadte,dhadhadtay,dhadhad hote,dhadhad hotey,dhadhadto}", "{chhati,chhatit} {dhadhadte,dhadhadtay}",
        "{nadi,naadi,thoke,thoka} {vedivakdi,vedi vakdi,jorat,bhar bhar,ekdam jorat}",
    )),
    "chest_heavy_mr": Sign(("chest pain",), (
        "{chhatit,chhati,chatit,chhaatit} {jad,jadpana,jaDpana,dabav,dabla,dablyasarkha,dabalyasarkhe,bhaar,ojha,"
        "ojhe,jalte,kalkal}",
    )),
    # --- skin and swelling ---
    "swelling_mr": Sign(("swelling",), (
        "suj {aali,ali,aaliy,aaliye,aalay,ahe,aahe,chadhli,chadhtey,chadhte,chadhtay,vadhli,vadhtey,ali ahe}",
        "{suzla,suzle,suzli,suzlet,suzto,suzte,suztat,suzlay,sujla,sujle,sujli,sujlay,suzlela,suzlele,suzleli}",
        "{fugla,fugli,fugle,phugla,phugli,phugle,fuglay,fugli ahe,phuglelya,fuglelya,fugavta,fugavte,fugavto,"
        "phugavta}", "stan {bharle,bharun aale,jad zale,dagadasarkhe}", "{chhoti,thodi,halki,mothi} suj",
        "{othanvar,othavar,othala,othanna} suj", "{gaath,gaanth,gathi,gathisarkhi,gathisarkha} {suj,aali,ahe,}",
    )),
    "face_swelling_mr": Sign(("swelling",), (
        "{chehra,chehera,tond,othe,otha,oth,jibh,papnya} {suzla,suzle,suzli,sujla,sujle,suzto,suzte,sujto,"
        "fugla,fugle}",
        "{chehryavar,chehrya var,othanvar,othavar,jibhevar} suj",
    ), flag="face_swelling"),
    "rash_mr": Sign(("rash",), (
        "{puraL,pural,puraal,puraL aali,pural aali}", "{gowar,govar,kanthmal,ghamolya,ghamoLya,khadbadit,khadbadeet,chatta,"
        "chatte,chattey,purla}",
        # ("gandhi", hives, only as hives come: a surname and a road too)
        "{gandhi,gaandhi} {aalya,aali,uthlya,uthli,utthlya,aalet}",
        "{barik,baarik,laal,lal,pandhre,paanyache,paanyane bharlele} {phod,fod,pural,puraL,putkulya,pustule}",
        "{angbhar,angavar,sagla angavar,chehryavarun} {laal ,}{gandhi,chatte,pural,puraL,puraal,purla,puLya,"
        "putkulya}",
    )),
    "itching_mr": Sign(("itching",), (
        "khaj", "khaaj {sutte,sutli,suttey,yete,yeto,ahe}", "khaaj sutnara", "khajvte", "khajavte", "khajvto",
        "khajavto", "khaj {sutte,yete}", "{khaaj,khaj} {sutnara,sutnari,sutnare}",
    )),
    "skin_patch_mr": Sign(("skin patches",), (
        "{fika,fike,pandhra,pandhre,pandhara,pandhare} {daag,chatta,chatte,dag}", "chanderi {khavle,khavla,khapli}",
        "{jaad,jad} chanderi",
    )),
    "burn_mr": Sign(("burn",), (
        "{bhajla,bhajli,bhajle,bhajlet,bhaajla,bhaajli,bhaajle,bhajlay,bhajun,poLla,polla,polli,polle}",
        "{chatka,chataka} {basla,basli,lagla}", "{tavyala,chulila,chulivar,tavyavar} {bot,haat} {laagla,lagla,bhajla}",
        "{garam,ukalta,ukalte,ukalela} {paani,tel,chaha,dudh,varan} {sandla,sandle,padla,padle,uDla,udla,udale}",
        "{haatavar,angavar,payavar,chehryavar} sandla",
    )),
    "blisters_none_mr": Sign((), ("{fod,phod} {nahi,nahit,nahiye,aale nahi,ale nahi}",), flag="no_blister"),
    "electric_mr": Sign((), (
        "{shock,current,karant,vijecha shock,vijecha dhakka,vij} {basla,lagla,basli,lagli}",
        "{vijecha,vijechya,current cha} {dhakka,shock,zatka,jhatka}",
    ), flag="electrical"),
    "drowning_mr": Sign((), ("{budala,budla,budli,budale,budun,bhudala,budta budta}", "{paanyat,panyat,vihirit,"
                                                                                     "talyat,shettalyat} {budala,budla,"
                                                                                     "budli,padla,padli}"),
                        flag="drowning"),
    # --- blood ---
    "bleeding_mr": Sign(("bleeding",), (
        _BLOOD + " " + _FLOWS, _BLOOD + " {thambat,thambna,thambena} {nahi,nahiye}", "{rakta,rakt,ragat}sraav",
        "raktasraav",
    )),
    # blood spurting or soaking through a cloth tied on it (a cut artery: press and bring now)
    "heavy_bleeding_mr": Sign(("bleeding",), (
        _BLOOD + " {fawaryasarkha,fawarya sarkha,pichkarisarkha,pichkari sarkha} {udtay,udte,udto,yetay,yete,udat ahe}",
        "{kapda,kapde,fadka,rumal} {bandhla,bandhle,bandhun} tari {bhijtoy,bhijto,bhijte,bhijla,bhijat ahe,bhijtay}",
        _BLOOD + " {khup,bharpur,ghalghal} {jatay,jaat ahe,vahtay,gela}", "{dabun,dabla,dablyavar} {dharle,dharla,} "
        "tari {thambat,thambla} {nahi,nahiye}",
    ), severity="severe", flag="heavy_bleeding"),
    "nosebleed_mr": Sign(("bleeding",), (
        "{naakatun,nakatun,naakaatun,nakaatun,naakatoon,naka tun,naakat} " + _BLOOD, "{ghulanya,ghulni,nakshi,"
        "naksir}",
    ), flag="nosebleed"),
    "gum_bleed_mr": Sign(("bleeding",), ("{hiradyatun,hirdyatun,hiradyaatun,hirdyaatun,hiradyantun} " + _BLOOD,),
                         flag="gum_bleeding"),
    "urine_blood_mr": Sign(("blood in urine",), ("{laghvitun,laghavitun,laghvit,laghavit,laghvi,laghavi} " + _BLOOD,
                                                 "{laghavi,laghvi} {laal,lal,raktasarkhi}")),
    # --- urine ---
    "dysuria_mr": Sign(("dysuria",), (
        "{laghvila,laghavila,laghvit,laghavit,laghavi kartana,laghvi kartana,laghvichya veli} {jalajal,jaljal,jalte,"
        "jaltay,aag,aag hote,jalan,kalkal,dukhte}",
    )),
    "frequent_urine_mr": Sign(("frequent urination",), (
        "{sarkhi,sarkha,vaaramvaar,varamvar,parat parat,satat} {laghavi,laghvi,laghvila,laghavila}",
        "{laghvila,laghavila} {sarkhe,sarkha,parat parat,vaaramvaar,varamvar} {jave,jaava,jaa}",
        "raatri {2,3,4,5,don,tin,char} {da,vela} {laghvila,laghavila}", "{laghvila,laghavila} uthava {lagta,"
        "lagte}",
    )),
    "less_urine_mr": Sign(("reduced urine",), (
        "{laghavi,laghvi} {kami,kamee,band,bandh,kami hote,kami zali,hot nahi,zali nahi,thenb thenb}",
    )),
    "dark_urine_mr": Sign(("dark urine",), (
        "{laghavi,laghvi} {kali,kaali,laal kali,laal-kali,pivli dhamak,chaha sarkhi,chahasarkhi,gadad,gaDad}",
        "{laghavi,laghvi} kami ani {laal,kali,laal kali,laal-kali}",
    )),
    # --- women, pregnancy and birth ---
    "fetal_movement_mr": Sign(("reduced fetal movement",), (
        "{baal,bal,potatla baal,potatle baal,potatil baal} {halla,halat,hallel,halchal karat,haalla,halta} "
        "{nahi,nahiye,kami,band,band zala}",
        "{baalachi,balachi,potatlya baalachi} {halchal,halachal,hal chal} {kami,band,nahi,thambli,jaanvat nahi}",
    )),
    "fetal_moves_mr": Sign(("reduced fetal movement",), (
        "baal {halta,halte,halat} {ahe,aahe,barobar,changla,changle,neet}", "baal halta",
    ), negated=True),
    "waters_broke_mr": Sign(("vaginal discharge",), (
        "{khalun,khaalun,yonitun} {paani,pani} {gela,gele,jatay,jaat ahe,aala,yetay,vahtay}",
        "{pishvi,paanyachi pishvi,pishavi} {futli,phutli,fatli}", "{paani,pani} {gela,gele} {khalun,}",
    ), flag="ruptured_membranes"),
    "labour_pains_mr": Sign((), (
        "{kala,kaLa,prasuti kala,prasuticha kala,baalantkala} {yetat,yet ahet,suru zalya,suru zhalya,chalu ahet,"
        "vadhlya}",
    ), flag="contractions"),
    "foul_discharge_mr": Sign(("vaginal discharge",), (
        "{khalun,khaalun} {ghan ,}{vaasache,vasache,vaas yenara,vaas yenare,durgandhi,ghaan} {paani,pani,srav,"
        "sraav}",
        "{ghan,ghaan,durgandhi} {vaasache,vasache,vaas} {paani,srav,sraav}",
    ), flag="foul_discharge"),
    "discharge_mr": Sign(("vaginal discharge",), (
        "{pandhra,pandhre,pandhara,safed} {paani,pani,srav,sraav} {jaate,jaata,jatay,yete,jasta,}",
        "{angavarun,khalun} {pandhra,pandhre} {jaate,jaata,jatay}",
    )),
    "vaginal_bleed_mr": Sign(("vaginal bleeding",), (
        "{khalun,khaalun,yonitun,yonimargatun,angavarun} " + _BLOOD + " {" + _FLOWS[1:-1] + ",thambat nahi,}",
        "{pali,paali,masik pali,maasik pali} {khup,jasta,jaast,bharpur} {jaate,jaata,jatay,aali,yete}",
    )),
    "irregular_periods_mr": Sign(("irregular periods",), (
        "{pali,paali,masik pali,maasik pali} {aniyamit,aniyamith,vel chukun,ulat sulat,kadhi lavkar kadhi ushira,"
        "maage pudhe}",
    )),
    "painful_periods_mr": Sign(("painful periods",), (
        "{palichya,paalichya,pali chya,palit,palit,pali aali ki,pali yetana} {veli,vela,divsat,divsaat,,} {khali ,}"
        "{pot,kambar} {dukhte,dukhta,dukhtay,khup dukhte}",
        "{pali,paali} {aali,ali,aaliye} {,nehmisarkha ,nehmi sarkha ,ani }{khali pot,pot} {dukhta,dukhte,dukhtay}",
    )),
    # --- bites, stings, injuries ---
    "snake_bite_mr": Sign(("snake bite",), (
        "{saap,sap,saapa,saapane,sapane,saapaane,naag,naagane,nag,ghonas,ghonasane,manyar,manyarne,furse,fursa,"
        "harantol,dhaman,jaat} {chavla,chavli,chavle,chavala,chavlay,dasla,dansh,dasle}",
        "{saapacha,sapacha,saapachya} {dansh,chavlyacha}", "{don,2} {dant,danta,danta che} {disatat,distat,disle,"
        "distay,disat ahet,chi khuna}",
        "sarpadansh",
    )),
    "scorpion_mr": Sign((), ("{vinchu,vinchoo,vinchva,vinchvane,vinchuni,vinchune,vinchu ne}",), flag="envenomation"),
    "dog_bite_mr": Sign(("dog bite",), (
        "{kutra,kutre,kutryane,kutrya ne,kutryaane,bhatka kutra,bhatkya kutryane,kutri} {chavla,chavli,chavle,"
        "chavala,chavlay,chavun,chavlay}",
        "{kutra,kutre,kutryane,bhatka kutra} {potrila,paayala,haatala,pindrila} {chavla,chavli}",
    )),
    "bee_sting_mr": Sign((), (
        "{madhmashya,madhmashi,madhmashyanni,maashya,gandhmashi,gandhmashya,aagya mohol,agya mohol,mohol} "
        "{chavlya,chavli,chavla,dasli,dasalya,uthla,uthli}",
        "{aagya mohol,agya mohol,mohol} uthla",
    ), flag="allergen"),
    "fall_mr": Sign(("fall",), (
        "{varun,varuun,varoon,vaRun} {padla,padli,padle,padlo,padlya}", "{ghasrun,ghasroon,ghasarun,ghasrun khali} "
        "{padla,padli,padle,padlo}",
        "{ghasarla,ghasarli,ghasarle,ghasarlo,tolun padla,dhadpadla,dhadpadli,koslun padla}",
        "{khali,jamini var,jaminivar} {padla,padli,padle,padlo}",
    )),
    "head_hit_mr": Sign((), (
        "{doka,doke,dokyala,dokyacha} {aaptla,aapatla,aaptle,aapatle,aadalla,aadla,aapatli}", "dokyala {maar,lagla,"
        "maar lagla,jakhm,jakham,thokla}",
        "{dagdavar,bhintivar,jaminivar} doka {aaptla,aapatla,aadalla}",
    ), flag="head_injury"),
    "fracture_mr": Sign((), (
        "{haad,had,hadd,haadk} {modla,modle,modli,tutla,tutle,tutli,sarakla}", "{vakda,vakade,vakdi} {disto,diste,"
        "distay}",
        "{khandha,khanda,khube,kopra,managat} {utarla,nikhalla,sarakla}", "{aakar,aakaar} {badalla,badalle}",
    ), flag="fracture"),
    "toothache_mr": Sign(("toothache",), ("{daat,daadh,dadh,daant} {kidla,kidle,kidli,kid lagli,kid lagla,kidlay}",
                                         "{daatala,daadhela,daatat,daadhet} kid")),
    "tremor_mr": Sign((), ("{haat,hath,haath,haat paay} {thartharto,tharthartat,thartharte,kaapto,kaapte,kaaptat,"
                           "kapto,kapte,kaptat}", "{thartharto,thartharte,tharthartat,thartharat}"), flag="tremor"),
    "slow_moving_mr": Sign(("reduced movement",), ("{chalna,chalne,chalan,halchal} {halu,hallu,mand} {zala,zale,"
                                                   "zhala,jhala,zalay}",)),
    "calf_cramp_mr": Sign(("leg pain",), ("{pindrit,pindrila,pindrila,paayat,pindri} {gola,gole,vaat,vaand,golla} "
                                          "{yeto,yetat,aala,yete,yeto ani}",)),
    "cut_mr": Sign(("cut",), (
        "{kaapla,kaaple,kaapli,kapla,kaplay,chirla,chirle,chirli,kaapun}", "{koyta,koyata,vila,viLa,kurhad,kanda "
        "chirtana,dharedar} {lagla,ghasarla,basla,lagli}",
        "{chhota,chhoti,lahan} {kaap,jakhm,jakham}",
    )),
    "deep_wound_mr": Sign(("cut",), (
        "{khol,khool,khoop khol,mothi} {ghaav,ghav,jakhm,jakham}", "{ghaav,ghav,jakhm} {khol,khool,ughdi,ughada}",
    ), flag="deep_wound"),
    "sweating_mr": Sign(("sweating",), (
        "ghaam", "ghaamane", "ghaam ghaam", "{ghaam,gham} " + _COMES, "{ghaamane,ghamane} {ole,ola,oli,olechimb,"
        "bhijla,bhijli,bhijle,nhaun nighala,nahla}",
        "{ghaam,gham} {sutla,sutto,sutte,futla}",
    )),
    "no_sweat_mr": Sign(("sweating",), ("{ghaam,gham} {ajibat ,mulich ,}{yet nahi,nahi,yena band}",), negated=True),
    "night_sweats_mr": Sign(("night sweats",), ("raatri {ghaam,gham,ghaam yeto,ghaam yete}",)),
    "weight_loss_mr": Sign(("weight loss",), (
        "{vajan,wajan,vazan} {kami,ghatla,ghatle,utarla} {zala,zale,zhala,hot ahe,hotay,}",
        "{vajan,wajan} {2,3,4,5,6,8,10} {kilo,kg} kami",
    )),
    "cyanosis_mr": Sign(("cyanosis",), (
        "{otha,othe,oth,otth,nakhe,nakh,chehra,ang} {kalsar,nilsar,nila,nile,nili,niLa,kaale,kale,kala,kaalanila,"
        "kaLa nila} {padla,padle,padli,padlet,zala,zale,zalet,pdle}",
        "{otha,othe} {nilsar,kalsar}",
    )),
    # --- poison, self-harm ---
    "poison_mr": Sign(("poisoning",), (
        "{vish,visha,vishari,kitaknashak,kitak nashak,keetaknashak,kitaknashk,kidemaar,keedemaar,tananashak,tannashak,"
        "undir maarayche,undir marnyache,undir marnyachi,undir marayche,undirmaar} {aushadh,aushad,ausadh,"
        "dawai,dava,pudi,golya,goli,botal,} " + _ATE_DRANK,
        "{fawarnicha,fawarniche,fawarnichi,favarniche,favarnicha,kapsavar maarayche,kapsavar marayche,pikavar "
        "maarayche,maarayche,marayche} {aushadh,aushad,ausadh,dawai,dava,botal} " + _ATE_DRANK,
        "{vish,visha,zahar,jahar} " + _ATE_DRANK, "{vishbadha,vishabadha,vishbaadha}",
    )),
    # spraying a pesticide ("fawarni keli"): with sweating, vomiting or breathlessness, organophosphate poisoning
    "spraying_mr": Sign((), (
        "{fawarni,favarni,fawarani,phawarni,fawarnee} {keli,kelya,karat,karto,kela,kartana,karun,chalu}",
        "{kapsavar,pikavar,shetat} {fawarni,favarni}", "{kitaknashak,kitak nashak,keetaknashak} {fawarni,favarni,"
        "maarle,marla}",
    ), flag="pesticide_exposure"),
    **BAMBAIYA_SIGNS,  # round 18: Mumbai's Bambaiya (signs_bambaiya.py)
    "suicide_mr": Sign(("suicidal thoughts",), (
        "{jiv,jeev,jeeva} {dyaycha,dyaychay,dyaychaa,dein,deto,dete,deil,dyayla,dila,denar,denyacha,dyaycha ahe}",
        "{aatmahatya,atmahatya,aatmhatya,atmhatya,aatmahatyecha,atmahatyecha,aatmahatyecha vichar}",
        "{galfas,gaLfas,galphas,fashi,phashi,faas,phaas} {ghetla,ghetli,ghetle,lavla,lavli,ghyaycha,ghenar}",
    )),
    # a wish to be dead told without a plan or an act ("marave vatte", "jagayla nako vatte", "vatta sagla sampvun
    # taakava"): the death_wish of signs_mind.py, assessed today
    "death_wish_mr": Sign((), (
        "{marave,marava,marun jaave,marun jave,marun jaava,maraycha,marayche} {vatta,vatte,vattay}",
        "{jagayla,jagaycha,jagnyat} {nako,nakoy,arth nahi}", "{vatta,vatte,vattay} {sagla,sagle} {sampvun,sampavun,"
        "samvun} {taakava,takava,taakave,takave}",
    ), flag="death_wish"),
    "suicide_plan_mr": Sign(("suicidal thoughts",), (
        "{ghyaychi,ghyaycha,ghyaychay,pyaychi,pyaycha,pyaychay,piyaychi,khaychi} {asa,ase} {tharavla,tharavle,tharavlay,"
        "tharvla,tharavla ahe}",
        "{aaj,aaj raatri,udya} {jiv,jeev} {denar,dein,deto,dete}",
    ), flag="suicide_plan"),
    "poison_kept_mr": Sign((), (
        "{gothyat,gharat,lapvun,lapavun,kapatat} {thevleli,thevlela,thevli,thevla,thevlay} {fawarnichi ,fawarnicha ,}"
        "{botal,aushadh,vish,dawai}",
    ), flag="poison_at_hand"),
    "debt_distress_mr": Sign(("low mood",), (
        "{karjamule,karja mule,karjbajari,karjbaajari,karjacha tras,karjachya tananet}", "{hatash,haatash,niraash} "
        "{zala,zali,zalay,ahe}",
    ), flag="hopelessness"),
}
