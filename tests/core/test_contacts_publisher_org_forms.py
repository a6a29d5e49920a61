"""A contact whose card names no organisation, in a release with no "About" part, belongs to the
publisher a closing "Source:" line names or the lead sentence opens with; an organisation the
card writes itself stays (made-up releases in plain text and Markdown; English, German, Spanish)."""

import pytest

from mediakit.core.analyse import parse_release


def _orgs(text: str, name: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.organization) for c in parse_release(text, name=name).contacts]


@pytest.mark.parametrize("label, name", [("Quelle:", "r.txt"), ("SOURCE", "r.txt"), ("Fuente:", "r.md")])
def test_the_closing_source_line_names_the_contacts_organisation(label, name):
    text = ("Wasserwerke Lindtal erneuern Leitungen\n\nLindtal, 2. Februar 2026. Die Erneuerung der Leitungen im "
            "Norden beginnt im Frühjahr und dauert bis zum Herbst.\n\nAnsprechpartner für die Presse:\n"
            "Markus Feldhaus\nTel. 0341 5567 120\nmarkus.feldhaus@wasserwerke-lindtal.de\n\n"
            f"{label} Wasserwerke Lindtal GmbH\n")
    if name.endswith(".md"):
        text = text.replace("\n", "\n\n")
    assert _orgs(text, name) == [("Markus Feldhaus", "Wasserwerke Lindtal GmbH")]


def test_the_lead_sentence_subject_in_plain_text():
    text = ("Brightwater Library Service opens three branches\n\nADELAIDE, 2 July 2026 – Brightwater Library Service "
            "will open three new branches in the northern suburbs this month.\n\nMedia enquiries:\nKylie Dunstan\n"
            "0412 345 678\nkylie.dunstan@brightwater.sa.gov.au\n")
    assert _orgs(text, "r.txt") == [("Kylie Dunstan", "Brightwater Library Service")]


def test_the_lead_sentence_subject_with_a_ticker_in_markdown_fills_a_card_with_no_address():
    text = ("# Halberd Industrial Corp. Declares Dividend\n\nMILWAUKEE, WI, March 2, 2026 -- Halberd Industrial Corp. "
            "(NYSE: HLB) today declared a quarterly cash dividend.\n\n**Contacts:**\n\n"
            "Investors: Ralph Ostrowski, Treasurer, (414) 555-0190\n")
    assert _orgs(text, "r.md") == [("Ralph Ostrowski", "Halberd Industrial Corp.")]


def test_an_agency_address_and_a_person_opening_the_lead_give_no_organisation():
    text = ("Brightwater Library Service opens three branches\n\nADELAIDE, 2 July 2026 – Kylie Dunstan said the "
            "library service will open three new branches this month.\n\nMedia enquiries:\nPriya Raman\n"
            "0412 345 678\npriya@tenbridgecommunications.com.au\n")
    assert _orgs(text, "r.txt") == [("Priya Raman", None)]


def test_a_desk_of_a_ministry_written_small_in_french():
    text = ("COMMUNIQUÉ DE PRESSE\n\nLe ministère lance un appel à projets\n\nParis, le 3 juin 2026\n\n"
            "Le ministère de la Transition écologique lance un appel à projets pour les mobilités rurales.\n\n"
            "Contacts presse :\nService de presse du ministère de la Transition écologique\n01 40 81 72 72\n"
            "presse@ecologie.gouv.fr\n")
    assert _orgs(text, "r.txt") == [(None, "ministère de la Transition écologique")]


@pytest.mark.parametrize("style", ["md", "html"])
def test_a_press_heading_over_a_bare_obfuscated_address(style):
    lead = ("Brussels, 11 September 2026 – The Open Rivers Network today called on the European Parliament to "
            "adopt binding water quality targets.")
    if style == "md":
        text = f"# Open Rivers Network calls for water targets\n\n{lead}\n\n## Press\n\npress [at] openrivers [dot] org\n"
    else:
        text = (f"<html><body><h1>Open Rivers Network calls for water targets</h1><p>{lead}</p><h3>Press</h3>"
                "<p>press [at] openrivers [dot] org</p></body></html>")
    [card] = parse_release(text, name="r." + style).contacts
    assert (card.name, card.emails) == (None, ["press@openrivers.org"])
