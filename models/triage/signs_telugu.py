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
# (a patch) as "bachcha", and split "tinnaka" (after eating), "kadalika" (movement), "daggara" (near); "chenu" (a
# field) as "chelu" (Kannada, a scorpion).
EVERYDAY: Final = frozenset("""
aagindi aagadam aagipoyindi aayana akali anni antha annadu baagane baagaane batta battalu cheera chesina chesthe
chesi chestoo cheti chiraaku chakkaga choopu chuttu daham doma gaali gudda kattina ivala kaalindi kaalina kakkutondi
kakkutundi kakkaadu kakkadu kaayalu kavali kondalu motham nadichi nayam pagalu paapaki prati samudram
taggutundi tagguthundi taggutondi tagguthondi tagguthunnadi taggutunnadi taggipoyindi unna unnapudu untayi untadu unnanu veedhi vari vanuku podiga chusi bhujaalu todala pikka valla vallu velu
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
chenu chenulo chenlo endalo
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
    # round 18: and told in English words with the Telugu verb ("bleeding aagipoyindi", six weeks after a birth)
    "te_bleeding_stopped": Sign(("bleeding",), (
        "{raktam,raktham,rakthamu,raktamu,rakta,bleeding,blood} {purtiga ,poortiga ,purthiga ,motham ,}"
        "{aagindi,aagipoyindi,aagipoindi,agipoyindi,aagi poyindi}",), negated=True),
    # --- pain by its side: "kadupu kinda edama vaipu bhayankaramaina noppi" (low in the belly on the left) ---
    "te_belly_side": Sign(("abdominal pain",), (
        "{kadupu,potta,potti} {kinda ,paina ,}{edama,kudi,kudi vaipu,edama vaipu} {vaipu ,pakka ,}"
        "{bhayankaramaina ,bhayankaram ,chala ,konchem ,gattiga ,}{noppi,noppulu}",
    )),
    # --- consciousness, fainting, rousing ---
    "te_not_come_round": Sign(("loss of consciousness",), (
        "{spruha,sprha,sprruha} {raaledu,raledu,ravatledu,raavatledu,raavadam ledu}",
    ), severity="severe"),
    "te_fainted": Sign(("fainting", "dizziness"), ("{kallu,kaLLu} {tirigi,tirigi tirigi} " + _FELL,)),
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
        "{elukala,eluka,elakala} {mandu,paste,pest}", "{ratol,ratole,raatol}",
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
        # round 18: little urine ("mootram chala takkuva", "mootram taggipoyindi")
        "{mootram,mutram,moothram,mootra,urine} {chala ,chaala ,baaga ,}{takkuva,takkuvaga,takkuva ga,taggindi,"
        "taggipoyindi}",
    )),
    # round 18: one arm or leg gone weak ("left cheyyi weak ga undi"), the cup it cannot hold
    "te_one_side_weak": Sign(("weakness",), (
        "{left,right,edama,yedama,kudi,eda,kudi vaipu,edama vaipu} {cheyyi,cheyi,chey,kaalu,kaali} {weak,weak ga,"
        "weakga,balaheenanga,balahinanga,balaheenam ga,chachubaddadi,chachubadipoyindi,padipoyindi} {undi,ayindi,"
        "ayipoyindi,}",
        "{left,right,edama,yedama,kudi} {cheyyi,cheyi,chey} {tho ,to ,}{cup,glass,tea cup,gaasu} "
        "{pattukolekapotundi,pattukolekapotunnadu,pattukoleka potundi,pattukolekapothundi,pattukolekapoyindi}",
    ), flag="focal_weakness"),
    # round 18: a black stool (melaena): "motions nallaga vastunnai"
    "te_black_stool": Sign(("blood in stool",), (
        "{motions,motion,malam,toilet,latrine,doddi} {nallaga,nalla ga,nallagaa,nalla rangulo,nalupu ga} "
        "{vastunnai,vastunnayi,vastundi,vastondi,avutunnai,avutundi,potunnai,potundi,}",
    ), flag="black_stool"),
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
    "te_constipated": Sign(("constipation",), ("{motion,motions} {saafu kaadu,saafu ga kaadu,gattiga,gattiga vastondi,gattiga vastunnayi}",
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
    # --- heat: work in the sun, a body burning hot, talk that makes no sense (heat stroke's picture) ---
    "te_in_the_sun": Sign((), (
        "{endalo,enda lo,yendalo,yenda lo,endallo,mandutendalo,mandu endalo} {pani,panichestu,pani chestu,pani "
        "chestunte,pani chesi,tirigi,tirugutu,nilabadi,unnadu,undi,aadutu,aadukuntu}",
    ), flag="heat_exposure"),
    "te_body_burning_hot": Sign(("fever",), (
        "{body,olu,vollu,shareeram,sariram,olantha} {nippu,nippula,nippu la,nippulaa,agni la,kolimi la} {vedi,vediga,"
        "kaalutondi,kaalutundi,undi,kaalipotondi}",
    ), severity="severe"),
    "te_talks_nonsense": Sign(("confusion",), (
        "{emi ,emee ,yemi ,}{ardham,artham,ardam} {kaakunda,kakunda,lekunda,leni} {matladutunnadu,matladutundi,"
        "matladutunnaru,maatladutunnadu,maatladutundi,matladuthunnadu,matladuthundi,vaagutunnadu,vaagutundi}",
        "{pichchi,pichi,picchi} {matalu,maatalu} {matladutunnadu,matladutundi,maatladutunnadu,maatladutundi}",
        "{ardham,artham} {kaakunda,kaani,lekunda} {matladutunnadu,matladutundi,maatladutunnadu,maatladutundi,"
        "matladutunnaru,maatlaadutunnadu}",
    )),
    # --- round 18: a child's danger signs (IMCI), labour that does not end, the womb's infection after it ---
    # IMCI "vomits everything": whatever is given comes back, water too ("emi taaginaa vanthulu chesestundi, neellu
    # kuda"; "edi tinnaa kakkestundi")
    "te_vomits_everything": Sign(("vomiting",), (
        "{emi,edi,emaina,edaina,emee,ede} {taaginaa,taagina,tinnaa,tinna,tinnina,taagite,tinte,ichinaa,pettinaa} "
        "{kooda ,kuda ,}{vanthulu,vaanthulu,vantulu,vamtulu} {chesestundi,chesestondi,chesestunnadu,chestundi,"
        "chestondi,chestunnadu,chesesindi,chesesadu,avutunnayi,avutundi}",
        "{emi,edi,emaina,edaina,emee,ede} {taaginaa,taagina,tinnaa,tinna,taagite,tinte} {kooda ,kuda ,}"
        "{kakkestundi,kakkestondi,kakkestunnadu,kakkesindi,kakkesadu,kakkutundi,kakkutondi,kakkutunnadu}",
        "{neellu,neeru,paalu} {kooda,kuda} {nilavatledu,nilavadam ledu,aagatledu,nilavadu,vanthi chesestundi,"
        "kakkestundi,kakkestondi}",
    ), flag="vomits_everything"),
    # the neck that will not bend (meningitis): "medha vanchalekapotundi", "meda tippaleka potunnadu", "medha stiff"
    "te_stiff_neck": Sign(("neck stiffness",), (
        "{medha,meda,medaa} {vanchalekapotundi,vanchalekapotondi,vanchalekapotunnadu,vanchaleka potundi,"
        "vanchaleka potondi,vanchaledu,vanchatledu,vanchadam ledu,tippalekapotundi,tippaleka potundi,tippatledu,"
        "bigusukupoyindi,bigisukupoyindi,bigisindi,stiff,stiff ga,biginchindi,pattesindi}",
    )),
    # IMCI chest indrawing: the lower chest going in with each breath ("rib kinda lopaliki gunta padutundi",
    # "pakkatemukala kinda lopaliki pothundi", "chaati lopaliki laagutundi")
    "te_chest_indrawing": Sign(("shortness of breath",), (
        "{rib,ribs,ribbulu,pakkatemuka,pakkatemukalu,pakkatemukala,chaati,chati,chaathi,chest,gunde} "
        "{kinda ,kindha ,daggara ,}{lopaliki,lopalaki,lopalki,lopala} {gunta padutundi,gunta padutondi,"
        "gunta paduthundi,gunta padtundi,guntalu padutunnayi,pothundi,potundi,potondi,velutundi,velutondi,"
        "laagutundi,laagutondi,laagestundi,peelchukupotundi}",
    ), flag="chest_indrawing"),
    "te_breathing_fast": Sign(("fast breathing",), (
        "{oopiri,swaasa,breathing} {fast,fast fast,vegamga,vegam ga,tondaraga,tondara tondaraga,speed ga} "
        "{ga ,}{teesukuntunnadu,teesukuntundi,teesukuntondi,teesukuntunnadi,aadutondi,aadutundi,vastondi,vastundi}",
        "{fast ga,speed ga,vegamga,tondaraga} breathing {chestundi,chestunnadu,chestondi,teesukuntundi}",
    )),
    # a grandparent's or a parent's tablets swallowed by a child ("thatha BP tablets 5-6 mingesadu"): a poisoning
    # however well he plays now (beta-blockers, calcium blockers, sulphonylureas act hours later: ETAT, WHO poisoning)
    "te_tablets_swallowed": Sign(("poisoning",), (
        "{bp,sugar,thatha,taata,ammamma,naanamma,nanamma,amma,naanna,nanna,tatayya} {tablets,tablet,maatralu,matralu,"
        "billalu,golilu} {strip lo unnavi ,strip lo unna ,strip lonivi ,anni ,}"
        "{1,2,3,4,5,6,8,10,2-3,3-4,4-5,5-6,6-7,konni,rendu,moodu,naalugu,aidu,aaru,chala,} " + _SWALLOWED,
        "{tablets,tablet,maatralu,matralu,billalu,golilu} {strip lo unnavi ,strip lo unna ,}"
        "{2-3,3-4,4-5,5-6,6-7,konni,chala} " + _SWALLOWED,
    )),
    # the puerperium: the lochia smelling bad ("discharge chedu vaasana vastundi"), the fever's shaking ("vanukudu")
    "te_foul_discharge": Sign(("vaginal discharge",), (
        "{discharge,tellabatta,kinda nundi neeru,raktam} {chedu vaasana,chedu vasana,cheddu vaasana,durvaasana,kampu}"
        "{ vastundi, vastondi, vastunnadi,}",
    ), flag="foul_discharge"),
    "te_rigors": Sign(("fever",), (
        "{jwaram,jvaram,chali jwaram} {vanukudu,vanukudutho,vanuku}{ tho, to,}",
        "{vanukudu,vanuku} {tho,to} {jwaram,jvaram}",
    ), flag="rigors"),
    # labour's pains going on for hours, the baby not yet born, at home with the dai ("ninna raatri 10 gantala nundi
    # noppulu vastunnai ... inka bidda raaledu"): with each other, a labour that does not progress (WHO MCPC)
    "te_labour_pains": Sign((), (
        "{kaanpu,kanpu,prasava,prasavam,delivery,puttu} {noppulu,noppi} {vastunnai,vastunnayi,vastunnaayi,"
        "vastundi,vastondi,modalayyayi,modalayyaayi,modalaindi,start ayyayi}",
        "{gantala,gantalaki,gantaku,raatri,raatri nunchi} {nundi,nunchi} noppulu {vastunnai,vastunnayi,vastunnaayi,"
        "modalayyayi,modalayyaayi}",
    ), flag="contractions"),
    "te_labour_stalled": Sign((), (
        "{inka,inkaa,ippatiki,ayina} {bidda,baby,papa,biddaa} {raaledu,raledu,bayataki raaledu,bayatiki raaledu,"
        "puttaledu,kindaki raaledu,bayata padaledu}",
    ), flag="labour_stalled"),
    # --- round 18: a Telangana PHC's words (an ANM's notes, in Latin letters) ---
    # giddiness as a noun, "tala tirugudu" (the head's turning), and the verb's spoken forms
    "te_giddy": Sign(("dizziness",), (
        "{tala,thala,kallu,kalla} {tirugudu,tirugudi,tirugdu,tiruguthundi,tirugutondi,tirugutunnattu}",
    )),
    # fell for a minute ("padipoyadu 1 min"): a faint measured by how long he was down
    "te_down_a_minute": Sign(("fainting",), (
        _FELL + " {1,2,oka,konchem} {min,minute,nimisham,nimishalu}",
    )),
    "te_no_answer_minute": Sign(("loss of consciousness",), (
        "{1,2,5,oka,konni} {min,minute,nimisham,nimishalu} {palakaledu,palakaledhu,spruha ledu,spruha leka}",
    )),
    # fell off or down from something: "tractor meeda nunchi dukanu" (jumped off), "mancham meeda nunchi padindi"
    "te_fell_from": Sign(("fall",), (
        "{mancham,manchamu,bed,tractor,terrace,chettu,mettla,mettu,mettlu,goda,gode,scooter,auto,bus,cycle,bike,"
        "bandi,kurchi,stool,eddula bandi} meeda {nundi,nunchi} {padi,padindi,paddadu,paddindi,padipoyadu,padipoyindi,"
        "dukanu,dukadu,dukindi,jaaripaddadu,jaari paddadu}",
    )),
    # not eating: "sariga tinatledu", "emi tinaleka potunna", "tinadam takkuva"
    "te_not_eating": Sign(("loss of appetite",), (
        "{sariga,emi,emee,manchiga,manchi ga,annam,anna} {tinatledu,tinaledu,tinadam ledu,tinatam ledu,tinadu,"
        "tinalekapotunna,tinalekapotunnadu,tinalekapotundi,tinaleka potunna,tinaleka potunnadu,tinaleka potundi,"
        "tinaleka potunnanu}",
        "{tinadam,tinatam,tindi} {takkuva,chala takkuva,taggindi}",
    )),
    # hard stools ("motions gattiga"), a stool every few days ("motions 3 rojulaki okasari")
    "te_hard_stools": Sign(("constipation",), (
        "{motions,motion,malam} {konchem ,chala ,}{gattiga,gattigaa,gatti ga}",
        "{motions,motion,malam} {2,3,4,5,6,7,rendu,moodu,naalugu} {rojulaki,rojulaku,rojuki} "
        "{okasari,okasaari,okkasari,okesari}",
    )),
    # blood in the stool, black stools (melaena)
    "te_stool_blood": Sign(("blood in stool",), (
        "{motions,motion,malam} {lo ,}{raktham,raktam,rakthamu,raktamu}",
    )),
    "te_black_stools": Sign(("blood in stool",), (
        "{motions,motion,malam} {nallaga,nalla ga,nallati} {vastunnai,vastunnayi,vastundi,vastondi,}",
    ), flag="black_stool"),
    "te_watery_stools": Sign(("diarrhea",), (
        "{neella,neellu,neeru} {laaga,laga,la} {motions,virechanalu,viluvu}",
    )),
    # blood that came: "raktham vachindi", "gums nunchi raktham vastundi", "raktham vanthulu" (vomited blood)
    # a recurring "raktham vastundi" is told with its source (a stool's blood is te_stool_blood's)
    "te_blood_came": Sign(("bleeding",), (
        _BLOOD + " {vachindi,vachchindi,kaarindi}",
        "{gums,chigullu,chiguru,mukku,noru,gaayam,debba} {nunchi,nundi} {konchem ,}" + _BLOOD
        + " {vastundi,vastondi,vastunnadi}",
    )),
    "te_blood_vomit": Sign(("vomiting", "bleeding"), (
        _BLOOD + " {vanthulu,vanthi,vanti,vaanti,vaanthulu}",
    ), flag="haematemesis"),
    # the back: "nadumu side konchem noppi", "nadumu bend avvatledu", "meda nadumu antha stiff"
    "te_back_side": Sign(("back pain",), (
        "{nadumu,nadum} {side,right side,left side,kinda,vaipu,daggara} {konchem ,chala ,}{noppi,noppulu,noppiga}",
        "{meda nadumu,nadumu} {antha ,}{stiff,stiff ga,bigusuku,bigusukupoyindi,pattesindi}",
        "nadumu {bend,vangadam} {avvatledu,kaavatledu,avvadam ledu}",
    )),
    # a joint by its name: "left shoulder noppi", "hip daggara chala noppi", "ankle daggara konchem noppi"
    "te_joint_named": Sign(("joint pain",), (
        "{shoulder,bhujam,bhujamu,ankle,elbow,mochey,mocheyi,mochetti,hip,tunti,chilamanda,keelu,keellu} "
        "{daggara ,lo ,}{konchem ,chala ,baaga ,}{noppi,noppulu,noppiga}",
    )),
    # the wrist ("munjeyyi") swollen
    "te_wrist_swollen": Sign(("wrist pain", "swelling"), (
        "{munjeyyi,munjeyi,munjey,manikattu} {vaachindi,vaachi undi,vaapu,vaachipoyindi}",
    )),
    "te_wrist_hurts": Sign(("wrist pain",), ("{munjeyyi,munjeyi,munjey} {konchem ,chala ,}{noppi,noppiga}",)),
    # a limb that will not do its work: cannot lift, turn, bend, bear weight
    "te_cannot_move": Sign(("reduced movement",), (
        "{paiki ettalekapotunna,paiki ettalekapotunnadu,paiki ettalekapotundi,ettalekapotunna,ettalekapotunnadu,"
        "ettalekapotundi,tippalekapotunnadu,tippalekapotundi,tippalekapotunna,vangalekapotunna,vangalekapotunnadu,"
        "vangalekapotundi,kadapalekapotunnadu,kadapalekapotundi,kadapalekapotunna}",
        "{bend,madata} {cheyyalekapotundi,cheyyalekapotunnadu,cheyyalekapotunna,cheyyaleka}",
        "weight {pettalekapotunna,pettalekapotunnadu,pettalekapotundi,pettaleka}",
    )),
    # the heel, the calf: "madama kinda noppi", "kaalu pikka vaachi noppi", "pikkalu pattesthunnai" (cramps)
    "te_leg_parts": Sign(("leg pain",), (
        "{madama,madamalu,madimi} {kinda ,lo ,daggara ,}{noppi,noppulu,noppiga}",
        "{pikka,pikkalu,kaalu pikka,kaali pikka} {vaachi ,}{noppi,noppulu,noppiga}",
        "{pikka,pikkalu,kaalu pikka,kaalu pikkalu} {pattesthunnai,pattestunnai,pattesindi,pattestundi,"
        "pattukupoyindi}",
    )),
    # a cat's or a dog's bite or scratch (the animal-bite rules read "dog bite")
    "te_animal_bite": Sign(("dog bite", "wound"), (
        "{pilli,kukka,kothi} {cheyyi ki ,kaaliki ,kaalu ki ,cheyyiki ,}{karichindi,karisindi,karichinadi}",
    )),
    "te_animal_scratch": Sign(("dog bite",), (
        "{pilli,kukka,kothi} {cheyyi ,kaalu ,}{meeda ,}{gheekindi,geekindi,gerikindi,korikindi,rakkindi}",
    )),
    # swallowed pills counted ("5-6 mingesadu"), pesticide drunk ("purugula mandu taagindi")
    "te_pills_counted": Sign(("poisoning",), (
        "{2,3,4,5,6,7,8,10,konni,chala} {tablets ,maatralu ,billalu ,golilu ,}{mingesadu,mingesaadu,mingesindi,"
        "mingadu,mingindi}",
    ), flag="overdose"),
    "te_pesticide_drunk": Sign(("poisoning",), (
        "{purugula,purugu,pantala,chenu,kotte,pichikari,cotton} mandu {konchem ,}" + _ATE,
        "{purugula,purugu} mandu",
    )),
    "te_spraying": Sign((), (
        "mandu {spray,kodutu,kodtu} {chesthu,chestu,chesthunte,chestunte,chesaka,chestunnappudu}",
    ), flag="pesticide_exposure"),
    # drowsy: "nidra pothunnadu lepina", "ekkuva nidra pothundi", "kallu teruchukovatledu", "lepite lechatledu"
    "te_drowsy": Sign(("lethargy",), (
        "{ekkuva,chala} nidra {pothundi,pothunnadu,potundi,potunnadu}",
        "nidra {pothunnadu,pothundi,potunnadu,potundi} {lepina,lepite,lepithe}",
        "kallu {sariga ,}{teruchukovatledu,teravatledu,teruvatledu}",
        "{lepite,lepithe,lepina} {lechatledu,levadu,lestaledu}",
    )),
    # fever by touch, memory going (confusion by speech is te_talks_nonsense)
    "te_burning_body": Sign(("fever",), ("{body,olu,vollu,ollu} {nippu,nippula} {la ,laaga ,}{vedi,vediga}",)),
    # names forgotten for months: a dementia to assess at a routine visit (signs_mind.forgetful), no acute confusion
    "te_forgets": Sign((), (
        "{names,perlu,peru,pillala perlu,vishayalu} {marchipotundi,marchipotunnadu,marchipothundi,marachipotundi,"
        "marachipotunnadu,marichipotundi}",
    ), flag="forgetful"),
    "te_head_burst": Sign(("headache",), (
        "{tala,thala} lo {bomb,bambu} {pelinattu,pelchinattu,pelindi}",
    ), severity="severe"),
    "te_board_unseen": Sign(("blurred vision",), (
        "{board,akshralu,aksharalu,letters} {sariga ,}{kanipinchatledu,kanipinchadam ledu,kanapadatledu}",
    )),
    "te_heart_racing": Sign(("palpitations",), (
        "{gunde,gundelu} {chala ,baaga ,}{speed ga,fast ga,vegamga,vegam ga,tondaraga,dhada dhada,speed speed ga} "
        "{kottukundi,kottukuntundi,kottukuntondi}",
    )),
    # yellow eyes and skin: "kallu pasupu ga unnai", "body pasupu rangu" (not the teeth's fluorosis stains)
    "te_yellow": Sign(("jaundice",), (
        "{kallu,kannu,kalla,body,mukham,face,olu,chest} {pasupu,pasupu rangu,pasupuga,pasupu ga,pasupu pachaga}",
    )),
    # the belly: hard as a stone, burning inside, bloated, round the navel
    "te_belly_hard": Sign(("abdominal pain",), (
        "kadupu {gattiga,gattigaa} {raayi la,raayi laaga,rayi la,raaLLa} {undi,}",
    )),
    "te_belly_burning_in": Sign(("abdominal pain",), ("kadupulo {konchem ,}{manta,mantaga}",), flag="dyspepsia"),
    "te_bloated": Sign(("abdominal pain",), ("kadupu {ubbaram,ubbarinchindi,ubbinattu,ubbi}",), flag="dyspepsia"),
    "te_navel_pain": Sign(("abdominal pain",), (
        "{bodduchuttu,boddu chuttu,boddu daggara,bodduki} {konchem ,chala ,}{noppi,noppulu,noppiga}",
    )),
    "te_labour_pains_told": Sign(("abdominal pain",), ("noppulu {vastunnai,vastunnayi,vastunnaayi,modalayyayi}",),
                            flag="contractions"),
    "te_throat_burning": Sign(("abdominal pain",), ("{gonthu,gontu} daggara {manta,mantaga}",), flag="dyspepsia"),
    "te_urine_less": Sign(("reduced urine",), (
        "{mootram,mutram,moothram} {chala,baaga} {takkuva,takkuvaga}",
    )),
    "te_urine_dark": Sign(("dark urine",), (
        "{mootram,mutram,moothram,urine} {ettiga ,erraga ,}{dark ga,nallaga,tea la,tea laaga,tea rangu}",
    )),
    "te_urine_often": Sign(("frequent urination",), (
        "{mootram,mutram,moothram,urine} {ekkuva,chala ekkuva,ekkuvaga,ekkuva saarlu}",
        "{mootram,mutram,moothram,urine} ki {lechedi,lechedhi,lestaadu,lestadu,lestundi}",
        "malli malli {vellali,vellaali,poyali} {anipistundi,anipistondi}",
    )),
    "te_red_dots": Sign(("rash",), ("{erra erra,erra,red} {dots,chukkalu,pokkulu}",)),
    "te_bump": Sign(("swelling",), ("{chinna,small} bump", "{vaachayi,vaachaayi,vaachinayi,vaachi unnayi}")),
    "te_eyes_sunk_little": Sign(("sunken eyes",), (
        "{kallu,kannu} {konchem ,koddiga ,}{lopaliki,lotuga} {unnai,unnayi,poyayi}",
    )),
    "te_neck_wont_bend": Sign(("neck stiffness",), (
        "{meda,medha} {vanchalekapotundi,vanchalekapotunnadu,vanchaleka,vanchadam ledu,bigusuku,stiff,stiff ga}",
    )),
    "te_deaf_now": Sign(("hearing loss",), (
        "{vinapadatledu,vinabadatledu,vinipinchatledu,vinapadadam ledu}",
    )),
    "te_ear_tugging": Sign(("ear pain",), ("chevi {pattukuni,pattukoni} {lagutunnadu,lagutundi,laagutunnadu}",)),
    "te_cavity": Sign(("toothache",), ("{pallu,pannu} lo {cavity,purugu}",
                                       "{pannu,pallu} konchem {jivvu,jivvumani,jivvumantundi}")),
    "te_swallow_split": Sign(("difficulty swallowing",), ("mingaleka {potunnadu,potundi,potunna,potunnanu}",)),
    "te_weight_fell": Sign(("weight loss",), ("{kg,kilo,kilolu} weight {taggindi,taggipoyindi,tagindi}",
                                              "weight {taggindi,taggipoyindi}")),
    "te_ribs_sink": Sign(("shortness of breath",), (
        "{rib,ribs,pakkatemukalu,pakkatemuka} kinda {lopaliki,lopalaki} {gunta,gunta padutundi,pothundi,potundi}",
    ), flag="chest_indrawing"),
    # a passive wish to be dead ("chachipothe baagundu anipistundi"), no plan told: death_wish (signs_mind.py)
    "te_wish_dead": Sign((), (
        "{chachipothe,chachipote,chanipothe,chanipote} {baagundu,bagundu,manchidi} {anipistundi,anipistondi}",
    ), flag="death_wish"),
    "te_wants_nothing": Sign(("loss of interest",), ("{emi,edi,emee} {cheyyalani,cheyalani} ledu",)),
    "te_sick_feeling": Sign(("nausea",), (
        "{vanthu,vanti,vaanthi,vanthi} {laaga,laga,vachinattu,vastunnattu} {undi,untundi,anipistundi}",
    )),
    "te_numb_touch": Sign(("numbness",), ("touch {chesthe,cheste,chesina} {teliyatledu,teliyadam ledu,telidu}",)),
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
    # (round 18: with "emi", "malli" between: "1 year nundi fits emi raaledu", no fit since)
    "te_no_fits": Sign(("seizure",), ("{fits,fit} {emi ,em ,eppudu ,malli ,inka ,}{raaledu,raledu,raavatledu,ravatledu,"
                                      "raavadam ledu,ravaledu,raaleedu}",), negated=True),
}
