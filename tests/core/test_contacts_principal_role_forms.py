"""Titles built on "Principal" or "Partner" ("Managing Principal", "Founding Partner") are a
contact's role, not a second name, in a card's comma-run line and in its own lines. Words and
numbers of our own, in two styles: a wire's Markdown line and an HTML card."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Orchard Trust Bank Names a New Wealth Adviser

CAMDEN, NJ - April 2, 2026 (NEWMEDIAWIRE) - Orchard Trust Bank named Lena Vos a senior adviser \
in its wealth division, which manages $3.4 billion.

 Contact: Harriet Coyle-Baines, Orchard Trust Bank, SVP Managing Principal, Brand Director, \
12 Mill Lane, Camden, NJ 08102, hcoyle@orchardtrust.com, (856) 555-0123

View the original release on www.newmediawire.com
"""

HTML = """<html><body><h1>Marlow &amp; Finch adds a tax practice</h1>
<p>LEEDS, 3 April 2026 &ndash; Marlow &amp; Finch opened a tax practice with 14 advisers.</p>
<h2>Media contact</h2>
<p>Owen Pryce<br/>Founding Partner<br/>+44 113 496 0144<br/>owen.pryce@marlowfinch.co.uk</p>
</body></html>"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.role) for c in parse_release(text, name=name).contacts]


def test_a_principal_title_is_a_role():
    assert _cards(MARKDOWN, "r.md") == [("Harriet Coyle-Baines", "SVP Managing Principal, Brand Director")]


def test_a_partner_title_is_a_role():
    assert _cards(HTML, "r.html") == [("Owen Pryce", "Founding Partner")]
