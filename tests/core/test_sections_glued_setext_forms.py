"""Damaged Markdown whose setext titles lost the blank line above them, so each title is the last
line of the paragraph before it and its underline (of whatever length) would read as a rule: the
title is a section of its own and the paragraph ends before it. A contact line over a rule stays
no title. Words of our own, in two styles (a German company's news with "-----", an English
charity's release with "=====")."""

from mediakit.core.analyse import parse_release

COMPANY = """# Mühlenwerk Ostheim baut neues Silo

Ostheim, 2. Juni 2031 – Die Mühlenwerk Ostheim GmbH baut für 6 Millionen Euro ein neues Getreidesilo mit 12.000 Tonnen Fassungsvermögen.
Bauzeit und Kosten
--------------
Der Bau beginnt im Juli und soll im Frühjahr fertig sein, teilte das Unternehmen mit.
Über die Mühlenwerk Ostheim GmbH
-----
Die Mühlenwerk Ostheim GmbH mahlt seit 1921 Getreide aus der Region.
"""

CHARITY = """# Lantern Trust funds 40 new reading clubs

LEEDS, 2 June 2031 - The Lantern Trust will fund 40 new reading clubs in primary schools across West Yorkshire this autumn, at a cost of £95,000.
Where the clubs will meet
=========
Each club will meet once a week in a school library after lessons, led by trained volunteers.
Email: press@lanterntrust.org.uk
-----
"""


def titles(release):
    return [s.title for s in release.sections]


def test_dash_underlined_titles_glued_under_german_paragraphs():
    release = parse_release(COMPANY, name="muehle.md")
    assert titles(release)[:2] == ["Bauzeit und Kosten", "Über die Mühlenwerk Ostheim GmbH"]
    assert [a.title for a in release.about] == ["Über die Mühlenwerk Ostheim GmbH"]


def test_equals_underlined_title_glued_under_an_english_paragraph():
    release = parse_release(CHARITY, name="lantern.md")
    assert "Where the clubs will meet" in titles(release)
    assert "Email: press@lanterntrust.org.uk" not in titles(release)
