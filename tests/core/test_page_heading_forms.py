"""A site's heading over the release naming its page of news ("News", "Comunicati stampa",
"Actualités"), in words of our own and two styles (Italian HTML, English Markdown): the release's
own heading below it is the headline; a headline that only holds such a word stays the headline."""

from mediakit.core.analyse import parse_release

IT_HTML = """<html><head><title>Comunicati stampa | Comune di Lucca</title></head><body>
<h1>Comunicati stampa</h1>
<h2>Lucca, riaprono le mura dopo i lavori di restauro</h2>
<p>Lucca, 4 giugno 2031 – Dopo due anni di lavori riaprono oggi al pubblico le mura, restaurate con 6 milioni di euro.</p>
</body></html>"""

EN_MARKDOWN = """# News

## Riverside Zoo Welcomes Two Snow Leopard Cubs

June 4, 2031

RIVERSIDE, Calif. – Riverside Zoo today showed two snow leopard cubs born in May, the first in its 80-year history.
"""

HEADLINE_WITH_THE_WORD = """# Good News for Commuters as Ferry Returns

PORTLAND, Maine – The harbour ferry returns to the bay on Saturday after a winter of repairs, with six crossings a day.
"""


def test_the_page_heading_is_not_the_headline():
    assert parse_release(IT_HTML, name="r.html").title == "Lucca, riaprono le mura dopo i lavori di restauro"
    assert parse_release(EN_MARKDOWN, name="r.md").title == "Riverside Zoo Welcomes Two Snow Leopard Cubs"


def test_a_headline_holding_the_word_stays_the_headline():
    assert parse_release(HEADLINE_WITH_THE_WORD, name="r.md").title == "Good News for Commuters as Ferry Returns"
