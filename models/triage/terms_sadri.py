"""Sadri (Nagpuri) and the Hindi of the tea gardens of upper Assam, in Latin letters as a garden hospital's nurse types
what the workers and their families say: Sadri's past in "-is"/"-il" and "gel" ("kaat dis", bit; "phul gel", swelled),
"jor"/"jar" for a fever (Assamese and Sadri: Hindi "zor" is force, so only where it is a fever), "nistej" (listless),
"nind nind" (drowsy), "dil dhak dhak" (the heart pounding), "kukur" (a dog), "fula"/"phula" (swollen), the "ekdom" of
Assamese for "ekdam". The Assamese of the same wards is signs_assamese.py's (with what the script reads).

terms.py adds these to its own wordings of the same symptom (never replacing them).
"""

from __future__ import annotations

from typing import Final

NOT: Final = "{nahi,nai,nhi,nahin}"
# where a swelling is told with the adjective alone ("pair fula", "mooh fula hua", "kaata jagah fula"): the body's
# places and the bitten place; not the breath ("saans phoolta" is a breathlessness) nor the belly ("pet fula" is a
# distension the gut's words tell)
_SWELL_SITES: Final = ("{pair,paer,pao,paon,haath,hath,mooh,muh,munh,chehra,chehre,aankh,gaal,honth,hont,takhna,"
                       "ghutna,ungli,jagah,taraf,haath pair,hath pair}")
_FULA: Final = "{fula,phula,fuli,phuli,fule,phule,fulla,phulla}"
# a fever ("jor", "jar", Khortha "jaar"): Sadri's and Assamese's word, Hindi "zor" (force) as well, so only after
# the days it has lasted, beside the chills, the cough or the fits it comes with, or graded as a fever is
_JOR: Final = "{jor,jwor,jar,jaar}"
# round 21: Nagpuri's and Khortha's "jaar" (Jharkhand's word for a fever) is no other word of theirs or of Hindi's
# (Urdu's "zaar zaar", weeping bitterly, is not_symptoms.py's): a fever wherever it stands ("kaanp ke jaar aawat hai",
# "jaar me dehi akad gelak", "jaar nai")
_JAAR: Final = "jaar"
# the head (Nagpuri "mutha"), and what it does ("mutha dukhat hai", "mutha bhaari lagat")
_MUTHA: Final = "{mutha,mootha}"
_SADRI_ACHES: Final = "{dukhat,dukhta,dukhe,dukhaa,dukh raha,dukh rahi,dard,phatat,fatat,phat raha}"
_DAYS: Final = "{din,dino,dinon,hafta,hafte,raat,rat}"
_STOOL: Final = "{latrine,latrin,paikhana,pakhana,potty,tatti,toilet}"
# (not "peshaab": a lexicon word teaches the Devanagari reader its spelling, and पेशाब is read "peshab")
_URINE: Final = "{peshab,pesab,pishab}"
_CHILD: Final = "{bachcha,bachha,baccha,bacha,baby}"

SADRI_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "fever": (
        "{1,2,3,4,5,6,7,ek,do,teen,char,chaar,paanch,chhe,saat} " + _DAYS + " se " + _JOR,
        # (a cough and its fever in two words, "khansi jor", are signs_sadri's: both symptoms)
        _JOR + " {aur,o,ke saath} {kaanpni,kanpni,kaanpuni,kapkapi,thand,jaada,ulti,sir dard}",
        "{kaanpni,kapkapi} {aur ,}" + _JOR,
        "{tez,halka,halki} " + _JOR, "{fir,phir} " + _JOR + " {aur,aaya,aa gaya,chadh gaya}",
        _JAAR, "{kaanp,kanp,kaamp,kaanpi} ke " + _JOR,
        # the body warm to the hand at night ("raat halka garam tha"): not warm water or tea, which are named
        "{halka,halki,thoda,thodi} garam {tha,thi,hai,lag raha,lag rahi,lagta,lagti}",
    ),
    "lethargy": (
        # "nistej" (without vigour), "sust jaisa pada" (lying limp), "nind nind" (drowsy-drowsy)
        "{nistej,nisteja,nishtej,nistez}", "{sust,suste,susta,susti} {jaisa,jaise,jaisi,sa,si} {pada,padi,pade,lagta,"
        "lagti,hai}",
        "{nind,neend,ninda} {nind,neend,ninda}",
        # a child who only lies asleep, will not even cry when woken ("bas soyi rehti", "rona bhi nahi")
        "{bas,sirf,din bhar,dinbhar} {soyi,soya,soye,soi} {rehti,rehta,rehte,rahti,rahta,rahte}",
        "{soyi,soya,soye} hi {rehti,rehta,rehte,rahti,rahta,rahte}", "rona bhi " + NOT,
        # much sleep told beside the rest (a head injury's drowsiness); "bahut neend nahi" is a sleeplessness (below)
        "{bahut,bohot,bahot,zyada,jyada} {neend,nind}",
        # eyes that keep closing, or that do not open for the family ("aankh band ho raha baar baar", "aankh nahi
        # khol raha"): a drowsiness
        "{aankh,ankh,aankhen} band {ho raha,ho rahi,ho jata,ho jati,ho ja raha,ho ja rahi} baar baar",
        "baar baar {aankh,ankh,aankhen} band {ho raha,ho rahi,ho jata,ho jati}",
        "{aankh,ankh,aankhen} " + NOT + " khol {raha,rahi,rahe}",
        "ab {uthta,uthti,uthte} " + NOT,
    ),
    "insomnia": ("{bahut,bohot,bahot,zyada,jyada} {neend,nind} " + NOT,),
    "fainting": (
        # the dark before the eyes, then the fall ("aankh ke aage andhera aur gir gayi"): a faint and its warning
        "{aankh,aankhon,ankh} ke {aage,saamne,samne} andhera {aur ,aa ke ,aake ,chha ke ,chhaya aur ,}gir {gayi,gaya,"
        "gaye,padi,pada}",
    ),
    "unable to drink": (
        # a newborn who will not suck the milk ("dudh nahi khinchta")
        "{dudh,doodh} {nahi,nai,nhi} {khinchta,khinchti,kheenchta,kheenchti,kheechta,kheechti}",
        # round 21, Nagpuri and Khortha: nothing drunk ("kuch nai piyat", "kichhu na piye"): IMCI's not able to drink
        # (a child's eating is its own: "kuch nai khaat")
        "{kuch,kuchh,kichhu,kichu} {bhi ,}{nai,nahi,na,nhi} {piyat,piye,piyela,pit} {hai,he,ba,}",
    ),
    "fatigue": ("{kamjor,kamjori} {ho gaya,ho gayi,lagta,lagti,hai,rehta,rehti}", "tab se kamjor"),
    "confusion": (
        # "nothing is understood" (he does not follow), talk back to front ("baat ulti", which is no vomit), an odd
        # behaviour, the talk of the day forgotten
        "kuch {samajh,samjh} " + NOT + " {raha,rahi,rahe}",
        "{baat,baatein,bolna,bolta,bolti} {ulti,ulta,ulte}",
        "{ajeeb,ajib} {behave,behaviour,bartav,bartaav,harkat} {kar,karta,karti,karte,kar raha,kar rahi,kar rahe}",
        # (the going-on "bhool rahi", of days; the habitual "bhool jaati" of months is signs_mind's forgetfulness)
        "{baat,baatein,naam,cheez,cheezein} bhool {rahi,raha,rahe}",
        "{ghar walon,ghar walo,ghar wale,humko,hume,hamko,sabko} {ko ,}" + NOT + " {pehchanta,pehchanti,pehchante,"
        "pehchan raha,pehchan rahi}",
    ),
    "palpitations": (
        "dil {dhak dhak,dhak-dhak,dhakdhak,dhadak dhadak,dhuk dhuk,dhukdhuk}",
        "dil {bahut ,itna ,ekdom ,ekdum ,}{tez,jaldi,jaldi jaldi} {chal raha,chal rahi,chalta,chalti,dhadak raha,"
        "dhadak rahi,dhadakta,dhadakti}",
    ),
    "swelling": (
        _SWELL_SITES + " {aur mooh ,aur pair ,pehle se ,bhi ,thoda ,bahut ,halka ,}" + _FULA,
        "{phul,fool,phool,fula,phula} {gel,gelak,gelai,gelo}",
        # (a bump on the forehead, "maathe pe gulla", is signs_sadri's: the knock's swelling)
    ),
    "abdominal pain": (
        # the belly hard as a drum or a stone, and pain ("pet dhol jaisa fula aur dard", "pet tight patthar jaisa")
        "pet {dhol jaisa ,patthar jaisa ,ekdom ,ekdum ,ekdam ,}{fula,phula,phool gaya,tight,kada,sakht} {aur ,}"
        "{bahut ,}dard",
        "pet {ekdom,ekdum,ekdam} {tight,kada,sakht}",
    ),
    "back pain": ("{kamar,peeth} {ke ,}{baayi,baayin,baayen,bayi,dahine,dahina,daayi,daayin,ek} {side,taraf} se dard",),
    "blood in urine": (_URINE + " {me,mein} {thoda ,halka ,}{laal,lal} {dikhta,dikha,aata,aa raha,hai,}",),
    "dark urine": (_URINE + " {gada,gadha,gaadha,gehra} {peela,pila,peeli,pili}",),
    "reduced urine": (_URINE + " {thoda,thodi,halka,jara,bhi} kam", _URINE + " " + NOT + " {kiya,ki,hua,aaya}"),
    "constipation": (
        _STOOL + " {2-3,3-4,4-5,5-6,3,4,5,6,7,teen,char,paanch} din {me,mein} ek {baar,bar}",
        _STOOL + " {kada,kadi,kade,sakht} {hota,hoti,aata,aati,hai,}",
    ),
    "reduced fetal movement": (
        _CHILD + " {pehle jaisa,pehle jaise,pehle ki tarah} " + NOT + " {ghoomta,ghoomti,ghoom raha,hilta,hilti,"
        "hil raha,khelta,marta}",
        _CHILD + " " + NOT + " {hila,hili,hilaa,ghooma,ghoomi}",
    ),
    "shortness of breath": (
        # an asthma come up ("dama uthla", "dama badh gaya")
        "{dama,dame} {uthla,uthal,utha,uth gaya,uth gayi,badh gaya,bigad gaya,ka attack,ka daura}",
    ),
    "fast breathing": ("{sas,saas,saans,sans} jaldi jaldi {chal raha,chal rahi,chalta,chalti,le raha,le rahi,}",),
    "wheezing": ("{saans,sans,saas} {ghar ghar,gharghar,ghar-ghar,ghurr ghurr}",),
    "throat swelling": ("gala band {jaisa,sa,ho raha,ho rahi,lag raha,lag rahi,lagta}",),
    "difficulty swallowing": ("nigalne {me,mein,par,pe} {chubhta,chubhti,chubh raha,atakta,atak raha}",),
    "hearing loss": (
        # an ear that feels shut, full of wax ("kaan band band lagta"): no pain word, a blocked ear
        "kaan {band band,band} {lagta,lagti,lag raha,lag rahi,sa,ho gaya,ho gayi}",
    ),
    "ear pain": (
        # a toddler who pulls at the ear and cries ("kaan kheechti aur roti")
        "kaan {kheechti,kheechta,kheenchti,kheenchta,khinchti,khinchta,kheech rahi,kheech raha,pakadti,pakadta,"
        "nochti,nochta}",
    ),
    "headache": (
        "{sir,sar} {fatne,phatne} {jaisa,jaise,wala} dard",
        # round 21, Nagpuri and Khortha: the head ("matha", "mutha", "mundi") aches, with its present verb ("kaal le
        # mutha bahut dukhat hai", "matha bathe he")
        "{matha,mutha,maatha,mattha,mundi,kapar} {bahut ,}{dukhat,dukhe,dukhela,dukhaye,dukhaa,bathat,bathe,bathela,"
        "pirat,piraye} {hai,he,ba,}",
        "{sir,sar} {ke peeche,ke peechhe,ke pichhe,ka pichla hissa} {bhaari,bhari} {lagta,lagti,rehta,rehti,hai,}",
    ),
    "chest pain": (
        "{chhati,chhaati,seene,seena} {me ,mein ,}{ajeeb,ajib} {sa ,}dard",
        # a pain that pricks on the breath (a pleurisy's, with a cough and fever): "chhati ke dahine taraf saans lene
        # pe chubhta"
        "{chhati,chhaati,seene,seena} {ke ,me ,mein ,}{dahine,baayen,baayi,daayi,right,left} {taraf,side} "
        "{saans lene,saans lete,khaansne,khaanste} {pe,par,me,mein,time,waqt} {chubhta,chubhti,dard,dukhta,dukhti}",
    ),
    "body ache": (
        # muscles of the shoulders and arms stiff and sore after a day's plucking ("kandha aur baahen akad gayi dukhti")
        "{kandha,kandhe,baahen,baahein,baazu,bazu,badan,kandha aur baahen,kandhe aur baahen,kandha aur baazu,"
        "kandhe aur baazu} {akad,akadh,jakad} {gayi,gaya,gaye,gai} {aur ,}{dukhti,dukhta,dukhte,dukh rahi,dukh raha,"
        "dard}",
    ),
    "loss of appetite": ("khana {pani ,}{sab ,bhi ,}band {hai,ho gaya,}",),
    # (Sadri's singular "daana": "badan pe daane" is signs_kashmiri's rash, a chickenpox's too)
    "rash": ("{pura ,}badan {pe ,par ,me ,mein ,}{daana,dana}",),
    "red eye": ("{dono ,}{ankh,aankh,ankhen} {halka,halki,thoda,thodi} {laal,lal}",),
    "jaundice": ("{pura ,}badan {pila,peela,pili,peeli} {ho gaya,ho gayi,pad gaya,hai}",),
    "burn": (
        "{jalne,jalan} ka {kala ,}{nishan,daag}",
        # a scald told by where the hot tea or water went, or by the kettle that tipped ("pair pe garam chai", "chai ka
        # ketli gira")
        "{pair,haath,hath,pet,chhati,chehra,chehre,muh,badan,hatheli} {pe,par,me} garam {chai,paani,pani,doodh,dudh,"
        "daal,dal,tel,bhaat,maad}",
        "{garam ,}{chai,paani,pani,doodh,dudh} {ka,ki} ketli {gir,gira,giri,ulat,palat} {gaya,gayi,}",
    ),
    "reduced movement": ("{hila,hilaa} " + NOT + " {sakte,sakta,sakti,pa rahe,pa raha,pa rahi,paate,paata,paati}",),
    "wound": (
        # a dao (the garden's machete) struck in: "daa se pet me maar diya"
        "{daa,dao} se {pet,haath,hath,pair,sir,gardan,peeth,chhati,sar} {me,mein,pe,par} {maar diya,maar di,maara,"
        "mara,kaat diya}",
    ),
    "low mood": ("{chup chup,chupchap,chup-chup} {rehti,rehta,rehte,rahti,rahta,baithi,baitha,}",),
    "suicidal thoughts": (
        # "I will end it all" (the future: an intent), "no more living now"; the wish "sab khatam kar du" (that I might
        # end it all) is signs_sadri's death wish
        "sab khatam kar {dungi,dunga,lungi,lunga}",
        "{ab ,}{jeena,jina} " + NOT + " {hai,}",
    ),
    "poisoning": (
        # rat and insect poison "maarne wala" (the one that kills), and every pill taken at once ("neend ki goli sab ek
        # saath kha li")
        "{chuha,chuhe,chooha,keeda,kida,keede} {maarne,marne} {wala,wali,wale,ka,ki} {dawa,dawai,dawaai,goli,powder,"
        "cake,zeher} {kha,khaa,pi,pee} {liya,li,liye,gaya,gayi,lis,lelak}",
        "goli {sab,saari,sari,sabhi,puri,poori} {ek saath,ek sath} {kha,khaa,nigal} {li,liya,liye,gayi,gaya,lis}",
        "{sab,saari,sari,sabhi} {goli,goliyan} {ek saath,ek sath} {kha,khaa,nigal} {li,liya,liye,gayi,gaya,lis}",
    ),
    "sunken eyes": ("{aankh,ankh,aankhen} andar {dhasa,dhasi,dhansa,ghusa,ghus gaya,ghus gayi}",
                    # round 21, Nagpuri: the eyes gone into hollows ("aankh gaddha hoe gelak", "aankh khaddha me bais
                    # gelak")
                    "{aankh,ankh,aankhen,aankhi} {gaddha,gadha,gaddhe,khadda,khaddha} {me ,mein ,}{hoe gelak,ho gelak,"
                    "hoe gel,ho gel,ho gail,ho gaya,ho gayi,dhas gelak,bais gelak,ghus gelak,chali gelak}"),
}

# Round 21 (Nagpuri/Sadri and Khortha of Gumla and Khunti, in Jharkhand): wordings added to SADRI_TERMS' own.
NAGPURI_TERMS: Final[dict[str, tuple[str, ...]]] = {
    # the head that aches or is heavy ("mutha bahut dukhat hai", "mutha bhaari lagat hai"), the knees ("dunon thehuna me
    # dard"), talk back to front or forgetful ("ulta pulta bolo he", "bhoola bhoola baat"), speech that sticks ("bolo me
    # atak raho he"), a great thirst ("piyas bahut lagat"), eyes gone into hollows ("aankh gaddha hoe gelak"), a child
    # thinning ("dubla hote ja raha"), one who drinks nothing ("kuch nai piyat") or eats nothing ("kuch nai khaat"),
    # weak ("kamjor hoe gelak"), as if fainted ("behosh jaisan hoe gelak"); a wheeze heard in the breath is
    # signs_sadri's
    "headache": (_MUTHA + " {me ,mein ,}{bahut ,jyada ,halka ,thoda ,}" + _SADRI_ACHES,
                 _MUTHA + " {bahut ,halka ,thoda ,}{bhaari,bhari} {lagat,lagta,lagti,lag raha,lag rahi,rahta,rehta,"
                 "hai,he}"),
    "knee pain": ("{dunon ,dono ,ek ,}{thehuna,thehune,theuna,thehuno} {me ,mein ,}{bahut ,}" + _SADRI_ACHES,),
    "confusion": (
        "ulta pulta {bolo,bolat,bolta,bolti,bol raha,bol rahi,bole,bolela,bolait,bak raha,bak rahi,baat}",
        "{bhool,bhoola,bhooli} {bhool,bhoola,bhooli} {baat,baatein} {kar raha,kar rahi,karat,karta,karti,kare}",
        # nothing understood by the patient ("kuch samajh nai aa rha unko"); the speaker's own "samajh nahi aa raha
        # kya karein" is a worry, not a confusion
        "{unko,usko,use,inko,isko,ousko,onko} kuch {samajh,samjh} " + NOT + " aa {raha,rahi,rha,rhi,rahe}",
        "kuch {samajh,samjh} " + NOT + " aa {raha,rahi,rha,rhi,rahe} {unko,usko,use,inko,isko,ousko,onko}",
    ),
    "slurred speech": ("{bolo,bolne,bolte,bolat} {me,mein} {bhi ,}{atak,atka,atke} {raha,rahi,raho,rahe,jaata,jata,"
                       "jaati,jati,gaya,gayi,jaay}",),
    "excessive thirst": ("{piyas,pyas,pyaas,piyaas} {bahut,bohot,jyada,zyada} {lagat,lagta,lagti,lag rahi,lag raha,"
                         "lagela}",),
    "sunken eyes": ("{aankh,ankh,aankhen} {gaddha,gadda,gaddhe,khadda} {ho,hoe,hoy} {gaya,gayi,gelak,gela,gelo,gel}",),
    "weight loss": ("{dubla,dubli,dubra,dubri} {hote,hota,hoti} {ja raha,ja rahi,jaa raha,jaa rahi,jaat}",),
    "unable to drink": (
        "kuch " + NOT + " {piyat,piye,piyela,pee raha,pee rahi,pi raha,pi rahi,peeta,peeti}",
        "khana {pina,peena} {sab ,bhi ,}band",
    ),
    "loss of appetite": ("kuch " + NOT + " {khaat,khawe,khaye,kha raha,kha rahi,khata,khati}",),
    "fatigue": ("{kamjor,kamzor} {hoe,hoy} {gelak,gela,gelo,gel,gelai}",),
    "fainting": ("behosh jaisan {hoe,hoy,ho} {gelak,gela,gelo,gel,gaya,gayi}",),
}
for _name, _wordings in NAGPURI_TERMS.items():
    SADRI_TERMS[_name] = SADRI_TERMS.get(_name, ()) + _wordings

# Everyday Sadri and Assamese words of the gardens, and the garden's places and people, that the spelling corrector
# must keep: "hamar" (our) was read "haar", "bagan" (the garden) "bagal", "jethu" (an uncle) "sethu", "haria" (rice
# beer) "hari", "jorhat" "jorat", "maachi" (a bee, "mou maachi") "macchi", "sardar" (the overseer) "sardard", a
# headache; "ketli" (the kettle) "keli", "suiya" (the needle) "sujya", a swelling; "gulla" (a bump) "gulle".
EVERYDAY: Final = frozenset("""
hamar hamra hamni chhauwa chhaua chhauwa dis gel gelak gelai bowari jethu jetha deuta haria hariya lao bagan
jorhat tinsukia dibrugarh sardar maachi jhund nullah pukhuri hazira thela daa kukur talwa patti ketli suiya gulla
chhatta bhimrul mochka jok sadar chitthi jhaad phook jhaadi prarthana kalam mariz
""".split())
