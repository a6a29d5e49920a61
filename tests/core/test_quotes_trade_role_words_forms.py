"""Roles named by a trade or office the role lexicon did not know: "Harbour master Tom Reyes welcomed
the vote. “…”", "head librarian Ingrid Solberg … “…,” Ingrid has said.". With the role word known, the
sentence before a quotation names its speaker, and a first name alone finds the full name the
release introduces with that role. Fixtures in plain text and HTML; names, organisations and
numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


PLAIN = """Harbour Board Approves New Ferry Timetable

PORTVALE, March 3, 2031 - The Portvale Harbour Board today approved a new ferry timetable.

Harbour master Tom Reyes welcomed the vote. "We have waited four years for this change and the crews are ready."
"""

HTML = """<html><body>
<h1>Portvale opens new library</h1>
<p>PORTVALE, March 3, 2031 &ndash; The city opened its new library, led by head librarian Ingrid Solberg, on Monday.</p>
<p>&ldquo;Every child in the city can now reach a library on foot within twenty minutes,&rdquo; Ingrid has said.</p>
</body></html>
"""


def test_plain_text_sentence_naming_a_harbour_master():
    assert [(q[0], q[1]) for q in quotes(PLAIN, "release.txt")] == [("Tom Reyes", "Harbour master")]


def test_html_first_name_of_a_head_librarian():
    found = quotes(HTML, "release.html")
    assert [(q[0], q[1]) for q in found] == [("Ingrid Solberg", "head librarian")]
