"""Press desks named for no one ("Press Office", "Pressestelle") given with a phone number only:
a contact with no name, the organisation where the release writes it, the phone.

Every release here is made up (names, organisations, numbers); the numbers are ones that
``phonenumbers`` accepts as valid.
"""

import pytest

from mediakit.core.analyse import parse_release

FERRY = ("# Harbourline Ferries adds a night crossing to its island route\n\n"
         "BRISTOL, 3 March 2026 - Harbourline Ferries will run a late sailing every Friday from April, "
         "the operator said on Tuesday, with tickets on sale from next week.\n\n"
         "The new crossing leaves the quay at a quarter past eleven and reaches the island two hours later.\n\n")
HEATING = ("# Fernwärme wird zum Frühjahr günstiger\n\n"
           "Düsseldorf, 12. Februar 2026 – Die Stadtwerke Lindenau senken zum 1. April den Grundpreis "
           "für Fernwärme, wie das Unternehmen am Mittwoch mitteilte.\n\n"
           "Als Grund nennt der Versorger gesunkene Einkaufskosten; die Kunden werden schriftlich informiert.\n\n")


def cards(text, name="release.md"):
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name).contacts]


@pytest.mark.parametrize("tail", [
    "Media enquiries: Press Office, Harbourline Ferries, +44 117 496 0321\n",
    "Media enquiries:\n\nPress Office  \nHarbourline Ferries  \nTel: +44 117 496 0321\n",
    "Media enquiries: Press office of Harbourline Ferries, +44 117 496 0321\n",
    "For media enquiries please call the Harbourline Ferries press office on +44 117 496 0321.\n",
])
def test_an_english_desk_with_its_organisation_and_a_phone(tail):
    assert cards(FERRY + tail) == [(None, "Harbourline Ferries", ["+441174960321"], [])]


@pytest.mark.parametrize("tail", [
    "Pressestelle der Stadtwerke Lindenau, Tel. 0211 5588 2140\n",
    "Pressekontakt: Stadtwerke Lindenau, Pressestelle, Telefon 0211 5588 2140\n",
    "Pressekontakt:\n\nStadtwerke Lindenau GmbH\n\nPressestelle\n\nTel. 0211 5588 2140\n",
])
def test_a_german_desk_with_its_organisation_and_a_phone(tail):
    [(name, org, phones, emails)] = cards(HEATING + tail, "release.txt")
    assert (name, phones, emails) == (None, ["+4921155882140"], [])
    assert org is not None and org.startswith("Stadtwerke Lindenau")


def test_a_desk_with_no_organisation_written_still_gives_the_phone():
    # the card writes no organisation: the publisher the lead sentence opens with stands in
    assert cards(HEATING + "Pressestelle: Tel. 0211 5588 2140\n", "release.txt") == [
        (None, "Stadtwerke Lindenau", ["+4921155882140"], [])]


@pytest.mark.parametrize("tail", [
    "Media enquiries:\n\nPress Office  \nMarta Quillfeather  \nTel: +44 117 496 0388\n",
    "Media enquiries: Marta Quillfeather, Press Office, +44 117 496 0388\n",
])
def test_a_person_at_the_desk_keeps_her_name(tail):
    assert cards(FERRY + tail) == [("Marta Quillfeather", None, ["+441174960388"], [])]
