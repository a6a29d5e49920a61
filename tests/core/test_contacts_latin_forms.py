"""Contact forms of Latin-script releases: an address hidden with "[at]" after a name and a bare
"at", a contact sentence in Dutch or German, a field's label standing alone in a definition list,
an agency named before its person in French, the organisation a domain spells word by word, and a
desk's words left out of the organisation a domain names.

Every release here is made up (names, organisations, numbers); the numbers are ones that
``phonenumbers`` accepts as valid. Styles: a plain-text e-mail with header fields, an HTML
definition list, a Markdown bullet list.
"""

from mediakit.core import detect
from mediakit.core.analyse import parse_release


def cards(release):
    return [(c.name, c.organization, c.phones, c.emails) for c in release.contacts]


# --- "Name at name [at] domain [dot] com": the bracketed form is the address ---------------------

def test_a_bracketed_at_wins_over_the_bare_at_after_the_name():
    text = "please contact Ottilie Barraclough at ottilie.barraclough [at] kestrelmills [dot] com or on 0113 496 0420"
    assert [f.value for f in detect.emails(text, True)] == ["ottilie.barraclough@kestrelmills.com"]


def test_an_address_written_name_at_domain_dot_org_still_reads():
    assert [f.value for f in detect.emails("write to ottilie at kestrelmills dot org today", True)] \
        == ["ottilie@kestrelmills.org"]


def test_a_contact_sentence_with_a_bracketed_address_plain_email():
    text = ("From: Kestrel Mills Press Office\nSubject: Kestrel Mills reopens its weir\n\n"
            "Kestrel Mills reopens its weir\n\n"
            "LEEDS, 3 March 2026 - Kestrel Mills reopened the weir on its mill race today after the "
            "winter floods, and the water wheel turns again for the first time since November.\n\n"
            "For further information please contact Ottilie Barraclough at ottilie.barraclough [at] kestrelmills "
            "[dot] com or on 0113 496 0420.\n")
    release = parse_release(text, "release.txt")
    assert cards(release) == [("Ottilie Barraclough", "Kestrel Mills", ["+441134960420"],
                               ["ottilie.barraclough@kestrelmills.com"])]


# --- contact sentences in other languages ---------------------------------------------------------

def test_a_dutch_contact_sentence_hands_over_the_spokeswoman_plain_email():
    text = ("Onderwerp: Veerdienst Lekkerkerk vaart elektrisch\n\n"
            "Veerdienst Lekkerkerk vaart elektrisch\n\n"
            "Lekkerkerk, 9 februari 2026 - Veerdienst Lekkerkerk vaart vanaf vandaag met een elektrische "
            "pont. De pont is stiller en zuiniger dan het oude schip en wordt op de kade opgeladen.\n\n"
            "Noot voor de redactie: Voor meer informatie kunt u contact opnemen met Femke Jansma, "
            "woordvoerder, via 06 41 22 87 90 of femke@veerdienst-lekkerkerk.com.\n")
    release = parse_release(text, "release.txt")
    assert cards(release) == [("Femke Jansma", "Veerdienst Lekkerkerk", ["+31641228790"],
                               ["femke@veerdienst-lekkerkerk.com"])]


def test_a_german_contact_sentence_markdown_list():
    text = ("# Kelterei Remstal presst die erste Ernte\n\n"
            "Weinstadt, 2. Oktober 2026 – Die Kelterei Remstal hat die erste Ernte gepresst, die auch "
            "in diesem Jahr aus den Streuobstwiesen der Gegend kommt und nicht aus dem Ausland.\n\n"
            "- Für Rückfragen wenden Sie sich bitte an Lotte Schäfer, Tel. 07151 60 44 12, "
            "lotte.schaefer@kelterei-remstal.com\n")
    release = parse_release(text, "release.md")
    assert cards(release) == [("Lotte Schäfer", "Kelterei Remstal", ["+497151604412"],
                               ["lotte.schaefer@kelterei-remstal.com"])]


def test_a_sentence_naming_no_errand_is_no_contact_line():
    text = ("# Kelterei Remstal presst die erste Ernte\n\n"
            "Weinstadt, 2. Oktober 2026 – Die Kelterei Remstal hat die erste Ernte gepresst.\n\n"
            "Im Hofladen wenden Sie sich an Lotte Schäfer, Tel. 07151 60 44 12, damit der Saft bereitsteht.\n")
    release = parse_release(text, "release.md")
    assert release.contacts == []


# --- a field's label alone in a definition list ---------------------------------------------------

def test_field_labels_of_a_definition_list_are_no_organisation_html():
    html = ("<html><body><h1>Kelterei Remstal presst die erste Ernte</h1>"
            "<p>Weinstadt, 2. Oktober 2026 – Die Kelterei Remstal hat die erste Ernte gepresst.</p>"
            "<h3>Medienkontakt</h3><dl><dt>Name</dt><dd>Lotte Schäfer</dd>"
            "<dt>Funktion</dt><dd>Öffentlichkeitsarbeit</dd>"
            "<dt>Telefon</dt><dd>+49 7151 60 44 12</dd>"
            "<dt>E-Mail</dt><dd>presse@remstal-saft.com</dd></dl></body></html>")
    release = parse_release(html, "release.html")
    assert [(c.name, c.organization) for c in release.contacts] == [("Lotte Schäfer", None)]


# --- an agency's line in French; the org a domain spells word by word -----------------------------

def test_a_french_agency_named_before_its_person_markdown_list():
    text = ("# La Fromagerie du Haut-Doubs agrandit sa cave\n\n"
            "Pontarlier, le 5 mai 2026 – La Fromagerie du Haut-Doubs agrandit sa cave d'affinage, qui "
            "pourra accueillir les meules de douze fermes de plus dans les prochaines années.\n\n"
            "Contacts presse :\n\n"
            "- Agence Sapin Bleu – Margaux Vuillemin – 06 31 52 44 08 – margaux@sapinbleu.com\n")
    release = parse_release(text, "release.md")
    assert cards(release) == [("Margaux Vuillemin", "Agence Sapin Bleu", ["+33631524408"],
                               ["margaux@sapinbleu.com"])]


def test_a_domain_spelled_word_by_word_by_a_name_the_release_repeats():
    text = ("Kelterei Remstal presst die erste Ernte\n\n"
            "Weinstadt, 2. Oktober 2026 – Die Kelterei Remstal hat die erste Ernte gepresst. Kelterei "
            "Remstal kauft das Obst bei den Wiesenbesitzern der Gegend.\n\n"
            "Pressekontakt: Lotte Schäfer, lotte@kelterei-remstal.com\n")
    release = parse_release(text, "release.txt")
    assert [c.organization for c in release.contacts] == ["Kelterei Remstal"]


def test_a_desk_named_with_its_organisation_gives_the_organisation_plain_email():
    text = ("From: Harrow Vale Trust Press Office\nSubject: Harrow Vale Trust buys the old mill\n\n"
            "Harrow Vale Trust buys the old mill\n\n"
            "The Harrow Vale Trust has bought the old mill on the river to turn it into a visitor centre.\n\n"
            "Media contact: Ansel Pryce, ansel.pryce@harrowvaletrust.com\n")
    release = parse_release(text, "release.txt")
    assert [c.organization for c in release.contacts] == ["Harrow Vale Trust"]
