"""A legislator quoted by an abbreviated office and surname ("Sen. Roe said", "Rep. Roe said") is
the full name the release introduced ("State Senator Ann B. Roe"), with that office as the role;
the office before a second name stops at the bracket that closes the first one's district. Names,
places and districts are invented."""

from mediakit.core.analyse import parse_release


def quoted(text, name):
    return [(q.speaker, q.role) for q in parse_release(text, name=name).quotes]


def test_abbreviated_offices_in_plain_text():
    text = ("Ferry Bill Heads to the Governor\n\nMARLOW BAY, Ore. — The bill, sponsored by State Senator "
            "Dana K. Whitlow (4th District – Marlow Bay) and State Representative Omar Felder (12th District – "
            "Eastport), passed both chambers on Tuesday.\n\n“This bill gives commuters a second way across the "
            "bay,” Sen. Whitlow said.\n\n“We listened to every town on the water,” Rep. Felder said.\n")
    assert quoted(text, "release.txt") == [("Dana K. Whitlow", "State Senator"),
                                           ("Omar Felder", "State Representative")]


def test_abbreviated_offices_in_html():
    html = ("<html><body><h1>Library Hours Bill Signed</h1><p>The measure was carried by State Representative "
            "Lena Okafor (33rd District – Hillcrest) and State Senator Pieter Vandam (9th District – Old Mill) "
            "and signed on Friday.</p><p>\"Every reader deserves a library that is open when they are free,\" "
            "Rep. Okafor said.</p><p>\"This is a good day for our towns,\" Sen. Vandam said.</p></body></html>")
    assert quoted(html, "release.html") == [("Lena Okafor", "State Representative"),
                                            ("Pieter Vandam", "State Senator")]


def test_an_abbreviated_office_with_no_full_name_stays_as_written():
    text = ("Ferry Bill Heads to the Governor\n\nMARLOW BAY, Ore. — The bill passed both chambers on Tuesday.\n\n"
            "“This bill gives commuters a second way across the bay,” Sen. Whitlow said.\n")
    assert [q.speaker for q in parse_release(text, name="release.txt").quotes] == ["Sen. Whitlow"]


def test_an_abbreviated_office_before_a_full_name_is_no_part_of_it():
    html = ("<html><body><h1>Ferry Bill Signed</h1><p>The bill by Sen. Dana K. Whitlow (D-Marlow Bay) was signed "
            "today.</p><p>“This bill gives commuters a second way across the bay,” said Sen. Dana K. Whitlow.</p>"
            "</body></html>")
    assert [q.speaker for q in parse_release(html, name="release.html").quotes] == ["Dana K. Whitlow"]


def test_an_office_written_out_resolves_to_the_name_introduced_after_its_abbreviation():
    text = ("Ferry Bill Signed\n\nMARLOW BAY, Ore. — Written by Sen. Dana K. Whitlow (D-Marlow Bay), the bill was "
            "signed today.\n\n“This bill gives commuters a second way across the bay,” said Senator Whitlow.\n")
    assert [q.speaker for q in parse_release(text, name="release.txt").quotes] == ["Dana K. Whitlow"]
