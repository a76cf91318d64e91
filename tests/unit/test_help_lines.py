"""Numbers on the help page become tap-to-call links only when they can be dialled."""

from __future__ import annotations

import pytest

from attune.web.pages.help_pages import dial, help_sections


@pytest.mark.parametrize("number, target", [
    ("988", "988"), ("116 123", "116123"), ("0800 111 0 111", "08001110111"), ("800-799-7233", "8007997233"),
    ("112 or 999", None), ("findahelpline.com", None), ("your local emergency number", None), ("11", None),
])
def test_only_dialable_numbers_get_a_tel_link(number: str, target: str | None) -> None:
    assert dial(number) == target


def test_the_persons_country_comes_first_and_other_means_everywhere() -> None:
    assert help_sections("NZ")[0]["code"] == "NZ" and help_sections("NZ")[0]["yours"]
    assert not any(s["yours"] for s in help_sections("OTHER"))
    assert help_sections(None)[-1]["code"] == "INTL"
