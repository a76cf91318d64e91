"""Share codes are easy to type and hard to guess; what the bridge pages say passes the language check."""

from __future__ import annotations

import math

import pytest

from attune.domain.language_check import problems
from attune.flows import questionnaires, sharing
from attune.store import shares
from attune.web.pages import questionnaire_pages, share_pages


def test_a_code_is_four_groups_of_four_from_an_unambiguous_alphabet() -> None:
    code = shares.new_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    assert set("".join(groups)) <= set(shares.CODE_ALPHABET)
    assert not set("01ILOU") & set(shares.CODE_ALPHABET)
    assert shares.CODE_LENGTH * math.log2(len(shares.CODE_ALPHABET)) > 75


def test_codes_differ_and_typing_slips_do_not_matter() -> None:
    codes = {shares.new_code() for _ in range(200)}
    assert len(codes) == 200
    code = codes.pop()
    assert shares.code_hash(code) == shares.code_hash(f" {code.lower().replace('-', ' ')}\n")
    assert shares.code_hash(code) != shares.code_hash(shares.new_code())


@pytest.mark.parametrize(("scopes", "ids"), [([], []), (["all"], []), (["checkins"], []), (["scores"], ["x"])])
def test_scopes_are_checked_before_anything_is_stored(scopes: list[str], ids: list[str]) -> None:
    with pytest.raises(shares.ShareError):
        shares.check_scopes(scopes, ids)


def test_repeated_scopes_and_checkins_count_once() -> None:
    assert shares.check_scopes(["scores", "scores", "checkins"], ["a", "a"]) == (("scores", "checkins"), ("a",))


@pytest.mark.parametrize("locale", [None, "GB", "en-GB", "en_US", "IE", "OTHER", "AU", "zz"])
@pytest.mark.parametrize("level", ["low", "moderate"])
def test_the_crisis_words_are_kind_and_always_offer_somewhere_to_turn(locale: str | None, level: str) -> None:
    crisis = questionnaires.crisis_content(locale, level)
    assert not problems(crisis["message"]) and not problems(crisis["emergency"])
    assert crisis["lines"] and any(line.get("url") for line in crisis["lines"])


def test_the_uk_gets_samaritans_and_999() -> None:
    crisis = questionnaires.crisis_content("GB", "moderate")
    assert "999" in crisis["emergency"] and any(line["number"] == "116 123" for line in crisis["lines"])


def test_every_sentence_on_the_bridge_pages_passes_the_language_check() -> None:
    words = [*sharing.SCOPE_WORDS.values(), *share_pages.STATUS_WORDS.values(), *share_pages.CHANGE_WORDS.values(),
             *(w for _, w in questionnaire_pages.CADENCE_CHOICES)]
    assert [w for w in words if problems(w)] == []


def test_a_report_period_defaults_to_four_weeks_and_refuses_nonsense() -> None:
    from datetime import UTC, date

    period = sharing.parse_period(None, None, UTC, today=date(2024, 5, 28))
    assert (period.start, period.end) == (date(2024, 5, 1), date(2024, 5, 28))
    assert period.until.date() == date(2024, 5, 29)
    for start, end in [("2024-05-10", "2024-05-01"), ("May", None), ("2020-01-01", "2024-01-01")]:
        with pytest.raises(sharing.BadPeriod):
            sharing.parse_period(start, end, UTC)
