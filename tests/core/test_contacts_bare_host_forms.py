"""A web address printed without "www." or a scheme, glued by a flattening to the card after it
("please visit: corporate.fenmoor.com.FENMOOR Holding AGJane Roe…"), is a link, not part of the
organisation's name; a bare host in a card's own line is left out of it too. Words of our own, in
two styles: a wire's flattened Markdown and an HTML page."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Fenmoor Holding AG Publishes Its Half-Year Report

WASSENBERG, Germany - March 18, 2026 (NEWMEDIAWIRE) - Fenmoor Holding AG today published its \
half-year report: revenue rose 8% to EUR 61.2 million.

 For more information about Fenmoor, please visit: corporate.fenmoor.com.FENMOOR Holding AGMira \
HolstInvestor Relationsir@fenmoor.comMühlenweg 1241849 WassenbergGermanycorporate.fenmoor.com

View the original release on www.newmediawire.com
"""

HTML = """<html><body><h1>Fenmoor Holding publishes its half-year report</h1>
<p>WASSENBERG, 18 March 2026 &ndash; Fenmoor Holding AG today published its half-year report.</p>
<h2>Contact</h2>
<p>Fenmoor Holding AG<br/>Mira Holst<br/>Investor Relations<br/>ir@fenmoor.com<br/>corporate.fenmoor.com</p>
</body></html>"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c.name, c.organization, c.emails) for c in parse_release(text, name=name).contacts]


def test_a_bare_host_is_no_part_of_the_organisation():
    assert _cards(MARKDOWN, "r.md") == [("Mira Holst", "FENMOOR Holding AG", ["ir@fenmoor.com"])]
    assert _cards(HTML, "r.html") == [("Mira Holst", "Fenmoor Holding AG", ["ir@fenmoor.com"])]
