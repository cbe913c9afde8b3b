"""Round 22, symptom words of the Seemanchal's Surjapuri and Maithili, Bahraich's Awadhi and a Lucknow nurse's
WhatsApp Hinglish: Bhojpuri's "naikhe" (is not) as a denial; Maithili's cough ("khokhi") and fall ("khasi parlai",
never a cough); Surjapuri's dozing ("khali jhimachhe"), the water refused ("paani dile bhi khay na"), eyes gone in
("chokh bhitore dhuke gelo"), jerking limbs ("haat-paa khichche"), blue lips ("thot nil"), swelling ("phule gelo",
"sujal"), yellow ("pila bha gel"), the hunger gone ("bhukh mari gel", "khide nai"); Awadhi's aching head and knees
("kapaar piraat"), drowsiness ("uneendi"), a tickly throat ("gala khichkhich"); text-speak "sunai nhi de rha"; the
passive wish to die told in Maithili and Awadhi (death_wish, seen today); a fish bone told after the fish; a finger
burnt on the griddle with no blister. Our own sentences; each has a look-alike that must not change."""

import pytest

from models.triage.normalise import normalise
from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present


# --- Bhojpuri "naikhe" denies what it follows ---

@pytest.mark.parametrize("text, name", (
    ("kaan me khujli ba, bukhar naikhe", "fever"),
    ("pet dukhat ba do din se, ulti naikhe", "vomiting"),
    ("khokhi ba, saans me koi dikkat naikhe", "shortness of breath"),
))
def test_naikhe_denies_the_symptom_before_it(triage, text, name):
    assert name in denied(triage, text, 30, "male"), text


def test_guard_a_symptom_told_before_naikhe_of_another_stays(triage):
    found = present(triage, "teen din se bukhar ba, khokhi naikhe", 30, "male")
    assert "fever" in found and "cough" not in found


# --- Maithili: "khokhi" is a cough, "khasi parlai" a fall ---

@pytest.mark.parametrize("text", ("du din sa khokhi aa halka jvar", "sukhal khokhi ek hafta sa, raati me besi"))
def test_khokhi_is_a_cough(triage, text):
    assert "cough" in present(triage, text, 8, "female"), text


@pytest.mark.parametrize("text", ("chhat par sa khasi parlai, thehuna chhilal", "baba bazaar me khasi parlaah"))
def test_khasi_parlai_is_a_fall_not_a_cough(triage, text):
    found = present(triage, text, 60, "male")
    assert "fall" in found and "cough" not in found, text


def test_guard_a_hindi_khansi_stays_a_cough(triage):
    assert "cough" in present(triage, "do din se khansi aur zukaam", 30, "male")


# --- Surjapuri: a sick child's words ---

def test_a_child_only_dozing_who_will_not_take_water_with_eyes_gone_in_is_read(triage):
    found = present(triage, "chhaowa er du din theke dast, chokh bhitore dhuke gelo, khali jhimachhe, paani dile bhi "
                            "khay na", 2, "female")
    assert {"lethargy", "unable to drink", "sunken eyes", "diarrhea"} <= found


def test_guard_a_child_playing_and_drinking_well_is_not_lethargic(triage):
    found = present(triage, "chhaowa er naak diye paani, khelche, dudh bhalo khachhe", 2, "female")
    assert "lethargy" not in found and "unable to drink" not in found


def test_jerking_limbs_and_blue_lips_in_surjapuri(triage):
    assert "seizure" in present(triage, "bachcha er gaa gorom, haat-paa khichche, chokh upore", 3, "male")
    assert "cyanosis" in present(triage, "dadur haaphani, aaj thot nil laagche", 70, "male")


def test_guard_the_lips_told_pink_are_no_cyanosis(triage):
    assert "cyanosis" not in present(triage, "thot laal, khelche, jor nai", 3, "male")


@pytest.mark.parametrize("text", ("daant byatha, gaal phule gelo", "gor sujal chhai, chalal nai hoi"))
def test_a_swelling_told_phule_gelo_or_sujal(triage, text):
    assert "swelling" in present(triage, text, 30, "male"), text


def test_guard_the_breath_that_swells_on_work_is_no_swelling(triage):
    found = present(triage, "kaam korte dom phule, thaki thaki laage", 30, "female")
    assert "swelling" not in found and "shortness of breath" in found


def test_yellow_eyes_and_the_hunger_gone_in_maithili(triage):
    found = present(triage, "aankh pila bha gel, bhukh ekdam mari gel", 35, "male")
    assert {"jaundice", "loss of appetite"} <= found


def test_guard_food_eaten_well_is_no_loss_of_appetite(triage):
    assert "loss of appetite" not in present(triage, "khana bhalo khachhe, jor nai", 35, "male")


# --- Awadhi ("piraat", "uneendi") and Lucknow text-speak ---

@pytest.mark.parametrize("text, name", (
    ("subah se kapaar bahut piraat", "headache"),
    ("dono ghutna piraat hain, seedhi pe jyada", "knee pain"),
    ("kal se gala khichkhich karat", "sore throat"),
    ("kal se bahut uneendi, jagaao to phir so jaat", "lethargy"),
    ("achanak kaan se sunai nhi de rha", "hearing loss"),
    ("kal se sir phat rha h", "headache"),
))
def test_awadhi_and_text_speak_wordings(triage, text, name):
    assert name in present(triage, text, 40, "female"), text


def test_guard_a_throat_told_fine_is_no_sore_throat(triage):
    assert "sore throat" not in present(triage, "gala theek ha, naak bahat", 30, "male")


# --- the passive wish to die, told in Maithili and Awadhi: seen today, not an emergency ---

@pytest.mark.parametrize("text", (
    "mann nai lagait chhai, kahait chhathi je mari jaitahu te neek, kichhu kare ke nai sochne",
    "do mahine se udaas, kahat jee ke ka karab, koi tareeka nahi socha",
))
def test_a_passive_wish_to_die_is_seen_today(triage, text):
    told = result(triage, text, 30, "female")
    assert "death_wish" in codes(told) and told["level"] == "urgent", text


def test_guard_a_plan_told_stays_an_emergency(triage):
    assert level(triage, "kahat sab khatam kar lenge, rassi le aaye hain", 40, "male") == "emergency"


# --- a fish bone told after the fish; a finger burnt on the griddle ---

def test_a_fish_bone_stuck_told_in_bhojpuri_is_seen_today(triage):
    told = result(triage, "machhri khaat ghari kaanta gala me atak gail, thook ghotal bhi mushkil", 40, "male")
    assert "foreign_body" in codes(told) and told["level"] == "urgent"
    assert "difficulty swallowing" in {s["name"] for s in told["symptoms"] if not s["negated"]}


def test_a_finger_burnt_on_the_griddle_with_no_blister_is_cared_for_at_home(triage):
    told = result(triage, "roti banait aanguri tawa sa sataa gel, laal aa jalan, phokka nai aayal", 30, "female")
    assert "burn" in {s["name"] for s in told["symptoms"] if not s["negated"]} and told["level"] == "self_care"


def test_guard_a_scald_over_the_chest_is_no_minor_burn(triage):
    assert level(triage, "khaulat daal ulat gail laika ke chhati par, chamdi ukhar gail", 4, "male") != "self_care"


# --- the new words do not pull an English word into them (the corrector read "stitch" as a Maithili verb) ---

def test_the_corrector_leaves_stitch_alone():
    assert "stitch" in normalise("2 weeks after the operation, stitch area red").text.split()


# --- a child running is no fit; Surjapuri's pus, hearing, nausea and a bite's tooth marks ---

@pytest.mark.parametrize("text", ("bachcha gir gail, kohni chhil gail, ab daur raha ba",
                                  "gend laagal, halka dard, daur-bhaag karat ba"))
def test_a_child_told_running_is_no_seizure(triage, text):
    assert "seizure" not in present(triage, text, 9, "male"), text


def test_guard_a_fit_told_daura_stays_a_seizure(triage):
    assert "seizure" in present(triage, "aaj subah mirgi ka daura pada, haath pair akad gaye", 20, "male")


@pytest.mark.parametrize("text, name", (
    ("kaan theke pooj aashe teen din theke", "ear discharge"),
    ("nana ektu kom shone, jore bolte hoy", "hearing loss"),
    ("gaadi te uthlei bomi bomi laage", "nausea"),
    ("kukur haath par kaatlak, daant gaari gel", "wound"),
))
def test_surjapuri_words_for_pus_hearing_nausea_and_a_bite(triage, text, name):
    assert name in present(triage, text, 40, "male"), text


def test_guard_nausea_told_is_no_vomiting(triage):
    assert "vomiting" not in present(triage, "gaadi te uthlei bomi bomi laage, namle thik", 40, "male")
