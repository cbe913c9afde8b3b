"""Coastal Andhra Telugu wordings (in Latin letters, and what script_deccan.py reads from the Telugu script) of
symptoms and danger signs, as an area hospital's casualty in the Godavari districts and Srikakulam hears them from
fishermen, prawn-farm and paddy workers: "raktam aagadam ledu" (the bleeding will not stop), "cheera motham
tadisipoindi" (the sari is soaked), "pidugu paddadi" (lightning struck), "spruha raaledu" (has not come round),
"piliste palakadam ledu" (does not answer when called), "biyyam kadugu neellalaa virechanalu" (rice-water stools),
"gonthu close ayipotunnattu" (the throat closing), "emuka bayataki kanipistondi" (the bone shows), "elukala mandu
tinnadu" (ate rat poison). signs_deccan.py holds the Telugu shared with the Karnataka border ("kadupu noppi",
"aayasam", "ledu").

Merged into signs.SIGNS; a wording of a danger sign named elsewhere sets that sign's flag (``flag``). Words that
are other words elsewhere are used only inside a phrase: "kaalindi" (burnt) never alone, "pidugu" (lightning) only
as what struck, "kadalika" (movement) only with how much.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# Everyday Telugu words the spelling corrector must leave as they are (normalise.py): it read "aagindi" (stopped)
# as "taagindi" (drank), "kaalindi" (burnt) as "kaatindi" (bit), "biyyam kadugu" (rice washings) as "bayam kadupu"
# (fear, belly), "pagalu" (by day) as "paalu" (milk), "aayana" (he) as "aayasa" (breathless), "chiraaku" (fretful)
# as "chaaku" (a knife), "chakkaga" (nicely) as "chakkar" (giddy), "vallu" (they) as "vollu" (the body), "machcha"
# (a patch) as "bachcha", and split "tinnaka" (after eating), "kadalika" (movement), "daggara" (near).
EVERYDAY: Final = frozenset("""
aagindi aagadam aagipoyindi aayana akali anni antha annadu baagane baagaane batta battalu cheera chesina chesthe
chesi chestoo cheti chiraaku chakkaga choopu chuttu daham doma gaali gudda kattina ivala kaalindi kaalina kakkutondi
kakkutundi kakkaadu kakkadu kaayalu kavali kondalu motham nadichi nayam pagalu paapaki prati samudram
taggutundi unna unnapudu untayi untadu unnanu veedhi vari vanuku podiga chusi bhujaalu todala pikka valla vallu velu
velli vache paiki mingite tinnaka kadalika kadalikalu neellaga neellalo neellalaa nallaga sannaga sannagaa peddaga
daggara buggaa buggala pettaka olichi vaachi vaachindi chukkalu chukka ayipoyayi ayipoyaayi ayipoyindi lekapoyi
okasaari okasari okesari okkasari vellaledu vaaraala taata gatha iste kaastha mundu rangu saarlu sarlu ellu kaani
kaanee okka polam biyyam kadugu naanamma baabu baabuki tunti daabaa machcha putti lechi kaanpu panti gaatlu
chaaralu neelangaa vegangaa pedaalu noru talaki ummu edee aido rendo andi taaginaa padukuni pachchagaa chinnagaa
chekap pidugu garbini garbhini nelasari raaka kodavali kodavalitho narukundi chimmutondi emuka bayataki royyala
royyalu elukala palakadam piliste lotuku bongurugaa tadisipoindi tadisipoyaayi tadisipoyayi bharinchalekapothondi
bhayankaramaina bhayankaram kritham kritam chinnappudu vachevi aalochana koothalu kakkutadu jivvu tellabatta
machchalu machalu sparsha teliyadam nokkite beniki chilamanda gokkupoyindi guchchukundi narambulu kaarutunnayi
nelalaki aadutondi antondi tirigipoyayi taggaledu appulu taagutadu cheyyatledu ayyi eppudu sollu kanipistunai vesukuni
chenu mingesadu tirugudu saara dukanu dookadu pettalekapotunna madama madimi vinapadatledu vinipinchatledu kanipinchatledu lechedi
vesukunte vesukuntadu padukunte edustune vachchaayi vachchayi vachchindi maatrame kaalipoyaayi tintondi vaastunnaayi
""".split())

# Severity: "bhayankaramaina noppi" (a terrible pain), "bharinchaleni" (unbearable) (cues.SEVERE)
SEVERE: Final = ("bhayankaramaina", "bhayankaram", "bhayankaramga", "bharinchaleni", "bharinchalekapothondi",
                 "bharinchalekapotondi", "bharinchalekapotunnadu", "bharinchaleka")
# and a little: "konchem tala noppi" (cues.MILD)
MILD: Final = ("konchem", "koncham", "konchm", "konchum", "koddiga", "kodiga")
# "chachipovalani aalochana ledu" (no thought of dying): the thought stands between the wish and its denial
# and "vaanti kooda ledu" (not even a vomit): the "even" between
FILLERS: Final = ("aalochana", "alochana", "aalochanalu", "emi", "emee", "kooda", "kuda")
# Time units and "ago": "2 ellu kritham" (two years ago), "nela kritham" (a month ago), "5 samvatsaralu mundu"
TIME_UNITS: Final = ("ellu", "ella", "yellu", "samvatsaram", "samvatsaralu", "samvatsaraala", "edaadi", "nela",
                     "nelalu", "nelala", "vaaram", "vaaralu", "vaaraala")
AGO: Final = ("kritham", "kritam", "krindata", "kindata", "kindatha")

_NOT: Final = "{ledu,ledhu,levu}"
_BLOOD: Final = "{raktam,raktham,rakthamu,raktamu,rakta}"
_FLOWS: Final = "{potondi,potundi,potunnadi,potunnayi,vastondi,vastundi,kaarutondi,kaarutundi,poyindi}"
_SOAKED: Final = "{tadisipoindi,tadisipoyindi,tadisipoyayi,tadisipoyaayi,tadisindi,tadisaayi,tadisayi}"
_ATE: Final = ("{tinnadu,tinnaadu,tinnindi,tinesadu,tinesaadu,tinesindi,taagadu,taagindi,taagesadu,taagesaadu,"
               "taagesindi,taageshaadu,mingadu,mingesadu,mingesaadu,mingesindi}")
_SWALLOWED: Final = "{mingesindi,mingesadu,mingesaadu,mingindi,mingadu,vesukundi,vesukunnadu,vesukunnaadu}"
_FELL: Final = "{paddadu,paddadi,paddindi,padindi,padipoyadu,padipoyindi,padipoyaadu,padipoyaru}"

TELUGU_SIGNS: dict[str, Sign] = {
    # --- bleeding: heavy, soaking, spurting, not stopping even under a cloth ---
    "te_heavy_bleeding": Sign(("bleeding",), (
        _BLOOD + " {ekkuva,ekkuvaga,ekkuva ga,baaga,chala,chaala,dhaaraga,dhaarala} " + _FLOWS,
        _BLOOD + " {chimmutondi,chimmutundi,chimmindi,chimmutunnadi}",
        _BLOOD + " {aagadam ledu,aagatledu,aagatam ledu,aagaledu,aagadu,nilavadam ledu}",
        "{gudda,batta,guddalu} {kattina,katti,kattinaa} {kooda ,}{aagatledu,aagadam ledu,aagaledu}",
    ), flag="heavy_bleeding"),
    # the sari or the cloths soaked through: a bleeding measured by what it wet (as Assamese "kapor bhiji gese")
    "te_soaked": Sign((), (
        "{cheera,cheere,battalu,batta,guddalu,gudda,paadlu,pads} {motham ,anni ,}" + _SOAKED,
        "{aidu,naalugu,moodu,rendu,5,4,3,6} {battalu,guddalu,pads,paadlu} " + _SOAKED,
    ), flag="heavy_bleeding"),
    # the bleeding stopped ("gudda katti pettaka raktam aagindi"): a bleeding denied
    "te_bleeding_stopped": Sign(("bleeding",), (_BLOOD + " {aagindi,aagipoyindi,aagipoindi}",), negated=True),
    # --- pain by its side: "kadupu kinda edama vaipu bhayankaramaina noppi" (low in the belly on the left) ---
    "te_belly_side": Sign(("abdominal pain",), (
        "{kadupu,potta,potti} {kinda ,paina ,}{edama,kudi,kudi vaipu,edama vaipu} {vaipu ,pakka ,}"
        "{bhayankaramaina ,bhayankaram ,chala ,konchem ,gattiga ,}{noppi,noppulu}",
    )),
    # --- consciousness, fainting, rousing ---
    "te_not_come_round": Sign(("loss of consciousness",), (
        "{spruha,sprha,sprruha} {raaledu,raledu,ravatledu,raavatledu,raavadam ledu}",
    ), severity="severe"),
    "te_fainted": Sign(("fainting",), ("{kallu,kaLLu} {tirigi,tirigi tirigi} " + _FELL,)),
    # answers only when called loudly, or not at all (AVPU "V"): "piliste sariga palakadam ledu"
    "te_no_answer": Sign(("lethargy",), (
        "piliste {sariga ,}{palakadam ledu,palakatledu,palakadu,paluku ledu,palakaledu,palakatam ledu}",
    ), flag="hard_to_rouse"),
    "te_lies_limp": Sign(("lethargy",), (
        "{neerasanga,neerasamga,neerasam ga,neerasanga ga,nirasanga} padi {undi,unnadu,untondi,untundi,unnaadu}",
    )),
    # --- lightning ---
    "te_lightning": Sign((), ("pidugu {paddadi,paddindi,padindi,paddadu,padi,kottindi,kottadi}", "pidugupatu"),
                         flag="electrical"),
    # --- tablets swallowed all at once, or by the score ---
    "te_overdose": Sign(("poisoning",), (
        "{tablets,maatralu,matralu,billalu,mandulu,goli} anni {okesari,okasari,okasaari,okkasari,oke sari,oka saari} "
        + _SWALLOWED,
        "{tablets,maatralu,matralu,billalu} anni " + _SWALLOWED,
        "{10,12,15,20,25,30,40,50,padi,iravai} {tablets,maatralu,matralu,billalu} " + _SWALLOWED,
    ), flag="overdose"),
    # rat poison (yellow phosphorus paste): a poisoning however well he looks now
    "te_rat_poison": Sign(("poisoning",), (
        "{elukala,eluka,elakala} {mandu,paste,pest} {paste ,pest ,}" + _ATE,
        "{elukala,eluka,elakala} {mandu,paste,pest}",
    )),
    # --- the allergy: prawns or fish eaten, the throat closing, the voice gone hoarse ---
    "te_allergen": Sign((), (
        "{royyala,royyalu,peethala,peethalu,chepala,palli,pallilu,verusenaga} {curry ,koora ,pulusu ,}"
        "{tinnaka,tinna tarvata,tinnaaka,tinnappati nundi}",
    ), flag="allergen"),
    "te_throat_closing": Sign(("throat swelling",), (
        "{gonthu,gontu,gontulo,gonthulo} {close,moosukupotunnattu,mooskupotunnattu,pattesinattu,bigisinattu}"
        " {ayipotunnattu ,ayipotondi ,}{undi,}",
    )),
    "te_breathing_hard": Sign(("shortness of breath",), (
        "{breathing,oopiri,swaasa} {kastam,kasta,kashtam} {ga ,}{undi,}",
        "{breathing,oopiri,swaasa} {kastamga,kashtamga}",
    )),
    # --- injury: a sickle's cut, a bone through the skin, a limb crushed ---
    "te_cut": Sign(("cut",), (
        "{kaalu,cheyyi,velu,arachethi,arachetti,vellu} {narukundi,narukunnadu,narukupoyindi,tegindi,tegipoyindi}",
        "{kodavalitho,kodavali,kattitho,kattito,kathitho} {kaalu ,cheyyi ,velu ,}{narukundi,narukunnadu,"
        "narukupoyindi,tegindi,kosukundi,kosukunnadu}",
    )),
    "te_bone_out": Sign(("wound",), (
        "emuka {bayataki,bayatiki,bayataku,bayatiki vachi} {kanipistondi,kanipistundi,vachindi,vachesindi}",
    ), flag="deep_open_wound"),
    "te_broken": Sign((), ("{kaalu,cheyyi,emuka,emukalu} {virigi,virigipoyindi,virigipoyayi}",), flag="fracture"),
    # --- the gut's water lost: rice-water stools, no urine, eyes sunk ---
    "te_rice_water": Sign(("diarrhea",), (
        "biyyam kadugu {neellalaa,neellala,neellalaga,neella laaga,neellu laaga} {virechanalu,motions,viluvu}",
    )),
    "te_no_urine": Sign(("reduced urine",), (
        "{mootram,mutram,moothram,mootra} {raaledu,raledu,raavadam ledu,raavatam ledu}",
    )),
    "te_sunken_eyes": Sign(("sunken eyes",), (
        "{kallu,kaLLu} {lotuku,lotuga,lopaliki,lopalaki} {poyayi,poyaayi,poyinayi,poyinattu,poyinattu unnai}",
    )),
    # --- the newborn: hot body, not at the breast, a thin cry, still ---
    "te_hot_body": Sign(("fever",), ("{olu,ollu,vollu} {vedi,vediga,vedi ga,kaalipotondi}",)),
    "te_not_feeding": Sign(("unable to drink",), ("paalu {tagatla,taagatla,taagatle,taagaledu,taagatam ledu}",)),
    "te_weak_cry": Sign(("lethargy",), ("edupu {sannaga,sanna ga,sannagaa,takkuva,baladu}",)),
    "te_still_baby": Sign(("lethargy",), ("{kadalika,kadalikalu} {takkuva,takkuvaga,ledu}",)),
    "te_fetal_still": Sign(("reduced fetal movement",), (
        "{bidda,baby,papa} {kadalika,kadalikalu} {takkuva,taggindi,baaga taggindi,ledu}",
    )),
    # the baby in the womb moving as ever: "bidda kadulutondi"; but moving little is moving less
    "te_fetal_moves": Sign(("reduced fetal movement",), (
        "{bidda,baby,papa} {baaga ,baagane ,}{kadulutondi,kadulutundi,kadulutunnadi,kadulutoondi}",
    ), negated=True),
    "te_fetal_little": Sign(("reduced fetal movement",), (
        "{bidda,baby,papa} {kadulutondi,kadulutundi,kadulutunnadi} {kaani ,}{chala ,baaga ,konchem ,}"
        "{takkuva,takkuvaga,takkuva ga}",
    )),
    # a month-old's milk brought back after a feed while gaining weight: possetting, no vomiting to treat
    "te_posset": Sign((), ("paalu {taagaka,taagina tarvata} {konchem ,koncham ,}{kakkutundi,kakkutondi,kakkutadu}",),
                      flag="posseting"),
    # "vaachindi" (it swelled), "vaastunnaayi" (they are swelling): one long vowel from "vachindi" (it came)
    "te_swollen": Sign(("swelling",), ("{vaachindi,vaachi undi,vaachipoyindi,vaastunnaayi}",)),
    # --- the chest, the ear, the eye, the skin ---
    "te_blood_in_sputum": Sign(("coughing blood",), (
        "{temadalo,temada lo,kaphamlo,kapham lo,kafamlo,kafam lo,dagulo,daggulo} {raktam,raktapu,rakthapu,raktamu,"
        "raktham} {chaaralu,charalu,chukkalu,padutondi,vastondi,vastundi,}",
    )),
    "te_night_sweats": Sign(("night sweats",), ("raatri {chematalu,chemata,chemat alu}",)),
    "te_wheeze": Sign(("wheezing",), ("pilli {koothalu,kuthalu,koothalu vastunnayi,kootalu}",)),
    "te_ear_pus": Sign(("ear discharge",), ("{chevilo,chevi lo,chevi} {nundi ,nunchi ,}{cheemu,cheem,neeru} "
                                             "{kaarutundi,kaarutondi,vastundi,vastondi,}",)),
    "te_hearing_less": Sign(("hearing loss",), (
        "{vinapadatam,vinapadadam,vinabadatam,vinikidi} {taggindi,takkuva,ledu,sariga ledu}",
        "{vinapadatam,vinapadadam} {ledu,levu}", "{gattiga,peddaga} {maatladitene,maatlaaditene,matladitene} "
        "{vintadu,vintaadu,vintundi,vinipistundi}",
    )),
    "te_red_eye": Sign(("red eye",), ("{kallu,kannu,rendu kallu,kannulu} {erraga,errabaddayi,errabaddai,erra ga}",)),
    "te_skin_patch": Sign(("skin patches",), (
        "{tellati,tella,nalla,erra,errati} {machcha,machchalu,machalu,macchalu,machha}",
    )),
    "te_numb_patch": Sign(("numbness",), ("{sparsha,sparsh,spursha} {teliyadam ledu,teliyatledu,ledu}",)),
    "te_heat_rash": Sign(("rash",), ("{chemata,chamata} {kaayalu,kayalu,pokkulu}",), flag="heat_rash"),
    "te_swelled_veins": Sign((), ("narambulu {ubbi,ubbayi,ubbinayi,ubbipoyayi}",), flag="varicose_veins"),
    "te_navel_lump": Sign(("swelling",), ("{boddu,bodduu,bodu} {daggara ,}{ubbu,vaapu,ubbindi,gadda}",), flag="lump"),
    # --- the gut, urine, periods ---
    "te_constipated": Sign(("constipation",), ("motion {saafu kaadu,saafu ga kaadu,gattiga,gattiga vastondi}",
                                                "{gattiga,gattigaa} {motion,malam}",
                                                # a motion once in three or four days
                                                "{rojulaki,rojulaku,rojuki} {okasari,okasaari,okkasari,okesari} "
                                                "{motion,motions,malam}")),
    "te_worms": Sign((), ("{purugulu,nulipurugulu} {kanipinchaayi,kanipinchayi,kanipistunnayi,vachayi}",),
                     flag="worms_kt"),
    "te_belly_burning": Sign(("abdominal pain",), ("kadupu {paina,lo,meeda,pai} {manta,mantaga}",), flag="dyspepsia"),
    "te_heartburn": Sign((), ("{gundelo,gunde lo,gundello,chaatilo} {manta,mantaga}",),
                         flag="dyspepsia"),
    "te_night_urine": Sign(("frequent urination",), (
        "{moothram,mootram,mutram,urine} ki {leguntunnanu,leguntunnadu,lestunnanu,lestunnadu,lechi velli}",
        "{malli malli,maatimaatiki,frequent ga} {moothram,mootram,mutram}",
    )),
    "te_irregular_periods": Sign(("irregular periods",), (
        "{nelasari,nelasaari,periods} sariga {ravatledu,raavatledu,raavadam ledu,raadu}",
    )),
    "te_painful_periods": Sign(("painful periods",), (
        "{periods,nelasari,nelasaari} {appudu,time lo,lo} {kadupu noppi,noppi,kadupu lo noppi}",
    )),
    # the waters leaking ("kinda nundi neellu kaarutunnayi"), the white discharge ("tella batta")
    "te_waters": Sign(("vaginal discharge",), (
        "kinda {nundi,nunchi} {neellu,neeru} {kaarutunnayi,kaarutondi,kaarutundi,potunnayi,potondi,potundi}",
    ), flag="ruptured_membranes"),
    "te_white_discharge": Sign(("vaginal discharge",), ("{tellabatta,tella batta,tellabatt,tellabattalu}",)),
    "te_tooth_decay": Sign(("toothache",), ("{pannu,pallu,pannuki} purugu", "{pannu,pallu} {jivvu,jivvumani,"
                                            "jivvumantundi}", "jivvu {mantundi,mantondi}")),
    # --- small injuries: a fish bone in a finger, a graze, a twisted ankle, a finger burnt ---
    "te_pricked": Sign(("wound",), (
        "{mullu,chepa mullu} {velu ki ,veliki ,kaaliki ,cheyyiki ,}{guchchukundi,guchchindi,guchukundi,"
        "guchchukunnadi,guchchukunnadu}",
    )),
    "te_graze": Sign(("wound",), ("{mokalu,mokali,mochetti,kaalu} {gokkupoyindi,geerukupoyindi,cheeruku poyindi}",)),
    "te_sprain": Sign((), ("{kaalu,chilamanda,manikattu} {beniki,benikindi,malukupadindi,patteesindi}",),
                      flag="sprain"),
    "te_burnt_finger": Sign(("burn",), ("{velu,vellu,cheyyi,arachethi} {kaalindi,kaalipoyindi}",)),
    "te_no_blister": Sign((), ("{bobba,bobbalu} {ledu,levu,raaledu}",), flag="no_blister"),
    "te_fell_off": Sign(("fall",), ("{cycle,bike,bandi} meeda {nundi,nunchi} {paddadu,padindi,paddindi,padipoyadu}",)),
    "te_ant_bite": Sign(("itching",), ("{cheema,cheemalu,doma,domalu,pedda cheema} {kuttindi,kuttayi,kaatlu,"
                                       "kuttindi cheyyi meeda}", "doma kaatlu"), flag="insect_bite"),
    "te_blocked_nose": Sign(("nasal congestion",), ("mukku {bigisindi,bigisukupoyindi,bigusukupoyindi,"
                                                    "kattesindi}",)),
    "te_breath_fast_told": Sign(("fast breathing",), ("{oopiri,swaasa} vegam",)),
    "te_tender_ribs": Sign(("chest pain",), ("{pakkatemuka,pakkatemukalu,pakkatemuku} daggara {noppi,noppiga}",),
                           flag="chest_wall"),
    "te_tender": Sign((), ("{nokkite,nokkithe,nokkinappudu,mutte} noppi",), flag="reproducible_pain"),
    "te_low_mood": Sign(("low mood",), ("{manasu,manassu} {baagaledu,baagaaledu,baaga ledu,bagaledu}",)),
    "te_no_interest": Sign(("loss of interest",), ("{edee,edhi,emee,emi} {nachchadam ledu,nachatledu,nachadam ledu}",)),
    "te_sleepless": Sign(("insomnia",), ("nidra {pattadam ledu,pattatam ledu,raavadam ledu,sariga ledu}",)),
    "te_body_ache": Sign(("body ache",), ("{olu,olantha,olu antha,ollantha} {noppulu,noppi,noppiga}",)),
    # --- round 18: a PHC ANM's everyday visits ---
    # "chachipothe baagundu anipistundi" (it would be good if I died): the passive wish is still suicidal thinking
    "te_better_dead": Sign((), ("{chachipothe,chachipote,chanipothe,chanipote} {baagundu,bagundu,manchidi,better,"
                                "baguntundi,baaguntundi}",), flag="death_wish"),
    # a coin or a button swallowed ("coin mingesadu"): an X-ray today (rules_hinglish.swallowed_object)
    "te_swallowed": Sign((), ("{coin,coins,rupee coin,rupayi,button,battery,pin,goli} {mingesadu,mingesindi,mingadu,"
                              "mingindi,mingesaadu,mingeshadu}",), flag="swallowed_object"),
    # the head spinning on getting up ("lechite tala tirugudu"): dizziness
    "te_head_spins": Sign(("dizziness",), ("{tala,thala} {tirugudu,tirugutondi,tirugutundi,tiruguthundi,"
                                           "tirugutunnadi}",)),
    # drinking every day ("roju saara taagutadu"): a de-addiction assessment (rules_hinglish.alcohol_use)
    "te_drinks": Sign((), ("{roju ,rojuu ,}{saara,saaraa,mandu,liquor,alcohol,beer,whisky} {taagutadu,taagutaadu,"
                           "taagutundi,taagutunnadu,taagutaru}",), flag="alcohol_use"),
    "te_weight_down": Sign(("weight loss",), ("{weight,baruvu,baruvu kuda} {taggindi,taggipoyindi,taggadu,"
                                              "taggipoyadu,tagginadi}",)),
    # a jump down from a tractor ("tractor meeda nunchi dukanu"), the foot that takes no weight after it
    "te_jumped_down": Sign(("fall",), ("meeda {nundi,nunchi} {dukanu,dookanu,dukadu,dookadu,dookindi,dukindi}",)),
    "te_no_weight": Sign(("reduced movement",), ("{weight,baruvu,bharam} {pettalekapotunna,pettalekapotunnadu,"
                                                 "pettalekapotundi,pettaleka,pettaledu,pettalenu}",)),
    # the heel that hurts on the first steps of the morning ("madama kinda noppi"): plantar fasciitis
    "te_heel_pain": Sign(("leg pain",), ("{madama,madimi,madamaa,madamalu} {kinda ,lo ,daggara ,}{noppi,noppiga}",)),
    "te_toothache": Sign(("toothache",), ("{pallu,pannu,pandlu,pallulo,pannulo,pallu lo,pannu lo} {noppi,cavity,"
                                          "purugu,puchchu,puchu}",)),
    # the board at school not seen (a child's short sight)
    "te_far_blur": Sign(("blurred vision",), ("board {kanipinchatledu,kanipinchadam ledu,kanipinchadu,sariga "
                                              "kanipinchatledu,kanapadatledu}",)),
    "te_deaf": Sign(("hearing loss",), ("{vinapadatledu,vinapadadam ledu,vinipinchatledu,vinipinchadam ledu,"
                                        "vinapadadu,sariga vinapadatledu}",)),
    # getting up at night to pass urine ("raatri mootram ki lechedi")
    "te_nocturia": Sign(("frequent urination",), ("{mootram,mutram,mootraniki} {ki ,}{lechedi,lestunnadu,lestadu,"
                                                  "lestundi,lechi}",)),
    # --- the denied and the past ---
    "te_no_fits": Sign(("seizure",), ("fits {raaledu,raledu,raavatledu,ravatledu,raavadam ledu}",), negated=True),
}
