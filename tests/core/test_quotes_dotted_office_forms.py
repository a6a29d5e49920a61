"""A prosecutor quoted by the office's initials written with full stops ("D.A. Roe said", "said A.D.A.
Roe") is the full name the release introduced with the office written out; the stops of the initials
end no sentence, so the surname after them is read. Names, places and numbers are invented."""

from mediakit.core.analyse import parse_release


def quoted(text, name):
    return [(q.speaker, q.text) for q in parse_release(text, name=name).quotes]


def test_dotted_initials_before_said_in_a_plain_text_release():
    text = ("Landlord Sentenced for Rent Scheme\n\nTOLEDO, Ohio -- Marlow County District Attorney Irene V. Castell "
            "announced today that a landlord was sentenced for a rent scheme.\n\n"
            "\"Tenants paid for repairs that never came,\" D.A. Castell said. \"Now the court has answered them.\"\n")
    assert quoted(text, "release.txt") == [
        ("Irene V. Castell", 'Tenants paid for repairs that never came," "Now the court has answered them.')]


def test_dotted_assistant_initials_after_said_in_html():
    html = ("<html><body><h1>Landlord Sentenced</h1><p>Assistant District Attorney Omar Quist prosecuted the case "
            "for the office.</p><p>“Every tenant who testified made this sentence possible,” said A.D.A. Quist.</p>"
            "</body></html>")
    assert quoted(html, "release.html") == [("Omar Quist", "Every tenant who testified made this sentence possible,")]
