"""A prosecutor quoted by the office's initials and a surname ("said DA Roe", "DA Roe said") is the
full name the release introduced ("Harbor County District Attorney Wanda Pell"), also where a scraped
page puts the initials and the surname on a line of their own between "said" and the full stop; the
initials before a full name are no part of it. Names, places and numbers are invented."""

from mediakit.core.analyse import parse_release


def speakers(text, name):
    return [q.speaker for q in parse_release(text, name=name).quotes]


def test_initials_on_their_own_line_in_a_scraped_page():
    text = ("Library Plan Approved - County NewsCenter\nHarbor County District Attorney\nWanda Pell\n"
            "was joined today by the mayors of nine towns in an effort to inform the public about the plan.\n"
            "“This is a balanced plan that keeps every branch open longer for the families who need them,” said\n"
            "DA Pell\n. “We listened to residents and we will keep listening as the work begins next spring.”\n"
            "The plan covers 12 branches.\n")
    quotes = parse_release(text, name="release.txt").quotes
    assert [q.speaker for q in quotes] == ["Wanda Pell"]
    assert "keep listening" in quotes[0].text


def test_initials_before_said_in_html():
    html = ("<html><body><h1>Ferry Fraud Charges Filed</h1><p>Marlow County District Attorney Omar Felder "
            "announced charges today against two ferry operators.</p><p>“Riders deserve honest fares and safe "
            "boats on every crossing of the bay,” DA Felder said.</p></body></html>")
    assert speakers(html, "release.html") == ["Omar Felder"]


def test_initials_before_a_full_name_are_no_part_of_it():
    text = ("Ferry Fraud Charges Filed\n\nMARLOW BAY, Ore. — Charges were filed today against two operators.\n\n"
            "“Riders deserve honest fares and safe boats on every crossing of the bay,” said DA Omar Felder.\n")
    assert speakers(text, "release.txt") == ["Omar Felder"]
