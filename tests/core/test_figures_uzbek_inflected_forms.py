"""Uzbek counts as its releases write them: a magnitude with a case ending ("12 mingdan ortiq", "5 mingga
yaqin", "12 мингдан") multiplies as the bare word does, and a noun typed with the ‘ of o‘ and g‘
("7 400 o‘quvchi") is a noun that makes the number before it a count. Words and numbers of our own, a
ministry's release in Latin script as Markdown and a region's in Cyrillic script as plain text."""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def _latin(body: str) -> list[tuple[float, str]]:
    return [(f.value, f.text) for f in parse_release(f"# Yangi maktablar ochildi\n\n{body}\n", suffix=".md").figures]


def _cyrillic(body: str) -> list[tuple[float, str]]:
    return [(f.value, f.text) for f in parse_release(f"Вилоятда янги уйлар\n\n{body}\n", suffix=".txt").figures]


def test_a_latin_magnitude_with_a_case_ending() -> None:
    assert _latin("Viloyatda 5 mingga yaqin oila yangi uylarga ko‘chdi.") == [(5000, "5 mingga")]


def test_a_cyrillic_magnitude_with_a_case_ending() -> None:
    assert _cyrillic("Вилоятда 12 мингдан ортиқ хонадон газ билан таъминланди.") == [(12000, "12 мингдан")]


def test_a_count_before_a_noun_typed_with_the_turned_comma() -> None:
    assert _latin("Yangi maktablar 7 400 o‘quvchiga mo‘ljallangan.") == [(7400, "7 400")]
