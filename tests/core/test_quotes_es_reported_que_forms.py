"""A Spanish sentence reporting its speaker's words with a common verb and "que", the quotation
closing it ("El rector, Ana Ruiz, destacó que «…»", "La ministra Ana Ruiz aseguró que “…”"): the
quotation is the sentence's subject's. Words of our own, in two styles (a university's page with
the speaker in commas and « », a ministry's page with the role before the name and “ ”)."""

from mediakit.core.analyse import parse_release

UNIVERSITY = """<html><body><h1>La Universidad de Orvalle abre un centro de datos climáticos</h1>
<p>Orvalle, 6 de mayo de 2031. La Universidad de Orvalle ha abierto un centro de datos climáticos con una
inversión de 3,4 millones de euros y 28 investigadores.</p>
<p>El rector, Tomás Aranda Gil, destacó que «es el mayor centro de investigación que ha abierto nunca esta universidad».</p>
</body></html>
"""

MINISTRY = """<html><body><h1>El Gobierno amplía las becas de transporte para estudiantes</h1>
<p>Ciudad de Orvalle, 6 de mayo de 2031. El Ministerio de Educación ampliará a 90.000 estudiantes las becas de
transporte a partir del próximo curso.</p>
<p>La ministra Lucía Ferrán aseguró que “ningún estudiante dejará de ir a clase por no poder pagar el autobús”.</p>
</body></html>
"""


def test_destaco_que_gives_the_rector_his_quotation():
    quotes = parse_release(UNIVERSITY, name="nota.html").quotes
    assert [q.speaker for q in quotes] == ["Tomás Aranda Gil"]
    assert quotes[0].text.startswith("es el mayor centro")


def test_aseguro_que_gives_the_minister_her_quotation():
    quotes = parse_release(MINISTRY, name="nota.html").quotes
    assert [q.speaker for q in quotes] == ["Lucía Ferrán"]
    assert quotes[0].text.endswith("pagar el autobús")
