"""'“…,” said Ann Roe, the chair, and continued: “…”': the second said-verb ends the speaker's
phrase, so it is no part of her role, and the words after it are hers too. Fixtures in plain text
and an HTML page; names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


PLAIN = """Library opens late on weekdays
Press release

BRANTFORD, 6 May 2031 - The town library will open until ten at night from June.

The council agreed the longer hours at its meeting on Tuesday.

“Readers told us the evenings are when they can come,” said Tobias Renner, the head librarian, and continued: “We will add four staff for the later shifts.”

The library will also lend laptops from the same date.
"""

HTML = """<html><body>
<h1>Clinic adds a weekend service</h1>
<p>ALDERTON, June 2, 2031 &ndash; The Alderton Clinic will open on Saturdays from next month.</p>
<p>&ldquo;Families wait too long for an appointment in the week,&rdquo; said Dr Hana Sato, medical director of the clinic, and added: &ldquo;The weekend service will see forty patients a day.&rdquo;</p>
</body></html>
"""


def test_and_continued_after_the_role_in_plain_text():
    found = quotes(PLAIN, "release.txt")
    assert [(q[0], q[1]) for q in found] == [("Tobias Renner", "the head librarian")]
    assert found[0][2].endswith("for the later shifts.")


def test_and_added_after_the_role_in_html():
    found = quotes(HTML, "release.html")
    assert [(q[0], q[1]) for q in found] == [("Hana Sato", "medical director of the clinic")]
    assert "forty patients a day" in found[0][2]
