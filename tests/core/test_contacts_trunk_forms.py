"""Contacts: a bare number is read in the country its release points to only where it is written in
that country's plan (a German trunk "0" missing: a North American number).

Every release here is made up (names, organisations, numbers).
"""

from mediakit.core.analyse import parse_release

MD_RELEASE = """# Veltram Opens a Service Hub in Leipzig

LEIPZIG, Germany, May 4, 2021 - Veltram GmbH today opened its second service hub, with room for
sixty technicians and a training floor.

## Press Contacts

Ruth Calloway
Northgate Public Relations
917-482-3561
ruth@northgate-pr.com

Jonas Weidlich
Veltram GmbH
Mobile: +49 (0)171 5523 4410
jonas.weidlich@veltram.de
"""

HTML_RELEASE = """<html><body>
<h1>Kelbor erweitert sein Werk in Brandenburg</h1>
<p>Kelbor hat heute die Erweiterung seines Werks angekündigt. Die neue Halle bietet Platz für
vierzig Mitarbeiter und wird im Herbst eröffnet, sagte die Geschäftsführung der Firma.</p>
<p><b>Pressekontakt:</b><br>
Marta Lindqvist<br>
Bluefield Communications<br>
Tel. 612-875-3302<br>
<a href="mailto:marta@bluefield-comms.com">marta@bluefield-comms.com</a></p>
<p>Anke Rosmann<br>
Kelbor AG<br>
Tel. 0331 270 4418<br>
<a href="mailto:presse@kelbor.de">presse@kelbor.de</a></p>
</body></html>
"""


def test_a_north_american_number_beside_a_german_one_keeps_its_own_plan():
    release = parse_release(MD_RELEASE, "release.md")
    got = {c.name: c.phones for c in release.contacts}
    assert got["Ruth Calloway"] == ["+19174823561"]
    assert got["Jonas Weidlich"] == ["+4917155234410"]


def test_a_bare_number_without_the_trunk_zero_is_not_read_in_the_german_plan():
    release = parse_release(HTML_RELEASE, "release.html")
    got = {c.name: c.phones for c in release.contacts}
    assert got["Marta Lindqvist"] == ["+16128753302"]
    assert got["Anke Rosmann"] == ["+493312704418"]  # written with its "0": read in the German plan
