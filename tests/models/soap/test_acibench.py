"""ACI-BENCH scoring: ROUGE exactly as the benchmark computes it, a split read as the benchmark lays it out,
and `clinic soap eval --aci-bench` on a few encounters written here in its format."""
from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from models.soap.acibench import BenchmarkFileError, load_split
from models.soap.benchmark import empty_divisions
from models.soap.cli import soap
from models.soap.layout import note_divisions
from models.soap.rouge import rouge_means, rouge_per_note

# (reference, prediction) and the F-measures the benchmark's own code gives them: the `evaluate` library's
# "rouge" metric (0.4.0, its script run from a local copy) with rouge-score 0.1.2, use_aggregator=False.
PAIRS = [
    ("CHIEF COMPLAINT\n\nLeft shoulder pain.\n\nHISTORY OF PRESENT ILLNESS\n\nThe patient reports 3 weeks of left "
     "shoulder pain. He denies numbness or tingling.",
     "CHIEF COMPLAINT\n\nShoulder pain.\n\nHISTORY OF PRESENT ILLNESS\n\nHe has had pain in his left shoulder for "
     "3 weeks.\nDenies numbness, tingling."),
    ("ASSESSMENT AND PLAN\n\nHypertension, uncontrolled.\n• Medical Treatment: Increase lisinopril to 40 mg daily.",
     "Blood pressure is high today.\nWe will increase the lisinopril to 40 mg a day, okay?"),
    ("Patient's x-ray (2/21/1968) shows no fracture; follow-up in 1-2 weeks.",
     "X-ray: no fracture. Follow up 1 to 2 weeks. Patients running running running."),
    ("The patient is a 50-year-old female.", "[doctor] hi martha how are you\n[patient] i'm doing okay"),
]
REFERENCE_SCORES = {
    "rouge1": [0.7555555556, 0.3448275862, 0.6, 0.1052631579],
    "rouge2": [0.4186046512, 0.2222222222, 0.3571428571, 0.0],
    "rougeL": [0.5777777778, 0.3448275862, 0.6, 0.1052631579],
    "rougeLsum": [0.7111111111, 0.3448275862, 0.6, 0.1052631579],
}

NOTE_1 = """CHIEF COMPLAINT

Left knee pain.

HISTORY OF PRESENT ILLNESS

Mr. Ray is a 45-year-old male who twisted his left knee playing basketball 2 weeks ago. He reports swelling.
He denies fever.

PHYSICAL EXAM

Left knee: tenderness over the medial joint line. Mild effusion.

RESULTS

X-ray of the left knee shows no fracture.

ASSESSMENT AND PLAN

Left knee sprain, possible medial meniscus tear.
We will order an MRI of the left knee. Ibuprofen 600 mg 3 times daily with food.
"""
DIALOGUE_1 = """[doctor] hi mr ray , what brings you in today ?
[patient] i twisted my left knee playing basketball about two weeks ago and it's still swollen
[doctor] any fever ?
[patient] no
[patient_guest] he has been limping all week
[doctor] okay . on exam there is tenderness over the medial joint line of the left knee and a mild effusion .
[doctor] your x-ray of the left knee shows no fracture .
[doctor] i think this is a sprain , possibly a medial meniscus tear . we will order an mri of the left knee .
[doctor] take ibuprofen six hundred mg three times a day with food .
[patient] sounds good , thank you"""
DIALOGUE_2 = """[doctor] hey anna how are you doing today
[patient] not great i have had a cough for about ten days and some wheezing at night
[doctor] okay any shortness of breath
[patient] no not really
[doctor] alright so on exam i hear some wheezing on both sides your oxygen is ninety seven percent
[doctor] i think this is an asthma flare we will start you on an inhaler two puffs twice a day and see you in two weeks
[patient] okay thank you"""
NOTE_2 = """HISTORY OF PRESENT ILLNESS

Anna reports a cough for 10 days with wheezing at night. She denies shortness of breath.

PHYSICAL EXAM

Respiratory: Wheezing bilaterally. Oxygen saturation 97%.

ASSESSMENT AND PLAN

Asthma exacerbation. Start an inhaler, 2 puffs twice daily. Follow up in 2 weeks.
"""


def write_split(path, rows, id_column="encounter_id"):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["dataset", id_column, "dialogue", "note"])
        writer.writerows(rows)
    return path


@pytest.fixture
def tiny_split(tmp_path):
    folder = tmp_path / "challenge_data"
    folder.mkdir()
    write_split(folder / "tiny.csv", [("aci", "T1", DIALOGUE_1, NOTE_1), ("virtassist", "T2", DIALOGUE_2, NOTE_2)])
    (folder / "tiny_metadata.csv").write_text("dataset,encounter_id\naci,T1\nvirtassist,T2\n")
    return folder


def test_rouge_equals_the_benchmark_implementation_on_known_pairs():
    scores = rouge_per_note([r for r, _ in PAIRS], [p for _, p in PAIRS])
    for kind, expected in REFERENCE_SCORES.items():
        assert scores[kind] == pytest.approx(expected, abs=1e-9), kind
    means = rouge_means([r for r, _ in PAIRS], [p for _, p in PAIRS])
    assert means["rouge1"] == pytest.approx(100 * sum(REFERENCE_SCORES["rouge1"]) / 4)


def test_rouge_lsum_splits_sentences_on_newlines_only():
    reference = "He denies fever.\nShe has a cough."
    assert rouge_per_note([reference], ["He denies fever.\nShe has a cough."])["rougeLsum"] == [1.0]
    # sentences in another order: rougeL takes one LCS over the whole text, rougeLsum one per line
    swapped = rouge_per_note([reference], ["She has a cough.\nHe denies fever."])
    assert swapped["rougeL"][0] < swapped["rougeLsum"][0] == 1.0
    with pytest.raises(ValueError):
        rouge_per_note(["a"], [])


def test_a_split_is_read_from_its_file_or_its_folder(tiny_split, tmp_path):
    name, encounters = load_split(tiny_split)  # the folder: one split beside its metadata
    assert name == "tiny" and [e.id for e in encounters] == ["T1", "T2"]
    assert encounters[0].dataset == "aci" and encounters[0].note == NOTE_1
    assert load_split(tiny_split / "tiny.csv")[1] == encounters
    asr = write_split(tmp_path / "valid_aci_asr.csv", [("aci", "ACI1", DIALOGUE_2, NOTE_2)], id_column="id")
    assert load_split(asr)[1][0].id == "ACI1"  # src_experiment_data names the column "id"
    as_json = tmp_path / "tiny.json"
    as_json.write_text(json.dumps({"data": [{"src": DIALOGUE_2, "tgt": NOTE_2, "file": "T2-x"}]}))
    assert load_split(as_json)[1][0].dialogue == DIALOGUE_2


@pytest.mark.parametrize("problem", ["two splits", "no note column", "empty", "bad json", "missing"])
def test_a_path_that_is_not_one_split_is_refused(tmp_path, problem):
    path = tmp_path / "x.csv"
    if problem == "two splits":
        write_split(tmp_path / "a.csv", [("aci", "1", "d", "n")])
        write_split(tmp_path / "b.csv", [("aci", "1", "d", "n")])
        path = tmp_path
    elif problem == "no note column":
        path.write_text("dataset,encounter_id,dialogue\naci,1,hello\n")
    elif problem == "empty":
        write_split(path, [])
    elif problem == "bad json":
        path = tmp_path / "x.json"
        path.write_text("{not json")
    else:
        path = tmp_path / "nothing-here"
    with pytest.raises(BenchmarkFileError):
        load_split(path)


def test_divisions_are_read_from_a_notes_headings():
    parts = note_divisions(NOTE_1)
    assert parts["subjective"].startswith("Left knee pain.") and "denies fever" in parts["subjective"]
    assert "Mild effusion" in parts["objective_exam"] and "no fracture" in parts["objective_results"]
    assert parts["assessment_and_plan"].startswith("Left knee sprain")
    assert empty_divisions(NOTE_1, "HISTORY OF PRESENT ILLNESS\n\nKnee pain.\n\nPLAN\n\nMRI.") == \
        ["objective_exam", "objective_results"]
    assert empty_divisions(NOTE_2, NOTE_2) == []


def test_eval_command_prints_every_figure_for_a_split(tiny_split):
    result = CliRunner().invoke(soap, ["eval", "--aci-bench", str(tiny_split)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "ACI-BENCH tiny: 2 encounters" in out
    for figure in ("full note       ROUGE-1", "ROUGE-2", "ROUGE-Lsum", "transcript copy ROUGE-1", "mean ratio",
                   "empty part where the reference has text", "time a note: median", "worst",
                   "peak memory a note", "peak RSS"):
        assert figure in out, figure


def test_eval_command_json_and_the_notes_for_the_benchmarks_own_script(tiny_split, tmp_path):
    notes_csv = tmp_path / "notes.csv"
    result = CliRunner().invoke(soap, ["eval", "--aci-bench", str(tiny_split / "tiny.csv"), "--json",
                                       "--write-notes", str(notes_csv)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["encounters"] == 2 and set(report["rouge"]) == {"rouge1", "rouge2", "rougeL", "rougeLsum"}
    # drafting beats copying the transcript on these encounters too
    assert report["rouge"]["rouge1"] > report["transcript_copy_rouge"]["rouge1"]
    assert 0.3 < report["length_ratio_mean"] < 3 and report["notes_with_empty_division"] <= 1
    assert report["seconds_per_note"]["worst"] >= report["seconds_per_note"]["median"] > 0
    assert report["peak_python_mb_per_note"]["worst"] >= report["peak_python_mb_per_note"]["median"] >= 0
    assert report["max_rss_mb"] > 0
    with notes_csv.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["encounter_id"] for r in rows] == ["T1", "T2"] and "HISTORY OF PRESENT ILLNESS" in rows[0]["note"]


def test_eval_command_refuses_a_folder_of_several_splits_unless_told_which(tmp_path):
    folder = tmp_path / "data" / "challenge_data"
    folder.mkdir(parents=True)
    write_split(folder / "a.csv", [("aci", "A1", DIALOGUE_2, NOTE_2)])
    write_split(folder / "b.csv", [("aci", "B1", DIALOGUE_1, NOTE_1)])
    result = CliRunner().invoke(soap, ["eval", "--aci-bench", str(folder)])
    assert result.exit_code == 1 and "expected one split file" in result.output
    # the benchmark's checkout and a split's name, as its own scripts name them
    result = CliRunner().invoke(soap, ["eval", "--aci-bench", str(tmp_path), "--split", "b", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["split"] == "b" and json.loads(result.output)["notes"][0]["id"] == "B1"
    result = CliRunner().invoke(soap, ["eval", "--aci-bench", str(tmp_path), "--split", "c"])
    assert result.exit_code == 1 and "no split 'c'" in result.output


def test_training_takes_the_benchmarks_checkout_and_names_a_bad_path(tmp_path, capsys):
    # `python -m models.soap.train --aci-bench CHECKOUT` finds train.csv among the splits (it stopped with
    # "expected one split file" and a traceback); a path that is no split is one line, exit 2
    from models.soap.train import main as train

    folder = tmp_path / "data" / "challenge_data"
    folder.mkdir(parents=True)
    write_split(folder / "train.csv", [("aci", "T1", DIALOGUE_1, NOTE_1), ("virtassist", "T2", DIALOGUE_2, NOTE_2)])
    write_split(folder / "valid.csv", [("aci", "V1", DIALOGUE_2, NOTE_2)])
    train(["--aci-bench", str(tmp_path), "--out", str(tmp_path / "out")])
    assert json.loads((tmp_path / "out" / "selector.json").read_text())["about"]["trained_on"] == "ACI-BENCH train.csv"
    with pytest.raises(SystemExit) as stopped:
        train(["--aci-bench", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert stopped.value.code == 2 and "no such file or directory" in capsys.readouterr().err
