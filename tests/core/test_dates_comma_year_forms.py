"""A date in another language with a comma before its year, as English writes it ("7 DE
NOVIEMBRE, 2031:", "5 mars, 2031"): the date is read. Words of our own, in two styles (an HTML
fragment and plain text)."""

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.structure import find_date

HTML = ("<h1>Lumbre 4.2 mejora la velocidad y la seguridad</h1>\n"
        "<p>7 DE NOVIEMBRE, 2031: El grupo de desarrollo de Lumbre anuncia hoy la versión 4.2 de su "
        "servidor de mapas, con consultas hasta un 30 % más rápidas para sus usuarios.</p>\n")
PLAIN = ("Lumbre 4.2 mejora la velocidad y la seguridad\n\n"
         "7 de noviembre, 2031 - El grupo de desarrollo de Lumbre anuncia hoy la versión 4.2 de su "
         "servidor de mapas, con consultas hasta un 30 % más rápidas para sus usuarios.\n")


@pytest.mark.parametrize("text, name", [(HTML, "r.html"), (PLAIN, "r.txt")])
def test_a_comma_before_the_year_of_a_spanish_date(text, name):
    release = parse_release(text, name=name)
    assert (release.title, release.date) == ("Lumbre 4.2 mejora la velocidad y la seguridad", "2031-11-07")


@pytest.mark.parametrize("text, iso", [("5 mars, 2031 –", "2031-03-05"), ("3. Mai, 2031", "2031-05-03")])
def test_comma_year_forms(text, iso):
    assert find_date(text).iso == iso


def test_a_count_after_a_day_and_month_is_no_year():
    assert find_date("el 3 de marzo, 2500 personas") is None
