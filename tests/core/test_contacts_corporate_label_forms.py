"""A "Corporate Contact" label opens a card, spaced from its details or glued to them by a
flattening ("Corporate ContactJane Roe…"). Words and numbers of our own, in two styles: a wire's
flattened Markdown and an HTML page."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Varden Optics to Publish Its First-Quarter Results on May 7, 2026

ZUG, Switzerland - April 20, 2026 (NEWMEDIAWIRE) - Varden Optics will publish its first-quarter \
results on May 7, 2026, and host a web conference for analysts.

 Corporate ContactLeonie AmbergHead of Investor Relations+41 41 555 21 90 leonie.amberg@vardenoptics.ch

View the original release on www.newmediawire.com
"""

HTML = """<html><body><h1>Varden Optics opens a lens plant</h1>
<p>ZUG, Switzerland, 21 April 2026 &ndash; Varden Optics opened a lens plant with 90 jobs.</p>
<p>Corporate Contact<br/>Leonie Amberg<br/>Head of Investor Relations<br/>+41 41 555 21 90<br/>leonie.amberg@vardenoptics.ch</p>
</body></html>"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.role, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


def test_a_corporate_contact_label_opens_a_card():
    want = [("Leonie Amberg", "Head of Investor Relations", ["+41415552190"], ["leonie.amberg@vardenoptics.ch"])]
    assert _cards(MARKDOWN, "r.md") == want
    assert _cards(HTML, "r.html") == want
