"""A table cell holding an organisation and a person on two lines, read as one line ("Calloway Rail
Sophie Marsh"), gives the person's name and the organisation apart, where the release names the
organisation in its text (made-up releases in HTML and plain text)."""

from mediakit.core.analyse import parse_release

_LEAD = ("LONDON, 5 March 2026 – Calloway Rail and Northgate Energy have signed a fifteen-year power purchase "
         "agreement for wind power.")


def test_html_table_cells_with_the_organisation_over_the_name():
    html = ("<html><body><h1>Calloway Rail and Northgate Energy sign power deal</h1><p>" + _LEAD + "</p>"
            "<h2>Media contacts</h2><table><tr><td>Calloway Rail<br>Sophie Marsh</td><td>+44 20 7946 0321</td>"
            "<td>sophie.marsh@callowayrail.co.uk</td></tr><tr><td>Northgate Energy<br>Daniel Okafor</td>"
            "<td>+44 20 7946 0877</td><td>press@northgate-energy.co.uk</td></tr></table></body></html>")
    cards = [(c.name, c.organization, c.phones) for c in parse_release(html, name="r.html").contacts]
    assert cards == [("Sophie Marsh", "Calloway Rail", ["+442079460321"]),
                     ("Daniel Okafor", "Northgate Energy", ["+442079460877"])]


def test_plain_text_row_with_the_name_before_the_organisation():
    text = ("Calloway Rail and Northgate Energy sign power deal\n\n" + _LEAD + "\n\nMedia contacts:\n"
            "Sophie Marsh Calloway Rail | +44 20 7946 0321 | sophie.marsh@callowayrail.co.uk\n")
    assert [(c.name, c.organization) for c in parse_release(text, name="r.txt").contacts] == [
        ("Sophie Marsh", "Calloway Rail")]


def test_a_long_name_the_release_spells_in_full_stays_whole():
    text = ("Calloway Rail opens new depot\n\nLONDON, 5 March 2026 – Calloway Rail opened a depot in Kent, "
            "said Mary Ann Lowe, its director of operations. Mary Ann Lowe has run the network since 2019.\n\n"
            "Media contact:\nMary Ann Lowe | +44 20 7946 0321 | press@callowayrail.co.uk\n")
    assert [c.name for c in parse_release(text, name="r.txt").contacts] == ["Mary Ann Lowe"]
