"""Crisis lines by locale, loaded from crisis_lines.toml and validated at start-up.

A wrong or stale number in a crisis is worse than none, so the file is checked when it is loaded:
every entry needs a number, a source and a last-verified month, and every locale needs an
emergency number. Locale comes from the person's stated or configured country (never guessed from
IP or language); anything unknown falls back to the international entries.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from attune.domain.reading import RISK_CATEGORIES
from attune.loaded_once import once

INTERNATIONAL = "INTL"
KINDS = ("emergency", "crisis", "text", "chat", "domestic_violence", "youth", "directory")
_VERIFIED = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_ALIASES = {"UK": "GB"}
# Lowercase language codes that would otherwise be read as countries ("de" is German, not Germany).
_LANGUAGES = frozenset({"en", "es", "fr", "de", "it", "pt", "hi", "ga", "mi"})
# For each category, which kinds of line come first (after the emergency number, which the
# response places itself).
_PREFERRED: dict[str, tuple[str, ...]] = {"abuse": ("domestic_violence", "crisis", "text", "youth", "directory")}
_DEFAULT_ORDER = ("crisis", "text", "chat", "youth", "domestic_violence", "directory")


@dataclass(frozen=True)
class CrisisLine:
    """One way to reach a person: a crisis line, a text line, or the emergency number."""

    locale: str
    kind: str
    name: str
    number: str
    how: str
    serves: tuple[str, ...]
    source: str
    last_verified: str
    url: str = ""
    confirmed: bool = True

    @property
    def id(self) -> str:
        """Stable id for records ("GB:crisis:116 123"); never shown to the person."""
        return f"{self.locale}:{self.kind}:{self.number}"

    def serves_category(self, category: str) -> bool:
        return "all" in self.serves or category in self.serves

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "kind": self.kind, "name": self.name, "number": self.number, "how": self.how,
            "url": self.url, "confirmed": self.confirmed, "source": self.source, "last_verified": self.last_verified,
        }


def _line(entry: dict[str, Any], index: int) -> CrisisLine:
    required = ("locale", "kind", "name", "number", "how", "serves", "source", "last_verified")
    missing = [k for k in required if not entry.get(k)]
    if missing:
        raise ValueError(f"crisis line #{index + 1}: missing {', '.join(missing)}")
    if entry["kind"] not in KINDS:
        raise ValueError(f"crisis line #{index + 1}: unknown kind {entry['kind']!r}")
    if not _VERIFIED.match(str(entry["last_verified"])):
        raise ValueError(f"crisis line #{index + 1}: last_verified must be YYYY-MM or YYYY-MM-DD")
    unknown = [s for s in entry["serves"] if s != "all" and s not in RISK_CATEGORIES]
    if unknown:
        raise ValueError(f"crisis line #{index + 1}: unknown categories {unknown}")
    return CrisisLine(
        locale=str(entry["locale"]), kind=str(entry["kind"]), name=str(entry["name"]), number=str(entry["number"]),
        how=str(entry["how"]), serves=tuple(entry["serves"]), source=str(entry["source"]),
        last_verified=str(entry["last_verified"]), url=str(entry.get("url", "")),
        confirmed=bool(entry.get("confirmed", True)),
    )


def parse_lines(text: str) -> tuple[CrisisLine, ...]:
    """Parse and validate the TOML text of a crisis-lines file."""
    entries = tomllib.loads(text).get("line", [])
    lines = tuple(_line(e, i) for i, e in enumerate(entries))
    locales = {line.locale for line in lines}
    if INTERNATIONAL not in locales:
        raise ValueError("crisis lines need an international fallback (locale INTL)")
    for locale in locales:
        if not any(line.locale == locale and line.kind == "emergency" for line in lines):
            raise ValueError(f"crisis lines for {locale} have no emergency number")
    return lines


@once
def all_lines() -> tuple[CrisisLine, ...]:
    """Every line in the shipped file, validated once."""
    text = resources.files("attune.safety").joinpath("crisis_lines.toml").read_text("utf-8")
    return parse_lines(text)


def country_of(locale: str) -> str:
    """'en-GB', 'en_gb', 'GB', 'uk' -> 'GB'; a bare language code ('fr', 'de') names no country -> INTL."""
    parts = [p for p in re.split(r"[-_\s]", locale.strip()) if p]
    if not parts:
        return INTERNATIONAL
    if len(parts) == 1 and parts[0] in _LANGUAGES:
        return INTERNATIONAL
    region = parts[-1].upper()
    region = _ALIASES.get(region, region)
    return region if region in {line.locale for line in all_lines()} else INTERNATIONAL


def _rank(line: CrisisLine, category: str) -> int:
    order = _PREFERRED.get(category, _DEFAULT_ORDER)
    return order.index(line.kind) if line.kind in order else len(order)


def lines_for(locale: str, category: str) -> list[CrisisLine]:
    """The lines for a locale and risk category, most relevant first; the emergency number is not included.

    Falls back to the international directory when the locale is unknown or has nothing for the category.
    """
    country = country_of(locale)
    found = [
        line for line in all_lines()
        if line.locale == country and line.kind != "emergency" and line.serves_category(category)
    ]
    if not found:
        found = [line for line in all_lines() if line.locale == INTERNATIONAL and line.kind != "emergency"]
    return sorted(found, key=lambda line: _rank(line, category))


def emergency_for(locale: str) -> CrisisLine:
    """The emergency number for a locale (the international entry when unknown)."""
    country = country_of(locale)
    for line in all_lines():
        if line.locale == country and line.kind == "emergency":
            return line
    return next(line for line in all_lines() if line.locale == INTERNATIONAL and line.kind == "emergency")
