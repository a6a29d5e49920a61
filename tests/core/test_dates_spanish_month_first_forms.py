"""A Spanish date with its month first and the year after "de" or "del" ("marzo 3 de 2026",
"abril 14 del 2031"), as Colombian and other Latin American releases write it; in words of our
own and two styles (plain text and Markdown): the dateline's date and place are read."""

from mediakit.core.analyse import parse_release

PLAIN = """La gobernación entrega 12 nuevas ambulancias

Medellín, abril 14 de 2031. La gobernación entregó hoy 12 ambulancias medicalizadas a hospitales de municipios rurales, con una inversión de 5.400 millones de pesos.
"""

MARKDOWN = """# Universidad abre convocatoria de becas para 300 estudiantes

BARRANQUILLA, Colombia, abril 14 del 2031 – La universidad abrió hoy una convocatoria de becas completas para 300 estudiantes de primer semestre de la región Caribe.
"""


def test_a_month_before_its_day_and_de_before_the_year():
    plain = parse_release(PLAIN, name="r.txt")
    assert (plain.date, plain.place) == ("2031-04-14", "Medellín")
    md = parse_release(MARKDOWN, name="r.md")
    assert (md.date, md.place) == ("2031-04-14", "BARRANQUILLA, Colombia")
