"""The draft reads as a clinician writes: clinical content in note style and the third person, each
item in one section with its evidence span, hedges kept as the assessment, negations never turned into
findings, nothing the transcript does not say; on multi-speaker, messy and unpunctuated conversations."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from models.soap import generate_soap, train
from models.soap.cli import soap
from models.soap.const import SECTIONS
from models.soap.dialogue import read_transcript
from models.soap.layout import note_divisions
from models.soap.linear import packaged_model
from models.soap.services import symptom_names

ACI_STYLE = """[doctor] hi , mrs. lopez . how are you today ?
[patient] i'm okay . you know , i've had this cough for about four days and a fever .
[doctor] any shortness of breath ?
[patient] no , not at all .
[doctor] any chest pain ?
[patient] no .
[patient_guest] she has been coughing all night , doctor , and she is not eating much .
[doctor] mm-hmm . and you do n't have any allergies to medicines ?
[patient] no allergies .
[doctor] okay . on exam , your temperature is one hundred and one . i hear some crackles at the right base .
[doctor] your chest x-ray shows a right lower lobe infiltrate .
[doctor] i am concerned about community acquired pneumonia , likely bacterial .
[doctor] we will start amoxicillin five hundred mg three times a day for seven days , and i will see you in three days .
[patient] sounds good . thank you so much , it was great to see you .
[doctor] take care ."""

# Vosk / ASR style: no punctuation, one long clinician turn holding exam, impression and plan.
UNPUNCTUATED = """[doctor] so what brings you in today
[patient] i've had pain in my right knee for three weeks it's worse when i climb stairs and i don't have any swelling
[doctor] okay let me take a look on exam there is tenderness over the medial joint line and no effusion your x-ray shows mild arthritis i think this is osteoarthritis of the right knee we will start physical therapy twice a week and you can take ibuprofen four hundred mg as needed and i'll see you back in six weeks
[patient] okay thank you"""

HINGLISH = """[doctor] namaste , kya problem hai ?
[patient] doctor mujhe teen din se bukhar hai aur sir dard bhi hai . खांसी भी है .
[doctor] ulti ya dast ?
[patient] nahi .
[doctor] temperature hai one hundred and two . chest clear hai .
[doctor] lagta hai viral fever hai . paracetamol five hundred mg din mein teen baar lijiye , teen din ke liye .
[patient] theek hai doctor , dhanyavaad ."""

# words a note may use that the transcript need not: headings, the third person, history verbs
NOTE_WORDS = set("""chief complaint history of present illness review systems physical exam results assessment and
plan the patient patient's he she his her him himself herself reports denies has is was does do not""".split())


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+|\d+", text.lower()))


def test_a_multi_speaker_consultation_becomes_a_note_in_a_clinicians_layout():
    note = generate_soap(ACI_STYLE)
    parts = note_divisions(note["note"])
    assert note["note"].startswith("HISTORY OF PRESENT ILLNESS") or note["note"].startswith("CHIEF COMPLAINT")
    assert all(parts[d] for d in parts), parts  # history, exam, results, assessment and plan
    # the SOAP API's sections are still there, every line in exactly one of them
    lines = [line for s in SECTIONS for line in note[s]]
    assert len(lines) == len(set(lines)) and all(note[s] for s in SECTIONS)
    # third person, note style: the patient's "i've had this cough" and the guest's account
    history = " ".join(note["subjective"])
    assert "She has had this cough for about 4 days and a fever." in note["subjective"]
    assert "coughing all night" in history and not re.search(r"\b(?:i|i'm|i've|my)\b", history, re.I)
    # small talk and back-channel are left out
    text = note["note"].lower()
    for chatter in ("mm-hmm", "great to see you", "sounds good", "take care", "how are you"):
        assert chatter not in text, chatter


def test_hedged_statements_are_the_assessment_with_their_hedge_and_plans_are_plan():
    note = generate_soap(ACI_STYLE)
    assert any("concerned about community acquired pneumonia, likely bacterial" in a for a in note["assessment"])
    assert not any("pneumonia" in line for s in ("subjective", "objective", "plan") for line in note[s])
    assert any("amoxicillin" in p for p in note["plan"]) and not any("amoxicillin" in o for o in note["objective"])
    assert any("x-ray shows a right lower lobe infiltrate" in o for o in note["objective"])
    assert [m["drug"] for m in note["medications"]] == ["amoxicillin"]


def test_a_negated_symptom_is_never_charted_as_present():
    note = generate_soap(ACI_STYLE)
    history = note["subjective"]
    assert "Denies shortness of breath." in history and "Denies chest pain." in history
    for line in (line for s in SECTIONS for line in note[s]):
        if re.search(r"shortness of breath|chest pain", line, re.I):
            assert re.search(r"\b(?:denies|no|not)\b", line, re.I), line
    found = {s["name"]: s["negated"] for s in note["symptoms"]}
    assert found.get("shortness of breath") is True and found.get("cough") is False
    # a denial in the patient's own words stays a denial
    own = generate_soap("[patient] i don't have any fever and no vomiting .\n[doctor] okay .")
    assert own["subjective"] and all(re.search(r"\bnot\b|\bno\b", line) for line in own["subjective"])


def test_nothing_appears_that_the_transcript_does_not_say():
    for transcript in (ACI_STYLE, UNPUNCTUATED, (Path(__file__).parent / "long_consultation.txt").read_text()):
        note = generate_soap(transcript)
        sentences = read_transcript(transcript)
        # the history may name a symptom by the lexicon's name ("loose motions?" "no" -> "Denies diarrhea")
        named = {w for s in sentences for name in symptom_names(s.text) for w in words(name)}
        said = words(" ".join(s.text for s in sentences)) | NOTE_WORDS | named
        extra = words(note["note"]) - said
        assert not extra, extra


def test_every_line_has_its_evidence_span_in_the_transcript():
    note = generate_soap(ACI_STYLE)
    placed = [e for e in note["explanations"] if e["section"]]
    assert placed and all(e["span"] for e in placed)
    for e in placed:
        start, end = e["span"]
        evidence = ACI_STYLE[start:end].lower()
        # the words said (numbers aside: "one hundred and one" is said, 101 is charted)
        assert words(re.sub(r"\d+", "", e["said"])) - {"don", "t", "do", "n"} <= words(evidence) | {"not"}, e


def test_unpunctuated_speech_is_cut_into_sentences_that_land_in_their_sections():
    note = generate_soap(UNPUNCTUATED)
    assert len(read_transcript(UNPUNCTUATED)) >= 6
    assert any("tenderness over the medial joint line" in o for o in note["objective"])
    assert any("osteoarthritis" in a for a in note["assessment"])
    assert any("physical therapy" in p for p in note["plan"])
    assert not any("physical therapy" in line for s in ("subjective", "objective") for line in note[s])
    assert any("does not have any swelling" in s for s in note["subjective"])


def test_a_hindi_english_consultation_drafts_without_error():
    note = generate_soap(HINGLISH)
    assert note["note"].strip() and note["subjective"] and note["plan"]
    assert any("paracetamol" in p.lower() for p in note["plan"]) and note["medications"][0]["drug"] == "paracetamol"
    assert any("viral fever" in a for a in note["assessment"])
    assert "खांसी" in " ".join(note["subjective"])  # Devanagari is kept as said


def test_the_draft_command_prints_the_clinicians_layout(tmp_path):
    transcript = tmp_path / "visit.txt"
    transcript.write_text(ACI_STYLE)
    result = CliRunner().invoke(soap, ["--note", str(transcript)])
    assert result.exit_code == 0, result.output
    assert "HISTORY OF PRESENT ILLNESS" in result.output and "ASSESSMENT AND PLAN" in result.output
    assert "S:" not in result.output


def test_the_models_are_trained_on_the_train_split_only(tmp_path):
    valid = tmp_path / "valid.csv"
    valid.write_text('dataset,encounter_id,dialogue,note\naci,1,"[doctor] hi","note"\n')
    with pytest.raises(SystemExit):
        train.main(["--aci-bench", str(valid), "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()
    about = packaged_model("selector").about
    assert about["trained_on"] == "ACI-BENCH train.csv" and len(about["sha256"]) == 64
