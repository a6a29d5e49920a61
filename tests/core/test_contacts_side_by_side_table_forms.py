"""A table of contacts set side by side, a column a contact (a label over a name, a phone and an
e-mail): each column is one contact's card, not each row a line joining two people. Words of our
own, in two styles (an English investor-relations page, a Spanish group's page with its header
row in ``<thead>`` and linked addresses)."""

from mediakit.core.analyse import parse_release

IR = """<html><body><h1>Quayside Foods Reports First Quarter 2031 Results</h1>
<p>QUAYSIDE, May 6, 2031 -- Quayside Foods Inc. today reported net sales of $412 million for the
first quarter, up 4.1% from a year earlier.</p>
<table>
<tr><th>Investors</th><th>Media</th></tr>
<tr><td>Nora Vance</td><td>Tobias Reed</td></tr>
<tr><td>+1 207 555 0131</td><td>+1 207 555 0158</td></tr>
<tr><td>investors@quaysidefoods.example.com</td><td>media@quaysidefoods.example.com</td></tr>
</table>
</body></html>
"""

GROUP = """<html><body><h1>Grupo Orvalle cierra el primer trimestre con un beneficio récord</h1>
<p>MADRID, 6 de mayo de 2031. Grupo Orvalle ha obtenido un beneficio neto de 212 millones de euros en el primer trimestre, un 9 % más que hace un año.</p>
<table class="contactos">
<thead><tr><th>Contacto de prensa</th><th>Relación con inversores</th></tr></thead>
<tbody>
<tr><td>Irene Castaño</td><td>Pablo Ledesma</td></tr>
<tr><td>+34 915 55 71 10</td><td>+34 915 55 71 20</td></tr>
<tr><td><a href="mailto:prensa@grupoorvalle.example.es">prensa@grupoorvalle.example.es</a></td><td><a href="mailto:inversores@grupoorvalle.example.es">inversores@grupoorvalle.example.es</a></td></tr>
</tbody>
</table>
</body></html>
"""


def test_investor_and_media_columns_are_two_contacts():
    contacts = parse_release(IR, name="ir.html").contacts
    assert [(c.name, c.phones, c.emails) for c in contacts] == [
        ("Nora Vance", ["+12075550131"], ["investors@quaysidefoods.example.com"]),
        ("Tobias Reed", ["+12075550158"], ["media@quaysidefoods.example.com"])]


def test_spanish_press_and_investor_columns_are_two_contacts():
    contacts = parse_release(GROUP, name="nota.html").contacts
    assert [(c.name, c.phones, c.emails) for c in contacts] == [
        ("Irene Castaño", ["+34915557110"], ["prensa@grupoorvalle.example.es"]),
        ("Pablo Ledesma", ["+34915557120"], ["inversores@grupoorvalle.example.es"])]
