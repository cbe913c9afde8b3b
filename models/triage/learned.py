"""The learned component of triage: logistic regression over TF-IDF of character 2-5-grams and word 1-2-grams
of the complaint (what the normaliser made of it, denied symptoms cut out), plus coarse patient facts.

It predicts the level and the specialty with probabilities. It is trained offline with scikit-learn by
``models/triage/train.py`` (``clinic triage train``) from the vignette files in the repository, and ships as
``data/learned_triage.npz`` (vocabulary, idf, weights) with ``data/learned_triage.json`` (what it was trained
on, the thresholds, the held-out figures): the box needs neither scikit-learn nor pickles at run time.

How services.py combines it with the rules (never lowering what a rule decided):
- p(emergency) >= ``emergency`` raises an urgent level to emergency (``emergency_from_routine``, higher, a routine
  or self-care one), p(emergency) + p(urgent) >= ``urgent`` raises it to urgent; an emergency's reason names the
  red flag the complaint reads like;
- p(self_care) >= ``self_care_threshold`` grants self-care only when no rule but "needs review" fired (so no
  red flag, no danger word, no abnormal vital, no risk group).
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final

import numpy as np

from .const import DATA_DIR, EMERGENCY, LEVELS, SELF_CARE, STOPWORDS, URGENT

WEIGHTS_FILE: Final = DATA_DIR / "learned_triage.npz"
ABOUT_FILE: Final = DATA_DIR / "learned_triage.json"
CHAR_NGRAMS: Final = (2, 5)
MIN_WORDS: Final = 3
# Hindi's light verbs, which tell no content of their own ("saans lene me takleef": the breath, the trouble): not
# counted towards MIN_WORDS, so a bare symptom told with one is judged by the rules as its English is (round 21)
LIGHT_VERBS: Final = frozenset({"lene", "lena", "karne", "karna", "hone", "hona", "dene", "dena"})
MAX_CHARS: Final = 1000  # bounds the time of long input; a complaint's first sentences carry what counts
SYMPTOM_FEATURES = True  # the symptoms and signs extraction found, as features beside the text
_WORD = re.compile(r"[^\W_]+")


def text_features(text: str) -> tuple[Counter[str], Counter[str]]:
    """Character n-grams of each word (padded with spaces, as scikit-learn's ``char_wb``) and word 1-2-grams."""
    words = _WORD.findall(text[:MAX_CHARS].lower())
    chars: Counter[str] = Counter()
    low, high = CHAR_NGRAMS
    for word in words:
        padded = f" {word} "
        for n in range(low, high + 1):
            chars.update("c:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    grams: Counter[str] = Counter("w:" + w for w in words)
    grams.update(f"b:{a} {b}" for a, b in zip(words, words[1:]))
    return chars, grams


def patient_features(age: float | None, sex: str | None, pregnant: bool, infant: bool, elderly: bool,
                     child: bool = False) -> list[str]:
    """Coarse facts that change a complaint's urgency: age band, sex, pregnancy.

    Every complaint gets an age band: an unknown age is the band the text names (a baby, a child, an old man), else
    an adult's. The model was trained on patients 97% of whom had an age, and as the facts block is l2-normalised
    the band acts as its intercept (an adult's lowers the emergency logit by 2.2): with no band at all it read from
    the bias of the few complaints without an age (38% emergencies), so a complaint told without the patient was
    scored on another footing than the same complaint with the patient's record ("fish bone in throat" p(emergency)
    0.65 without, 0.05 as an adult's), and its raises came and went with the record."""
    if age is None:
        band = "infant" if infant else "elderly" if elderly else "child" if child else "adult"
    else:
        band = ("young_infant" if age < 2 / 12 else "infant" if age < 1 else "under5" if age < 5 else
                "child" if age < 13 else "adult" if age < 65 else "elderly")
    found = [f"p:age_{band}"] if band else []
    if sex:
        found.append(f"p:sex_{sex}")
    if pregnant:
        found.append("p:pregnant")
    return found


NO_PREGNANCY: Final = "level_no_pregnancy"  # the level head trained without pregnant patients' complaints
SYMPTOMS: Final = "symptoms"  # one yes/no model per symptom (sigmoid, not softmax): the symptoms a complaint names
TARGETS: Final = ("level", "specialty", NO_PREGNANCY, SYMPTOMS)
LEVEL_HEADS: Final = ("level", NO_PREGNANCY)
SYMPTOM_THRESHOLD: Final = 0.25  # chosen held out on two sets of writers not trained on (README): recall up, precision kept
# The learned specialty leads a complaint nothing the rules read routes (general medicine only as their default) from
# this probability: held out by writer group (each of 11 groups triaged by a model trained without it), the guess led
# 75 more such complaints right than wrong from 0.3 (64 from 0.4, 55 from 0.5, 40 from 0.7).
SPECIALTY_UNROUTED_THRESHOLD: Final = 0.3
# ... and overrules a department the complaint's own words named (a condition, an organ, a refill) only from this one:
# held out the same way, its guesses of 0.5 to 0.7 there were right 7 times and wrong 13.
SPECIALTY_NAMED_THRESHOLD: Final = 0.7


@dataclass(frozen=True)
class Prediction:
    """Probabilities of each level and of each specialty; ``levels_no_pregnancy``: of each level as learned from
    complaints of patients who were not pregnant (empty when the weights have no such head)."""

    levels: dict[str, float]
    specialties: dict[str, float]
    levels_no_pregnancy: dict[str, float] = field(default_factory=dict)
    symptoms: dict[str, float] = field(default_factory=dict)  # p(the complaint names it), each on its own

    def without_pregnancy(self) -> Prediction:
        """The levels as learned without pregnant patients' complaints: what "headache and blurred vision" or
        "lower belly pain" mean when the patient cannot be pregnant, not what they meant in the pregnant majority."""
        if not self.levels_no_pregnancy:
            return self
        return Prediction(self.levels_no_pregnancy, self.specialties, self.levels_no_pregnancy, self.symptoms)

    @property
    def emergency(self) -> float:
        return self.levels.get(EMERGENCY, 0.0)

    @property
    def urgent_or_worse(self) -> float:
        return self.levels.get(EMERGENCY, 0.0) + self.levels.get(URGENT, 0.0)

    @property
    def self_care(self) -> float:
        return self.levels.get(SELF_CARE, 0.0)

    def likely_symptoms(self, threshold: float) -> list[str]:
        """The symptoms the wording names with probability ``threshold`` or more, likeliest first."""
        return sorted((n for n, p in self.symptoms.items() if p >= threshold), key=lambda n: -self.symptoms[n])

    def top_specialty(self) -> tuple[str, float] | None:
        if not self.specialties:
            return None
        name = max(self.specialties, key=self.specialties.__getitem__)
        return name, self.specialties[name]


def quantize(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weights as int8, one scale a column (its largest weight is +-127): the shipped form. float16 took the file to
    2.6 MB (the specialty head is dense); int8 to 1.0 MB, each weight within half a step of its column's scale."""
    scale = (np.abs(weights).max(axis=0) / 127).astype(np.float32)
    scale[scale == 0] = 1.0
    return np.round(weights / scale).astype(np.int8), scale


def as_shipped(weights: np.ndarray) -> np.ndarray:
    """Float weights as the shipped int8 form gives them back: training scores the model the box will run."""
    quantized, scale = quantize(weights)
    return quantized.astype(np.float32) * scale


class LearnedTriage:
    """The shipped weights: a vocabulary with idf, and one linear softmax model per target."""

    def __init__(self, features: list[str], idf: np.ndarray, heads: dict[str, tuple[list[str], np.ndarray,
                                                                                      np.ndarray]],
                 about: dict[str, Any], scales: dict[str, np.ndarray] | None = None) -> None:
        self.columns = {name: n for n, name in enumerate(features)}
        self.idf = idf.astype(np.float32)
        self.heads = heads  # target -> (classes, weights [features x classes], bias [classes])
        self.scales = scales or {}  # target -> a scale a class, when its weights are int8
        self.about = about

    @property
    def thresholds(self) -> dict[str, float]:
        return self.about["thresholds"]

    def vector(self, text: str, patient: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and values: each block (characters, words) TF-IDF with sublinear tf, l2-normalised."""
        cols: list[int] = []
        values: list[float] = []
        for block in text_features(text):
            known = [(self.columns[g], 1 + math.log(n)) for g, n in block.items() if g in self.columns]
            if not known:
                continue
            idx = np.array([c for c, _ in known], dtype=np.int64)
            weights = np.array([w for _, w in known], dtype=np.float32) * self.idf[idx]
            weights /= float(np.sqrt(weights @ weights)) or 1.0
            cols.extend(idx.tolist())
            values.extend(weights.tolist())
        known_facts = [self.columns[name] for name in patient if name in self.columns]
        cols.extend(known_facts)  # a third block, l2-normalised like the others: facts do not outweigh the words
        values.extend([1 / math.sqrt(len(known_facts))] * len(known_facts) if known_facts else [])
        return np.array(cols, dtype=np.int64), np.array(values, dtype=np.float32)

    def predict(self, text: str, patient: list[str]) -> Prediction:
        cols, values = self.vector(text, patient)
        out = {}
        for target, (classes, weights, bias) in self.heads.items():
            scale = self.scales.get(target, 1.0)
            scores = bias + (values @ weights[cols].astype(np.float32) * scale if len(cols) else 0.0)
            if target == SYMPTOMS:
                scores = 1 / (1 + np.exp(-scores))
            else:
                scores = np.exp(scores - scores.max())
                scores /= scores.sum()
            out[target] = {c: float(p) for c, p in zip(classes, scores)}
        return Prediction(out.get("level", {}), out.get("specialty", {}), out.get(NO_PREGNANCY, {}),
                          out.get(SYMPTOMS, {}))

    def save(self, weights_file: Path = WEIGHTS_FILE, about_file: Path = ABOUT_FILE) -> None:
        arrays: dict[str, np.ndarray] = {"features": np.array(sorted(self.columns, key=self.columns.__getitem__)),
                                         "idf": self.idf.astype(np.float32)}
        for target, (classes, weights, bias) in self.heads.items():
            arrays[f"{target}_classes"] = np.array(classes)
            arrays[f"{target}_weights"], arrays[f"{target}_scale"] = quantize(
                weights.astype(np.float32) * self.scales.get(target, 1.0))
            arrays[f"{target}_bias"] = bias.astype(np.float32)
        np.savez_compressed(weights_file, **arrays)
        about_file.write_text(json.dumps(self.about, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load_model(weights_file: Path = WEIGHTS_FILE, about_file: Path = ABOUT_FILE) -> LearnedTriage:
    with np.load(weights_file, allow_pickle=False) as data:
        heads, scales = {}, {}
        for target in TARGETS:
            if f"{target}_classes" in data:
                classes = [str(c) for c in data[f"{target}_classes"]]
                if target in LEVEL_HEADS and set(classes) != set(LEVELS):
                    raise ValueError(f"level classes {classes} are not {LEVELS}")
                # kept as shipped, in int8 (a quarter of float32's memory); a complaint's rows are widened and
                # scaled when it is scored
                heads[target] = (classes, data[f"{target}_weights"], data[f"{target}_bias"].astype(np.float32))
                scales[target] = data[f"{target}_scale"].astype(np.float32)
        model = LearnedTriage([str(f) for f in data["features"]], data["idf"], heads,
                              json.loads(about_file.read_text(encoding="utf-8")), scales)
    return model


_lock = threading.Lock()


def get_model() -> LearnedTriage:
    """The process's model, loaded once (under a lock)."""
    with _lock:
        return _load()


@cache
def _load() -> LearnedTriage:
    return load_model()


def vital_signs_moved_level(findings: Any) -> bool:
    """Whether the vital signs given moved the rules' level (the rules know the bands by age): such a vignette's
    level comes from its readings, not its words, and must not teach the model that its words are urgent."""
    from dataclasses import replace

    from .conditions import Case
    from .rule_roles import level_of
    from .rules import fire_rules

    if not findings.patient.vitals:
        return False
    case = Case.from_findings(findings)
    without = replace(case, patient=replace(case.patient, vitals={}))
    return level_of(fire_rules(case)) != level_of(fire_rules(without))


def model_inputs(findings: Any) -> tuple[str, list[str]]:
    """What the model reads of extracted findings: the normalised text without its denied symptoms (a denied
    red flag must not read as one), and the patient's age band, sex and pregnancy (vital signs are the rules')."""
    patient = findings.patient
    sex = None if patient.sex_from_text else patient.sex  # trained on given sex; a relation's word is the rules'
    facts = patient_features(patient.age_years, sex, patient.pregnancy_related, patient.infant, patient.elderly,
                             patient.child)
    if SYMPTOM_FEATURES:
        facts += sorted({f"s:{m.name}" for m in findings.mentions if not m.negated})
        facts += sorted(f"f:{flag}" for flag in findings.all_flags)
    return findings.meaning_text, facts


def decide_level(rule_level: str, review_only: bool, prediction: Prediction, thresholds: dict[str, float],
                 pregnancy_ruled_out: bool, *, reassured: bool = False, settled_urgent: bool = False) -> Decision:
    """What the model adds; for a patient whose pregnancy is ruled out, no more than its no-pregnancy head would
    add too: a raise that only pregnant patients' complaints taught it is dropped (or lowered to what remains).
    ``reassured``: the complaint says the patient is well or what the visit is for (a check-up, a refill), or a
    rule judged its worrying word harmless: the model does not raise a routine or self-care level then (a red flag
    is the rules' and the meaning fallback's to raise); over an urgent rule it still may, unless ``settled_urgent``:
    an urgent rule named what the worrying picture is (rule_roles.SETTLING_URGENT_RULES)."""
    may_raise = not (reassured and LEVELS.index(rule_level) < LEVELS.index(URGENT)) \
        and not (settled_urgent and rule_level == URGENT)
    decision = combine(rule_level, review_only, prediction, thresholds, may_raise=may_raise)
    if not pregnancy_ruled_out or decision.raise_to is None:
        return decision
    without = combine(rule_level, review_only, prediction.without_pregnancy(), thresholds, may_raise=may_raise)
    if without.raise_to is None or LEVELS.index(without.raise_to) < LEVELS.index(decision.raise_to):
        return Decision(raise_to=without.raise_to)
    return decision


@dataclass(frozen=True)
class Decision:
    """What the learned model adds to the rules' level: ``raise_to`` (a higher level) or ``self_care``."""

    raise_to: str | None = None
    self_care: bool = False


def enough_words(text: str) -> bool:
    """The model speaks only on a complaint of MIN_WORDS content words or more (three letters or more, not a
    stopword): on fewer its probabilities are its priors (the rules and their safety bias judge short ones)."""
    words = _WORD.findall(text[:MAX_CHARS].lower())
    return sum(1 for w in words if len(w) >= 3 and w not in STOPWORDS and w not in LIGHT_VERBS) >= MIN_WORDS


def combine(rule_level: str, review_only: bool, prediction: Prediction, thresholds: dict[str, float], *,
            may_raise: bool = True) -> Decision:
    """The model may raise the rules' level (emergency, urgent) but never lower it; it grants self-care only where
    the rules found nothing but "needs review" (``review_only``: no rule, red flag, danger word or abnormal vital
    fired, no risk group) and its self-care probability is high."""
    rank = LEVELS.index
    if not may_raise:
        return Decision(self_care=review_only and prediction.self_care >= thresholds["self_care"])
    if rule_level == URGENT and prediction.emergency >= thresholds["emergency"] or \
            rank(rule_level) < rank(URGENT) and prediction.emergency >= thresholds["emergency_from_routine"]:
        return Decision(raise_to=EMERGENCY)  # two levels up takes more certainty than one
    if rank(rule_level) < rank(URGENT) and prediction.urgent_or_worse >= thresholds["urgent"]:
        return Decision(raise_to=URGENT)
    if review_only and prediction.self_care >= thresholds["self_care"]:
        return Decision(self_care=True)
    return Decision()
