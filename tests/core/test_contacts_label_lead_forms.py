"""Contact labels of other languages that lead on before their colon ("Ansprechpartner für die
Presse:", "Contacto para a imprensa", "För mer information, kontakta:") open the contact block, and
a role word of the language on the card is the role, not the organisation (made-up releases in
plain text and HTML; German, Portuguese and Swedish)."""

import pytest

from mediakit.core.analyse import parse_release

_DE = ("Stadtwerke Auental senken Strompreis\n\nLeipzig, 2. Februar 2026. Die Stadtwerke Auental senken zum Frühjahr den Arbeitspreis "
       "für Haushaltsstrom und geben gesunkene Beschaffungskosten an ihre Kunden weiter.\n\n"
       "{label}\nMarkus Feldhaus\nTel. 0341 5567 120\nmarkus.feldhaus@stadtwerke-auental.de\n")


@pytest.mark.parametrize("label", ["Ansprechpartner für die Presse:", "Kontakt für Medien:", "Rückfragehinweis:"])
def test_a_german_label_with_whom_it_is_for_opens_the_block(label):
    release = parse_release(_DE.format(label=label), name="r.txt")
    assert [(c.name, c.phones) for c in release.contacts] == [("Markus Feldhaus", ["+493415567120"])]


def test_a_portuguese_heading_over_an_address_card_with_the_role_and_the_organisation_on_one_line():
    html = ("<html><body><h1>Fundação Marés apoia investigação marinha</h1><p>Lisboa, 7 de outubro de 2026 – A "
            "Fundação Marés vai apoiar trinta projetos de investigação marinha nas ilhas.</p>"
            "<h2>Contacto para a imprensa</h2><address>Joana Meireles<br>Assessora de Imprensa, Fundação Marés<br>"
            "Tel.: +351 213 456 789<br>joana.meireles@fmares.pt</address></body></html>")
    [card] = parse_release(html, name="r.html").contacts
    assert (card.name, card.role, card.organization) == ("Joana Meireles", "Assessora de Imprensa", "Fundação Marés")


def test_a_swedish_label_and_its_verb_before_the_colon_with_a_one_word_role():
    text = ("Pressmeddelande\n\nNorrby kommun bygger ny skola\n\nNorrby, 22 augusti 2026 – Norrby kommun bygger en ny grundskola för "
            "450 elever i Västerby.\n\nFör mer information, kontakta:\nKarin Lundqvist, kommunikationschef, "
            "Norrby kommun\nTelefon: 070-123 45 67\nE-post: karin.lundqvist@norrby.se\n")
    [card] = parse_release(text, name="r.txt").contacts
    assert (card.name, card.role, card.organization, card.phones) == (
        "Karin Lundqvist", "kommunikationschef", "Norrby kommun", ["+46701234567"])


def test_a_desk_label_followed_by_its_organisation_keeps_the_organisation():
    text = ("Comune di Valcorta: al via i lavori\n\nFirenze, 9 aprile 2026 – Il Comune di Valcorta avvia i lavori "
            "per la nuova biblioteca civica nel centro storico.\n\nUfficio Stampa Comune di Valcorta\n"
            "Tel. 055 912 3456\nufficio.stampa@comune.valcorta.it\n")
    [card] = parse_release(text, name="r.txt").contacts
    assert (card.name, card.organization, card.phones) == (None, "Comune di Valcorta", ["+390559123456"])
