"""A contact card flattened onto one line with a title written short before the person's name
("Rückfragehinweis: <organisation> Mag. <name> <role> Telefon: …"): the organisation before the
title, the name after it (shown without the title) and the role after the name are three things.
Words and numbers of our own, in two styles: a plain-text wire scrape and an HTML paragraph."""

from mediakit.core.analyse import parse_release

PLAIN = """Landesmuseum Kärnten zeigt Römerfunde aus dem Lavanttal

Klagenfurt (OTS) - Das Landesmuseum Kärnten zeigt ab Mai 140 Fundstücke aus einer römischen Villa.

Rückfragehinweis: Landesmuseum Kärnten Mag. Lorenz Pichlmayr Pressesprecher Telefon: +43 463 536 30512 E-Mail: lorenz.pichlmayr@landesmuseum-ktn.at
"""

HTML = """<html><body><h1>Stadtwerke Ellwangen senken den Gaspreis</h1>
<p>Ellwangen, 2. März 2026 – Die Stadtwerke Ellwangen senken den Gaspreis zum 1. April um 8 Prozent.</p>
<p>Pressekontakt: Stadtwerke Ellwangen Dr. Miriam Kessler Leiterin Unternehmenskommunikation Tel.: +49 7961 8820 145 E-Mail: m.kessler@sw-ellwangen.de</p>
</body></html>"""


def _contacts(text: str, name: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.name, c.organization, c.role) for c in parse_release(text, name=name).contacts]


def test_the_organisation_before_a_titled_name_on_a_flattened_line_is_the_contacts():
    assert _contacts(PLAIN, "r.txt") == [("Lorenz Pichlmayr", "Landesmuseum Kärnten", "Pressesprecher")]
    assert _contacts(HTML, "r.html") == [("Miriam Kessler", "Stadtwerke Ellwangen", "Leiterin Unternehmenskommunikation")]


def test_the_titled_name_keeps_its_phone_and_address():
    card = parse_release(PLAIN, name="r.txt").contacts[0]
    assert card.phones == ["+4346353630512"] and card.emails == ["lorenz.pichlmayr@landesmuseum-ktn.at"]
