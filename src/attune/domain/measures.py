"""Validated questionnaires (PHQ-9, GAD-7, WHO-5, DERS-16): reviewed data in, scores and bands out.

The items, options, bands and codes live in `attune/content/questionnaires/*.toml` so that a
reviewer can check them against the published source without reading code. They are loaded
and checked once at start-up; bad data stops the app with a message naming the file and field,
rather than mis-scoring someone's answers later.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

QUESTIONNAIRE_PACKAGE = "attune.content.questionnaires"
BandBasis = Literal["score", "percentage"]


class MeasureDataError(ValueError):
    """A questionnaire data file is malformed; raised at start-up, never per request."""


class UnknownMeasure(LookupError):
    """No questionnaire has that name (the API answers 404)."""


class InvalidAnswers(ValueError):
    """The answers do not fit the questionnaire (the API answers 422 with `problems`)."""

    def __init__(self, measure: str, problems: Sequence[str]) -> None:
        self.measure = measure
        self.problems = tuple(problems)
        super().__init__(f"{measure}: " + "; ".join(self.problems))


@dataclass(frozen=True)
class AnswerOption:
    value: int
    text: str
    code: str | None = None


@dataclass(frozen=True)
class Item:
    number: int
    text: str
    code: str | None = None


@dataclass(frozen=True)
class Band:
    """A published score range. `label` keeps the published name; `description` is for the person."""

    key: str
    min: int
    max: int
    label: str
    description: str

    def contains(self, value: int) -> bool:
        return self.min <= value <= self.max


@dataclass(frozen=True)
class Subscale:
    key: str
    label: str
    items: tuple[int, ...]
    description: str = ""


@dataclass(frozen=True)
class SafetyRule:
    """An answer above `above` on `item` opens the safety flow whatever the total."""

    item: int
    above: int
    reason: str


@dataclass(frozen=True)
class Source:
    citation: str
    url: str
    copyright: str
    licence: str


@dataclass(frozen=True)
class Codes:
    """Code system for the panel, items and total: LOINC where it exists, local codes otherwise."""

    system: str
    total: str
    total_display: str
    panel: str | None = None
    panel_display: str | None = None
    answer_system: str | None = None
    percentage: str | None = None
    percentage_display: str | None = None

    @property
    def is_loinc(self) -> bool:
        return self.system == "http://loinc.org"


@dataclass(frozen=True)
class Measure:
    name: str
    title: str
    long_title: str
    version: str
    instructions: str
    time_frame: str
    options: tuple[AnswerOption, ...]
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    subscales: tuple[Subscale, ...]
    source: Source
    codes: Codes
    safety: SafetyRule | None = None
    time_frame_days: int | None = None
    percentage_factor: int | None = None
    band_basis: BandBasis = "score"
    meaningful_change: int | None = None
    unbanded_summary: str | None = None

    @property
    def min_value(self) -> int:
        return min(o.value for o in self.options)

    @property
    def max_value(self) -> int:
        return max(o.value for o in self.options)

    @property
    def min_score(self) -> int:
        return self.min_value * len(self.items)

    @property
    def max_score(self) -> int:
        return self.max_value * len(self.items)

    def band_scale(self) -> tuple[int, int]:
        """The range the bands are written on: the raw score, or the percentage for WHO-5."""
        if self.band_basis == "percentage":
            return 0, 100
        return self.min_score, self.max_score

    def band_for(self, value: int) -> Band | None:
        return next((b for b in self.bands if b.contains(value)), None)

    def option_for(self, value: int) -> AnswerOption:
        return next(o for o in self.options if o.value == value)

    def percentage_of(self, score: int) -> int | None:
        return None if self.percentage_factor is None else score * self.percentage_factor


@dataclass(frozen=True)
class MeasureResult:
    """One scored response. `summary` is the warm, non-diagnostic sentence shown to the person."""

    measure: str
    answers: tuple[int, ...]
    score: int
    band: Band | None
    summary: str
    safety: bool = False
    percentage: int | None = None
    subscales: Mapping[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        band = None
        if self.band is not None:
            band = {"key": self.band.key, "label": self.band.label, "description": self.band.description}
        return {
            "measure": self.measure,
            "score": self.score,
            "percentage": self.percentage,
            "band": band,
            "subscales": dict(self.subscales),
            "summary": self.summary,
            "safety": self.safety,
        }


# --- scoring -----------------------------------------------------------------------------------


def score(name: str, answers: Sequence[int]) -> MeasureResult:
    """Score one completed questionnaire; raises InvalidAnswers rather than guess at a gap."""
    measure = get_measure(name)
    values = _checked_answers(measure, answers)
    total = sum(values)
    percentage = measure.percentage_of(total)
    band = measure.band_for(percentage if measure.band_basis == "percentage" and percentage is not None else total)
    return MeasureResult(
        measure=measure.name,
        answers=values,
        score=total,
        band=band,
        summary=_summary(measure, band, total),
        safety=_needs_safety(measure, values),
        percentage=percentage,
        subscales={s.key: sum(values[i - 1] for i in s.items) for s in measure.subscales},
    )


def _checked_answers(measure: Measure, answers: Sequence[int]) -> tuple[int, ...]:
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise InvalidAnswers(measure.name, ["answers must be a list of whole numbers"])
    if len(answers) != len(measure.items):
        raise InvalidAnswers(
            measure.name, [f"expected {len(measure.items)} answers, one per item, but got {len(answers)}"]
        )
    problems = [_answer_problem(measure, n, a) for n, a in enumerate(answers, start=1)]
    if any(problems):
        raise InvalidAnswers(measure.name, [p for p in problems if p])
    return tuple(int(a) for a in answers)


def _answer_problem(measure: Measure, number: int, answer: object) -> str | None:
    allowed = f"a whole number from {measure.min_value} to {measure.max_value}"
    # bool is an int in Python; True must not pass as an answer of 1.
    if isinstance(answer, bool) or not isinstance(answer, int):
        return f"item {number} must be {allowed}, not {answer!r}"
    if not measure.min_value <= answer <= measure.max_value:
        return f"item {number} must be {allowed}, not {answer}"
    return None


def _needs_safety(measure: Measure, values: tuple[int, ...]) -> bool:
    rule = measure.safety
    return rule is not None and values[rule.item - 1] > rule.above


def _summary(measure: Measure, band: Band | None, total: int) -> str:
    if band is not None:
        return band.description
    return (measure.unbanded_summary or "").format(score=total, max_score=measure.max_score)


# --- loading -----------------------------------------------------------------------------------


def measure_names() -> tuple[str, ...]:
    return tuple(measures())


def get_measure(name: str) -> Measure:
    try:
        return measures()[name]
    except KeyError:
        raise UnknownMeasure(f"no questionnaire called {name!r}; known: {', '.join(measures())}") from None


@cache
def measures() -> Mapping[str, Measure]:
    """The packaged questionnaires, loaded once. Call at start-up so bad data fails fast."""
    return load_measures()


def load_measures(directory: Traversable | Path | None = None) -> dict[str, Measure]:
    """Load and validate every `*.toml` questionnaire in `directory` (default: the packaged ones)."""
    folder = directory if directory is not None else resources.files(QUESTIONNAIRE_PACKAGE)
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    if not files:
        raise MeasureDataError(f"no questionnaire files found in {folder}")
    loaded = [load_measure_file(f) for f in files]
    return {m.name: m for m in loaded}


def load_measure_file(path: Traversable | Path) -> Measure:
    where = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise MeasureDataError(f"{where}: not valid TOML: {exc}") from exc
    measure = _parse_measure(data, where)
    if measure.name != where.removesuffix(".toml"):
        raise MeasureDataError(f"{where}: name {measure.name!r} must match the file name")
    validate_measure(measure, where)
    return measure


# --- parsing: typed, loud helpers ---------------------------------------------------------------


def _get(table: Mapping[str, Any], key: str, kind: type, where: str, default: Any = ...) -> Any:
    if key not in table:
        if default is ...:
            raise MeasureDataError(f"{where}: missing required field {key!r}")
        return default
    value = table[key]
    if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
        raise MeasureDataError(f"{where}: field {key!r} must be {kind.__name__}, got {value!r}")
    if isinstance(value, str) and not value.strip():
        raise MeasureDataError(f"{where}: field {key!r} must not be empty")
    return value


def _tables(data: Mapping[str, Any], key: str, where: str, required: bool = True) -> list[dict[str, Any]]:
    rows = _get(data, key, list, where, default=... if required else [])
    if not all(isinstance(r, dict) for r in rows):
        raise MeasureDataError(f"{where}: every [[{key}]] entry must be a table")
    return rows


def _parse_measure(data: Mapping[str, Any], where: str) -> Measure:
    scoring = _get(data, "scoring", dict, where)
    _check_method(scoring, where)
    return Measure(
        name=_get(data, "name", str, where),
        title=_get(data, "title", str, where),
        long_title=_get(data, "long_title", str, where),
        version=_get(data, "version", str, where),
        instructions=_get(data, "instructions", str, where),
        time_frame=_get(data, "time_frame", str, where),
        time_frame_days=_get(data, "time_frame_days", int, where, default=None),
        options=tuple(_parse_option(r, f"{where} options[{i}]") for i, r in enumerate(_tables(data, "options", where))),
        items=tuple(_parse_item(r, f"{where} items[{i}]") for i, r in enumerate(_tables(data, "items", where))),
        bands=tuple(
            _parse_band(r, f"{where} bands[{i}]") for i, r in enumerate(_tables(data, "bands", where, required=False))
        ),
        subscales=tuple(
            _parse_subscale(r, f"{where} subscales[{i}]")
            for i, r in enumerate(_tables(data, "subscales", where, required=False))
        ),
        source=_parse_source(_get(data, "source", dict, where), f"{where} [source]"),
        codes=_parse_codes(_get(data, "codes", dict, where), f"{where} [codes]"),
        safety=_parse_safety(_get(data, "safety", dict, where, default=None), f"{where} [safety]"),
        percentage_factor=_get(scoring, "percentage_factor", int, f"{where} [scoring]", default=None),
        band_basis=_get(scoring, "band_basis", str, f"{where} [scoring]", default="score"),
        meaningful_change=_get(scoring, "meaningful_change", int, f"{where} [scoring]", default=None),
        unbanded_summary=_get(data, "unbanded_summary", str, where, default=None),
    )


def _check_method(scoring: Mapping[str, Any], where: str) -> None:
    method = _get(scoring, "method", str, f"{where} [scoring]")
    if method != "sum":
        raise MeasureDataError(f"{where} [scoring]: method {method!r} is not supported (only 'sum')")


def _parse_option(row: Mapping[str, Any], where: str) -> AnswerOption:
    return AnswerOption(
        _get(row, "value", int, where),
        _get(row, "text", str, where),
        _get(row, "code", str, where, default=None),
    )


def _parse_item(row: Mapping[str, Any], where: str) -> Item:
    return Item(
        _get(row, "number", int, where),
        _get(row, "text", str, where),
        _get(row, "code", str, where, default=None),
    )


def _parse_band(row: Mapping[str, Any], where: str) -> Band:
    return Band(
        _get(row, "key", str, where),
        _get(row, "min", int, where),
        _get(row, "max", int, where),
        _get(row, "label", str, where),
        _get(row, "description", str, where),
    )


def _parse_subscale(row: Mapping[str, Any], where: str) -> Subscale:
    items = _get(row, "items", list, where)
    if not items or not all(isinstance(i, int) and not isinstance(i, bool) for i in items):
        raise MeasureDataError(f"{where}: items must be a non-empty list of item numbers")
    return Subscale(
        _get(row, "key", str, where),
        _get(row, "label", str, where),
        tuple(items),
        _get(row, "description", str, where, default=""),
    )


def _parse_source(row: Mapping[str, Any], where: str) -> Source:
    return Source(*(_get(row, k, str, where) for k in ("citation", "url", "copyright", "licence")))


def _parse_codes(row: Mapping[str, Any], where: str) -> Codes:
    optional = ("panel", "panel_display", "answer_system", "percentage", "percentage_display")
    return Codes(
        system=_get(row, "system", str, where),
        total=_get(row, "total", str, where),
        total_display=_get(row, "total_display", str, where),
        **{k: _get(row, k, str, where, default=None) for k in optional},
    )


def _parse_safety(row: Mapping[str, Any] | None, where: str) -> SafetyRule | None:
    if row is None:
        return None
    return SafetyRule(_get(row, "item", int, where), _get(row, "above", int, where), _get(row, "reason", str, where))


# --- validation: the data must agree with itself before anyone's answers are scored -------------


def validate_measure(m: Measure, where: str) -> None:
    for check in (_check_options, _check_items, _check_bands, _check_subscales, _check_safety, _check_codes):
        problem = check(m)
        if problem:
            raise MeasureDataError(f"{where}: {problem}")


def _check_options(m: Measure) -> str | None:
    values = sorted(o.value for o in m.options)
    if len(values) < 2:
        return "needs at least two answer options"
    if values != list(range(values[0], values[-1] + 1)):
        return f"option values must be unique consecutive whole numbers, got {values}"
    return None


def _check_items(m: Measure) -> str | None:
    numbers = [i.number for i in m.items]
    if numbers != list(range(1, len(numbers) + 1)):
        return f"items must be numbered 1..{len(numbers)} in order, got {numbers}"
    return None


def _check_bands(m: Measure) -> str | None:
    if m.band_basis not in ("score", "percentage"):
        return f"band_basis must be 'score' or 'percentage', got {m.band_basis!r}"
    if m.band_basis == "percentage" and m.percentage_factor is None:
        return "band_basis 'percentage' needs scoring.percentage_factor"
    if not m.bands:
        return None if m.unbanded_summary else "a measure without bands needs unbanded_summary"
    return _band_coverage_problem(m.bands, *m.band_scale())


def _band_coverage_problem(bands: Sequence[Band], low: int, high: int) -> str | None:
    """Bands must tile the scale exactly: every possible score gets exactly one band."""
    expected = low
    for band in sorted(bands, key=lambda b: b.min):
        if band.min != expected or band.max < band.min:
            return f"bands must cover {low}..{high} without gaps or overlaps; problem at {band.key!r}"
        expected = band.max + 1
    if expected != high + 1:
        return f"bands must end at {high}, but end at {expected - 1}"
    if len({b.key for b in bands}) != len(bands):
        return "band keys must be unique"
    return None


def _check_subscales(m: Measure) -> str | None:
    seen: list[int] = [i for s in m.subscales for i in s.items]
    if any(not 1 <= i <= len(m.items) for i in seen):
        return f"subscale items must be between 1 and {len(m.items)}"
    if len(seen) != len(set(seen)):
        return "an item may belong to at most one subscale"
    if len({s.key for s in m.subscales}) != len(m.subscales):
        return "subscale keys must be unique"
    return None


def _check_safety(m: Measure) -> str | None:
    rule = m.safety
    if rule is None:
        return None
    if not 1 <= rule.item <= len(m.items):
        return f"safety item {rule.item} does not exist"
    if not m.min_value <= rule.above < m.max_value:
        return "safety threshold must leave at least one answer that opens the safety flow"
    return None


def _check_codes(m: Measure) -> str | None:
    if m.codes.is_loinc and not all(i.code for i in m.items):
        return "a LOINC-coded measure needs a LOINC code on every item"
    if m.codes.answer_system and not all(o.code for o in m.options):
        return "codes.answer_system is set, so every option needs a code"
    if m.percentage_factor is not None and not m.codes.percentage:
        return "a measure with a percentage needs codes.percentage"
    return None
