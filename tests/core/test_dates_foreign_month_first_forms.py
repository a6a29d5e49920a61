"""A month of another language written before its day, the way a site's software in an English
locale prints it ("juin 25, 2008", "marzo 4, 2031"), in words of our own and two styles (French
HTML, Spanish Markdown): the dateline's date and place are read."""

from mediakit.core.analyse import parse_release

FR_HTML = """<html><body><h1>La ville ouvre trois nouvelles crèches</h1>
<p>Lyon, juin 4, 2031 – La ville a ouvert aujourd'hui trois crèches de 40 places chacune dans les quartiers est.</p>
</body></html>"""

ES_MARKDOWN = """# El puerto estrena una nueva terminal de cruceros

Valencia, marzo 4, 2031 – La Autoridad Portuaria ha inaugurado hoy una terminal con capacidad para 4.000 pasajeros al día.
"""


def test_a_foreign_month_before_its_day():
    fr = parse_release(FR_HTML, name="r.html")
    assert (fr.date, fr.place) == ("2031-06-04", "Lyon")
    es = parse_release(ES_MARKDOWN, name="r.md")
    assert (es.date, es.place) == ("2031-03-04", "Valencia")
