"""Train the SOAP generator's linear models on ACI-BENCH's train split and write them to models/soap/data/.

    python -m models.soap.train --aci-bench DIR/data/challenge_data/train.csv

Only a file named train*.csv / train*.json is accepted: the models never see valid or test encounters
(valid is for choosing settings, test once at the end). Needs scikit-learn (the ``dev`` extra); the box
only reads the JSON files. Each file records the split's SHA-256, its size and the settings.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from .acibench import BenchmarkFileError, Encounter, load_split, split_file
from .dialogue import split_turns
from .labels import labelled_sentences
from .linear import LinearModel
from .segment import SENTENCE_END, gap_features, normal_word
from .select import MODEL as SELECT_MODEL
from .select import sentence_features
from .tidy import detokenize

DATA_DIR = Path(__file__).parent / "data"
PRUNE = 0.02  # weights smaller than this are left out of the file (no measurable loss on valid)


def segmenter_examples(encounters: list[Encounter]) -> tuple[list[list[str]], list[int]]:
    """Every gap between two words of the punctuated turns; 1 where a sentence ended."""
    feats, labels = [], []
    for enc in encounters:
        for _speaker, body, _a, _b in split_turns(enc.dialogue):
            body = detokenize(body)
            if not SENTENCE_END.search(body):
                continue  # unpunctuated: nothing to learn from
            raw = body.split()
            words = [normal_word(w) for w in raw]
            keep = [i for i, w in enumerate(words) if w]
            words = [words[i] for i in keep]
            ends = [bool(SENTENCE_END.search(raw[i][-1:])) for i in keep]
            for i in range(len(words) - 1):
                feats.append(gap_features(words, i))
                labels.append(int(ends[i]))
    return feats, labels


def fit(feats: list[list[str]], labels: list[Any], *, c: float, about: dict[str, Any]) -> LinearModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([{f: 1 for f in fs} for fs in feats])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, labels)
    names = vectorizer.get_feature_names_out()
    classes = [str(c) for c in model.classes_]
    weights = [{str(names[j]): round(float(w), 3) for j, w in enumerate(row) if abs(w) >= PRUNE}
               for row in model.coef_]
    bias = [round(float(b), 3) for b in model.intercept_]
    return LinearModel(tuple(classes), tuple(bias), tuple(weights), about)


def _about(file: Path, what: str, c: float, n: int) -> dict[str, Any]:
    import sklearn

    return {"what": what, "trained_on": f"ACI-BENCH {file.name}", "sha256": hashlib.sha256(file.read_bytes()).hexdigest(),
            "examples": n, "C": c, "sklearn": sklearn.__version__, "script": "python -m models.soap.train"}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aci-bench", required=True, type=Path,
                        help="ACI-BENCH's train split: its file, or a folder holding it (the benchmark's checkout)")
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    try:
        file = split_file(args.aci_bench, None if args.aci_bench.is_file() else "train")
    except BenchmarkFileError as err:
        parser.error(str(err))
    if not re.match(r"train", file.name):
        parser.error(f"{file.name}: the models are trained on the train split only")
    _split, encounters = load_split(file)
    args.out.mkdir(parents=True, exist_ok=True)

    feats, labels = segmenter_examples(encounters)
    seg = fit(feats, [("none", "end")[y] for y in labels], c=1.0,
              about=_about(file, "sentence ends in unpunctuated speech", 1.0, len(labels)))
    _write(args.out / "segmenter.json", seg)

    examples = labelled_sentences(encounters)
    sel = fit([sentence_features(e.context) for e in examples], [e.label for e in examples], c=0.5,
              about=_about(file, "what a transcript sentence gives the note", 0.5, len(examples)))
    _write(args.out / f"{SELECT_MODEL}.json", sel)


def _write(path: Path, model: LinearModel) -> None:
    path.write_text(json.dumps(model.as_json(), separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{path}: {sum(len(w) for w in model.weights)} weights, classes {', '.join(model.classes)}")


if __name__ == "__main__":
    main()
