"""Contacts: a release with no contact label that closes on one line holding a desk's card, its
name first and then, between dots or bars, a bare e-mail address and a bare phone ("Prensa
Ayuntamiento de X · prensa@… · +34 …"): the line is a desk of the organisation its name field
ends in, no person. Words of our own, in two styles (a Spanish town hall's page with middle dots,
a German foundation's page with bars)."""

from mediakit.core.analyse import parse_release

TOWN = """El Ayuntamiento de Cabrales abre un centro de día para mayores
Cabrales, 3 de mayo de 2031.- El Ayuntamiento de Cabrales ha abierto un centro de día con 40 plazas para personas mayores en el antiguo colegio de la plaza, con una inversión de 1,2 millones de euros.
El centro abrirá de lunes a viernes y ofrecerá transporte a los vecinos de las aldeas.
Prensa Ayuntamiento de Cabrales · prensa@cabrales.es · +34 985 84 50 12
"""

FOUNDATION = """Stiftung Nordlicht fördert 30 Schulgärten in Brandenburg
Potsdam, 5. Mai 2031 – Die Stiftung Nordlicht unterstützt in diesem Jahr 30 Schulgärten in Brandenburg mit insgesamt 90.000 Euro, teilte die Stiftung am Dienstag mit.
Die Schulen können das Geld für Beete, Werkzeug und Saatgut einsetzen.
Kommunikation Stiftung Nordlicht | presse@stiftung-nordlicht.de | +49 30 4402 1187
"""


def cards(release):
    return [(c.name, c.organization, c.phones, c.emails) for c in release.contacts]


def test_a_desk_line_with_middle_dots_is_the_town_halls_desk():
    release = parse_release(TOWN, name="cabrales.txt")
    assert cards(release) == [(None, "Ayuntamiento de Cabrales", ["+34985845012"], ["prensa@cabrales.es"])]


def test_a_desk_line_with_bars_is_the_foundations_desk():
    release = parse_release(FOUNDATION, name="stiftung.txt")
    assert cards(release) == [(None, "Stiftung Nordlicht", ["+493044021187"], ["presse@stiftung-nordlicht.de"])]


def test_a_persons_card_on_one_line_keeps_the_person():
    text = TOWN.replace("Prensa Ayuntamiento de Cabrales ·", "Lucía Ferrer ·").replace("prensa@", "lucia.ferrer@")
    release = parse_release(text, name="cabrales.txt")
    assert [c.name for c in release.contacts] == ["Lucía Ferrer"]
