"""The crisis-lines file validates: every number has a source and a date, every locale an emergency number."""

from __future__ import annotations

import pytest

from attune.safety.lines import all_lines, country_of, emergency_for, lines_for, parse_lines

LOCALES = {"US", "GB", "IE", "CA", "AU", "NZ", "IN", "DE", "FR", "INTL"}


def test_the_shipped_file_validates_and_every_entry_has_a_source_and_date() -> None:
    lines = all_lines()
    assert lines
    assert all(line.source.strip() and line.last_verified for line in lines)


def test_it_covers_every_locale_in_the_research_with_an_emergency_number() -> None:
    assert {line.locale for line in all_lines()} == LOCALES
    assert {emergency_for(code).number for code in ("US", "GB", "AU", "NZ", "IN", "FR")} == {
        "911", "999", "000", "111", "112", "15"}


def test_the_us_has_a_domestic_violence_line_and_it_leads_for_abuse() -> None:
    assert lines_for("en-US", "abuse")[0].kind == "domestic_violence"
    assert all(line.kind != "domestic_violence" for line in lines_for("en-US", "suicide"))


def test_neda_is_not_listed_because_it_closed() -> None:
    assert not any("NEDA" in line.name or "National Eating Disorders" in line.name for line in all_lines())


@pytest.mark.parametrize(("locale", "country"), [
    ("en-GB", "GB"), ("en_gb", "GB"), ("uk", "GB"), ("GB", "GB"), ("fr-FR", "FR"),
    ("fr", "INTL"), ("de", "INTL"), ("", "INTL"), ("pt-BR", "INTL"),
])
def test_locale_comes_from_the_country_and_falls_back_to_international(locale: str, country: str) -> None:
    assert country_of(locale) == country


def test_an_unknown_locale_gets_the_directory_and_a_generic_emergency_line() -> None:
    assert [line.number for line in lines_for("pt-BR", "suicide")] == ["findahelpline.com"]
    assert emergency_for("pt-BR").locale == "INTL"


@pytest.mark.parametrize("broken", [
    '[[line]]\nlocale="INTL"\nkind="emergency"\nname="x"\nnumber="1"\nhow="x"\nserves=["all"]\nlast_verified="2026-11"\n',
    '[[line]]\nlocale="INTL"\nkind="emergency"\nname="x"\nnumber="1"\nhow="x"\nserves=["all"]\nsource="s"\nlast_verified="soon"\n',
    '[[line]]\nlocale="US"\nkind="crisis"\nname="x"\nnumber="1"\nhow="x"\nserves=["all"]\nsource="s"\nlast_verified="2026-11"\n',
])
def test_a_line_without_source_date_or_emergency_fallback_is_rejected(broken: str) -> None:
    with pytest.raises(ValueError):
        parse_lines(broken)
