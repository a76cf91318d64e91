"""The practice catalogue: reviewed data in content/practices.toml, loaded and checked at start-up.

Routing rules live here as data checks so a bad edit fails loudly before anyone sees it: thinking
tools are never marked body-first, and nothing offered below the window has a long slow exhale
(it can deepen a shutdown). Which practice suits a moment is decided in `eligible()`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal, cast, get_args

from attune.domain.language_check import problems
from attune.domain.reading import Zone

Kind = Literal[
    "breathing", "grounding", "orienting", "movement", "temperature", "muscle", "touch",
    "compassion", "labelling", "cognitive", "reflective",
]
PhaseName = Literal["inhale", "top_up", "hold", "exhale"]
KINDS: tuple[str, ...] = get_args(Kind)
BODY_KINDS = frozenset({"breathing", "grounding", "orienting", "movement", "temperature", "muscle", "touch"})
THINKING_KINDS = frozenset({"cognitive", "reflective"})
ZONES: tuple[Zone, ...] = ("hyper", "within", "hypo")
MAX_PHASE_SECONDS = 30.0
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class PracticeDataError(ValueError):
    """The practice catalogue is malformed; the message names the practice and the field."""


@dataclass(frozen=True)
class Phase:
    phase: PhaseName
    seconds: float


@dataclass(frozen=True)
class Timing:
    session_seconds: int
    phases: tuple[Phase, ...] = ()
    cycles: int | None = None

    @property
    def breaths_per_minute(self) -> float | None:
        cycle = sum(p.seconds for p in self.phases)
        return round(60 / cycle, 1) if self.phases and cycle else None

    def to_json(self) -> dict[str, Any]:
        return {
            "session_seconds": self.session_seconds,
            "cycles": self.cycles,
            "phases": [{"phase": p.phase, "seconds": p.seconds} for p in self.phases],
            "breaths_per_minute": self.breaths_per_minute,
        }


@dataclass(frozen=True)
class Practice:
    slug: str
    name: str
    phrase: str
    kind: Kind
    body_first: bool
    zones: frozenset[Zone]
    summary: str
    steps: tuple[str, ...]
    cautions: tuple[str, ...]
    source: str
    evidence: str
    timing: Timing
    opt_in: bool = False

    @property
    def thinking(self) -> bool:
        return self.kind in THINKING_KINDS

    def to_json(self) -> dict[str, Any]:
        """The shape the API returns as `reply.practice`."""
        return {
            "slug": self.slug, "name": self.name, "kind": self.kind, "body_first": self.body_first,
            "summary": self.summary, "steps": list(self.steps), "cautions": list(self.cautions),
            "source": self.source, "evidence": self.evidence, "timing": self.timing.to_json(),
        }

    def sentences(self) -> Iterator[tuple[str, str]]:
        """Every text a person may read, keyed for the language check."""
        yield f"{self.slug}.name", self.name
        yield f"{self.slug}.summary", self.summary
        yield from ((f"{self.slug}.steps[{i}]", s) for i, s in enumerate(self.steps))
        yield from ((f"{self.slug}.cautions[{i}]", s) for i, s in enumerate(self.cautions))
        yield f"{self.slug}.source", self.source


@dataclass(frozen=True)
class Catalogue:
    practices: tuple[Practice, ...]

    def __getitem__(self, slug: str) -> Practice:
        for practice in self.practices:
            if practice.slug == slug:
                return practice
        raise KeyError(slug)

    def __contains__(self, slug: object) -> bool:
        return any(p.slug == slug for p in self.practices)

    def names(self) -> dict[str, str]:
        return {p.slug: p.name for p in self.practices}


def settled(distress: int | None, peak: int | None) -> bool:
    """Distress has come down enough for thinking tools: below 6, or 3 points under its peak."""
    if distress is None:
        return False
    return distress < 6 or (peak is not None and peak - distress >= 3)


def eligible(
    catalogue: Catalogue,
    zone: Zone,
    is_settled: bool,
    opted_in: frozenset[str] = frozenset(),
    first_line: bool = False,
) -> list[Practice]:
    """Practices that suit this moment. Outside the window the first offer is body-first (bottom-up
    before top-down), and above it so is every offer until distress has come down; thinking tools
    only within the window or once distress has come down."""
    return [p for p in catalogue.practices if _suits(p, zone, is_settled, opted_in, first_line)]


def _suits(practice: Practice, zone: Zone, is_settled: bool, opted_in: frozenset[str], first_line: bool) -> bool:
    if zone not in practice.zones or (practice.opt_in and practice.slug not in opted_in):
        return False
    if zone != "within" and (first_line or (zone == "hyper" and not is_settled)):
        return practice.body_first
    if zone != "within" and practice.thinking:
        return is_settled
    return True


@cache
def load_catalogue() -> Catalogue:
    """The packaged catalogue, parsed and validated once per process."""
    text = resources.files("attune.content").joinpath("practices.toml").read_text(encoding="utf-8")
    return parse_catalogue(text)


def parse_catalogue(toml_text: str) -> Catalogue:
    try:
        data = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as error:
        raise PracticeDataError(f"practices.toml is not valid TOML: {error}") from error
    entries = data.get("practice")
    if not isinstance(entries, list) or not entries:
        raise PracticeDataError("practices.toml has no [[practice]] entries")
    catalogue = Catalogue(tuple(_practice(entry, i) for i, entry in enumerate(entries)))
    _check_catalogue(catalogue)
    return catalogue


def _practice(entry: Mapping[str, Any], index: int) -> Practice:
    where = f"practice #{index + 1} ({entry.get('slug', '?')})"
    try:
        practice = _build(entry)
    except (KeyError, TypeError, ValueError) as error:
        raise PracticeDataError(f"{where}: {error}") from error
    found = list(_problems(practice))
    if found:
        raise PracticeDataError(f"{where}: " + "; ".join(found))
    return practice


def _build(entry: Mapping[str, Any]) -> Practice:
    return Practice(
        slug=_text(entry, "slug"), name=_text(entry, "name"),
        phrase=_text(entry, "phrase") if "phrase" in entry else _text(entry, "name").lower(),
        kind=cast(Kind, _choice(entry, "kind", KINDS)), body_first=_flag(entry, "body_first"),
        zones=frozenset(cast(Zone, _choice({"zone": z}, "zone", ZONES)) for z in _list(entry, "zones")),
        summary=_text(entry, "summary"), steps=_list(entry, "steps"),
        cautions=_list(entry, "cautions", required=False), source=_text(entry, "source"),
        evidence=_text(entry, "evidence"), timing=_timing(entry.get("timing")),
        opt_in=bool(entry.get("opt_in", False)),
    )


def _timing(raw: object) -> Timing:
    if not isinstance(raw, dict):
        raise ValueError("missing [practice.timing]")
    seconds = raw.get("session_seconds")
    if not isinstance(seconds, int) or not 0 < seconds <= 3600:
        raise ValueError("timing.session_seconds must be a whole number of seconds, 1-3600")
    cycles = raw.get("cycles")
    if cycles is not None and (not isinstance(cycles, int) or cycles < 1):
        raise ValueError("timing.cycles must be a positive whole number")
    return Timing(seconds, tuple(_phase(p) for p in raw.get("phases", [])), cycles)


def _phase(raw: Mapping[str, Any]) -> Phase:
    name = _choice(raw, "phase", get_args(PhaseName))
    seconds = raw.get("seconds")
    if not isinstance(seconds, int | float) or not 0 <= seconds <= MAX_PHASE_SECONDS:
        raise ValueError(f"phase {name}: seconds must be 0-{MAX_PHASE_SECONDS:g}")
    if abs(round(seconds * 10) - seconds * 10) > 1e-6:
        raise ValueError(f"phase {name}: seconds go in 0.1 s steps, got {seconds}")
    return Phase(cast(PhaseName, name), round(float(seconds), 1))


def _problems(p: Practice) -> Iterator[str]:
    if not SLUG.match(p.slug):
        yield f"slug {p.slug!r} must be lower-case words joined by hyphens"
    if p.body_first != (p.kind in BODY_KINDS):
        yield f"body_first must be {p.kind in BODY_KINDS} for kind {p.kind!r}"
    if not p.zones:
        yield "zones must name at least one of hyper, within, hypo"
    if p.kind == "breathing" and not _has_breath(p.timing):
        yield "a breathing practice needs timing.phases with an inhale and an exhale"
    if "hypo" in p.zones and _long_exhale(p.timing):
        yield "a practice for below the window must not have a long slow exhale"
    if "hyper" in p.zones and p.kind == "breathing" and not _exhale_at_least_inhale(p.timing):
        yield "a breathing practice for above the window needs an exhale at least as long as the inhale"
    if p.opt_in and not p.cautions:
        yield "an opt-in practice must list its cautions"
    yield from (f"{key}: {problem}" for key, text in p.sentences() for problem in problems(text))


def _check_catalogue(catalogue: Catalogue) -> None:
    slugs = [p.slug for p in catalogue.practices]
    duplicates = sorted({s for s in slugs if slugs.count(s) > 1})
    if duplicates:
        raise PracticeDataError(f"duplicate practice slugs: {', '.join(duplicates)}")
    for zone in ZONES:
        if not eligible(catalogue, zone, is_settled=False, first_line=True):
            raise PracticeDataError(f"no practice suits zone {zone!r} before distress has come down")


def _seconds(timing: Timing, *names: str) -> float:
    return sum(p.seconds for p in timing.phases if p.phase in names)


def _has_breath(timing: Timing) -> bool:
    return _seconds(timing, "inhale", "top_up") > 0 and _seconds(timing, "exhale") > 0


def _long_exhale(timing: Timing) -> bool:
    return _seconds(timing, "exhale") > _seconds(timing, "inhale", "top_up")


def _exhale_at_least_inhale(timing: Timing) -> bool:
    return _seconds(timing, "exhale") >= _seconds(timing, "inhale", "top_up")


def _text(entry: Mapping[str, Any], key: str) -> str:
    value = entry[key]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{key} must be non-empty text")
    return value.strip()


def _list(entry: Mapping[str, Any], key: str, required: bool = True) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{key} must be a list of non-empty texts")
    if required and not value:
        raise ValueError(f"{key} must not be empty")
    return tuple(v.strip() for v in value)


def _flag(entry: Mapping[str, Any], key: str) -> bool:
    value = entry[key]
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false")
    return value


def _choice(entry: Mapping[str, Any], key: str, allowed: Sequence[str]) -> str:
    value = entry[key]
    if value not in allowed:
        raise ValueError(f"{key} {value!r} is not one of {', '.join(allowed)}")
    return str(value)
