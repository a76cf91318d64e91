"""`attune eval companion`: how Attune answers real people's opening messages (ESConv, EPITOME).

ESConv (`esconv/{split}.json`, JSON Lines): each seeker's own `situation` is one check-in with
the labelled initial intensity (1-5) doubled as distress (0-10); a fresh person every time.
EPITOME (`epitome/*.csv`, no splits): a small empathy classifier for the three mechanisms
(emotional reactions, interpretations, explorations; levels 0-2) is trained in memory on the
human responses, reported with 5-fold cross-validated accuracy, and then scores Attune's replies
to the same seeker posts beside the human responses. The classifier is an evaluation instrument
only: it is never written into the package (EPITOME's licence is research-only).

Emotion agreement: the emotion Attune names (its GoEmotions label) agrees with ESConv's
`emotion_type` when the type is in ESCONV_AGREEMENT[label]. ESConv's "depression" has no
GoEmotions counterpart and is taken to agree with sadness-family labels; "anxiety" and
"nervousness" with nervousness and fear; "shame" and "guilt" with embarrassment and remorse.
Absent data sets are skipped with a note on stderr; exactly one JSON object goes to stdout.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from attune.companion.turn import TurnResult, take_turn
from attune.domain.language_check import problems
from attune.domain.person import PersonState
from attune.domain.ports import Perceiver, RiskAssessor
from attune.domain.reading import Risk, TextReading

ESCONV_AGREEMENT: dict[str, frozenset[str]] = {
    "nervousness": frozenset({"anxiety", "nervousness", "fear"}),
    "fear": frozenset({"fear", "anxiety", "nervousness"}),
    "sadness": frozenset({"sadness", "depression"}),
    "grief": frozenset({"sadness", "depression", "pain"}),
    "disappointment": frozenset({"sadness", "depression"}),
    "remorse": frozenset({"guilt", "shame"}),
    "embarrassment": frozenset({"shame", "guilt"}),
    "anger": frozenset({"anger", "jealousy"}),
    "annoyance": frozenset({"anger"}),
    "disapproval": frozenset({"anger", "disgust"}),
    "disgust": frozenset({"disgust"}),
}
MECHANISMS = ("emotional_reactions", "interpretations", "explorations")
EPITOME_FILES = {"emotional_reactions": "emotional-reactions-reddit.csv",
                 "interpretations": "interpretations-reddit.csv", "explorations": "explorations-reddit.csv"}
REFLECTION_PREFIXES = ("reflect", "repair")
SUGGESTION_PREFIXES = ("offer_", "practice.", "settle_")
HASH_DIM = 1 << 18
FOLDS = 5

PerceiverFactory = Callable[[], Perceiver]
FloatArray = npt.NDArray[np.float64]


class NoRisk:
    """Stands in for the safety detector when it is not installed: every message reads as no risk."""

    def assess(self, text: str, context: Sequence[str] = (), reading: TextReading | None = None) -> Risk:
        return Risk()


def load_model_perceiver() -> Perceiver:
    try:
        from attune.perception.reader import load_perceiver
    except ImportError as error:
        raise RuntimeError("attune.perception.reader is not installed; try --perceiver lexicon") from error
    return load_perceiver()


def load_lexicon_perceiver() -> Perceiver:
    from attune.perception.lexicon import LexiconPerceiver

    return LexiconPerceiver()


def load_assessor() -> RiskAssessor:
    try:
        from attune.safety.detector import SafetyDetector
    except ImportError:
        _note("attune.safety.detector is not installed; every message is treated as no risk")
        return NoRisk()
    detector: RiskAssessor = SafetyDetector()
    return detector


def run(
    data_dir: Path | str,
    split: str,
    perceiver_factory: PerceiverFactory = load_model_perceiver,
    assessor: RiskAssessor | None = None,
) -> dict[str, Any]:
    """Every data set present in data_dir; ESConv on `split`, EPITOME whole (it has no splits)."""
    data = Path(data_dir)
    esconv_path = data / "esconv" / f"{split}.json"
    epitome_dir = data / "epitome"
    wanted = esconv_path.exists() or epitome_dir.is_dir()
    perceiver = perceiver_factory() if wanted else None
    safety = assessor or (load_assessor() if wanted else NoRisk())
    result: dict[str, Any] = {"split": split}
    if perceiver is not None and esconv_path.exists():
        result["esconv"] = evaluate_esconv(esconv_path, perceiver, safety)
    else:
        _note(f"no {esconv_path}; skipping ESConv")
    if perceiver is not None and epitome_dir.is_dir():
        result["epitome"] = evaluate_epitome(epitome_dir, perceiver, safety)
    else:
        _note(f"no {epitome_dir}; skipping EPITOME")
    return result


# ---- ESConv ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckIn:
    id: int
    text: str
    distress: int
    intensity: int
    emotion_type: str


def read_esconv(path: Path) -> list[CheckIn]:
    rows = []
    with path.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if line.strip():
                rows.append(_check_in(index, json.loads(line)))
    return rows


def _check_in(index: int, conversation: dict[str, Any]) -> CheckIn:
    intensity = int(conversation["survey_score"]["seeker"]["initial_emotion_intensity"])
    return CheckIn(index, str(conversation.get("situation") or ""), min(10, 2 * intensity), intensity,
                   str(conversation.get("emotion_type", "")).strip().lower())


def evaluate_esconv(path: Path, perceiver: Perceiver, assessor: RiskAssessor) -> dict[str, Any]:
    rows = read_esconv(path)
    turns = [_answer(row.text, row.distress, perceiver, assessor, seed=row.id) for row in rows]
    replied = [(row, turn) for row, turn in zip(rows, turns, strict=True) if turn.reply is not None]
    return {
        "n": len(rows),
        "crisis_turns": len(rows) - len(replied),
        **_agreement(replied),
        "reflect_before_suggest": _share(replied, lambda _, t: _reflects_first(t)),
        "high_intensity_body_first": _share([p for p in replied if p[0].intensity >= 4],
                                            lambda _, t: bool(t.plan and t.plan.practice and
                                                              t.plan.practice.body_first)),
        "judgemental_replies": sum(bool(problems(t.reply.text)) for _, t in replied if t.reply),
        "reply_words": _word_percentiles([t.reply.text for _, t in replied if t.reply]),
        "zones": dict(Counter(t.reading.zone for t in turns)),
        "practices": dict(Counter(t.plan.practice.slug for _, t in replied if t.plan and t.plan.practice)),
        "predictions": [_prediction(row, turn) for row, turn in zip(rows, turns, strict=True)],
    }


def _answer(text: str, distress: int | None, perceiver: Perceiver, assessor: RiskAssessor, seed: int) -> TurnResult:
    return take_turn(text, distress, PersonState(), perceiver, assessor, rng=random.Random(seed))


def named_label(turn: TurnResult) -> str | None:
    top = turn.reading.text.top_emotion()
    return top.label if top and turn.reply and turn.reply.emotion else None


def agrees(label: str | None, emotion_type: str) -> bool:
    return label is not None and emotion_type in ESCONV_AGREEMENT.get(label, frozenset())


def _agreement(replied: Sequence[tuple[CheckIn, TurnResult]]) -> dict[str, Any]:
    hits = [agrees(named_label(t), row.emotion_type) for row, t in replied]
    by_type: dict[str, list[bool]] = {}
    for (row, _), hit in zip(replied, hits, strict=True):
        by_type.setdefault(row.emotion_type, []).append(hit)
    return {
        "emotion_agreement": _mean(hits),
        "emotion_agreement_by_type": {k: {"n": len(v), "agreement": _mean(v)} for k, v in sorted(by_type.items())},
        "emotion_named_share": _mean([named_label(t) is not None for _, t in replied]),
    }


def _reflects_first(turn: TurnResult) -> bool:
    """The reply opens with a reflection (or repair), and nothing is suggested before it."""
    keys = turn.reply.sentence_keys if turn.reply else ()
    first_suggestion = next((i for i, k in enumerate(keys) if k.startswith(SUGGESTION_PREFIXES)), len(keys))
    return bool(keys) and keys[0].startswith(REFLECTION_PREFIXES) and first_suggestion > 0


def _prediction(row: CheckIn, turn: TurnResult) -> dict[str, Any]:
    practice = turn.plan.practice.slug if turn.plan and turn.plan.practice else None
    return {"id": row.id, "emotion": named_label(turn), "word": turn.reply.emotion if turn.reply else None,
            "zone": turn.reading.zone, "practice": practice, "crisis": turn.crisis,
            "reply": turn.reply.text if turn.reply else None}


def _word_percentiles(texts: Sequence[str]) -> dict[str, float | None]:
    counts = [len(t.split()) for t in texts]
    if not counts:
        return {"p50": None, "p95": None}
    return {"p50": float(np.percentile(counts, 50)), "p95": float(np.percentile(counts, 95))}


def _share(pairs: Sequence[tuple[CheckIn, TurnResult]], test: Callable[[CheckIn, TurnResult], bool]) -> float | None:
    return _mean([test(row, turn) for row, turn in pairs])


def _mean(values: Sequence[bool | float]) -> float | None:
    return round(float(np.mean(values)), 4) if values else None


# ---- EPITOME --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    seeker_id: str
    seeker: str
    response: str
    levels: tuple[int, int, int]  # emotional reactions, interpretations, explorations


def read_epitome(folder: Path) -> list[Pair]:
    tables = {m: _read_levels(folder / name) for m, name in EPITOME_FILES.items()}
    first = tables[MECHANISMS[0]]
    pairs = []
    for key, (seeker_id, seeker, response, _) in first.items():
        if all(key in tables[m] for m in MECHANISMS):
            levels = tuple(tables[m][key][3] for m in MECHANISMS)
            pairs.append(Pair(seeker_id, seeker, response, (levels[0], levels[1], levels[2])))
    return pairs


def _read_levels(path: Path) -> dict[tuple[str, str], tuple[str, str, str, int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {(r["sp_id"], r["rp_id"]): (r["sp_id"], r["seeker_post"], r["response_post"], int(r["level"]))
                for r in csv.DictReader(handle)}


def evaluate_epitome(folder: Path, perceiver: Perceiver, assessor: RiskAssessor) -> dict[str, Any]:
    if not all((folder / name).exists() for name in EPITOME_FILES.values()):
        _note(f"{folder} lacks one of {', '.join(EPITOME_FILES.values())}; skipping EPITOME")
        return {}
    pairs = read_epitome(folder)
    human = hash_features([p.response for p in pairs])
    seekers = _unique_seekers(pairs)
    turns = [_answer(text, None, perceiver, assessor, seed=i) for i, text in enumerate(seekers.values())]
    replies = [t.reply.text for t in turns if t.reply]
    attune = hash_features(replies)
    result: dict[str, Any] = {"n_pairs": len(pairs), "n_seeker_posts": len(seekers), "attune_replies": len(replies),
                              "crisis_turns": len(turns) - len(replies), "mechanisms": {}}
    for index, mechanism in enumerate(MECHANISMS):
        gold = np.array([p.levels[index] for p in pairs])
        result["mechanisms"][mechanism] = _mechanism(human, gold, attune)
    result["classifier"] = {"features": f"hashed word 1-2-grams of the response, {HASH_DIM} buckets",
                            "model": "multinomial logistic regression (numpy, L2)", "cv_folds": FOLDS,
                            "caveat": "trained on Reddit replies; Attune's replies are out of its distribution"}
    return result


def _unique_seekers(pairs: Sequence[Pair]) -> dict[str, str]:
    seekers: dict[str, str] = {}
    for pair in pairs:
        seekers.setdefault(pair.seeker_id, pair.seeker)
    return seekers


def _mechanism(human: SparseRows, gold: npt.NDArray[np.int64], attune: SparseRows) -> dict[str, Any]:
    cv_pred = cross_validated_predictions(human, gold)
    model = fit_logistic(human, gold)
    attune_levels = predict(model, attune)
    return {
        "cv_accuracy": round(float(np.mean(cv_pred == gold)), 4),
        "cv_macro_f1": round(_macro_f1(gold, cv_pred), 4),
        "majority_baseline_accuracy": round(float(np.max(np.bincount(gold, minlength=3)) / len(gold)), 4),
        "human_mean_level": round(float(gold.mean()), 4),
        "human_mean_level_predicted": round(float(cv_pred.mean()), 4),
        "attune_mean_level_predicted": round(float(attune_levels.mean()), 4) if len(attune_levels) else None,
        "attune_level_counts": np.bincount(attune_levels, minlength=3).tolist(),
    }


@dataclass(frozen=True)
class SparseRows:
    """Rows of hashed features as CSR arrays, enough for logistic regression without scipy."""

    indptr: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int64]
    values: npt.NDArray[np.float64]

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    def take(self, rows: npt.NDArray[np.int64]) -> SparseRows:
        starts, ends = self.indptr[rows], self.indptr[rows + 1]
        picked = [np.arange(s, e) for s, e in zip(starts, ends, strict=True)]
        flat = np.concatenate(picked) if picked else np.array([], dtype=np.int64)
        indptr = np.concatenate([[0], np.cumsum(ends - starts)]).astype(np.int64)
        return SparseRows(indptr, self.indices[flat], self.values[flat])

    def row_ids(self) -> npt.NDArray[np.int64]:
        return np.repeat(np.arange(self.n), np.diff(self.indptr))


_TOKEN = re.compile(r"[a-z']+|[?!]")


def hash_features(texts: Sequence[str]) -> SparseRows:
    """Word unigrams and bigrams hashed (crc32, stable across runs) into HASH_DIM buckets, L2-normed."""
    indptr: list[int] = [0]
    indices: list[int] = []
    values: list[float] = []
    for text in texts:
        counts = Counter(zlib.crc32(g.encode()) % HASH_DIM for g in _grams(text))
        norm = np.sqrt(sum(c * c for c in counts.values())) or 1.0
        indices.extend(counts)
        values.extend(c / norm for c in counts.values())
        indptr.append(len(indices))
    return SparseRows(np.array(indptr, dtype=np.int64), np.array(indices, dtype=np.int64),
                      np.array(values, dtype=np.float64))


def _grams(text: str) -> list[str]:
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


@dataclass(frozen=True)
class Logistic:
    buckets: npt.NDArray[np.int64]  # the hashed buckets seen in training, sorted
    weights: FloatArray  # len(buckets) x classes
    bias: FloatArray


def _columns(model: Logistic, x: SparseRows) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """Each feature's row in the weights; buckets never seen in training carry no weight."""
    at = np.minimum(np.searchsorted(model.buckets, x.indices), len(model.buckets) - 1)
    return at, model.buckets[at] == x.indices


def _scores(model: Logistic, x: SparseRows) -> FloatArray:
    at, known = _columns(model, x)
    return _linear(model, at, x.values * known, x.row_ids(), x.n)


def _linear(model: Logistic, at: npt.NDArray[np.int64], values: FloatArray, rows: npt.NDArray[np.int64],
            n: int) -> FloatArray:
    columns = [np.bincount(rows, model.weights[at, c] * values, minlength=n) for c in range(model.weights.shape[1])]
    return np.stack(columns, axis=1) + model.bias


def fit_logistic(x: SparseRows, y: npt.NDArray[np.int64], classes: int = 3, steps: int = 200,
                 rate: float = 0.05, l2: float = 1e-4) -> Logistic:
    """Full-batch Adam on the softmax loss with an L2 penalty: small, deterministic, numpy only."""
    buckets, at = np.unique(x.indices, return_inverse=True)
    model = Logistic(buckets, np.zeros((len(buckets), classes)), np.zeros(classes))
    target, rows = np.eye(classes)[y], x.row_ids()
    moments = [np.zeros_like(model.weights), np.zeros_like(model.weights), np.zeros(classes), np.zeros(classes)]
    for step in range(1, steps + 1):
        error = (_softmax(_linear(model, at, x.values, rows, x.n)) - target) / x.n
        grad = np.stack([np.bincount(at, x.values * error[rows, c], minlength=len(buckets))
                         for c in range(classes)], axis=1) + l2 * model.weights
        _adam(model.weights, grad, moments[0], moments[1], step, rate)
        _adam(model.bias, error.sum(axis=0), moments[2], moments[3], step, rate)
    return model


def _adam(param: FloatArray, grad: FloatArray, m: FloatArray, v: FloatArray, step: int, rate: float) -> None:
    m *= 0.9
    m += 0.1 * grad
    v *= 0.999
    v += 0.001 * grad * grad
    param -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)


def _softmax(z: FloatArray) -> FloatArray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def predict(model: Logistic, x: SparseRows) -> npt.NDArray[np.int64]:
    if x.n == 0:
        return np.array([], dtype=np.int64)
    return np.asarray(np.argmax(_scores(model, x), axis=1), dtype=np.int64)


def cross_validated_predictions(x: SparseRows, y: npt.NDArray[np.int64], folds: int = FOLDS) -> npt.NDArray[np.int64]:
    order = np.random.default_rng(0).permutation(x.n)
    out = np.zeros(x.n, dtype=np.int64)
    for fold in np.array_split(order, folds):
        train = np.setdiff1d(order, fold)
        out[fold] = predict(fit_logistic(x.take(train), y[train]), x.take(fold))
    return out


def _macro_f1(gold: npt.NDArray[np.int64], pred: npt.NDArray[np.int64], classes: int = 3) -> float:
    scores = []
    for c in range(classes):
        tp = float(np.sum((pred == c) & (gold == c)))
        denominator = float(np.sum(pred == c) + np.sum(gold == c))
        scores.append(2 * tp / denominator if denominator else 0.0)
    return float(np.mean(scores))


# ---- command line ---------------------------------------------------------------------------


def summary_lines(result: dict[str, Any]) -> list[str]:
    lines = []
    if "esconv" in result:
        e = result["esconv"]
        lines.append(f"esconv n={e['n']} emotion_agreement={e['emotion_agreement']} "
                     f"reflect_before_suggest={e['reflect_before_suggest']} "
                     f"high_intensity_body_first={e['high_intensity_body_first']} "
                     f"judgemental_replies={e['judgemental_replies']} reply_words={e['reply_words']}")
    for mechanism, m in result.get("epitome", {}).get("mechanisms", {}).items():
        lines.append(f"epitome {mechanism}: cv_accuracy={m['cv_accuracy']} human={m['human_mean_level']} "
                     f"attune={m['attune_mean_level_predicted']}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="attune eval companion", description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="folder in ../shared/data's layout")
    ap.add_argument("--split", default="test")
    ap.add_argument("--json", action="store_true", help="print one JSON object (with predictions)")
    ap.add_argument("--perceiver", choices=("model", "lexicon"), default="model",
                    help="the shipped model (default) or the word-list fallback")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        _note(f"{args.data} is not a folder")
        return 2
    factory = load_lexicon_perceiver if args.perceiver == "lexicon" else load_model_perceiver
    try:
        result = run(args.data, args.split, factory)
    except RuntimeError as error:
        _note(str(error))
        return 2
    result["perceiver"] = args.perceiver
    print(json.dumps(result) if args.json else "\n".join(summary_lines(result)))
    return 0


def _note(message: str) -> None:
    print(f"attune eval companion: {message}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
