"""A Go template (``html/template``, a Hugo layout) keeps its page's title and date in
``{{define "title"}}…{{end}}`` blocks: the headline is the title block's text, not a first line
of the body, and the block prints nothing where it stands. Words of our own, in two styles (a
wire copy's ``.tmpl`` in English, a Hugo layout's ``.html`` in German with spaced actions)."""

from mediakit.core.analyse import parse_release

TMPL = """{{define "title"}}Quayside Ferries Orders Two Electric Boats{{end}}
{{define "date"}}2031-05-06{{end}}
{{define "content"}}
<p>PORT ELLEN, May 6, 2031 /Harbour Wire/ -- Quayside Ferries said on Tuesday it has ordered two
electric passenger boats for its island crossings, a $38 million investment.</p>
<p>The boats will each carry 300 passengers and enter service next spring.</p>
{{template "footer" .}}
{{end}}
"""

HUGO = """{{ define "title" }}
  Stadtwerke Auheim bauen Solarpark am Deich
{{ end }}
{{ define "main" }}
<div class="pm">
<p>Auheim, 6. Mai 2031 – Die Stadtwerke Auheim bauen am Deich einen Solarpark mit einer Leistung von
zwölf Megawatt. Der Bau soll im Herbst beginnen und 14 Millionen Euro kosten.</p>
<p>Der Park soll rund 4.000 Haushalte mit Strom versorgen.</p>
</div>
{{ end }}
"""


def test_a_go_template_title_block_is_the_headline_not_the_dateline():
    release = parse_release(TMPL, name="release.tmpl")
    assert release.title == "Quayside Ferries Orders Two Electric Boats"
    assert release.date == "2031-05-06"
    assert release.place == "PORT ELLEN"


def test_a_hugo_layout_with_spaced_actions_gives_its_title_block():
    release = parse_release(HUGO, name="single.html")
    assert release.title == "Stadtwerke Auheim bauen Solarpark am Deich"
    assert release.place == "Auheim"
    assert all("Solarpark am Deich" not in s.title for s in release.sections)
