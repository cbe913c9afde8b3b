"""Punjabi (Malwa, Doaba, Majha) wordings of the canonical symptoms, in Latin letters as a dispensary in Punjab types
them and as Gurmukhi reads ("ਸਾਹ ਚੜ੍ਹਿਆ" saah chadhiaa, "ਟੱਟੀ" tatee): the verb of the breath going up ("saah chadheya"),
of swelling with its doubled j ("pair sujje", "sujj gaye"), "ji kacha" (queasy), "roti ni khaandi" (will not eat),
"neend ni aundi" (no sleep), "bhaar ghatteya" (weight lost), "paakhana sakht" (hard stools).

terms.py adds these to its own wordings of the same symptom (never replacing them). The token words (body sites with
"ch"/"vich", the pain verb "dukhda", the swollen "sujja") are in lexicon_punjabi.py.
"""

from __future__ import annotations

from typing import Final

NOT: Final = "{ni,nahi,nai,nhi,nahin}"  # (not Devanagari's "naheen": its reading is corrected to "nahi")
# the habitual, going-on and done endings of a Punjabi verb, as typed: "aunda/aundi/aunde", "reha/rahi", "gya/gyi"
DONE: Final = "{gya,gyi,gaya,gayi,geya,gaye,gye,gae,gaiyan,gaian}"
GOING: Final = "{janda,jaanda,jandi,jaandi,jande,jaande}"

PUNJABI_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "shortness of breath": (
        # the breath "goes up" (chadhna) or "swells" (phullna), is "hard" (aukha), "does not come"
        "saah {thoda ,bahut ,vi ,}{chadheya,chadeya,chadhya,chadya,charheya,charhya,chadhiaa,chadhiya,chadiya}",
        "saah {thoda ,bahut ,vi ,}{chadh,chad,charh} " + DONE,
        "saah {thoda ,bahut ,vi ,}{chadh,chad,charh,phull,phul} " + GOING,
        "saah {phulda,phulldaa,phuldaa,phulde,phuldi,chadhda,chadhdaa,charhda}",
        "saah {bilkul ,}" + NOT + " {aunda,aaunda,aonda,aundaa,aa reha,aa riha}",
        "saah {lain,laina,laine,lende} {ch,vich,wich,mein} {taklif,takleef,aukh,dikkat}",
    ),
    "fast breathing": (
        "saah {thoda ,bahut ,}{tez,tezz} {tez ,}{lagda,chalda,chal reha,aunda,aa reha,}",
    ),
    "cyanosis": (
        "{bulh,bull,bullh,bul,bullan,bulhan,hoth,honth} {neele,neela,neeley,nile,neelay} {jehe ,}{pai ,ho ,}"
        "{gaye,gye,jande,jaande,}",
    ),
    "swelling": (
        # sujj- with its doubled j (Hindi sooj-), every tense; a bump (gumma) or a lump (ganth) the clinic calls swelling
        "{sujj,suj} " + DONE, "{sujj,suj} " + GOING,
        "{sujja,sujji,sujje,sujjiyan,sujjian,sujjeya,sujda,sujdi,sujde,sujjan}", "sujji hoyi", "sujje hoye",
        "{gumma,gummaa,gooma}", "ganth {jehi,jahi,}",
    ),
    "nausea": (
        # the "raw" stomach of queasiness
        "{ji,jee,jii} {kacha,kachha,kachcha,kachaa} {kacha,kachha,kachcha,kachaa,}",
        "{ji,jee} {kacha,kachha,kachaa} {rehnda,rehndi,hunda,hundi,ho reha,ho rehi}",
        "{ji,jee} {machalda,machal reha,kharab hunda}",
    ),
    "loss of appetite": (
        "{bhukh,bhukkh,bhookh,bhook,bhuk} " + NOT + " {lagdi,lagdee,laggdi,lagg rahi,lag rahi}",
        "{bhukh,bhukkh,bhookh,bhook,bhuk} {ghat,ghatt,mar} " + DONE,
        # will not eat (the habitual: "roti ni khaayi", a meal skipped, is not the appetite's)
        "roti " + NOT + " {khaandi,khandi,khaanda,khanda,khaande,khande,kha reha,kha rahi,khaa reha}",
        "roti {khaandi,khandi,khaanda,khanda} {hi ,}" + NOT,
        "roti {ghat,ghatt,thodi,adhi} {khaandi,khandi,khaanda,khanda,khaande,khande}",
        "{kujh,kuj,kuchh} " + NOT + " {khaadha,khadha,khaada,khada,khaandi,khandi,khaanda,khanda}",
        "khaan nu {ji,dil} " + NOT + " karda",
    ),
    "insomnia": (
        "{raat nu ,}{neend,nind,neendh} " + NOT + " {aundi,aaundi,aondi,aundee,aa rahi,aayi}",
        "{neend,nind} {ghat,ghatt,tuttdi,tutdi,tut jandi,tutt jandi,tutdi aa}",
        "{neend,nind} " + NOT,
    ),
    "weight loss": (
        "{bhaar,bhar,vajan,wajan,wazan} {ghatteya,ghateya,ghatya,ghatda,ghatt reha,ghat reha}",
        "{bhaar,bhar,vajan,wajan,wazan} {ghat,ghatt} " + DONE,
    ),
    "constipation": (
        "{pakhana,pakhaanaa,latrine,tatti,tatee} {sakht,sakhat,sakt,sukka,kara}",
        "{pakhana,pakhaanaa,tatti,tatee} {2,3,4,5,2-3,3-4,do,tinn,teen,chaar} din {baad,ch}",
        "{tatti,tatee,pakhana,pakhaanaa} " + NOT + " {aayi,aai,aaee,aaya,hoyi,hoi,aundi,aunda}",
    ),
    "body ache": (
        # the body "breaking" (tutna, an ache: "tut gayi" is a fracture, never here)
        "{sareer,sarir,shareer,sharir,badan,pinda} {tutda,tuttda,tutdaa,tut reha,tutt reha}",
        "{haddiyan,haddian,hadiyan} {tutdiyan,tuttdiyan,tutdian,dukhdiyan}",
        "{sareer,sarir,shareer} te {latta,lattan,latan} {ch,vich,mein} dard",
    ),
    "fatigue": ("{thakke,thakka,thakki,thakeya} {thakke,thakki,thakka}", "din ch {thakke,thakki,thakka}"),
    "low mood": ("{rondi,ronda,ronde} {rehndi,rehnda,rehnde}", "{ji,jee} " + NOT + " lagda"),
    "loss of interest": (
        "{kise,kisi} {cheez,kam,kamm} {ch,vich,mein} {ji,dil,mann} " + NOT + " lagda",
        "{kise,kisi} naal gall {karan,karn} nu {dil,ji,mann} " + NOT + " karda",
    ),
    "suicidal thoughts": (  # (a wish to be dead, no plan: signs_punjabi.death_wish_pa)
        "{soch leya,socheya,soch lya} si {spray,dawai,zehar,zeher,sulphas} {pee,kha} ke {sab ,}khatam",
    ),
    "anxiety": ("{bahut ,}{darr,dar} lagda", "fikar {karde,karda,kardi} {rehnde,rehnda,rehndi}"),
    "burn": (
        # "sadd" (doubled, burnt) with a done verb ("sarh"/"sad gaya" is Hindi's rotted, never here); "akh sadd rahi" (an eye stinging) is not a burn
        "sadd " + DONE,
        "garam {chaah,chah,chai,paani,dudh,tel} {da gilaas ,di ,}{baah,hath,pair,latt} te {dull,dul,doll} " + DONE,
        "{chunni,kapde,kapdeyan} nu agg lag " + DONE,
    ),
    "poisoning": (
        "{sulphas,salphas,celphos,selphos} {di ,}{goli,goliyan,dawai} kha {layi,lyi,lai,leyi,lya,leya}",
        "{neend,nind} {diyan,di} {goliyan,golian} {di poori patti ,di patti ,}kha {layi,lyi,lai,leyi,lya,leya}",
        "spray {di bottle ,}{da ,}{akh,akhan} {ch,vich,mein} {chhitta,chhite} {pai ,}" + DONE,
    ),
    "leg pain": ("{pinni,pinniyan,latt} {ch,vich,mein} {khall,khalli,kheench} {pai,pe} {jaandi,jandi,gayi,gyi}",),
    "eye pain": ("{akh,akhaan} {bahut ,}sadd {rahi,rehi,riha}", "{akh,akhan,akhaan} {vich,ch,mein} {achanak ,}{tez ,}dard"),
    # round 21: a haze in the eyes ("akhan ch dhund jehi", a cataract's mist coming slowly): Maithili's "dhundh"
    # had made the corrector rewrite Punjabi's "dhund"
    "blurred vision": ("{akh,akhan,akhaan,ankh} {ch,vich,wich,mein} {dhund,dhundh,dhundla,dhundhla} {jehi,jeha,jihi,"
                       "varga,jaisi,}",),
    "red eye": ("{akh,akhan,akhaan} {thodiyan ,vi ,}{laal,lal} {ho ,}{gyi,gayi,gaiyan,}",),
    "retro-orbital pain": ("{akhan,akhaan,akh} de {pichhe,picche,pichche} dard",),
    "sunken eyes": ("{akhan,akhaan} {thodiyan ,}andar {dhass ,}{gaiyan,}",),
    "hearing loss": ("{ucha,uchcha,ghat,ghatt} {sunda,sundi,sunde}", "sunda vi {ghat,ghatt}"),
    "ear discharge": ("{kann,kan} {vagda,vag reha,wagda}", "{kann,kan} {ch,vich,mein} {peep,paani,raad} {vagdi,aundi,aunda}"),
    "ear pain": ("{kann,kan,kanna} {vich,ch,mein} dard",),
    "runny nose": ("{naak,nakk,nak} {vagda,vag reha,wagda,chalda,vaggda}",),
    "sneezing": ("{chhikkan,chhikan,chhikaan,chhikkaan,nichhan}", "chhikkan {maarda,maardi,aundiyan}"),
    "reduced urine": (
        "{peshab,pishab} " + NOT + " {utarda,utardaa,utardi}",
        "{peshab,pishab} {ghat,ghatt} {aunda,aaunda,aa reha,}",
    ),
    "dark urine": ("{peshab,pishab} {sarson,sarhon} de tel {varga,jeha}",),
    "weakness": ("{hath,baah,latt,lat,pair} {chakkeya,chukkeya} " + NOT + " {janda,jaanda,jandi}",),
    "slurred speech": (
        # (speech "not clear" with no change told is a toddler's too: signs_punjabi.pa_speech_catches reads it new)
        "{jeebh,jeeb,jibh,zubaan,zuban} {thodi ,}{atakdi,atkdi,atak rahi,thathaldi}",
    ),
    "lethargy": (
        "{sutta,sutti,suti} {hi ,}{rehnda,rehndi}",
        "{jagaiye,jagaaiye,uthaiye,hilaiye} {ta,taan,tan} {vi ,}" + NOT + " {uthda,uthdi,jaagda,jagda}",
        "{jagaiye,jagaaiye} {ta,taan,tan} phir {akhan,akhaan} band",
    ),
    "loss of consciousness": ("{subah,savere} ton {uthde,uthda,uthdi} " + NOT,),
    "confusion": (
        "gallan ajeeb {kar ,}{rahe,reha,rahi,karda,kardi,karde}",
        "{theek,sahi,thik} {jawab,jawaab} " + NOT + " {dindi,dinda,dinde,de rahi,de reha}",
    ),
    "fever": ("{sareer,sarir,shareer,pinda} {agg,anga,angaar} varga {tatta,garam}",),
    "palpitations": ("dil dhak dhak {kita,keeta,kitta,hunda,kardaa}",),
    "chest pain": (
        "{gas,gais} {jehi,jahi,jeha} {chhati,chhaati} {ch,vich,mein}",
        "{chhati,chhaati} {ghutti,ghuttdi,ghut} {gyi,gayi,jandi,rahi}",
    ),
    "abdominal pain": ("{sajje,khabbe} {pasle,pasli,paslian} {de ,}{thalle,heth} dard",),
    "dog bite": (
        "kutta {vadh,vadd,badh} {gya,gaya,geya,leya,lya}", "kutte ne {vadh,vadd,badh} {leya,lya,liya}",
    ),
    "snake bite": ("{sapp,sap,saanp} ne {ladd,lad,larh,ladh} {leya,liya,lya,lia}",),
    "fall": ("{tilak,tilk} " + DONE, "dig {ke,pyi,pai,pya,peya,gya,gyi}"),
    "wound": ("{chhilya,chhileya,chhilia}", "{chhil} " + DONE, "dand {lagge,lagg gaye}"),
    "reduced movement": ("{hilda,hildi,hilde} " + NOT, "{turde,turda,turdi} " + NOT + " {hunde,hunda,hundi}"),
    "reduced fetal movement": ("{bacha,baccha,bachcha} {hileya,hilya,hilleya} " + NOT,),
    "vaginal bleeding": ("thalle ton {khoon,khun} {aaya,aunda,vagda}", "{khoon,khun} {aaya,aunda} thalle ton"),
    "vaginal discharge": ("{chitta,chitte} paani {aunda,painda,aa reha} {thalle ton,}",),
    "blood in stool": (
        "kaale rang da {pakhana,tatti}",
        "{latrine,pakhane,pakhana,tatti} {te,ch,vich} {khoon,khun} {diyan boondan,}",
    ),
    "headache": ("sir {bhaara,bhaari,bhara,bhari}",),
    "diarrhea": ("{peele,patle,paani varga} dast", "{patla,patle,patli} {pakhana,tatti,latrin,latrine}"),
}
