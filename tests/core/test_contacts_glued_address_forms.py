"""Contact cards a flattening ran together, where an address touches what stands next to it: two
addresses glued ("ir@….comjo@…"), an address's top-level domain glued to the company name that
follows it ("….comkelso AG"), a phone's last digits glued to the address after it ("… 89info@…"),
and a name, its number and its address all in one run ("Ada B Lorne6175550199alorne@…"). Words
and numbers of our own, in two styles: a wire's flattened Markdown and an HTML page."""

from mediakit.core.analyse import parse_release


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


MARKDOWN = """# Kelso Marine AG Publishes Its Half-Year Report

HAMBURG, Germany - March 3, 2026 (NEWMEDIAWIRE) - kelso AG, a maker of harbour sensors, today \
published its half-year report. Revenue rose by 12% to EUR 8.1 million.

 About kelso AG kelso AG builds sensors for ports and locks in eleven countries.

 kelso AG Investor Relations:kelso AGPhone: +49 40 2284 6613Mail: ir@kelsomarine.comkelso AG \
Press contact:Brindle Consult GmbHPhone: +49 40 3391 7720Mail: kelso@brindle.de

View the original release on www.newmediawire.com
"""

HTML = """<html><body><h1>Fenwick Tools names a new finance chief</h1>
<p>MUNICH, Germany, 4 March 2026 &ndash; Fenwick Tools AG today named Ilse Marten its chief
financial officer from 1 May. The company employs 640 people.</p>
<p>Contact: Fenwick Tools AG | Harbour Road 4 | 80331 Munich | GermanyPhone: +49 89 1234567 89info@fenwick-ag.de | www.fenwick-ag.de</p>
</body></html>"""

RUN = """# Quintet Bank Reports Record Deposits

SALEM, OR - March 5, 2026 (NEWMEDIAWIRE) - Quintet Bank reported deposits of $410 million at the \
end of its fiscal year, up 9% on the year before.

 Contact:Ada B Lorne6175550199alorne@quintetbank.com

View the original release on www.newmediawire.com
"""

TWO = """<html><body><h1>Harlow Pumps opens a plant in Leeds</h1>
<p>LEEDS, 6 March 2026 &ndash; Harlow Pumps today opened a plant with 120 jobs.</p>
<p>Media contact: Tom Ashby, Harlow Pumps, +44 113 496 0021, ir@harlowpumps.compress@harlowpumps.com</p>
</body></html>"""


def test_an_address_glued_to_the_company_name_after_it_ends_at_its_domain():
    cards = _cards(MARKDOWN, "r.md")
    assert (None, "kelso AG", ["+494022846613"], ["ir@kelsomarine.com"]) in cards
    assert (None, "Brindle Consult GmbH", ["+494033917720"], ["kelso@brindle.de"]) in cards


def test_a_phones_last_digits_glued_to_the_address_stay_the_phones():
    assert _cards(HTML, "r.html") == [(None, "Fenwick Tools AG", ["+4989123456789"], ["info@fenwick-ag.de"])]


def test_a_name_its_number_and_its_address_run_together_come_apart():
    assert _cards(RUN, "r.md") == [("Ada B Lorne", "Quintet Bank", ["+16175550199"], ["alorne@quintetbank.com"])]


def test_two_addresses_run_together_are_two():
    ((name, org, phones, emails),) = _cards(TWO, "r.html")
    assert (name, phones, emails) == ("Tom Ashby", ["+441134960021"], ["ir@harlowpumps.com", "press@harlowpumps.com"])
