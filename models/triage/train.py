"""Train the learned triage model (models/triage/learned.py) from the repository's vignette files, measure it
held out by source, pick its thresholds on held-out predictions, and write the shipped weights.

    clinic triage train [--no-write]        (or: python -m models.triage.train)

Sources: each JSON-lines file under tests/models/triage/ (written by earlier rounds' authors) and
tests/models/triage/train3/ (written by a separate writer for this model). Generalisation is measured by
source: trained on train3, scored on the older files, and the reverse (or leave one file out while train3 is
absent). The thresholds are chosen on those held-out predictions only; the final weights train on everything.
Needs scikit-learn (a dev dependency); the box does not.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import numpy as np

from .conditions import Case
from .const import EMERGENCY, LEVEL_RANK, LEVELS, ROUTINE, SELF_CARE
from .evaluate import PATIENT_FIELDS, load_vignettes
from .extract import extract_findings
from .learned import (ABOUT_FILE, NO_PREGNANCY, SYMPTOM_THRESHOLD, SYMPTOMS, LearnedTriage, Prediction,
                      as_shipped, decide_level, model_inputs, text_features, vital_signs_moved_level)
from .patient import PREGNANT_RE
from .rules import fire_rules

REPO_ROOT: Final = Path(__file__).resolve().parents[2]
OLD_DIR: Final = REPO_ROOT / "tests" / "models" / "triage"
NEW_DIR: Final = OLD_DIR / "train3"
# Six more writers (issue 16, round 7), each from a point of view of its own (emergency physician, outpatient GP,
# paediatrician and midwife, a PHC in Bihar, an internist, a triage nurse), and four more in round 8 (an ASHA worker's
# Hinglish voice notes, a South Indian PHC nurse, a geriatrician with a psychiatrist, an outpatient desk routing to
# departments), and four in round 9 (a mobile medical unit in tribal Jharkhand, a 104 helpline in Bihar/Rajasthan, an
# urban PHC in a Mumbai/Delhi settlement, an ANM with mothers and newborns), and two in round 10 (a nurse practitioner
# in rural Rajasthan and Gujarat, a small-town GP in Punjab and Haryana), and three in round 11 (a tribal-belt PHC in
# southern Odisha and Bastar, a taluka hospital in Marathwada and Vidarbha, a taluk casualty on the north
# Karnataka-Telangana border), and three in round 12 (a block PHC in rural West Bengal, a taluk hospital's emergency in
# rural Tamil Nadu, a taluk casualty in rural Kerala), and round 13's (train10: a CHC in rural Saurashtra and Kutch,
# a block PHC in the Brahmaputra valley, a PHC in Bastar and Dantewada), and round 14's (train11: an area hospital's
# casualty in coastal Andhra Pradesh, a sub-district hospital in rural Jammu and Kashmir, a CHC in the hills of
# Manipur, Nagaland, Mizoram and Meghalaya), and round 15's (train12: an ASHA facilitator's WhatsApp cases in western
# Uttar Pradesh, a family and child clinic's desk in Pune district, a mobile medical unit in Delhi's resettlement
# colonies), and round 16's (train13: a school health nurse around Jaipur and Ajmer, an NCD and elderly clinic's
# nurse in central Kerala, an ANM at a Bundelkhand sub-centre for brick kilns and quarries), round 17's (train14: an
# ASHA facilitator in the Garhwal hills, a PHC staff nurse in north Karnataka, migrant workers' text-speak) and round
# 18's (train15: a dispensary in Malwa Punjab, a PHC ANM in Telangana and coastal Andhra, a Mumbai slum's health
# volunteer), round 20's (train17) and round 21's (train18: a Bhojpuri ASHA facilitator, a Nagpuri/Khortha ANM in
# Jharkhand, a Maithili labour-room nurse, a Magahi PHC OPD), round 22's (train19) and round 23's (train20: a Bengaluru
# emergency department's triage nurse, an ANM in rural Jaipur and Ajmer, a Chennai family-medicine resident's online
# consultations, a PHC in Muzaffarpur and Vaishali), for the model only: never a test set.
MORE_DIRS: Final = (OLD_DIR / "train4", OLD_DIR / "train5", OLD_DIR / "train6", OLD_DIR / "train7",
                    OLD_DIR / "train8", OLD_DIR / "train9", OLD_DIR / "train10", OLD_DIR / "train11",
                    OLD_DIR / "train12", OLD_DIR / "train13", OLD_DIR / "train14",
                    OLD_DIR / "train15", OLD_DIR / "train16", OLD_DIR / "train17", OLD_DIR / "train18",
                    OLD_DIR / "train19", OLD_DIR / "train20")
C_LEVEL: Final = 4.0
C_SPECIALTY: Final = 30.0
C_SYMPTOM: Final = 10.0
MIN_SYMPTOM_EXAMPLES: Final = 5  # a symptom named in fewer training complaints gets no model of its own
# Symptom weights smaller than this are stored as 0 (noise does not compress): 0.04 took the shipped float16 file
# 3.4 -> 1.6 MB; with round 8's writers (25,090 features) it was 2.09 MB at 0.04 and 1.89 MB at 0.06, and not one
# output of the 4,416 vignettes in the repository changed between the two. With round 9's (29,605 features) 0.06 gave
# 2.28 MB and 0.10 2.03 MB, and no level or department of the 5,237 vignettes changed between the two (7 lists of
# inferred symptoms did); with round 10's, 0.12. Since round 12 every head ships as int8 (learned.quantize): 2.6 -> 1.0 MB.
SYMPTOM_WEIGHT_FLOOR: Final = 0.12
MIN_DF: Final = 2
# Held-out choice of thresholds: level accuracy minus UNDER_PENALTY times the under-triage rate, with
# MISSED_EMERGENCY_PENALTY more for each emergency sent lower (a missed emergency costs most).
UNDER_PENALTY: Final = 1.0
MISSED_EMERGENCY_PENALTY: Final = 1.0
GRID: Final = {
    "emergency": (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01),
    "emergency_from_routine": (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01),
    "urgent": (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01),
    "self_care": (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 1.01),
    "specialty": (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01),
}


@dataclass
class Example:
    """A vignette as the model and the rules see it."""

    source: str
    text: str
    patient: list[str]
    level: str
    specialty: str
    rule_level: str
    review_only: bool
    rule_specialties: list[str] = field(default_factory=list)
    speaks: bool = True  # long enough for the model to speak on (it neither trains nor decides on the others)
    trains: bool = True  # its level is its words' (not set by its vital signs)
    pregnancy: bool = False  # a pregnancy, delivery or missed period told or given: not for the no-pregnancy head
    ruled_out: bool = False  # the patient cannot be pregnant: decided by the no-pregnancy head
    reassured: bool = False  # the patient is said to be well, or the visit is a check-up: the model does not raise
    symptoms: tuple[str, ...] = ()  # the symptoms the writer says the complaint names (present ones)
    settled_urgent: bool = False  # an urgent rule named the picture (acute glaucoma): the model does not raise it


# Every vignette file in the repository is trained on. The blind sets are kept outside it (the model would score its
# own training set on them). Rounds 5 and 6 were once held out too; trained on, they lifted round 7's dev set, by a
# writer neither had seen, on every figure (level 0.59 -> 0.63, emergency sensitivity 0.898 -> 0.918, under-triage
# 4.5 -> 3.5 %, specialty 0.645 -> 0.665): each new writer's wording is worth more as training than as a floor.
def training_files() -> list[Path]:
    """The vignette files the model is trained on: every one in the repository."""
    more = [path for folder in MORE_DIRS for path in sorted(folder.glob("*.jsonl"))]
    return [*sorted(OLD_DIR.glob("*.jsonl")), *sorted(NEW_DIR.glob("*.jsonl")), *more]


def sources() -> dict[str, list[dict[str, Any]]]:
    """Vignettes by source file (stem; train3 parts prefixed ``train3/``)."""
    return {path.stem if path.parent == OLD_DIR else f"{path.parent.name}/{path.stem}": load_vignettes(path)
            for path in training_files()}


def examples(source: str, vignettes: Iterable[dict[str, Any]]) -> list[Example]:
    # the rules' own decision, the model switched off
    from .services import decide, model_speaks, reassured_or_settled, review_only, settled_urgent

    out = []
    for vignette in vignettes:
        findings = extract_findings(vignette["text"],
                                    **{k: vignette[k] for k in PATIENT_FIELDS if vignette.get(k) is not None})
        result = decide(findings, learned=False)
        case = Case.from_findings(findings)
        rules_review_only = result["level"] == ROUTINE and review_only(case, fire_rules(case)) and all(
            f["code"] == "clinical_review" for f in result["findings"])
        text, patient = model_inputs(findings)
        facts = findings.patient
        pregnancy = facts.pregnancy_related or facts.missed_period or bool(PREGNANT_RE.search(text))
        out.append(Example(source, text, patient, vignette["level"], vignette["specialty"], result["level"],
                           rules_review_only, result["specialties"], model_speaks(findings, fire_rules(case)),
                           not vital_signs_moved_level(findings), pregnancy, facts.pregnancy_ruled_out,
                           reassured_or_settled(case, fire_rules(case)), tuple(vignette.get("symptoms", ())),
                           settled_urgent(fire_rules(case))))
    return out


def fit(train: list[Example], *, about: dict[str, Any] | None = None) -> LearnedTriage:
    """TF-IDF vocabulary (features in at least MIN_DF examples) and one logistic regression per target."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    train = [e for e in train if e.speaks and e.trains]
    df: dict[str, int] = {}
    for example in train:
        chars, words = text_features(example.text)
        for name in {*chars, *words, *example.patient}:
            df[name] = df.get(name, 0) + 1
    features = sorted(name for name, count in df.items() if count >= MIN_DF)
    n = len(train)
    idf = np.array([np.log((1 + n) / (1 + df[f])) + 1 for f in features], dtype=np.float32)
    model = LearnedTriage(features, idf, {}, about or {})
    rows, cols, values = [], [], []
    for row, example in enumerate(train):
        c, v = model.vector(example.text, example.patient)
        rows.extend([row] * len(c))
        cols.extend(c.tolist())
        values.extend(v.tolist())
    matrix = csr_matrix((values, (rows, cols)), shape=(n, len(features)), dtype=np.float32)
    no_pregnancy = [row for row, e in enumerate(train) if not e.pregnancy]
    for target, rows_, labels, c in (("level", None, [e.level for e in train], C_LEVEL),
                                     ("specialty", None, [e.specialty for e in train], C_SPECIALTY),
                                     (NO_PREGNANCY, no_pregnancy, [train[r].level for r in no_pregnancy], C_LEVEL)):
        classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        classifier.fit(matrix if rows_ is None else matrix[rows_], labels)
        classes = [str(k) for k in classifier.classes_]
        weights, bias = classifier.coef_.T, classifier.intercept_
        if len(classes) == 2:  # a binary model scores one class: make it a two-column softmax
            weights = np.hstack([-weights / 2, weights / 2])
            bias = np.array([-bias[0] / 2, bias[0] / 2])
        model.heads[target] = (classes, as_shipped(weights.astype(np.float32)), bias.astype(np.float32))
    if set(model.heads["level"][0]) != set(LEVELS):
        raise ValueError("the training vignettes must hold every level")
    model.heads[SYMPTOMS] = _symptom_head(matrix, [set(e.symptoms) for e in train])
    return model


def _symptom_head(matrix, named: list[set[str]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """One logistic regression a symptom (named in MIN_SYMPTOM_EXAMPLES complaints or more): p(the complaint
    names it), each read on its own through a sigmoid."""
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for names in named:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    classes = sorted(name for name, n in counts.items() if n >= MIN_SYMPTOM_EXAMPLES and n < len(named))
    weights = np.zeros((matrix.shape[1], len(classes)), dtype=np.float32)
    bias = np.zeros(len(classes), dtype=np.float32)
    for column, name in enumerate(classes):
        classifier = LogisticRegression(C=C_SYMPTOM, max_iter=3000)
        classifier.fit(matrix, [name in names for names in named])
        weights[:, column], bias[column] = classifier.coef_[0], classifier.intercept_[0]
    weights[np.abs(weights) < SYMPTOM_WEIGHT_FLOOR] = 0.0
    return classes, as_shipped(weights), bias


def score(examples_: list[Example], predictions: list[Prediction] | None,
          thresholds: dict[str, float]) -> dict[str, float | int | None]:
    """Level and specialty metrics of the rules alone (``predictions`` None) or combined with the model."""
    n = correct = under = over = top1 = 0
    emergencies = caught = self_care = self_care_given = 0
    for index, example in enumerate(examples_):
        level, ranked = example.rule_level, example.rule_specialties
        if predictions is not None:
            level, ranked = _decided(example, predictions[index], thresholds)
        n += 1
        correct += level == example.level
        under += LEVEL_RANK[level] < LEVEL_RANK[example.level]
        over += LEVEL_RANK[level] > LEVEL_RANK[example.level]
        emergencies += example.level == EMERGENCY
        caught += example.level == EMERGENCY and level == EMERGENCY
        self_care += example.level == SELF_CARE
        self_care_given += example.level == SELF_CARE and level == SELF_CARE
        top1 += bool(ranked) and ranked[0] == example.specialty
    ratio = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
    return {"vignettes": n, "level_accuracy": ratio(correct, n), "emergency_sensitivity": ratio(caught, emergencies),
            "emergencies": emergencies, "under_triage_rate": ratio(under, n), "over_triage_rate": ratio(over, n),
            "self_care_recall": ratio(self_care_given, self_care), "specialty_top1_accuracy": ratio(top1, n)}


def choose_thresholds(examples_: list[Example], predictions: list[Prediction]) -> dict[str, float]:
    """The thresholds that do best on held-out predictions (one at a time, coordinate ascent, twice over)."""
    def objective(t: dict[str, float]) -> float:
        m = score(examples_, predictions, t)
        missed = 1 - (m["emergency_sensitivity"] or 0.0)
        return (m["level_accuracy"] - UNDER_PENALTY * m["under_triage_rate"] - MISSED_EMERGENCY_PENALTY * missed
                + 0.25 * m["specialty_top1_accuracy"])

    chosen = {name: values[-1] for name, values in GRID.items()}  # start from "the model adds nothing"
    for _ in range(2):
        for name, values in GRID.items():
            chosen[name] = max(values, key=lambda value: (objective({**chosen, name: value}), value))
    return chosen


def held_out(by_source: dict[str, list[Example]]) -> list[tuple[str, list[Example], list[Prediction]]]:
    """Predictions on data the model did not train on: train3 -> older files and the reverse when train3
    exists, else each older file from the others."""
    new = [s for s in by_source if s.startswith("train3/")]
    old = [s for s in by_source if s not in new]
    if new:
        splits = [("older files, trained on train3", new, old), ("train3, trained on the older files", old, new)]
    else:
        splits = [(f"{s}, trained on the other files", [o for o in old if o != s], [s]) for s in old]
    out = []
    for name, train_sources, test_sources in splits:
        model = fit([e for s in train_sources for e in by_source[s]])
        test = [e for s in test_sources for e in by_source[s]]
        out.append((name, test, [model.predict(e.text, e.patient) for e in test]))
    return out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def train(write: bool = True, echo=print, keep_thresholds: bool = False) -> dict[str, Any]:
    """Measure held out by source, choose thresholds, train on everything and (``write``) save the weights.
    ``keep_thresholds``: keep the shipped weights' thresholds (measured with them, not chosen again), for a
    retraining that adds to the model without re-deciding how much it may raise.

    The rules were written on the older files (0.97 level accuracy there), so only on train3 do the rules' own
    answers look like unseen cases: the thresholds are chosen on train3's held-out predictions, and their effect
    is reported part by part, each part scored with thresholds chosen on the other parts."""
    import sklearn

    by_source = {name: examples(name, rows) for name, rows in sources().items()}
    splits = held_out(by_source)
    new_parts = sorted(s for s in by_source if s.startswith("train3/"))
    tuning = [(test, preds) for name, test, preds in splits if not new_parts or name.startswith("train3")]
    tune_test = [e for test, _ in tuning for e in test]
    tune_pred = [p for _, preds in tuning for p in preds]
    shipped = json.loads(ABOUT_FILE.read_text(encoding="utf-8"))["thresholds"] if keep_thresholds else None
    thresholds = dict(shipped) if shipped else choose_thresholds(tune_test, tune_pred)
    thresholds.setdefault("symptom", SYMPTOM_THRESHOLD)
    figures: dict[str, Any] = {}
    for name, test, preds in splits:
        figures[name] = {"rules": score(test, None, thresholds), "rules+model": score(test, preds, thresholds)}
    if len(new_parts) > 1:  # thresholds chosen without the part they are scored on
        crossed_test, crossed = [], []
        for part in new_parts:
            inside = [i for i, e in enumerate(tune_test) if e.source == part]
            outside = [i for i, e in enumerate(tune_test) if e.source != part]
            t = dict(shipped) if shipped else choose_thresholds([tune_test[i] for i in outside],
                                                                [tune_pred[i] for i in outside])
            part_test, part_pred = [tune_test[i] for i in inside], [tune_pred[i] for i in inside]
            for index, example in enumerate(part_test):  # one decision each, under its own part's thresholds
                crossed_test.append(example)
                crossed.append(_decided(example, part_pred[index], t))
        figures["train3 by part, thresholds from the other parts"] = {
            "rules": score(crossed_test, None, thresholds),
            "rules+model": score([_as_decided(e, d) for e, d in zip(crossed_test, crossed)], None, thresholds)}
    everything = [e for rows in by_source.values() for e in rows]
    files = sorted(training_files())
    about = {"what": "triage level and specialty: logistic regression over character 2-5-gram and word 1-2-gram "
                     "TF-IDF of the normalised complaint without denied symptoms, plus the symptoms and signs "
                     "extracted, age band, sex, pregnancy; a second level head trained without the complaints of "
                     "pregnancy, delivery or a missed period decides for patients whose pregnancy is ruled out; one yes/no "
                     "model a symptom adds the symptoms the wording names that the lexicon did not find",
             "trained_on": {str(p.relative_to(REPO_ROOT)): digest(p) for p in files},
             "examples": len(everything), "C_level": C_LEVEL, "C_specialty": C_SPECIALTY, "min_df": MIN_DF,
             "sklearn": sklearn.__version__, "thresholds": thresholds,
             "script": "clinic triage train" + (" --keep-thresholds" if shipped else ""),
             "held_out": figures}
    model = fit(everything, about=about)
    about["features"] = len(model.columns)
    if write:
        model.save()
    echo(json.dumps({"thresholds": thresholds, "held_out": figures, "features": len(model.columns),
                     "examples": len(everything)}, indent=1))
    return about


def _decided(example: Example, prediction: Prediction, thresholds: dict[str, float]) -> tuple[str, list[str]]:
    """The combined level and specialty ranking of one example under the given thresholds."""
    if not example.speaks:
        return example.rule_level, example.rule_specialties
    decision = decide_level(example.rule_level, example.review_only, prediction, thresholds, example.ruled_out,
                            reassured=example.reassured, settled_urgent=example.settled_urgent)
    level = decision.raise_to or (SELF_CARE if decision.self_care else example.rule_level)
    ranked = example.rule_specialties
    ranked = ranked if level != EMERGENCY else [EMERGENCY, *(s for s in ranked if s != EMERGENCY)]
    top = prediction.top_specialty()
    if level != EMERGENCY and top and top[1] >= thresholds["specialty"] and top[0] != EMERGENCY:
        ranked = [top[0], *ranked]
    return level, ranked


def _as_decided(example: Example, decided: tuple[str, list[str]]) -> Example:
    level, ranked = decided
    return Example(example.source, example.text, example.patient, example.level, example.specialty, level,
                   example.review_only, ranked, False, pregnancy=example.pregnancy, ruled_out=example.ruled_out)


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="measure only; keep the shipped weights")
    parser.add_argument("--keep-thresholds", action="store_true", help="keep the shipped thresholds")
    args = parser.parse_args(argv)
    train(write=not args.no_write, keep_thresholds=args.keep_thresholds)


if __name__ == "__main__":
    main()
