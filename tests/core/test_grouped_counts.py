"""A count grouped in thousands ("48.000 vecinos", "1,250,000 visits") is a figure, never a phone: a
line holding one is no contact line (which would send the headline rule below it)."""

import pytest

from mediakit.core import detect
from mediakit.core.contacts import is_contact_line
from mediakit.core.model import Block


@pytest.mark.parametrize("deck", [
    "Aguirre asiste a la apertura del centro, que atenderá a 148.000 vecinos de Villa Norte y Puente Alto",
    "Bürgermeisterin Lenz eröffnet das Zentrum für 148.000 Einwohner von Nordhafen und Elmstadt",
])
def test_a_deck_holding_a_grouped_count_is_no_contact_line(deck):
    assert not is_contact_line(Block("paragraph", deck))
    assert is_contact_line(Block("paragraph", "Prensa: 91 512 34 56"))  # a phone still makes one


@pytest.mark.parametrize("run, count", [
    ("48.000", True), ("1,250,000", True), ("12.500.000", True),
    ("612.345.678", False),  # nine digits: a mobile printed with dots
    ("030.123.456", False),  # a trunk 0: a phone
    ("91.512.34.56", False),  # groups of two
])
def test_only_counts_grouped_in_thousands_are_no_phones(run, count):
    assert detect.grouped_number(run) is count
    assert bool(list(detect.phones(f"Tel. {run}"))) is not count
