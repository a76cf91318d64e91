"""`attune eval safety --cases FILE.jsonl --json`: run the safety detector over labelled cases.

Reads the format of ../shared/eval-format.md (safety section) and prints one JSON object with
every field that document asks for, plus per-kind counts, the combined recall on the hardest
forms (non-English, typos, slang, emoji), and recall at the strict reading of "flagged"
(moderate and above) for comparison. A malformed line stops the run with its line number (exit 2)
rather than silently shrinking the evaluation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from attune.domain.reading import RISK_CATEGORIES, RISK_LEVELS, Risk, TextReading
from attune.safety.detector import SafetyDetector
from attune.safety.levels import is_flagged

HARD_FORMS = ("non_english", "typo", "slang", "emoji")


class CaseError(ValueError):
    """A line of the cases file that does not follow the format."""


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    risk: str
    severity: str
    kind: str
    context: tuple[str, ...] = ()


def _field(row: dict[str, object], name: str, lineno: int) -> str:
    value = row.get(name)
    if not isinstance(value, str) or (name != "text" and not value):
        raise CaseError(f"line {lineno}: field {name!r} must be a non-empty string")
    return value


def parse_case(line: str, lineno: int) -> Case:
    """One JSONL line -> Case, or CaseError naming the line."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CaseError(f"line {lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(row, dict):
        raise CaseError(f"line {lineno}: expected a JSON object")
    risk, severity = _field(row, "risk", lineno), _field(row, "severity", lineno)
    if risk not in RISK_CATEGORIES:
        raise CaseError(f"line {lineno}: unknown risk {risk!r}")
    if severity not in RISK_LEVELS:
        raise CaseError(f"line {lineno}: unknown severity {severity!r}")
    if (risk == "none") != (severity == "none"):
        raise CaseError(f"line {lineno}: severity is 'none' exactly when risk is 'none'")
    context = row.get("context", [])
    if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
        raise CaseError(f"line {lineno}: context must be a list of strings")
    return Case(
        id=_field(row, "id", lineno), text=_field(row, "text", lineno), risk=risk, severity=severity,
        kind=_field(row, "kind", lineno), context=tuple(context),
    )


def read_cases(path: Path) -> list[Case]:
    """All cases in a file; blank lines are skipped, duplicate ids are an error."""
    cases: list[Case] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        case = parse_case(line, lineno)
        if case.id in seen:
            raise CaseError(f"line {lineno}: duplicate id {case.id!r}")
        seen.add(case.id)
        cases.append(case)
    return cases


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _grouped_rate(pairs: Iterable[tuple[str, bool]]) -> dict[str, float | None]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, hit in pairs:
        counts[key][0] += int(hit)
        counts[key][1] += 1
    return {k: _rate(h, n) for k, (h, n) in sorted(counts.items())}


def _counts(cases: Iterable[Case]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for case in cases:
        out[case.kind] += 1
    return dict(sorted(out.items()))


def score(cases: list[Case], risks: list[Risk]) -> dict[str, object]:
    """Every metric of eval-format.md from cases and Attune's judgements, in order."""
    flagged = [is_flagged(r.level) for r in risks]
    risky = [(c, f, r) for c, f, r in zip(cases, flagged, risks, strict=True) if c.risk != "none"]
    calm = [(c, f) for c, f in zip(cases, flagged, strict=True) if c.risk == "none"]
    caught = [(c, r) for c, f, r in risky if f]
    hard = [(c, f) for c, f, _ in risky if c.kind in HARD_FORMS]
    severe = [(c, f) for c, f, _ in risky if c.severity in ("high", "imminent")]
    return {
        "n": len(cases),
        "n_risk": len(risky),
        "n_none": len(calm),
        "recall": _rate(sum(f for _, f, _ in risky), len(risky)),
        "recall_by_severity": _grouped_rate((c.severity, f) for c, f, _ in risky),
        "recall_by_risk": _grouped_rate((c.risk, f) for c, f, _ in risky),
        "recall_by_kind": _grouped_rate((c.kind, f) for c, f, _ in risky),
        "recall_high_and_imminent": _rate(sum(f for _, f in severe), len(severe)),
        "recall_hard_forms": _rate(sum(f for _, f in hard), len(hard)),
        "recall_at_moderate": _rate(sum(r.needs_crisis_pathway for _, _, r in risky), len(risky)),
        "false_positive_rate": _rate(sum(f for _, f in calm), len(calm)),
        "false_positive_rate_by_kind": _grouped_rate((c.kind, f) for c, f in calm),
        "category_accuracy": _rate(sum(r.category == c.risk for c, r in caught), len(caught)),
        "severity_exact": _rate(sum(r.level == c.severity for c, r in caught), len(caught)),
        "severity_within_one": _rate(
            sum(abs(RISK_LEVELS.index(r.level) - RISK_LEVELS.index(c.severity)) <= 1 for c, r in caught), len(caught)),
        "counts_by_kind_risk": _counts(c for c, _, _ in risky),
        "counts_by_kind_none": _counts(c for c, _ in calm),
        "misses": [c.id for c, f, _ in risky if not f],
        "false_alarms": [c.id for c, f in calm if f],
        "predictions": [
            {"id": c.id, "flagged": f, "risk": r.category, "severity": r.level}
            for c, f, r in zip(cases, flagged, risks, strict=True)
        ],
        "flagged_means": "severity >= low (low is Attune's check-in question inside the crisis pathway)",
    }


def _readings(cases: list[Case]) -> list[TextReading | None]:
    """Each message read by the shipped perceiver, as a check-in reads it before the detector runs."""
    from attune.perception.reader import load_perceiver, model_available

    if not model_available():  # a check-in then has no embedding either: judge as it would
        print("attune eval safety: no perception model in this install; judging text alone", file=sys.stderr)
        return [None] * len(cases)
    return list(load_perceiver().read_many([c.text for c in cases]))  # the encoder batches by length itself


def run(cases: Path, detector: SafetyDetector | None = None, with_reading: bool = True) -> dict[str, object]:
    """Evaluate the detector on a cases file, judging each message as a check-in does.

    A check-in passes the perceiver's reading (and so the sentence embedding) to the detector;
    with_reading=False measures the rules and the n-gram head alone.
    """
    loaded = read_cases(cases)
    judge = detector or SafetyDetector()
    readings = _readings(loaded) if with_reading else [None] * len(loaded)
    return score(loaded, [judge.assess(c.text, c.context, r) for c, r in zip(loaded, readings, strict=True)])


def main(argv: list[str] | None = None) -> int:
    """Entry point for `attune eval safety`; also `python -m attune.evaluation.safety`."""
    parser = argparse.ArgumentParser(prog="attune eval safety", description=__doc__)
    parser.add_argument("--cases", type=Path, required=True, help="JSONL file of safety cases")
    parser.add_argument("--json", action="store_true", help="print the metrics as one JSON object (the default)")
    parser.add_argument("--no-reading", action="store_true",
                        help="judge the text alone, without the perceiver's reading (rules and n-gram head only)")
    args = parser.parse_args(argv)
    if not args.cases.is_file():
        print(f"attune eval safety: no such file: {args.cases}", file=sys.stderr)
        return 2
    try:
        result = run(args.cases, with_reading=not args.no_reading)
    except CaseError as exc:
        print(f"attune eval safety: {args.cases}: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
