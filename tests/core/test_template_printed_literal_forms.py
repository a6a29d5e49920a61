"""Template sources print quoted literals through filters and translation calls: the page shows
those words ('{{ "press@x" | obfuscate }}', "{{ _('Press contact') }}", '{% trans "…" %}'), so
the release read from the source keeps them; a tag printing a variable still prints nothing."""

from mediakit.core.analyse import parse_release

NJK = """{% extends "layouts/news.njk" %}
{% block content %}
<article>
  <h1>Stadtlauf bricht Teilnehmerrekord</h1>
  <p>Rheinwiesen, 3. Mai 2031 – Beim Stadtlauf gingen 4.200 Läuferinnen und Läufer an den Start.</p>
  <h2>{{ _("Medienkontakt") }}</h2>
  <p>Mara Lenz, Pressestelle<br>
  Tel. +49 221 55 01 20<br>
  {{ "presse@stadtlauf-rheinwiesen.example" | obfuscate | safe }}</p>
  <p>{{ page.footer }}</p>
</article>
{% endblock %}
"""

DJANGO = """{% extends "base.html" %}{% load i18n %}
{% block content %}
<h1>Harbour museum reopens its boat hall</h1>
<p>LOWMERE, 4 June 2031 – The museum reopened its boat hall after a two-year refit costing £3 million.</p>
<h2>{% trans "Press contact" %}</h2>
<p>Ruth Ames, press officer, {{ 'press@lowmeremuseum.example.org' }}</p>
{% endblock %}
"""


def test_a_nunjucks_page_keeps_the_address_it_prints_through_a_filter_and_its_translated_heading():
    release = parse_release(NJK, name="stadtlauf.njk")
    assert [(c.name, c.emails) for c in release.contacts] == [("Mara Lenz", ["presse@stadtlauf-rheinwiesen.example"])]
    assert "Medienkontakt" in [s.title for s in release.sections]
    assert "page.footer" not in release.blocks[-1].text and "{{" not in " ".join(b.text for b in release.blocks)


def test_a_django_pages_trans_tag_and_printed_address_are_read():
    release = parse_release(DJANGO, name="museum.html")
    assert [(c.name, c.emails) for c in release.contacts] == [("Ruth Ames", ["press@lowmeremuseum.example.org"])]
    assert "Press contact" in [s.title for s in release.sections]
