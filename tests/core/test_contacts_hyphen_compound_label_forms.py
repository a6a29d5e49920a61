"""A label word that goes on after a hyphen is a compound, not a label with its details
("Kontakt-Informationen" is no "Kontakt" label over an organisation "Informationen"): the part
keeps its title and the contact its organisation. Words, names and numbers of our own, in two
styles: a WML news page with a press inbox and a Markdown release with a person's card."""

from mediakit.core.analyse import parse_release

WML = """<define-tag pagetitle>Lindwurm 4.2 freigegeben</define-tag>
<define-tag release_date>2026-02-03</define-tag>
#use wml::debian::news

<p>Das Lindwurm-Projekt freut sich, die Version 4.2 seines freien Betriebssystems
bekanntzugeben. Sie unterstützt neun Architekturen. Informationen zur Installation stehen in
den Release-Informationen.</p>

<h2>Über Lindwurm</h2>

<p>Lindwurm ist ein freies Betriebssystem, das von Freiwilligen aus der ganzen Welt
entwickelt wird.</p>

<h2>Kontakt-Informationen</h2>

<p>Für weitere Informationen besuchen Sie bitte die Webseiten unter
<a href="https://www.lindwurm.example/">https://www.lindwurm.example/</a> oder schicken Sie eine E-Mail an
&lt;presse@lindwurm.example&gt;.</p>
"""

MARKDOWN = """# Stadtwerke Birkenau senken den Gaspreis

BIRKENAU, 3. Februar 2026 – Die Stadtwerke Birkenau senken den Gaspreis zum 1. April um 8 Prozent.
Informationen zu den Tarifen gibt es im Kundenzentrum; die Informationen gelten für 40.000 Haushalte.

## Kontakt-Informationen

Jana Vogt
Pressesprecherin
Telefon: +49 6201 555 012
E-Mail: j.vogt@stadtwerke-birkenau.example
"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


def test_the_compound_names_no_organisation():
    assert _cards(WML, "r.wml") == [(None, "Lindwurm", [], ["presse@lindwurm.example"])]
    assert _cards(MARKDOWN, "r.md") == [("Jana Vogt", "Stadtwerke Birkenau", ["+496201555012"],
                                         ["j.vogt@stadtwerke-birkenau.example"])]


def test_the_compound_stays_the_part_title():
    titles = [s.title for s in parse_release(WML, name="r.wml").sections]
    assert titles == ["Über Lindwurm", "Kontakt-Informationen"]


def test_the_label_word_alone_still_opens_the_card():
    text = MARKDOWN.replace("## Kontakt-Informationen", "## Kontakt")
    assert _cards(text, "r.md") == _cards(MARKDOWN, "r.md")
