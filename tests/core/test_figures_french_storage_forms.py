"""French storage sizes in gigaoctets and teraoctets ("256 Go de stockage", "un disque de 2 To.") are
measures with their unit, as "512 GB" is; a capitalised "To" between two numbers in an English title
("Up 5 To 10 Percent") is no unit. Words of our own in a WML news page and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

FR = ("La tablette Brisane S4 offre 256 Go de stockage, 12 Go de mémoire et, pour les écoles, un disque "
      "de 2 To. Elle sera vendue 449 euros.")


def _wml(body: str) -> list[tuple[float, str | None]]:
    page = ("<define-tag pagetitle>Brisane S4 annoncée</define-tag>\n"
            "<define-tag release_date>2031-09-12</define-tag>\n#use wml::debian::news\n\n"
            f"<p>{body}</p>\n")
    return [(f.value, f.unit) for f in parse_release(page, suffix=".wml").figures]


def _text(body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in parse_release(f"Brisane S4 annoncée\n\n{body}\n", suffix=".txt").figures]


@pytest.mark.parametrize("style", [_wml, _text])
def test_gigaoctets_and_teraoctets_are_measures(style) -> None:
    found = style(FR)
    assert (256, "Go") in found and (12, "Go") in found and (2, "To") in found


@pytest.mark.parametrize("style", [_wml, _text])
def test_a_title_case_to_is_no_unit(style) -> None:
    found = style("Orders Rose 5 To 10 Percent In The Spring, With 40 New Buyers.")
    assert all(unit != "To" for _, unit in found)
