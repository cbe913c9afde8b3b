"""The danger signs in languages no region's module read (signs_panindia.py): each family's red flag is an
emergency (or the rule its sign feeds), and a harmless sentence sharing its words is not."""

import pytest

from tests.models.triage.conftest import codes, present


def _emergency(result: dict) -> bool:
    return result["level"] == "emergency"


# (text, age, pregnant, a rule that must fire)
RED_FLAGS = [
    # Assamese and the Bihari languages
    ("deuta agyan hoi gol, matile xara nidiye", 45, None, "coma"),
    ("usah lobo pora nai, buku dhapa dhapi korise", 30, None, "severe_respiratory_distress"),
    ("dupuriya tez bomi korise du bar", 40, None, "severe_bleeding"),
    ("ma-k bih khale ghorot", 35, None, "poisoning"),
    ("pokhra mein dub gail hamar beta", 7, None, "electrical_or_drowning"),
    # Nepali, Garhwali and Kumaoni
    ("khet ma sarpa le tokyo khutta ma", 30, None, "envenomation"),
    ("chhora lai chhare rog utheko cha", 10, None, "convulsions"),
    ("jhundiyera marna khojyo hijo raati", 20, None, "suicide_risk"),
    ("garbhawati chhu, tala bata ragat aayo", 26, True, "pregnancy_bleeding"),
    ("bhyal bati lad go dhungaa ma", 40, None, "trauma_or_fall"),
    # Punjabi, Urdu, Sindhi, Kashmiri
    ("bebe nu gash pai gayi rasoi ch", 60, None, "coma"),
    ("khet ch sapp ne dang maarya", 30, None, "envenomation"),
    ("munda spray pee layi khet wali", 22, None, "poisoning"),
    ("kal raat faaha lai leya si, bacha leya", 30, None, "suicide_risk"),
    ("namaz ke baad ghash aa gaya", 55, None, "coma"),
    ("nang chak payo paer te", 30, None, "envenomation"),
    ("sarph tsot baagh manz", 30, None, "envenomation"),
    ("thooha lar gaya bachche nu", 9, None, "scorpion_sting_danger"),
    # Gujarati, Konkani
    ("kaka bebhaan thai gaya che", 65, None, "coma"),
    ("chhokra ne aanchki aave che", 4, None, "convulsions"),
    ("bhai e jher pi lidhu", 25, None, "poisoning"),
    ("nano kuva ma dubi gayo", 6, None, "electrical_or_drowning"),
    ("vinchhi karadyo pag ma", 8, None, "scorpion_sting_danger"),
    ("to bebhan zalo, xuddh na", 50, None, "coma"),
    ("sorop chabla xetan", 30, None, "envenomation"),
    ("mhaka morunk zai, jiv naka", 30, None, "suicide_risk"),
    # Chhattisgarhi, Awadhi, Bundeli
    ("nonha nadi ma bud ge", 5, None, "electrical_or_drowning"),
    # Telugu, Kannada, Gondi
    ("maa tammudu uri vesukunnadu", 24, None, "suicide_risk"),
    ("taras kasi kaal te", 30, None, "envenomation"),
    # Mizo, Ho and Mundari
    ("rul in a seh ke ah", 30, None, "envenomation"),
    ("bing huwakidia kata re", 30, None, "envenomation"),
]

# Harmless sentences that share a red flag's words in these languages: none is an emergency
HARMLESS = [
    ("tez porikhya koribo lagibo, sugar", 40),  # Assamese "tez" is blood; a blood test
    ("mur bish ase dui din dhori", 30),  # Assamese "bish" is pain
    ("tokyo bata aayeko sathi ko ghar ma basna", 30),
    ("zakham te phaha laa ditta, rui da phaha", 30),  # Punjabi "phaha", a cotton swab, not a noose
    ("gash lag gaya pair mein, halka khoon", 30),
    ("kutte lad gaye gali ch, main dar gayi", 25),
    ("pag ma khench aave che raate", 30),  # Gujarati cramps, not fits
    ("paani padi gayu farsh par, lapsyo nathi", 30),
    ("balak haju bolatu nathi, be varsh nu che", 2),  # a toddler's late speech is no stroke
    ("taria ma nahaye bar gaye rehen, khujli", 30),
    ("nenu bagunnanu, koncham jalubu", 30),  # Telugu "nenu" (I), Kannada a noose
    ("ui ka neih a, ka hrisel", 30),
    ("chaa thandu padi gayu", 30),
    ("bichhu maar diya humne, koi dard nahi", 30),
]


@pytest.mark.parametrize(("text", "age", "pregnant", "rule"), RED_FLAGS)
def test_a_danger_sign_in_the_regions_own_words_is_an_emergency(triage, text, age, pregnant, rule):
    result = triage(text, age_years=age, pregnant=pregnant)
    if rule == "trauma_or_fall":  # a fall from a cliff: the fall's rule, urgent at least
        assert "fall" in present(result) and result["level"] in ("urgent", "emergency")
        return
    assert _emergency(result) and rule in codes(result), (result["level"], codes(result))


@pytest.mark.parametrize(("text", "age"), HARMLESS)
def test_a_harmless_neighbour_is_not_an_emergency(triage, text, age):
    assert not _emergency(triage(text, age_years=age))


def test_a_dog_bite_in_punjabi_or_gujarati_is_read_as_one(triage):
    assert "dog bite" in present(triage("kutte ne vadd leya lat te", age_years=30))
    assert "dog bite" in present(triage("kutro karadyo hath par", age_years=30))


def test_waters_broken_in_gujarati_and_nepali_are_read(triage):
    for text in ("paani ni thaili fati gayi, navmo mahino", "pani phutyo, pet dukhchha"):
        assert "ruptured_membranes" in codes(triage(text, age_years=24, pregnant=True)), text
