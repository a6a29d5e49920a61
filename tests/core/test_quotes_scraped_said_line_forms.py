"""A scraped page sets a linked name on a line of its own, so the said-verb ends the line after the
quotation and the speaker stands on the next one ("“…,” said" / "Jane Roe, Chair of X."); the two
lines are one sentence, and the quotation's second paragraph goes on with the same speaker.
Names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


SCRAPE = """Harbour Trust Opens Night Ferry Line | Harbour Trust
Skip to main content
Press Release
Harbour Trust Opens Night Ferry Line
March 3, 2031
PORTVALE —
The Harbour Trust opened a night ferry line on Tuesday that links the two banks of the river after midnight for the first time in forty years.
“This line gives shift workers a safe way home and keeps the river busy after dark,” said
Harbour Trust Chair Odile Marchetti
. “We listened to the people who asked for it for years.”
Tickets cost the same as on the day line, and the first week is free for riders with a city pass.
“Our crews trained for months to run the crossing at night in every kind of weather,” said
Tomasz Quill, Operations Director of the Portvale Ferry Company.
“We are proud to carry the first riders tonight and every night after.”
###
"""

TYPED = """Valley Library Extends Its Hours

Press release

The Valley Library will open until ten at night from next month, after a survey of its readers.

"Readers told us that the evenings are when they can come, and we are glad to open for them," added
Ines Bramwell, the library's Head of Services.

The library will hire four more staff for the later shifts.
"""


def test_scraped_page_with_the_name_on_its_own_line():
    found = quotes(SCRAPE, "release.txt")
    assert [(q[0], q[1]) for q in found] == [
        ("Odile Marchetti", "Harbour Trust Chair"),
        ("Tomasz Quill", "Operations Director of the Portvale Ferry Company"),
    ]
    assert "safe way home" in found[0][2] and "asked for it for years" in found[0][2]
    assert "trained for months" in found[1][2] and "every night after" in found[1][2]


def test_typed_copy_with_straight_marks():
    found = quotes(TYPED, "release.txt")
    assert [(q[0], q[1]) for q in found] == [("Ines Bramwell", "the library's Head of Services")]
