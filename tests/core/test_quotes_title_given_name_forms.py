"""A given name that is also a title word ("Dean", "Judge") written right after a role in capitals
("Council President Dean Roe") is part of the speaker's full name, both where the quotation names
the speaker in full and where a later quotation gives the surname alone. Names are invented."""

from mediakit.core.analyse import parse_release


def quoted(text, name):
    return [(q.speaker, q.role) for q in parse_release(text, name=name).quotes]


def test_title_word_as_given_name_after_said_in_plain_text():
    text = ("Harbour Path Approved\n\nMARLOW BAY, Ore. – The council approved the harbour path on Tuesday.\n\n"
            "\"Every resident will be able to walk to the water,\" said Council President Dean Whitcombe.\n")
    assert quoted(text, "release.txt") == [("Dean Whitcombe", "Council President")]


def test_title_word_as_given_name_introduced_then_surname_alone_in_html():
    html = ("<html><body><h1>Library Levy Passes</h1><p>Board Chair Judge Ferreira thanked the voters on "
            "Wednesday.</p><p>“The branches stay open six days a week,” Ferreira said.</p></body></html>")
    assert quoted(html, "release.html") == [("Judge Ferreira", "Board Chair")]


def test_title_word_before_a_full_name_stays_a_title():
    text = ("Harbour Path Approved\n\nMARLOW BAY, Ore. – The council approved the harbour path on Tuesday.\n\n"
            "\"Every resident will be able to walk to the water,\" said Council President Ann Whitcombe.\n")
    assert quoted(text, "release.txt") == [("Ann Whitcombe", "Council President")]
