"""Bengali and Assamese wordings (in Latin letters, and what script.py reads from the Bengali-Assamese script) of
symptoms and danger signs, as a block PHC in rural West Bengal hears them: "jor" (fever), "pet e byatha" (belly
pain), "shash nite kosto" (hard to breathe), "bomi" (vomiting), "patla paikhana" (loose stools), "khichuni"
(a fit), "ogyan" (unconscious), "saap e kamreche" (a snake bit), "kitnashok kheyeche" (drank pesticide).
Assamese forms of the same words are beside them: "jwor ahise", "gaa gorom hoise" (fever), "mur bikh" (headache),
"bikh khaise" (took poison), "nai" (none).

Each word group holds the Latin typings and the script's reading ("ব্যথা" byathaa, "বমি" bami, "সাড়া" saadaa).
Words that are other words in Hindi are used only inside a phrase: "jor" (Hindi force) only with what says it is a
fever ("jor achhe", "4 din jor", "gaa jor jor"), "jala" (Hindi burnt) only where it burns ("prosrab e jala"),
"sara" (Hindi whole) only as "sara dicche na" (does not answer), "ghar" (Hindi a house; Bengali the neck) only
with "shokto" (stiff). Bengali says "not" after the verb ("parche na", "byatha nei"): "nei"/"nai" are context.py's
negation cues (DENIALS); a symptom whose own verb takes "na" is denied by its own wording here.

Merged into signs.SIGNS; a wording of a danger sign named elsewhere sets that sign's flag (``flag``).
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# "nei", "nai" (there is none: "byatha nei", "jor nai"), Assamese "nai", "nohoy": after what they deny
DENIALS: Final = ("nei", "nai", "nohoy", "hoyni", "hoini", "hoyeni")
# a verb, then "na" (not): "bomi hoy na" (no vomiting), "byatha kore na" (it does not hurt), "jor ase na"; context.py
# reads the pair after a wording, and the "na" after a wording that took the verb in ("jor ase" na)
NOT_VERBS: Final = frozenset({"hoy", "hoi", "kore", "korche", "korchhe", "hocche", "hochhe", "ase", "aase", "asche",
                              "aschhe", "ashe"})
NOT_PAIRS: Final = frozenset((verb, "na") for verb in NOT_VERBS)

# --- word groups: Latin typings, then the script's reading ---
# (Assamese "bikh", pain, only after its place: alone it is poison)
_PAIN = "{byatha,byathaa,bytha,betha,beatha,byata,batha,byathha,bedona,bedonaa,bedana,bish bish,bikh}"
_MUCH = "{khub ,onek ,beshi ,besi ,bhishon ,prochondo ,prochur ,olpo ,halka ,ektu ,ektu ektu ,}"
_LOC = "{e ,te ,er ,}"  # Bengali "e"/"te" (in, on), "er" (of), written apart from the noun
_BELLY = "{pet,pete,peter,paet,pait,pet ta,pet er upore,pet er niche,pet er dan dike,pet er baam dike,naivi,nabhi}"
_HEAD = "{matha,mathay,mathae,mathar,maatha,maathaay,mathaa,mur,murot}"
_CHEST = "{buk,buke,buker,buku,bukut,bhook}"
_BACK = "{komor,komore,komorer,komar,kamar,koumor,pith,pithe,pither,pit}"
_KNEE = "{hatu,hantu,haantu,haatu,hatur,hantur,hatu te,hantute,athu}"
_JOINT = "{gante,gaante,ganthe,gite,gaat,gate gate,gite gite,jora,jorai}"
_LEG = "{pa,paa,paye,paaye,payer,paayer,pae,theng,thengot,payer dim,pa er}"
_ARM = "{haat,hat,haate,hate,haater,hater,haatot}"
_EYE = "{chokh,chokhe,chokher,chok,chakh,chaakh,sokhu,chokhu,chokh e}"
_EAR = "{kaan,kan,kane,kaane,kaner,kanot}"
_THROAT = "{gola,golay,golae,golar,gala,galaa,golat,gola te}"
_TOOTH = "{daat,dat,daant,daate,date,dater,daater,maari,mari,daat e,dantot}"
_URINE = "{prosrab,prosrabe,prosraber,proshrab,prasraab,prasraba,prasrab,peccha,pechhap,pecchap,proshab,prosab}"
_STOOL = "{paikhana,paikhanay,paikhanar,paykhana,paaykhaanaa,paaykhana,paikhana te,pakhana,bahye,pokhana}"
_BLOOD = "{rokto,rakto,rakt,roktho}"
_SNAKE = ("{saap,sap,shap,saape,sape,shape,saap e,sap e,saaper,saapa,dhora saap,dhora sap,gokhro,gokhra,gokhro saap,"
          "keute,kal keute,kaal keute,kalach,chandrabora,chondrobora,chandroboda,kalnagini,sarpa,xaap,xap}")
_BITTEN = ("{kamreche,kamrechhe,kamrieche,kamriyeche,kamriyechhe,kamrache,kamre diyeche,kamre dieche,kamre,"
           "kaamdechhe,kaamdeche,kamdeche,kamorese,kamuriche,kamorise,dongshon,dongshon koreche,keteche,ketechhe,"
           "kamor diyeche,kamor}")
_BREATH = "{shash,shas,shwas,shwash,shvaas,shvas,nishwas,nishshas,nishash,shash proshash,dom,xaah,hah}"
_HARD = ("{kosto,koshto,kashto,kasht,kasta,kosht,kosto hocche,kosto hochhe,kosto hoy,osubidha,oshubidha,"
         "asubidha,kosto korche}")
# a burning feeling (Hindi "jala" alone is a burn): belly, eyes, urine
_BURNS = ("{jala,jalaa,jvaalaa,jvala,jala pora,jala kore,jala korche,jala korchhe,jala jala,jala jala kore,"
          "jala jala korche,jolche,jalche,jole}")
_CANT = "{parche na,parchhe na,paarchhe na,parchi na,parchhi na,pari na,parina,pare na,parena,pare na ar,parse na}"
_SWELLS = ("{fule,phule,fulche,fulchhe,fule gechhe,fule geche,fule gachhe,fule jacche,fule jachhe,fule uthche,"
           "fule uthechhe,fule ache,fule achhe,fulechhe,fuleche,fole gechhe,phule gechhe,phule yaachchhe,fula,"
           "fola,phola,pholaa,fulise,fuli gaise}")
# swollen, said alone: not "phule" nor "fula" (Hindi "saans phool", "phool": breathless, a flower)
_SWOLLEN = ("{fule gechhe,fule geche,fule gachhe,fule jacche,fule jachhe,fule uthche,fule uthechhe,fulechhe,fuleche,"
            "fole gechhe,phule gechhe,phule yaachchhe,fola,phola,pholaa,fulise,fuli gaise}")

BENGALI_SIGNS: dict[str, Sign] = {
    # --- pain named by where it hurts ---
    "bn_belly_pain": Sign(("abdominal pain",), (
        _BELLY + " " + _LOC + _MUCH + _PAIN, "{petbyatha,pet byatha,petebyatha,peter byatha}",
        "{pet,pete} {morochhe,morocche,mochrache,mochrachhe,kamrache,kamracche,kamracchhe,mochor dicche,"
        "mochrano,moch dicche,kamrano,kamray,kamurise}",
        # a burning high in the belly after food (Hindi "jala" alone is a burn)
        _BELLY + " " + _LOC + _BURNS,
    )),
    "bn_headache": Sign(("headache",), (
        _HEAD + " " + _LOC + _MUCH + _PAIN, "{mathabyatha,mathabetha,mathaa byathaa,maathaa byathaa}",
        "{matha,mathaa} {dhore ache,dhore achhe,dhorechhe,dhoreche,bhar,bhari,bhaar,tonton korche}",
    )),
    "bn_chest_pain": Sign(("chest pain",), (
        _CHEST + " " + _LOC + _MUCH + _PAIN,
        _CHEST + " " + _LOC + "{chap,chaap,chap dhora,chaap dhora,chepe dhora,bhar,bhari,bhaari,bhaar} {byatha,"
        "byathaa,lagche,lagchhe,lage,hocche,}",
        "chap dhora byatha",
    )),
    "bn_back_pain": Sign(("back pain",), (_BACK + " " + _LOC + _MUCH + _PAIN, "{komor,komore} {tan,ton,tone,dhora,"
                                                                             "dhore gechhe,dhoreche}")),
    "bn_wrist_pain": Sign(("wrist pain",), ("{kobji,kobjite,kobjir,kobji te,hater kobji,haater kobji,kobji ta} "
                                            + _LOC + _MUCH + _PAIN,)),
    "bn_wrist_swollen": Sign(("wrist pain", "swelling"), ("{kobji,kobjite,kobji ta,hater kobji} " + _SWELLS,)),
    "bn_limb_bent": Sign((), ("{kobji,haat,hat,pa,paa,hater kobji,pa ta,haat ta} {beke,benke,bneke,tera,tyara} "
                              "{gechhe,geche,hoye gechhe}",), flag="fracture"),
    "bn_knee_pain": Sign(("knee pain",), (_KNEE + " " + _LOC + _MUCH + _PAIN,
                                          _KNEE + " " + _SWELLS)),
    "bn_joint_pain": Sign(("joint pain",), (_JOINT + " " + _LOC + _MUCH + _PAIN,)),
    "bn_leg_pain": Sign(("leg pain",), (_LEG + " " + _LOC + _MUCH + _PAIN,)),
    "bn_eye_pain": Sign(("eye pain",), (_EYE + " " + _LOC + _MUCH + _PAIN,
                                        _EYE + " " + _LOC + _BURNS, _EYE + " {koskos korche,kor kor}")),
    "bn_ear_pain": Sign(("ear pain",), (_EAR + " " + _LOC + _MUCH + _PAIN,)),
    "bn_sore_throat": Sign(("sore throat",), (_THROAT + " " + _LOC + _MUCH + _PAIN,
                                              "{gola,golaa,gala,galaa} {kharap,kharaap,bosa,bose gechhe,"
                                              "khuskhus,khus khus,chulkay}")),
    "bn_toothache": Sign(("toothache",), (_TOOTH + " " + _LOC + _MUCH + _PAIN, "{daat,dat,daant} {sir sir kore,"
                                                                                "shir shir kore,konkon kore}")),
    "bn_body_ache": Sign(("body ache",), (
        "{gaa,gaye,gaa haat pa,gaa hat pa,sara gaa,sara gaye,sara shorir,shorir,sharir,gaa haat paa,hat pa,haat pa,"
        "haat paa,gaat} " + _LOC + _MUCH + _PAIN,
        "{gaa,gaye,shorir} {bedona,bish bish,mejmej,mej mej,mejmej korche}",
    )),
    # --- fever: "jor" only where it says fever ---
    "bn_fever": Sign(("fever",), (
        "{jor,jwor,jvor,jwar,jvar,jaur,zor} " + "{achhe,ache,achhey,asche,aschhe,ashche,ashchhe,ase,aase,ashe,"
        "esechhe,eseche,hoyeche,hoyechhe,hocche,hochhe,hoy,hoi,ase jay,aase jaay,aschhe jacche,uthche,uthchhe,"
        "chhare na,chharche na,kombe na,komche na,kome na,chharchhe na,ashchhe ek din por por,hoise,ahise}",
        "{jor,jwor,jvor} {1,2,3,4,5,6,7,8,9,10,14,15,ek,dui,tin,char,panch} {din,diner,dine,soptaho,mas}",
        "{din,diner,soptaho,dhore,theke,shathe,sathe} {jor,jwor,jvor}",
        "{ekhon,raate,abar,halka,olpo,khub,beshi,besi,ektu,kanpuni diye,kapuni diye,kampuni diye,"
        "kaanpuni diye,thanda diye,sheet kore} {jor,jwor,jvor}",
        "{gaa,gaye,gaa ta,shorir,gaat,gao} {jor jor,gorom,garam,gorom gorom,tap,pure jacche,jole jacche,putche}",
        "{jor,jwor,jvor} {er sathe,er shathe,er songe,jor bhab,er jonno}", "{jorjor,jor jor bhab,jorer}",
        "{gaa,gaat} {gorom,garam} {hoise,hoiche,hoi ase}", "{jworot,jvorot}",
    )),
    "bn_no_fever": Sign(("fever",), ("{jor,jwor,jvor} {nei,nai,o nei,nei kono,hoyni,hoy ni,hoini,ase ni,ashe ni}",
                                     "{kono,konu} {jor,jwor} nei"), negated=True),
    "bn_rigors": Sign(("fever",), ("{kanpuni,kapuni,kampuni,kaanpuni,kanpuni diye,kaapuni,kapni,kopni} {diye ,}"
                                   "{jor,jwor,ase,asche,aschhe,ashchhe}",
                                   "{sheet kore,sit kore,thanda lege} {kanpuni,kapuni,kampuni,jor}"), flag="rigors"),
    # --- the gut ---
    "bn_vomiting": Sign(("vomiting",), (
        "{bomi,bomee,bami,bomi bomi,bomy,boomi,bomit,bomi hocche,bomi korche}",
        "{ulti,vomi,bomiti,bomi kore,bomi kora}", "{bomi korchhe,bomi hoyechhe,bomi hoyeche,bomi hoy}",
    )),
    "bn_nausea": Sign(("nausea",), ("{bomi bomi bhab,bomi bomi lage,bomi bomi lagche,bomi bhab,bami bami bhaab,"
                                    "gaa guliye,gaa gulacche,gaa gulachhe,gaa gulay,gaa guloy,bomi pacche}",)),
    "bn_diarrhoea": Sign(("diarrhea",), (
        "{patla,paatla,paatlaa,patlaa,pani patla,jol er moto,joler moto} " + _STOOL,
        _STOOL + " {patla,paatla,jol jol}", "{pet kharap,pet kharaap,pet chalche,pet nemeche,dasta,daast,"
        "patla paikhana hocche,jolo paikhana}", "{paikhana,paykhana} {bar bar,barbar,onekbar} {hocche,hochhe,korche}",
    )),
    "bn_constipation": Sign(("constipation",), (
        _STOOL + " {kosto,koshto,kashto,shokto,sokto,hoyni,hoy ni,hoini,hocche na,hochhe na,porishkar hoy na,"
        "porishkar hocche na,kosto kore}", "{kosthokathinno,kosto kathinno,koshtho kathinno}",
    )),
    "bn_stool_blood": Sign(("blood in stool",), (
        _STOOL + " {te ,e ,er sathe ,er songe ,diye ,}" + _BLOOD, "{kalo,kaalo} {paikhana,paaykhaanaa,paykhana}",
        _BLOOD + " {paikhana,aamasha,amasha}", "{amasha,aamasha,amashay} {rokto,}",
    )),
    "bn_worms": Sign((), ("{krimi,kirmi,kreemi,kecho krimi} {dekhechhi,dekhechi,dekhchi,berochhe,beroche,beriyeche,"
                          "hoyeche,achhe}",)),
    # --- breathing, cough, colour ---
    "bn_breathless": Sign(("shortness of breath",), (
        # ("nite", to take, is SMS shorthand for "night" to the corrector: both)
        _BREATH + " {nite ,night ,nite onek ,night onek ,tante ,tante onek ,nite khub ,night khub ,}" + _HARD,
        _BREATH + " {nite,night,tante,fele} " + _CANT,
        _BREATH + " {atke,aatke,atkay,atkacche,atke jacche,atke asche,bondho hoye asche,bondho hoye jacche,"
        "uthche,uthchhe,tan,taan,kom pacche}",
        "{shashkosto,shaskosto,shvaaskasht,shvaaskasht,shwaskosto,shaskashto,haapani,hapani,hanpani,haanpaani,"
        "haapaani,hapai,hapaai,haapai,hapachhe,hapacche,hanpacche,hapiye jai,hanpiye jai,hapiye jay,hapai,"
        "hah uthe,hah dhore}",
        "{dom,dam} {bondho,bondho hoye asche,atke asche,nite kosto,fete jacche,nite parche na,fulche}",
        "{uthle,hatle,hantle,kaj korle,kaaj korle,sinri uthle,sinri bhangle} {hapai,hapaai,hapiye jai,hanpai,"
        "haapai,hapacche,shash kosto}",
    )),
    "bn_fast_breathing": Sign(("fast breathing",), (
        _BREATH + " {ektu ,khub ,}{taratari,taratari nicche,taratari nichhe,joreh,jore jore,ghono ghono,ghon ghon,"
        "druto,tarataari}", "{ghono ghono,ghon ghon,taratari taratari,jore jore} " + _BREATH,
    )),
    "bn_chest_indrawing": Sign(("shortness of breath",), (
        "{buk,buker pajor,pajor,pajra,bukar haad,pajorer haad} {bhitore ,niche ,}{dhuke,bose,debe,dheve,teene} "
        "{jacche,jachhe,jay,jai}",
    ), flag="chest_indrawing"),
    "bn_noisy_breath": Sign(("shortness of breath",), (
        _BREATH + " {nite ,nile ,neoar somoy ,}{ghorghor,ghor ghor,shoñ shoñ,shon shon,sho sho,sansan,saay saay}"
        " {shobdo ,awaj ,}{hocche,korche,kore,hoy,}",), flag="stridor"),
    "bn_wheeze": Sign(("wheezing",), ("{buk,buke,buker moddhe} {shaan shaan,saan saan,shoñ shoñ,shon shon,"
                                      "shai shai,ghor ghor} {kore,korche,shobdo,awaj}",)),
    "bn_cough": Sign(("cough",), (
        "{kashi,kaashi,kashe,kashche,kashchhe,kashchi,kashchhi,kashchhen,kasi,kaxi,khus khus kashi,shukno kashi,"
        "kashi kof,kof kashi,kashir,kashi hocche,kasuchhi}",
        "{kof,koph,sordi kashi} {uthche,uthchhe,berocche,beroche,jomeche}",
    )),
    "bn_coughing_blood": Sign(("coughing blood",), (
        "{kashir,kashi,kafer,kofer,kof er,kaf er,koph er,kashle,kashte giye} {sathe ,songe ,e ,}" + _BLOOD,
        "{kashle,kashi dile} " + _BLOOD + " {porche,pore,uthche,ase,berocche}",
    )),
    "bn_blue": Sign(("cyanosis",), (
        "{thot,thont,thoth,nokh,thot jib,mukh,thot mukh} {nil,neel,nil nil,neel neel,nila,kalche} {hoye ,}"
        "{gechhe,geche,jacche,jachhe,achhe,hocche,}",
        "{kashte kashte,shash atke} nil {hoye jacche,hoye gechhe,hoye jachhe}",
    )),
    # --- consciousness, fits, the brain ---
    "bn_unconscious": Sign(("loss of consciousness",), (
        "{ogyan,ogyaan,oggan,oggyan,ojnan,agyaan,agyan,agyaana,ojnaan,ogan,behush,behunsh,behunsh,beho,"
        "gyan harieche,gyan hariyeche,gyaan haariyechhe,gyan haralo}",
        "{gyan,gyaan,gan,hush,huns,hunsh,chetona,chetana,hux,gyan buddhi} {nei,nai,neyi,ase ni,asche na,ashche na,"
        "phireni,fireni,ferena,hariye gechhe,haralo}",
        "{sara,saara,saadaa,sar,xara} {dicche na,dichhe na,dichchhe na,dey na,deyna,dicchen na,dilo na,pacchi na,"
        "pachhi na,nei dak dile,dei na}",
        "{dakle,daakle,daakile,dak dile,deke} {sara,saadaa,saara,sar} {dicche na,dichhe na,dey na,deyna,pai na,"
        "nei,dichchhe na}",
        "{bujhte,chinte} {parche na,parchhe na} {kichhu,kichu}",
    )),
    "bn_seizure": Sign(("seizure",), (
        "{khichuni,khichhuni,khinchuni,khichunii,khichoni,khisuni,khinchani,khinchuni,khechuni,tanchuni,kheechuni,"
        "khichuni rog,mrigi,mirgi,mrigi rog,mrigee,mrigi roga,murgi rog}",
        "{haat pa,hat pa,haat paa,gaa} {khichche,khichchhe,khinchche,tene dhorche,benke jacche,kapche,kaapche} "
        "{ar ,}{mukh diye fena,}",
        "{dant kopati,dat kopati,daate daat} {lege gechhe,legechhe,lege jay}",
    )),
    "bn_confused": Sign(("confusion",), (
        "{ulto palta,ulta palta,ulto-palta,aabol taabol,abol tabol,bhul bhal,bhul} {bokche,bolche,bokchhe,bolchhe,"
        "bokchen,bolchhen,kotha bolche,kotha bolchhe,bokbok korche,koy}",
        "{kauke,karoke,keu ke,kaukei,kakeo} {chinte,chinchhe,chinche} {parche na,parchhe na,na,pare na}",
        "{dishahara,dishehara,dishe hara,hush hara}",
    )),
    "bn_neck_stiff": Sign(("neck stiffness",), (
        "{ghar,ghaad,ghaar,ghaad,gardan,ghaar ta,ghar ta,dingi} {shokto,sokto,shakto,shakt,shokto hoye,sokto hoye,"
        "sokto hoye gechhe,shokto hoye gechhe,shakto hoye,tene dhoreche,bankate parche na,nichu korte parche na,"
        "namate parche na,e byatha,e betha,byatha}",
    )),
    "bn_worst_head": Sign((), (
        "{jibone,jiboney,jeebane,jibon e} {eto,emon,erokom,etota} {matha byatha,byatha,betha,kosto} {hoyni,hoy ni,"
        "hoini,paini,pai ni,kokhono hoyni}",
        "{matha,maatha} {fete,phete} {jacche,jachhe,yaachchhe,jabe}",
    ), flag="worst_ever_pain"),
    "bn_dizzy": Sign(("dizziness",), (
        "{matha,maatha,mathaa,mur} {ghore,ghure,ghurche,ghurchhe,ghorche,ghorchhe,ghuracche,ghurachhe,ghoray,"
        "ghure jay,ghure jai,ghure gelo,ghure uthche,ghuray,ghurai,ghurise,ghurni}",
        "{chokhe,chokh e} {andhokar,andhakaar,andhar} {dekhi,dekhchi,dekhe,dekhche}",
        "ghor {ghurche,ghurchhe,lagche,lagchhe,lage,ashche}",
    )),
    "bn_weak": Sign(("weakness",), (
        "{durbol,durbal,durval,durbolota,durbalata,durbol lage,durbol lagche,durbol lagchhe,dubol,"
        "sokti nei,shokti nei,gaaye bol nei,gaye shokti nei,gaat bol nai}",
    )),
    "bn_tired": Sign(("fatigue",), ("{klanto,klaanto,klanti,klanto lage,klanto lagche,hapiye porchi,haap dhore}",)),
    "bn_drowsy": Sign(("lethargy",), (
        "{netiye,netie,nyatiye,netiye pore,netie pore} {poreche,porechhe,pade achhe,pore ache,pore achhe,gechhe,"
        "geche,ache,achhe,}",
        "{jhimie,jhimiye,jhimia,jhim mere} {ache,achhe,poreche,porechhe,pore ache,ase,}",
        "{sara din,saradin} {ghumocche,ghumochhe,ghumiye ache} {shudhu,}",
        "{nete,netey} {porche,porchhe,poreche,porechhe,pore ache,pore achhe}",
        "{khelche na,khelchhe na,kheleche na,khele na}",
    )),
    "bn_one_side_weak": Sign(("weakness",), (
        "{dan,daan,daain,dain,baam,bam,ban,baan,baa,ek} {dik ,diker ,pash ,paasher ,paash ,}{haat pa,hat pa,haat paa,"
        "haat,hat,pa,paa,haat ar pa,haat-pa} {obosh,obosh hoye gechhe,obosh hoye geche,obosh hoye jacche,abash,"
        "abosh,obs,pore gechhe,pora,ashar,asar,ashar hoye gechhe,nara chara korche na,norche na,tulte parche na,"
        "tulte parchhe na,tulte paarchhe na,tulte pare na,tulte parchi na}",
        "{pokkhaghat,pakkhaghat,pokkhaghaat,pakshaghat,paksaghat,lakwa,pokkhaghat hoyeche}",
    ), flag="focal_weakness"),
    # both legs (or an arm) that will not move: with back pain, the cord (rules.spinal_cord_compression)
    "bn_limb_wont_move": Sign(("weakness",), (
        "{dui pa,duto pa,du pa,dui paa,pa,paa,pa duto,dui haat,haat,hat,haat pa,hat pa} {nadate,narate,norate,"
        "nara chara korate,tulte,nere} {parche na,parchhe na,paarchhe na,parchi na,pare na,parina,pari na}",
    ), flag="limb_weakness"),
    "bn_face_droop": Sign(("facial droop",), (
        "{mukh,mukha,mukhta,mukh ta,thot,thont} {beke,benke,beinke,bnke,byaka,bnaka,bneke,bekiye,tera,tyara,"
        "ek dike,ekdike,ek pashe} {gechhe,geche,gachhe,jacche,hoye gechhe,hoye geche,gese,}",
    )),
    "bn_slurred": Sign(("slurred speech",), (
        "{kotha,katha,kathaa,kotha bartha} {jorie,joriye,jodiye,jadiye,jorie jorie,atke,aatke,jorano,jodano,"
        "spashto na,aspashto} {jacche,jachhe,yaachchhe,gechhe,geche,asche,jay,}",
        "{kotha,katha} bolte {parche na,parchhe na,paarchhe na,kosto}",
    )),
    "bn_numb": Sign(("numbness",), (
        "{haat,hat,pa,paa,payer,paayer,haater,hater,gaa,angul} {sara nei,saara nei,saadaa nei,jhinjhin,jhi jhi,"
        "jhijhi,jhin jhin,jhinjhin kore,obosh lage,obosh laage,ashar lage,shunno lage,boda lage}",
        "{chhuye,chhunle,chuye} {bujhte,bujhi} {pari na,parina,pare na,parche na}",
    )),
    "bn_eyelids": Sign((), (
        "{chokher,chokh er,chokh,chokhu} {pata,paata,paataa,patta} {tulte,khulte,kholte,melte} " + _CANT,
        "{chokher,chokh er} {pata,paata} {pore ,nem ,neme ,}{asche,ashche,jacche,porche,aschhe}",
    ), flag="drooping_eyelids"),
    # --- the senses ---
    "bn_blurred": Sign(("blurred vision",), (
        "{jhapsa,jhaapsa,jhaapsaa,japsa,jhapsha,jhaapsha,dhonya,dhoya dhoya,dhuan dhuan} {dekhi,dekhchi,dekhche,"
        "dekhchhi,dekhchhe,dekhe,dekha,lage,lagche,hoye gechhe,}",
        "{chokhe,chokh e} {kom,kam} {dekhi,dekhchi,dekhche}",
    )),
    "bn_red_eye": Sign(("red eye",), (_EYE + " {lal,laal,lal hoye gechhe,laal hoye gechhe,lal hoye geche,ronga,"
                                             "raunga,lal lal}",)),
    "bn_sunken_eyes": Sign(("sunken eyes",), (
        "{chokh,chok,chakh,chokhu,chokh duto,chokh du to} {bose,bosa,bosche,base,boshe,bos,kotore} {gechhe,geche,"
        "gachhe,jacche,achhe,}",
    )),
    "bn_ear_discharge": Sign(("ear discharge",), (_EAR + " {diye,theke} {puj,pooj,punj,pus,jol,rosh} {pore,porche,"
                                                          "porchhe,berocche,beroy,jay}",)),
    "bn_hearing": Sign(("hearing loss",), (_EAR + " {kom,kam,komm} {shune,shunchhe,shunchhen,shunche,shuni,shonen,"
                                                   "shunte pay}", "{kane,kaane} {shunte pay na,shunte paay na,"
                                                                  "shunte pacche na}")),
    "bn_swallow": Sign(("difficulty swallowing",), (
        "{gilte,gelar,gilate,gila,khabar gilte,dhok gilte} {kosto,koshto,osubidha,oshubidha,kashto,asubidha,"
        "parche na,parchhe na,pari na,byatha,kosto hocche,kosto hochhe}",
    )),
    # --- skin and swelling ---
    "bn_swelling": Sign(("swelling",), (
        _SWOLLEN, "{fola,phola,fula} {hoyeche,hoyechhe,achhe,ache,uthechhe}",
    )),
    "bn_face_swelling": Sign(("swelling",), (
        "{thot,thont,mukh,mukh chokh,chokh mukh,jib,jibh} " + _SWELLS,
    ), flag="face_swelling"),
    "bn_throat_closing": Sign(("throat swelling",), (
        "{gola,gala,galaa} {bondho,bandho,bandh} {hoye ,}{asche,aschhe,ashche,jacche,jachhe,gechhe}",
    )),
    "bn_itching": Sign(("itching",), (
        "{chulkani,chulkaani,chulkanir,chulkacche,chulkachhe,chulkachche,chulkay,chulkaay,chulkai,chulkaai,"
        "chulkano,chulkachche,chulkaichhe,khos,khoskhos,khoshpachra,khosh pachra}",
    )),
    "bn_no_itching": Sign(("itching",), ("{chulkay,chulkai,chulkaay,chulkacche} {na,naa}",
                                         "{chulkani,chulkaani} {nei,nai,o nei}"), negated=True),
    "bn_rash": Sign(("rash",), (
        # a rash ("dana", grains) with its colour, or with a verb that it came up: "Dana" alone is a name
        "{lal,laal,lal lal,choto choto} {dana,daana,daanaa,fuskuri,phuskuri,gutli,guti}",
        "{dana,daana,daanaa,fuskuri,phuskuri,gutli,guti} {beriyeche,berieche,beriyechhe,uthechhe,utheche,uthche,"
        "bereche,berocche,chhorachhe,chhoracche,chhoriye gechhe,hoyeche,hoyechhe,achhe,ache}", "{fuskuri,phuskuri}",
        "{angul er faake,angul er fake,gaye,gaa e,mukhe,pithe} {dana,daana,fuskuri}",
        "{daad,daaad,gol gol daad,daader} {hoyeche,hoyechhe,achhe,chulkay}", "gol gol daad", "{lal lal,laal laal} fola",
    )),
    # prickly heat ("ghamachi"): the heat rash Tamil "verkuru" and Telugu "chemata kaayalu" name (its itch its own)
    "bn_heat_rash": Sign(("rash",), ("{ghamachi,ghamachhi,ghamaachi,ghamchi}",), severity="mild", flag="heat_rash"),
    "bn_skin_patches": Sign(("skin patches",), (
        "{sada sada,sada,shada,saada,kalo sada,halka rong er,chhop chhop,chhopchhop} {dag,daag,chhop,"
        "chhopa,chhope}",
    )),
    "bn_jaundice": Sign(("jaundice",), ("{jondis,jondish,jandis,jaundis,nyaba,pandu,pandu rog,kamla rog,kamala rog}",
                                        _EYE + " {holud,holde,halud,haldi}",
                                        "{gaa,shorir} {holud,halud} {hoye gechhe,}")),
    "bn_pus": Sign(("wound",), ("{puj,pooj,punj} {berocche,berochhe,beroche,bhora,jomeche,porche}",
                                "{fora,phora} {puj bhora,pekeche,pekechhe}"), flag="wound_infection"),
    # --- urine, periods, pregnancy ---
    "bn_dysuria": Sign(("dysuria",), (
        _URINE + " {e ,er somoy ,korte ,korar somoy ,korle ,}" + _BURNS,
        _URINE + " {e ,er somoy ,korte ,korar somoy ,korle ,}{jalapora,byatha,kosto,poray}",
    )),
    "bn_urine_blood": Sign(("blood in urine",), (_URINE + " {e ,er sathe ,diye ,}" + _BLOOD,
                                                 _URINE + " {ta ,}{lal,laal} {hoye ,}{gechhe,geche,gachhe,hocche,}")),
    "bn_dark_urine": Sign(("dark urine",), (_URINE + " {ta ,}{kalo,ghono,cha er moto,chaa er moto,gaarho}",)),
    "bn_less_urine": Sign(("reduced urine",), (_URINE + " {o ,}{kom,kam,kome gechhe,hocche na,hochhe na,bondho,"
                                                         "hoyni,hoy ni,hoini,kom hocche}",)),
    "bn_urine_often": Sign(("frequent urination",), ("{bar bar,barbar,ghono ghono,ghon ghon,ghonghon} " + _URINE,
                                                     _URINE + " {bar bar,barbar,ghono ghono,beshi} {pay,hoy,hocche}")),
    "bn_vaginal_bleeding": Sign(("vaginal bleeding",), (
        "{nich,niche,nicher,nich e} {diye,theke,die} " + _BLOOD + " {porche,porchhe,pore,gelo,jacche,jachhe,"
        "jay,berocche,}",
        _BLOOD + " {gelo,jacche,porche} {nich,niche} {diye,theke}", "{onek ,}" + _BLOOD + " gelo nich diye",
    )),
    "bn_discharge": Sign(("vaginal discharge",), ("{sada srab,shada srab,sada jol,sada sraab,srab,shrab,sraab}",)),
    "bn_irregular": Sign(("irregular periods",), (
        "{masik,mashik,period} {thik somoy ,thik moto ,niyom kore ,}{hoy na,hocche na,hoyna,oniyomito}",
    )),
    "bn_painful_periods": Sign(("painful periods",), ("{masik,mashik,masiker somoy} {e ,er somoy ,}" + _PAIN,)),
    "bn_baby_still": Sign(("reduced fetal movement",), (
        "{bachcha,baccha,bachha,baachcha,bachchar,pet er bachcha,peter bachcha,shishu} {ekdom ,ekdam ,ar ,kom ,}"
        "{norche,nodche,nadchhe,norchhe,nodchhe,nore,norachora korche,nora chora korche,nadachada karchhe,lathi "
        "marche} {na,naa}", "{bachchar,babyr,shishur} {nora,norachora,nadachada} {kom,komeche,bondho,nei}",
    )),
    "bn_waters": Sign(("vaginal discharge",), ("{jol,jal,pani} {bhenge,bhenge gechhe,bhangche,bhengeche,"
                                               "beriye gechhe,bhenge geche}",
                                               "{nich,niche} {diye,theke} {jol,jal} {porche,jacche,berocche}"),
                      flag="ruptured_membranes"),
    "bn_labour": Sign((), ("{prosob,proshob,prosober} {byatha,bedona,er byatha,er bedona}",), flag="contractions"),
    # --- bleeding ---
    "bn_bleeding": Sign(("bleeding",), (
        _BLOOD + " {porche,porchhe,padchhe,pore,porchilo,jacche,jachhe,jay,berocche,berochhe,beroche,beriye,"
        "thamche na,thamchhe na,bondho hocche na,bondho hochhe na,bondho hoy na,pore jacche,jhorche,jhorchhe,"
        "oolache,olache}",
        # "roktopat hocche" (bleeding is happening), the script's "রক্তপাত হচ্ছে" read "raktapaat hachchhe"
        "{roktopat,raktopat,raktapaat,raktapat,roktopaat} {hocche,hochhe,hachchhe,hoche,hochchhe,hoyeche,hoichhe,"
        "hochhe na thamche,hoy,hoi,}",
    )),
    "bn_nosebleed": Sign(("bleeding",), ("{nak,naak,naker} {diye,theke,die} " + _BLOOD,
                                         "{nak,naak} {fete,phete} " + _BLOOD), flag="nosebleed"),
    "bn_gum_bleeding": Sign(("bleeding",), ("{dater,daater,daat,dat} {mari,maari,marhi,gorha} {theke,diye} " + _BLOOD,),
                            flag="gum_bleeding"),
    "bn_blood_vomit": Sign(("vomiting",), (_BLOOD + " {bomi,bami}", "{bomir,bomi} {sathe,songe} " + _BLOOD),
                           flag="haematemesis"),
    # --- bites, poison, injuries ---
    "bn_snake_bite": Sign(("snake bite",), (
        _SNAKE + " " + _BITTEN, _SNAKE + " {e ,}{haate ,paye ,hate ,pa e ,}" + _BITTEN,
        "{saap,sap,saape,saapa} {er ,}{kamor,kamur,kamorer dag,dongshon}",
        "{kichu,kichhu,ki ekta,kisu} {kamreche,kamrechhe,kamriyeche,kamrieche,kete diyeche,kamre diyeche,kamre dilo}",
    )),
    "bn_snake_seen": Sign((), (
        "{ghore,ghor e,barite,bichanay,bichhanay,aashe pashe} {saap,sap,keute,kal keute,chandrabora,gokhro} "
        "{dekhechi,dekhechhi,dekhechilam,dekhechhilam,dekhlam,ghure}",
        "{kal keute,kaal keute,keute,chandrabora,kalach} {dekhechilam,dekhechhilam,dekhechi,achhe}",
    ), flag="snake_nearby"),
    "bn_animal_bite": Sign(("dog bite",), (
        "{kukur,kukure,kukurer,kukur e,sheyal,sheyale,shial,shiyal,beral,biral,bandor,bondor,bedal,bhondor,"
        "khatas,neul,indur} " + "{e ,}{haate ,paye ,hate ,}{kamreche,kamrechhe,kamrieche,kamriyeche,kamre diyeche,"
        "kamre dieche,achre diyeche,achre dieche,achor diyeche,kamre dilo,kaamdechhe,kamorise}",
    )),
    # a crocodile's or a tiger's attack (the Sundarbans): a mauling, not a dog bite
    "bn_mauled": Sign(("wound",), (
        "{kumir,kumire,bagh,baagh,baghe,hangor,buno shuor,buno shuore,bhalluk,hati} {e ,}{baam ,dan ,}{pa ,haat ,"
        "paa ,}{kamre dhoreche,kamre dhorechhe,kamreche,kamrechhe,kamrieche,thaba mereche,thaba merechhe,"
        "aakromon korechhe,akromon koreche,tene niye gechhe,tene niye jacchilo,dhoreche}",
    ), flag="trauma"),
    "bn_scorpion": Sign((), ("{bichhe,bicche,kankra bichhe,bichu} {kamreche,kamrechhe,hul futieche,hul fotalo,"
                             "hul dieche,hul diyeche,kamrieche}",), flag="scorpion_sting"),
    "bn_sting": Sign((), ("{moumachhi,moumachi,bolta,bolota,bhimrul,mou machhi} {kamreche,kamrechhe,hul futieche,"
                          "hul fotalo,hul dieche,hul diyeche,kamrieche}",), flag="insect_bite"),
    "bn_poison": Sign(("poisoning",), (
        "{bish,bis,bikh,kitnashok,keetnashak,kitnashoker,pokamara oshudh,"
        "poka marar oshudh,indur marar bish,indur mara bish,ratol,folidol,phalidol,endrin,kerosine,kerosin,keroshin,"
        "ghasmara oshudh,ghas marar oshudh,acid,tezab} {er botol theke ,}{kheyeche,kheyechhe,kheye feleche,"
        "kheye felechhe,kheye nieche,kheye niyechhe,kheyechilo,kheyechhilo,khelo,kheye felechhilo,khaise,khai dise,"
        "kheye fello,khaiyeche,kheye}",
    )),
    "bn_pesticide_smell": Sign((), ("{mukh,mukha} {theke,diye} {kerosine,kerosin,kitnashok,oshudh,bish} {er ,}"
                                    "{moto ,}{gondho,gandha}",), flag="pesticide_exposure"),
    "bn_poison_kept": Sign((), ("{bish,kitnashok,kitnashoker,indur marar bish} {er botol,"
                                "botal,botol,} {rekhe diyechi,rekhe diyechhi,rekhe diyechhi,rekhechi,rekhechhi,"
                                "lukiye rekhechi,kine enechi,kine enechhi}",), flag="poison_at_hand"),
    "bn_wants_to_die": Sign(("suicidal thoughts",), (
        "{morte,more jete,mora,more jaoar,mare yete} {ichhe,ichchhe,icche,ichha,ichchha} {kore,korche,korchhe,"
        "karchhe,hoy,hocche,jage}",
        "{bachte,baanchate,banchte,bachar} {ichhe,ichchhe,icche,ichha,ichchha} {kore na,korche na,karchhe na,"
        "korchhe na,nei,hoy na}",
        "{atmohotta,atmahatya,aatmahatya,attohotta,attohatya,aatmohotya} {korbo,korte chai,korte chay,korar}",
    )),
    "bn_hanging": Sign(("suicidal thoughts",), (
        "{gole,golay,gola} {dori,doru,fas,phas,phaans,fans,gamcha,orna,shari} {diye,dilo,diyechhilo,diyechilo,"
        "niyechilo,lagiyechilo}", "{jhulechhilo,jhulechilo,jhule porechilo,jhule porechhilo,jhulche}",
    ), flag="suicide_plan"),
    "bn_drowned": Sign((), (
        "{jole,jol e,joler,pukure,pukur e,pukurer,nodite,nodi te,nodir,dobay,dobate,khale,pukur} {pore ,}"
        "{dube,dube gechilo,dube gechhilo,dubechilo,dubechhilo,dube giyechilo,pore gechilo,pore gechhilo,"
        "pore giyechilo,dube jacchilo,tolie gechilo}",
    ), flag="drowning"),
    "bn_burn": Sign(("burn",), (
        "{pure,puri,poora,pudey,pure giye} {gechhe,geche,gachhe,gechhilo,giyeche}",
        "{agun,aagun,aguner} {legechhe,legeche,lege gechhe,lege geche,dhoreche,dhorechhe,lage}",
        "{gorom,garam} {jol,bhater fen,bhaater fen,fen,tel,cha,chaa,dudh,dal} {gaye ,gae ,haate ,paye ,}"
        "{pore gechhe,pore geche,poreche,porechhe,pore gechilo,lege gechhe,uthe gechhe}",
        "{chamra,chaamra,chaal,chhal} {uthe,utthe} {jacche,gechhe,geche,jachhe}",
        # hot rice-water or oil ("gorom bhater fen"), or tea spilt on a hand: a scald
        "{gorom,garam} {bhater fen,bhaater fen,bhaater phen,fen,tel}",
        "{cha,chaa,gorom jol,gorom dudh,gorom tel,fen,bhater fen,bhaater fen} {er cup ,er kaap ,er hari ,er dekchi ,}"
        "{pore giye,chhitke} {haate ,paye ,gaye ,gae ,}{lagechhe,legeche,legechhe,pore gechhe,"
        "poreche,porechhe,lege gechhe}",
    )),
    "bn_no_blister": Sign((), ("{fuska,foska,phoska,fosska} {nei,nai,noy,hoyni,pore ni,poreni,oteni,utheni}",),
                          flag="no_blister"),
    "bn_cut": Sign(("cut",), ("{kete,kete gechhe,kete geche,kete gechhilo,kete gechilo,kete giyeche,keteche "
                              "gechhe}", "{boti,bonti,dao,churi,blade,kaste} {te ,diye ,}{kete,keteche}")),
    "bn_deep_cut": Sign(("wound",), ("{gobhir,gobheer,gabhir} {kete,kata,ghaa,kete gechhe,kete geche}",
                                     "{ghaa,gha,kata} {ta ,}{haa,ha} {kore,hoye} {ache,achhe}"),
                        flag="deep_open_wound"),
    "bn_pricked": Sign(("wound",), ("{kata,kanta,kaanta,maacher kata,macher kata} {futechhe,futeche,fute gechhe,"
                                    "fute geche,fute achhe,bindheche,bindhechhe}", "{futechhe,futeche}")),
    "bn_wound": Sign(("wound",), ("{ghaa,gha,ghaa ta,kata ghaa,kaata jayga} {hoyeche,hoyechhe,achhe,ache,shukocche "
                                  "na,shukachhe na}",)),
    "bn_fall": Sign(("fall",), (
        "{gachh,gach,gachhe,gachh e,chhad,chad,chhader,chhat,siri,sinri,machan,khejur gachh,narkel gachh,taal gachh}"
        " {theke ,thheke ,e ,}{pore gechhe,pore geche,pore gechhilo,pore giyeche,porechhe,poreche,pore gelo}",
    ), flag="fall_from_height"),
    "bn_fell": Sign(("fall",), (
        "{pichle,pichhle,pa pichle,hochot kheye} {pore ,}{gechhe,geche,gelo,giyeche,giye,gechhen}",
        "{pore gechhe,pore geche,pore gechhilo,pore giyechhilo,pore gelo,pore giye,pore gechhen}",
    )),
    "bn_fracture": Sign((), ("{haar,haad,hadh,haddi} {bhenge,bhenge gechhe,bhenge geche,bhangche,bhanga,bhengeche,"
                             "bhangi gachha,sore gechhe,sore geche}",), flag="fracture"),
    # --- the child's and the mother's danger signs ---
    "bn_chemical_eye": Sign((), ("{chun,chuun,choon,chuna,acid,bleaching,kerosine,kitnashok,oshudh} {chokhe,chokh e,"
                                 "chokher bhitor} {dhuke gechhe,dhuke geche,dhukeche,dhukechhe,poreche,porechhe,"
                                 "pore gechhe,lege gechhe,chhitke lege gechhe,chhitkeche}",), flag="chemical_eye"),
    "bn_no_feed": Sign(("unable to drink",), (
        "{dudh,maayer dudh,mayer dudh,buker dudh,maa er dudh,jol,kichhu,kichu} {tante,tente,tene,khete,teneo,that} "
        + _CANT, "{dudh,buker dudh,mayer dudh,maayer dudh} {khacche na,khachhe na,tanche na,tanchhe na,khay na,"
                  "khaay na,tane na,khaacche na}",
    )),
    "bn_keeps_nothing_down": Sign(("vomiting",), (
        "{ja khai,ja khay,ja khacche,ja khachhe,ja khaoai,ja khawai} {tai ,sob ,}{bomi,bami,fele dey} "
        "{hoye ,kore ,}{jay,jai,jacche,dicche,dey,felche}",
        "{jol,jal,pani,dudh} {o,tuku o,kichhu} {pete ,pete te ,}{rakhte,thakche,rakhte pare} {parchi na,"
        "parche na,parchhe na,na,pari na}",
    ), flag="vomits_everything"),
    "bn_feeds_well": Sign((), ("{khacche dacche,khachhe dachhe,khaoa dawa thik,khawa dawa thik,bhalo khacche,"
                               "thik moto khacche,dudh bhalo khacche,dudh thik tanche}",), flag="feeding_well"),
    "bn_thirsty": Sign(("excessive thirst",), ("{khali,shudhu,barbar} {jol jol,jol khete chay,jol chay,jol khacche} "
                                               "{korchhe,korche,korchey,}", "{besi,beshi,khub} {tesh,testa,piyas} "
                                                                            "{pacche,pay,lage}")),
    # --- the mind, sleep, appetite, weight ---
    "bn_low_mood": Sign(("low mood",), (
        "{mon,mon ta,moner} {kharap,bhalo nei,bhalo na,bhari,kharaap} {lage,achhe,ache,}",
        "{kichhu,kichu,kisu} {bhalo,bhal} {lage na,lagche na,laage na,lagena}",
        "{shudhu,sudhu,shodhu} {kande,kandche,kaande,kandchhe,kaanda}",
    )),
    "bn_no_interest": Sign(("loss of interest",), ("{kaj e,kaaje,kaje,kono kichute,kichhute} {mon,mon e} {nei,bose "
                                                   "na,boshe na,lage na}",)),
    # (not "bhoy", fear: the corrector would read Hinglish "bhot", very, as it)
    "bn_anxiety": Sign(("anxiety",), ("{dushchinta,dushchintaa,duschinta,dusinta,chinta chinta,"
                                      "ghabraye,ghabrache,osthir,ostir,osthirota}",)),
    "bn_palpitations": Sign(("palpitations",), (
        "{buk,buke,buker bhitor} {dhorfor,dhorfhor,dhorphor,dhor phor,dhukpuk,dhuk puk,dhakdhak,dhok dhok,dhipdhip,"
        "dhip dhip,dhorpor} {kore,korche,korchhe,kore othe,}",
    )),
    "bn_psychotic": Sign((), (
        "{eka eka,aka aka,nijer mone,nije nije} {kotha bolche,kotha bole,kotha bolchhe,bok bok korche,hashche}",
        "{bolche,bolchhe,bhabche} {keu,sobai,lok} {take,oke,tar} {mere felbe,marte chay,bish dicche,pichhe lege}",
    ), flag="psychotic_symptoms"),
    "bn_insomnia": Sign(("insomnia",), (
        "{ghum,ghoom,ghum o} {hoy na,hoyna,hocche na,hochhe na,aase na,ase na,asche na,aschhe na,ashe na,"
        "aste deri hoy,aste deri,aaste deri,hoy ni,hoyni,bhenge jay,hoi na,nahe}",
        "{ghumote,ghumate,ghumaate,ghumaite} {parchi na,parchhi na,pari na,parina,parche na,paarchhe na,pare na}",
        "{ghumochhe na,ghumocche na,ghumoy na,ghumay na,ghumoi na,ghumaay na}",
    )),
    "bn_no_appetite": Sign(("loss of appetite",), (
        "{khide,khida,khidey,bhuk,ruchi,ruchi o} {nei,nai,pay na,paay na,kome gechhe,komeche,lage na,hoy na}",
        "{khete,khaite} {ichhe,icche,ichchhe,ichha,mon} {kore na,korena,hoy na,korche na,karchhe na}",
        "{khete,khaite} {chay na,chaay na,chaiche na,chaichhe na}",
        "{khaoa,khawa,khaoya} {dawa,daoa,dowa} {kome,kome gechhe,komiye diyeche,bondho}",
    )),
    "bn_weight_loss": Sign(("weight loss",), (
        "{ojon,ojan,wojon,ozon} {kome,kom,kome gechhe,kome geche,komche,komchhe,kome jacche,kom hoye gechhe,"
        "kom hoye jacche,kome giyeche,koma}",
        "{roga,rogaa,shukno,shukiye,shukie} {hoye ,}{jacchi,jacche,jachhe,gechhe,geche,gechi,jacchhe}",
    )),
    "bn_night_sweats": Sign(("night sweats",), ("{raate,rate,raatey,raater belay} {gham,ghaam,ghame} {hoy,hocche,"
                                                "bhije jay,hoi,}",)),
    "bn_sweating": Sign(("sweating",), (
        "{gham,ghaam} {hocche,hochhe,hoy,hoyeche,hoyechhe,berocche,jhorche}",
        "{ghame,ghamchhe,ghamche,ghamchhen,ghamchhe,ghamcche,ghamachhe,ghemechhe,ghemeche,ghame "
        "bhije,ghame bhije gechhe,ghame jama bhije,ghame jama bhije gechhe,ghame bhije jacche,thanda gham,"
        "ghemecha,ghaam hoy,ghame}",
    )),
    "bn_cold_limbs": Sign((), ("{haat pa,hat pa,haat paa,gaa,shorir} {thanda,thanda hoye,thanda hoye gechhe,"
                               "thanda hoye geche,thanda boroph,thanda baraf}",), flag="shock_signs"),
}

# Bengali wordings that are no complaint, read as nothing: "sob" (all: "sob somoy", all the time) is no "SOB"
# (short of breath), "jala kore" (it stings) no burn
IGNORED: Final = (
    "{sob,sab,shob} {somoy,shomoy,kichu,kichhu,din,jaygay,thik,thik ache,thik achhe,khacche,kaj}", "baki sob",
    "{ja khai ,}tai sob", "{gaye,gae,haate,paye,chokhe,chokh e,fuska,foska,phoska,fosska} pore gechhe",
    "{jala,jvaalaa} {jala ,}{kore,korche,korchhe,karchhe}",
)

# Everyday Bengali and Assamese words in Latin letters, which the spelling corrector must leave as they are
# (normalise.py, by spelling.protected_words): without them "dhore" (for: "3 din dhore") was read "dore" (a fit),
# "buke" (in the chest) "bike", "bomi" "boli", "shash" "shishu", "kintu" "kita", "theke" (from) "theek".
EVERYDAY: Final = frozenset("""
ache achhe achi achhi achhey ase aase asche aschhe ashche ashchhe eseche esechhe hoy hoi hoye hoyeche hoyechhe
hoyechhilo hoyechilo hocche hochhe hochche holo hoyni hoini hobe kore korche korchhe korchi korchhi korlo korechi
korechhi korte korben kori korbo korle bole bolche bolchhe bollo bolechhe boleche bolchi bolo jay jai jacche jachhe
jachche jacchi jacchilo gelo gechhe geche gechhilo gechilo gelam jete jabe dicche dichhe dilo diyechi diyechhi diye
niye niyechi niyechhe nicche nichhe thakche thakle theke thheke pare pari parchi parche parchhe parchhi
parina parbe lage lagche lagchhe laglo legeche legechhe khay khai khacche khachhe khete kheye kheyeche kheyechhe
khelche khele dekhi dekhchi dekhechi dekhechhi dekhlam uthe uthche uthchhe bose boshe chay chai cholche cholchhe
ami amar amra amader tumi tomar apni apnar tar tara tader take oke ora ki keno kothay kokhon kono kichu kichhu kisu
ekta ekti er ar aar kintu ebong tarpor tokhon ekhon ekhono aage age por pore porjonto dhore dhorey jonno sathe
songe moto mone aaj kalke gotokal porshu sokal sokale bikel bikele sondhya sondhe raat raate rate dupur dupure bhor
din dine diner ghonta ghontar soptaho soptah mas mash maas maser bochor bochhor bochorer bochhorer bosor boyos ma
maa baba dada didi boudi bhai bon chele chhele chhelar meye meyer bou bouma swami shami jamai shashuri shoshur dadu
dida thakuma thakurda nati natni bachcha baccha khoka khuki khub onek beshi besi kom ektu olpo sob sobai sara puro
ek dui tin char panch chhoy saat aat noy dosh hotat hothat abar bar baar jol bhalo bhal kharap thik kal gram daktar
oshudh oshudhe somoy dike diker mukh mukhe chokh haat haate paye payer buk pet matha gaa gaye nich niche upor upore
hobe holo kora kaj ghore ghor bari barir amay tomay ekdom ekdam kemon emon eto keu kauke kharap sudhu shudhu
asilo ahise hoise koriche kori ase nai nohoy ekhon ami moi tumi tai tini nei jomi jomite jomir jomi te
kutte kutchi katte kete giye gie chharanor chhere chhare
maje kache chhilo chhile chhilen talu khanek gechilam chhoto shuye para dhan boro shesh dhorte kapor nete nite
bhangte thakte kaatar hatte biye dhire gorome mejhe khuje ager agee snan moni tule anechi eneche panta bhat poyati
asha bolchhi berie chheler modhu bhetore bhitore kaath kaatte ghare meen khayni khaini deoa deoar jeno gile pagla
kina jani uthone aangul bedhe parchen parchhen gechhen onno bhajte gelei khachhi khacchi bosate okhane ekhane loker
jaoa morar bhabi sobar khote barchhe chole bidi tolay porte dure choshma lagbe chharte jhal khaoar sobji hatche
roja rakhchhi dekhte pujor dite dhulo porchhilo roye dekhle jome hete ghum ghumer ghume ghumiye ghumocchilo
ghumochhilo ghumacchilo mathar hater payer pither bukete mone kole kas
""".split())
