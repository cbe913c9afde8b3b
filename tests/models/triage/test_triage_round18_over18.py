"""Round 18, over-triage: words read as a danger sign that are none, in Punjabi, Hinglish and Telugu: "fit" of
health (not a fit), the Punjabi "vi ni" (not either), a bleeding after a birth told getting less or stopped, the
after-pains of a feed, "khoon kam hai" (anaemia, not a bleeding), fits denied since ("fits emi raaledu") or told
years ago ("2 years kindata"), a cat's bite (not a snake's). Our own sentences; each narrowing has a guard that
the true emergency picture stays an emergency."""

from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present


# --- "fit" of health ---
def test_fit_of_health_in_punjabi_is_no_seizure(triage):
    assert "seizure" not in present(triage, "main ekdum fit aan ji, bas diet bare puchhna", 26, "male")


def test_wish_to_get_fit_is_no_emergency(triage):
    assert level(triage, "mainu fit hona hai, kasrat kiven karaan", 31, "male") != "emergency"


def test_fit_in_telugu_health_is_no_seizure(triage):
    assert "seizure" not in present(triage, "nenu fit ga unnanu, sugar test cheyyandi", 58, "male")


def test_guard_a_fit_that_came_stays_emergency(triage):
    assert level(triage, "kal shaam ko fit aaya, munh se jhaag, 10 minute", 27, "male") == "emergency"


def test_guard_was_fit_then_a_fit_stays_emergency(triage):
    assert level(triage, "bilkul fit tha, aaj subah fit aa gaya aur behosh", 34, "male") == "emergency"


# --- Punjabi "vi ni" ---
def test_punjabi_vi_ni_denies_numbness(triage):
    assert "numbness" in denied(triage, "mañje ton dig pya, kamar dukhdi, pairan ch sunn vi nahi", 50, "male")


def test_punjabi_vi_ni_denies_vomiting(triage):
    assert "vomiting" in denied(triage, "pet phulda rehnda, ulti vi ni aayi", 45, "female")


def test_guard_numb_legs_after_a_fall_stay_emergency(triage):
    assert level(triage, "chhat ton dig pya, kamar ch dard, dovein latan sunn ho gaiyan", 50, "male") == "emergency"


# --- the bleeding after a birth getting less, stopped; the after-pains ---
def test_lochia_lessening_in_telugu_is_read_as_lessening(triage):
    text = "delivery ayyi 10 rojulu, motions gattiga vastunnayi, bleeding roju roju taggutundi, jwaram ledu"
    assert "pregnancy_bleeding" not in codes(result(triage, text, 26))


def test_lessening_verb_is_no_cough(triage):
    assert "cough" not in present(triage, "delivery ayyi 2 vaaraalu, bleeding tagguthundi", 26)


def test_bleeding_stopped_in_telugu_is_denied(triage):
    assert "vaginal bleeding" in denied(triage, "delivery ayyi 7 vaaraalu, bleeding aagipoyindi, baby baagundi", 27)


def test_guard_heavy_bleeding_after_birth_stays_emergency(triage):
    text = "delivery ayyi 4 rojulu, bleeding chala ekkuva, battalu motham tadisipoyayi"
    assert level(triage, text, 26) == "emergency"


def test_guard_bleeding_that_was_lessening_then_heavy_with_giddiness_stays_emergency(triage):
    text = "delivery ayyi 8 rojulu, bleeding roju roju taggutundi kaani ivala ekkuva, kallu tirugutunnayi"
    assert level(triage, text, 26) == "emergency"


def test_guard_bleeding_in_pregnancy_stays_emergency(triage):
    assert level(triage, "7 mahine pregnant, neeche se khoon aa raha hai", 24) == "emergency"


def test_after_pains_do_not_fire_pregnancy_pain(triage):
    text = "delivery ayyi 2 rojulu, paalu ichetappudu kadupu kinda noppi vastundi, jwaram ledu"
    assert "pregnancy_abdominal_pain" not in codes(result(triage, text, 23))


def test_guard_severe_belly_pain_after_birth_stays_emergency(triage):
    assert level(triage, "delivery ayyi 2 rojulu, kadupu noppi bhayankaram", 23) == "emergency"


# --- anaemia told in words ---
def test_low_blood_told_in_pregnancy_is_no_bleeding(triage):
    text = "4 mahine ki pregnant hoon, kamzori lagti hai, doctor ne bola khoon ki kami hai"
    assert "vaginal bleeding" not in present(triage, text, 23)


def test_low_blood_told_in_pregnancy_is_no_emergency(triage):
    assert level(triage, "pregnant hoon 5 mahine, khoon kam hai bola, thakan", 22) != "emergency"


def test_guard_anaemic_pregnancy_breathless_at_rest_stays_emergency(triage):
    text = "pregnant hoon 7 mahine, hb 5 aaya, aaram mein bhi saans phool rahi, dil tez dhadak raha"
    assert level(triage, text, 22) == "emergency"


# --- fits denied since, and told years ago, in Telugu ---
def test_fits_denied_since_in_telugu(triage):
    assert "seizure" in denied(triage, "papaki 6 nelala nundi fits emi raaledu", 7)


def test_fits_years_ago_and_none_since_is_no_emergency(triage):
    text = "abbayi ki fits 3 years kindata vachindi, appati nundi fits emi raaledu, mandulu ayipoyayi"
    assert level(triage, text, 12, "male") != "emergency"


def test_guard_fit_today_in_telugu_stays_emergency(triage):
    assert level(triage, "abbayi ki ivala fits vachindi, 5 nimishalu", 12, "male") == "emergency"


# --- a cat's bite ---
def test_cat_bite_in_telugu_is_an_animal_bite(triage):
    assert "dog bite" in present(triage, "maa pilli karichindi vellu ki, rendu chinna gaayalu", 33)


def test_guard_unknown_bite_at_night_stays_snake_emergency(triage):
    assert level(triage, "raatri nidralo edo karichindi kaaluki, vaachindi", 33, "male") == "emergency"
