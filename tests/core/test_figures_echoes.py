"""A number written in words and again in digits in brackets, the legal way ("one (1) seat"),
or the other way round ("12 (twelve) clerks"): one figure, in words of our own."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _figures(body: str) -> list[tuple[str, float, str | None]]:
    release = parse_release("# A headline for the test\n\n" + body + "\n", suffix=".md")
    return [(f.text, f.value, f.unit) for f in release.figures]


@pytest.mark.parametrize("body, expected", [
    ("The licensee shall appoint one (1) compliance officer for the territory.", [("one (1)", 1, None)]),
    ("The grant funds ten thousand (10,000) meals for the winter shelters.", [("ten thousand (10,000)", 10_000, None)]),
    ("The lessor keeps one hundred (100) hectares of the estate.", [("one hundred (100) hectares", 100, "hectares")]),
    ("The trust may sell three million (3,000,000) units to its members.", [("three million (3,000,000)", 3e6, None)]),
    ("Der Käufer erhält ein (1) Vorkaufsrecht und zweitausend (2000) Aktien.",
     [("ein (1)", 1, None), ("zweitausend (2000)", 2_000, None)]),
])
def test_words_then_digits_in_brackets_are_one_figure(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The contractor shall provide 14 (fourteen) inspectors on each shift.", [("14 (fourteen)", 14, None)]),
    ("The depot stores 250 (two hundred and fifty) buses over the winter.",
     [("250 (two hundred and fifty)", 250, None)]),
])
def test_digits_then_words_in_brackets_are_one_figure(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize("body", [
    "Each of the 3 (per region) panels reports in May.",
    "Bidders named in the first (1) round may object.",
])
def test_brackets_that_repeat_no_number_are_left_as_they_were(body):
    assert all("(" not in text or ")" not in text for text, _, _ in _figures(body))
