"""Odia (in Latin letters, or read from the Odia script by script.py) and Chhattisgarhi wordings of everyday symptoms
and of the danger signs a tribal-belt PHC in southern Odisha and Bastar meets: "peta byatha" (belly pain), "kampa jara"
(fever with chills), "banti" (vomiting), "nishwasa kasta" (hard to breathe), "stana piuni" (does not breastfeed),
"sapa kamudila" (a snake bit), "aankhi pata khola heuni" (the eyelids will not open: a krait's paralysis); Chhattisgarhi
"jar" (fever), "ainth gis" (had a fit).

Odia says "not" at the end of a verb ("piuni", "heuni", "jauni"), so a wording is denied by its own word here, not by
context.py's cues: "heuni" is "does not happen" but "rakta banda heuni" is "the bleeding does not stop".

ODIA_SIGNS is merged into signs.SIGNS like the other regional wordings; ODIA_FLAG_WORDINGS adds Odia wordings to flags
that signs.py, signs_hinglish.py and signs_regional.py already define (the rules read those flags, not new ones).
"""

from __future__ import annotations

from .lexicon import Sign

# "re" (in, on), "ku" (to), "ru" (from): Odia postpositions, written apart or joined
_IN = "{re ,majhi re ,bhitare ,upare ,tale ,}"
# "it is happening", "it happened", "it comes", "it feels": the verb that follows a complaint
_IS = ("{heuchi,hauchi,heuchhi,hauchhi,hoichi,hoichhi,hela,hei gala,heigala,hoigala,hoi gala,asuchi,aasuchi,asuchhi,"
       "aasuchhi,laguchi,laguchhi,lage,achhi,achi,chhi,chalichi,chaluchi}")
_PAIN = "{byatha,bytha,beatha,bathha,bindha,kamuduchi,kamudu chi}"
_NOT = "{nahin,nahi,nai,nahanti,nahan}"

ODIA_SIGNS: dict[str, Sign] = {
    # --- pain named by where it hurts ("peta byatha", belly pain; "munda byatha", headache) ---
    "or_belly_pain": Sign(("abdominal pain",), (
        "{peta,peto,tala peta,talipeta,tali peta,petare} " + _IN + _PAIN,
        "peta {mochuduchi,mochudi hauchi,kati hauchi,jaluchi,jali jauchi,ghaa heuchi}",
    )),
    "or_headache": Sign(("headache",), ("{munda,mundo,mundare,mathaa} " + _IN + _PAIN, "munda {bhari,bhari laguchi}")),
    "or_chest_pain": Sign(("chest pain",), ("{chhati,chhatire,chati} " + _IN + _PAIN,
                                            "chhati {re ,majhi re ,}{chapi dhariba,chapi dhariba bhali,chapi dharuchi}",
                                            # "bhari chapi dhariba bhali byatha": a pain like a weight pressing
                                            "{chapi dhariba,chapi dhara,chapi dharila} {bhali ,bhala ,}{byatha,bytha}")),
    "or_body_ache": Sign(("body ache",), ("{dehe,deha,dehare,sarira,sariro,gaa,hata goda} " + _IN + _PAIN,
                                          "{dehe,deha,sarira} {bhangi,bhanga} {jauchi,laguchi}")),
    "or_leg_pain": Sign(("leg pain",), ("{goda,godo,pindula,jangha} " + _IN + _PAIN,)),
    "or_back_pain": Sign(("back pain",), ("{pithi,anta,kati} " + _IN + _PAIN,)),
    "or_knee_pain": Sign(("knee pain",), ("{anthu,aanthu,antu} " + _IN + _PAIN,)),
    "or_joint_pain": Sign(("joint pain",), ("{ganthi,gantthi,ganthi ganthi} " + _IN + _PAIN,)),
    "or_ear_pain": Sign(("ear pain",), ("{kana,kaana} " + _IN + _PAIN,)),
    "or_toothache": Sign(("toothache",), ("{danta,daanta} " + _IN + _PAIN,)),
    "or_sore_throat": Sign(("sore throat",), ("{gala,tonti} " + _IN + _PAIN, "{gala,tonti} {kharap,ghaa,ghaa heichi}")),
    "or_eye_pain": Sign(("eye pain",), ("{aankhi,aakhi,chakhu} " + _IN + _PAIN,)),
    "or_wrist_pain": Sign(("wrist pain", "swelling"), ("{manibandha,hata gantthi} {fuli,fulijauchi,phuli} {gala,jauchi,"
                                                       "bankei gala,bankei jaichi,}",)),
    # --- fever, in Odia and Chhattisgarhi ("jara" alone is Hindi "a little": it needs its verb or its chills) ---
    "or_fever": Sign(("fever",), (
        "{kampa,kampi,thanda} jara", "jvara", "{kampuchi,kampu chi,thanda kampuchi,dehe kampuchi}",
        "{dehe,deha,dehare} jara", "jara " + _IS,
        "jara {kamuni,chhaduni,chhadu nahi,kamile,kamila,achhi ki}", "jara {38,39,40,101,102,103,104}",
        # Chhattisgarhi: "jar rahis" (had fever), "teen din le jar", "jar-bukhar"
        "jar {rahis,rahisa,rahe,he,hai,aa gaya,aa gis,aagis,chadhe,chadhis,chadhgis,bukhar}",
        "{din,dina,raat} le jar",
    )),
    "or_no_fever": Sign(("fever",), ("jara " + _NOT, "jara {bi,bhi} " + _NOT, "jar {nai,nahi} he"), negated=True),
    # --- the gut ---
    "or_vomiting": Sign(("vomiting",), (
        "banti " + _IS, "banti {kaluchi,kala,karuchi,kari,kariba,hauchi}",
        "{sakalu,sakale,raati,kali,aji,bara bara,thare thare,thara thara} banti",
        "{dui,tini,chari,pancha,2,3,4,5,6,bahut} thara banti", "{ulti,ulati} {kaluchi,kala,hauchi}",
    )),
    "or_no_vomiting": Sign(("vomiting",), ("banti {heuni,hauni,heu nahi,nahin,nahi}",), negated=True),
    "or_nausea": Sign(("nausea",), ("{banti,bani} {banti ,bani ,}{lage,laguchi,lagu chi,laguchhi}",)),
    "or_diarrhoea": Sign(("diarrhea",), ("jhada " + _IS, "{pani,paani,taral} jhada", "jhada {bara bara,thare thare}",
                                         "{patla,patala} jhada")),
    "or_black_stool": Sign(("blood in stool",), ("jhada {kala,kala kala,kalia}", "{kala,kalia} jhada",
                                                 "jhada re rakta", "rakta jhada")),
    # a burning belly after food ("peta re jali jauchi"); the sour belch with it ("khata dhekura") is no symptom here
    "or_belly_burning": Sign(("abdominal pain",), ("peta {re ,}{halka ,}{jali jauchi,jaluchi,jalu chi}",)),
    "or_constipation": Sign(("constipation",), ("jhada {heuni,hauni,hau nahi}", "{kosta,kostha} kathina")),
    # --- breathing, skin colour, consciousness ---
    "or_breathless": Sign(("shortness of breath",), (
        "{nishwasa,niswasa,nishwas,niswas,swasa,sasa} {kasta,kashta,nei paruni,nei parunahi,phule,phuluchi,"
        "phuli jauchi,atakuchi,ataki jauchi,kasta hauchi,kasta heuchi,kasta hela}",
        "{nishwasa,niswasa,swasa} {nebaku,neba re} {kasta,kashta,asubidha}",
    )),
    "or_cough": Sign(("cough",), ("kasa {heuchi,hauchi,achhi,sabu dina,bahut,sahita}", "{sukhila,sukhla,kafa} kasa",
                                  "kasa {sabu dina,barsha hela,mase hela}", "{kasuchi,kasu chi,kasuchhi}")),
    "or_blue_lips": Sign(("cyanosis",), ("{otha,ontha,oth,hata,nakha} {nila,nila nila,nali} {padiche,hoigala,hela,"
                                         "padi jauchi,}",)),
    "or_jaundice": Sign(("jaundice",), (
        "{dehe,deha,aankhi,aakhi,chakhu,chamda,nakha} {haladia,haldia,halodia} {hoigala,heigala,padiche,dishuchi,}",
        "{kamala,kamala roga,kamala rogo}",
    )),
    "or_drowsy": Sign(("lethargy",), (
        "{nida nida,nidra nidra} {hoijauchi,hoi jauchi,laguchi,heuchi}", "{shoi,soi,shoie} {rahuchhi,rahuchi}",
        "{dakile,dakle,daakile} {thik se ,thik re ,bhala re ,}{uthuni,uthu nahi,sadhuni,sadha deuni,jabab deuni}",
        "{kheluni,khelu nahi}", "{kanduni,kandu nahi}",
    )),
    "or_unconscious": Sign(("loss of consciousness",), (
        "{behosa,behos,behosh} {hoigala,heigala,hoi jaichi,padichi}", "{chetana,hosa,hos} " + _NOT,
        # Chhattisgarhi: "abhi le aankhi nai kholat he" (has not opened the eyes since)
        "{aankhee,aankhi,aankh} {nai,nahi} {kholat,kholay,kholis,khole,kholat he}",
    )),
    "or_seizure": Sign(("seizure",), (
        # Chhattisgarhi "ainth gis" (went stiff: a fit); "pet mein ainthan" (colic) is another word
        "{ainth,ainthe,aainth,ainthi} {gis,ge,gaye,gaya,gayis,jathe,jaat he,gala,heigala}",
        "{mirgi,mruguni} {hela,heigala,padila,asila}", "{hata goda,haath pair} {tanki,kampi} {gala,heigala}",
    )),
    "or_dizzy": Sign(("dizziness",), ("munda {bula,bulauchi,ghurauchi,ghuruchi,bhuleiba}",
                                      "aankhi aage {andhaar,andhara,andhakar} {lagu chhi,laguchi,laguchhi,lage}")),
    "or_sweating": Sign(("sweating",), ("{jhala,ghama} {jhala ,ghama ,}{ghamuchi,bohuchi,boghuchi,baharuchi}",
                                        "{thanda,thanda thanda} {jhala,ghama}")),
    "or_weak": Sign(("weakness",), ("{durbala,durbal,durbalata}", "dehe bala " + _NOT,
                                    "{basi,thia} {heiparunahi,hei paruni,paruni}")),
    "or_tired": Sign(("fatigue",), ("{thaka,thakapana} {laguchi,lage,laguchhi}",)),
    "or_slurred": Sign(("slurred speech",), ("{katha,kotha} {bi ,}{jada jada,jadi jauchi,aspasta,spasta nahin} "
                                             "{hauchi,heuchi,}",
                                             # Chhattisgarhi "gothiyay m atkat he" (the words catch)
                                             "{gothiyay,gothiyaye,gothiya} {m,ma,me} {atkat,atakat,atkath}")),
    "or_not_feeding": Sign(("unable to drink",), (
        "{stana,stano,kheeri,khiri,dudha,maa dudha} {piuni,piu nahi,piuna,tanuni,dhauni,khauni}",
        "{kichhi,kichi} {khauni,khau nahi} {piuni,piu nahi}",
    )),
    # --- swelling, skin, numbness ---
    "or_swelling": Sign(("swelling",), ("{fuli,phuli} {jauchi,jaichi,gala,jaichhi,jaaichi,jaiche,jaichi,padichi}",
                                        "{fulijauchi,phulijauchi,fuligala,phuligala,fulichi,phulichi}",
                                        "{gala,goda,muha,pada,hata,peta} re {phula,fula}",
                                        "{goda,hata,pada,muha,gala,aankhi,pindula} {fuli,phuli,fula,phula}")),
    # --- the nose, the ears, the urine, the heart, the appetite ---
    "or_blocked_nose": Sign(("nasal congestion",), ("{naka,nak} {bandha,banda,bandh,bandha hoichi}",)),
    "or_runny_nose": Sign(("runny nose",), ("{naka,nak} {bohuchi,bohu chi,boheuchi,ru pani,ru pani boheuchi}",)),
    "or_sneezing": Sign(("sneezing",), ("{chhinkuchi,chhinku chi,chhinka heuchi,chhinka hauchi}",)),
    "or_ear_discharge": Sign(("ear discharge",), ("{kana,kaana} ru {pani,pu,puja} {bohuchi,baharuchi,asuchi,}",)),
    "or_red_eye": Sign(("red eye",), ("{aankhi,aakhi} {lal,nali} {hoigala,heigala,hoichi,}",)),
    "or_swallowing": Sign(("difficulty swallowing",), ("{giliba,giliba re,gilibaku} {asubidha,kasta}",)),
    "or_burning_urine": Sign(("dysuria",), ("{parisra,prasraba,pisab} {re ,}{jala,jaluchi,jali jauchi,jalapoda}",)),
    "or_frequent_urine": Sign(("frequent urination",), ("{bara bara,thare thare} {parisra,prasraba,pisab}",)),
    "or_palpitations": Sign(("palpitations",), ("{chhati,chhatire,hrudaya} {dhak dhak,dhaka dhaka,dhadhak,dhadhaka} "
                                                "{heuchi,hauchi,kare,karuchi,}",)),
    "or_thin": Sign(("weight loss",), ("{ojana,ojan,wajan} {kamuchi,kami jauchi,kamigala,kamila}",)),
    "or_no_appetite": Sign(("loss of appetite",), ("bhoka {laguni,lagu nahi,lagunahi,nahin,kam}",)),
    "or_no_sleep": Sign(("insomnia",), ("{nida,nidra} {heuni,hau nahi,asuni,asu nahi}",)),
    "or_itching": Sign(("itching",), ("{kunduauchi,kunduauchhi,kunduauchhanti,kunduuchi,kunduau chi,kundaauchi}",
                                      "{bahut ,}kunduani")),
    "or_no_itching": Sign(("itching",), ("kunduani " + _NOT, "{kunduauni,kundau nahi}"), negated=True),
    "or_rash": Sign(("rash",), ("{lal,nali,gola gola lal} daga", "{phutkuri,phutukuri,gudi gudi}",
                                "{chhota chhota,chhota} {phutkuri,phutukuri,phutka}")),
    "or_pale_patch": Sign(("skin patches",), ("{phikka,phika,dhala,dhalia} {daga,chhapa}",)),
    "or_numb_patch": Sign(("numbness",), ("{jana,jaana} {padunahi,padu nahi,paduni,jana padunahi}",
                                          "{chhuinle,chhuinla,chhuile} {jana ,}{padunahi,paduni,bujha padunahi}",
                                          "{jhim jhim,jhinjhini,jhim jhima} {laguchi,lage}")),
    # --- bites, falls, poisons ---
    "or_snake_bite": Sign(("snake bite",), ("{sapa,saap,sap,naga} {kamudila,kamudichi,kamudi dela,dansila,"
                                            "damsila}",)),
    "or_dog_bite": Sign(("dog bite",), ("{kukura,kukur} {kamudila,kamudichi,kamudi dela,kamudi diya}",)),
    "or_fall": Sign(("fall",), ("{khasi,khasi ki,gadi,pichhali} {padila,padigala,padichi}",
                                "{gachha,gachhu,gachha ru,upara ru,chhata ru} {khasi ,}{padila,padigala,padichi}")),
    "or_wound": Sign(("wound",), ("{ghaa,gha,kata ghaa} {heichi,hoichi,hela}",)),
    "or_poison": Sign(("poisoning",), (
        "{bisa,visa,bisha,bish} {khaichi,khaila,khaidela,piichi,piila,pii dela}",
        "{kita nashaka,kitanashaka,kida mara,dawai,osudha} {piichi,piila,pii dela,khaichi,khaila}",
        # seeds a child eats in the forest or by the fields: Jatropha (ratanjot), datura, cassia (chakunda),
        # nux vomica (kochila); Chhattisgarhi "bija"
        "{chakunda,dhatura,dudura,ratanjot,jatropha,kochila,karanja,baigaba,arakha} {manji,bija,beej,phala} "
        "{khaichi,khaila,khai dela,khaidela,kha liya,kha li,kha gaya,kha gayi,khaye,ate,eaten}",
    )),
    # wild mushrooms eaten (rules.py reads the flag with the vomiting and loose stools that follow: amatoxin)
    "wild_mushroom": Sign((), (
        "{jungle,wild,forest,jangli,jangal,bana,sal forest} {mushroom,mushrooms,chhatu,chhati,khukhdi,khukri,pihri}",
        "{chhatu,khukhdi,khukri} {khaichi,khaile,khaila,khaye,khaya,kha liya,ate,eaten}",
    )),
    "or_little_urine": Sign(("reduced urine",), (
        "{parisra,prasraba,pisab,urine} {kam,kama,bahut kam} {heuchi,hauchi,hela}",
        "urine {very ,}less", "{passing ,}very less urine",
    )),
    "or_no_urine": Sign(("reduced urine",), ("{parisra,prasraba,pisab} {heuni,hauni,hau nahi,bandha}",)),
    "or_low_mood": Sign(("low mood",), ("{kichhi,kichi} {bhala,bhal} {lagu nahi,laguni,lagunahi}",
                                        "mana {kharap,dukha,bhala nahin}")),
    "or_blurred": Sign(("blurred vision",), ("{aankhi,aakhi} {re ,}{dhundhi,dhundhia,dhusara} {dishuchi,dekhuchi,"
                                             "laguchi}",)),
    # the baby in the womb: "pila haluni", "pila peta bhitare halucha nahin" (has not moved)
    "or_fetal_still": Sign(("reduced fetal movement",), (
        "pila {peta bhitare ,peta re ,petare ,}{halucha,haluchi,haluchhi,halu} " + _NOT,
        "pila {peta bhitare ,peta re ,}{haluni,halu nahi,halunahi}",
        "pila {kam,bahut kam} {haluchi,haluchhi}",
    )),
    "or_no_bleeding": Sign(("vaginal bleeding",), ("rakta {bi ,}{jauni,padu nahi,paduni,baharuni}",), negated=True),
    # a hanging foretold in Chhattisgarhi and Hindi ("fanda laga lunga"): intent told with its means
    "hanging_foretold": Sign(("suicidal thoughts",), (
        "{fanda,phanda,faansi,fansi,phansi} {laga,lagaa} {lunga,lungi,loonga,loongi,leta,lega,legi,lehun,leho}",
        "{fanda,phanda,faansi,fansi,phansi} {lagaunga,lagaungi,lagake marunga,lagake marungi}",
    )),
}

# Odia wordings of flags the rules already read (rules.py, rules_hinglish.py): added to those flags' own wordings.
ODIA_FLAG_WORDINGS: dict[str, tuple[str, ...]] = {
    # the eyelids will not open: ptosis, with belly pain or slurred words the krait's descending paralysis
    "drooping_eyelids": ("{aankhi,aakhi} {pata,pita} {khola heuni,kholi heuni,kholi paruni,kholi parunahi,"
                         "padi jauchi,jhuli padichi,kholuni}",),
    # a passive wish to be dead ("mone hue mori jibi", I feel I will die): asked about today (rules.py death_wish)
    "death_wish": ("mone {hue,hueche,hauchi} mori {jibi,jaanti,jaenti}", "mori {jibi,jibaku} {mone hue,ichha hue}"),
    # one arm or leg that will not lift: Chhattisgarhi "jewani haath nai uthat", Odia "dahina hata uthuni"
    "focal_weakness": ("{jewani,jeuni,dewani,deri,dahina,dahana,bama,bam,baun,bauni} {hath,haath,hata,goda,pair,gor} "
                       "{nai,nahi,nahin} {uthat,uthay,uthe,uthat he,chalat,chalay,hilat}",
                       "{dahina,dahana,bama,bam,baa} {hata,goda,hata goda} {uthuni,chaluni,hali paruni,halu nahi,"
                       "uthu nahi}"),
    "forgetful": ("{sabu,sab} {bhulijauchi,bhuli jauchi}", "{bhulijauchi,bhuli jauchi}"),
    "household_itch": ("ghara re {sabu,sabhi} {kunduauchhanti,kunduauchanti,kundauchhanti}",),
    "haematemesis": ("rakta banti", "banti re rakta", "{rakta,lahu} {banti,ulti} {kala,kaluchi,heuchi,hela}"),
    # bleeding that does not stop, cloths soaked ("rakta banda heuni", "dui ta lugha bhijigala")
    "heavy_bleeding": ("rakta {banda,bandha} {heuni,hauni,hau nahi}", "{lugha,kapada,sadhi} {bhijigala,bhiji gala,"
                       "bhijijauchi}", "{bahut,bhari} rakta {jauchi,baharuchi,paduchi}"),
}
