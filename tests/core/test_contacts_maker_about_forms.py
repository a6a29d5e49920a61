"""Two "About …" parts, one for a product whose name begins with its maker's ("About Lumora Schools")
and one for the maker itself ("About Lumora"), and a press inbox at the maker's domain, in words of
our own and two styles (a WML/HTML news page, Markdown): the inbox is the maker's, not the product's."""

from mediakit.core.analyse import parse_release

WML = """<define-tag pagetitle>Lumora Schools 4 veröffentlicht</define-tag>
<define-tag release_date>2031-05-06</define-tag>
#use wml::lumora::news

<p>Das Lumora-Team freut sich, Lumora Schools 4 ankündigen zu können, eine fertig eingerichtete
Umgebung für Schulnetzwerke mit mehr als 70 Lernprogrammen.</p>

<h2>Über Lumora Schools</h2>
<p>Lumora Schools ist eine auf Lumora aufbauende Distribution für Schulen, die Server und
Arbeitsplätze eines Schulnetzes in wenigen Stunden bereitstellt.</p>

<h2>Über Lumora</h2>
<p>Das Lumora-Projekt ist ein Zusammenschluss von Freiwilligen, die ein freies Betriebssystem entwickeln.</p>

<h2>Kontaktinformationen</h2>
<p>Weitere Informationen erhalten Sie per E-Mail an &lt;presse@lumora.org&gt;.</p>
"""

MARKDOWN = """# Vintra Cloud llega a tres nuevas regiones

Madrid, 6 de mayo de 2031 – Vintra ha abierto tres nuevas regiones de Vintra Cloud en Europa, con 12 centros de datos.

## Acerca de Vintra Cloud

Vintra Cloud es la plataforma de servicios en la nube de Vintra para empresas medianas.

## Acerca de Vintra

Vintra es una empresa de software fundada en Valencia que da empleo a 400 personas.

## Contacto de prensa

Correo electrónico: prensa@vintra.es
"""

NAMED = MARKDOWN.replace("Correo electrónico: prensa@vintra.es", "Lucía Ferrer\nlucia.ferrer@vintra.es")


def test_the_inbox_belongs_to_the_maker_its_domain_spells():
    release = parse_release(WML, name="r.wml")
    assert [(c.organization, c.emails) for c in release.contacts] == [("Lumora", ["presse@lumora.org"])]
    release = parse_release(MARKDOWN, name="r.md")
    assert [(c.organization, c.emails) for c in release.contacts] == [("Vintra", ["prensa@vintra.es"])]
    release = parse_release(NAMED, name="r.md")
    assert [(c.name, c.organization) for c in release.contacts] == [("Lucía Ferrer", "Vintra")]
