"""A card on one line with no intro above it, its fields set apart with bars and only the phone
labelled ("Brandt Sensorik AG | Mühlweg 4 | 80331 München | Phone: +49 … | ir@…"): the company's
desk. Words and numbers of our own, in two styles: a wire's flattened Markdown and an HTML page."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Brandt Sensorik AG: Supervisory Board Appoints a New CFO

MUNICH, Germany - March 16, 2026 (NEWMEDIAWIRE) - The Supervisory Board of Brandt Sensorik AG has \
appointed Lea Hofer chief financial officer from 1 June 2026. The company employs 310 people.

 The Supervisory Board

 Brandt Sensorik AG | Mühlweg 4 | 80331 München | GermanyPhone: +49 89 2155 3410ir@brandt-sensorik.de | www.brandt-sensorik.de

 Brandt Sensorik AG, founded in 1991, makes pressure sensors for pumps.

View the original release on www.newmediawire.com
"""

HTML = """<html><body><h1>Brandt Sensorik appoints a new CFO</h1>
<p>MUNICH, 16 March 2026 &ndash; The Supervisory Board of Brandt Sensorik AG has appointed Lea Hofer
chief financial officer from 1 June 2026.</p>
<p>Brandt Sensorik AG | Mühlweg 4 | 80331 München | Phone: +49 89 2155 3410 | ir@brandt-sensorik.de</p>
<p>Brandt Sensorik AG, founded in 1991, makes pressure sensors for pumps.</p>
</body></html>"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


def test_a_barred_card_line_is_the_companys_desk():
    want = [(None, "Brandt Sensorik AG", ["+498921553410"], ["ir@brandt-sensorik.de"])]
    assert _cards(MARKDOWN, "r.md") == want
    assert _cards(HTML, "r.html") == want


def test_a_barred_line_with_a_phone_alone_is_no_card():
    text = HTML.replace(" | ir@brandt-sensorik.de", "")
    assert _cards(text, "r.html") == []
