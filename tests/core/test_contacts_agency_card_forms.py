"""Agency cards one after another, each opening with the agency's line, its bracketed areas or
role ("Orla Media Ltd (France, Italy, Spain)", "Bramley Communications (Global Press Contact)"):
each agency is the organisation of the card it opens, not of the card before; two people sharing
a card ("Lena Vogt/Anna Berger", the first named) and their two direct lines written as one number
with two last groups ("+49 (89) 451 230 -41/ -42"). Words and numbers of our own, in two styles: a
Markdown page with hard line breaks and an HTML page."""

from mediakit.core.analyse import parse_release


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


MARKDOWN = """# Harbor Foundation Releases Version 4 of Its Open Toolkit

BRUSSELS, 14 March 2026 – The Harbor Foundation today released version 4 of its open toolkit, used by 900 firms.

## About the Harbor Foundation

The Harbor Foundation hosts open source projects for industry.

---

**Media contacts:**{BR}
Kestrel Public Relations (Germany){BR}
Lena Vogt/Anna Berger{BR}
Lindwurmstraße 12{BR}
80337 Munich{BR}
harbor@kestrel-pr.de{BR}
\\+49 (89) 451 230 \\-41/ \\-42

Orla Media Ltd (France, Italy, Spain){BR}
Pierre Lamont{BR}
[pierre@orla-media.com](mailto:pierre@orla-media.com){BR}
M: \\+44 (0) 7700 900 461

Bramley Communications (Global Press Contact){BR}
Sam Bramley{BR}
[sam@bramleycomm.com](mailto:sam@bramleycomm.com){BR}
\\+1 408-555-0164
""".replace("{BR}", "  ")  # Markdown's hard line breaks

HTML = """<html><body><h1>Harbor Foundation opens an office in Lisbon</h1>
<p>LISBON, 15 March 2026 &ndash; The Harbor Foundation today opened an office with 25 staff.</p>
<h2>Press contacts</h2>
<p>Orla Media Ltd (Portugal, Spain)<br>Pierre Lamont<br>pierre@orla-media.com<br>+44 7700 900461</p>
<p>Bramley Communications (Global Press Contact)<br>Sam Bramley<br>sam@bramleycomm.com<br>+1 408-555-0164</p>
</body></html>"""


def test_each_agency_line_opens_its_own_card():
    assert _cards(MARKDOWN, "r.md")[1:] == [
        ("Pierre Lamont", "Orla Media Ltd", ["+447700900461"], ["pierre@orla-media.com"]),
        ("Sam Bramley", "Bramley Communications", ["+14085550164"], ["sam@bramleycomm.com"])]
    assert _cards(HTML, "r.html") == [
        ("Pierre Lamont", "Orla Media Ltd", ["+447700900461"], ["pierre@orla-media.com"]),
        ("Sam Bramley", "Bramley Communications", ["+14085550164"], ["sam@bramleycomm.com"])]


def test_two_people_sharing_a_card_and_its_two_direct_lines():
    assert _cards(MARKDOWN, "r.md")[0] == (
        "Lena Vogt", "Kestrel Public Relations", ["+498945123041", "+498945123042"], ["harbor@kestrel-pr.de"])
