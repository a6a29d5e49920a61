"""A contact table with the people's names in one row and each column's details in the row under
it, read a row at a time (a Word table, a table exploded one cell per line): each person keeps the
phone and e-mail of their own column, not the first person all of them and the second as an
organisation.

Every release here is made up; the numbers are ones ``phonenumbers`` accepts as valid.
"""

from __future__ import annotations

import docx

from mediakit.core.analyse import load_release, parse_release

_PEOPLE = [("Greta Vonholt", "+31 20 555 0141", "greta.vonholt@havenfonds.example", "+31205550141"),
           ("Pieter Smalbroek", "+31 20 555 0172", "pieter.smalbroek@havenfonds.example", "+31205550172")]
_LEAD = ("Amsterdam, 4 maart 2031 – Het Havenfonds opent een leeszaal aan de kade, met plaats voor "
         "zestig lezers en een kinderhoek die tot acht uur 's avonds open blijft.")


def _cards(release):
    return [(c.name, c.phones, c.emails) for c in release.contacts]


def _want():
    return [(name, [e164], [mail]) for name, _, mail, e164 in _PEOPLE]


def test_a_word_table_of_names_over_details_gives_each_name_its_column(tmp_path):
    doc = docx.Document()
    doc.add_heading("Havenfonds opent leeszaal aan de kade", 1)
    doc.add_paragraph(_LEAD)
    doc.add_paragraph("Persinformatie")
    table = doc.add_table(rows=2, cols=2)
    for col, (name, phone, mail, _) in enumerate(_PEOPLE):
        table.cell(0, col).text = name
        table.cell(1, col).text = f"Tel. {phone}\n{mail}"
    path = tmp_path / "release.docx"
    doc.save(path)
    assert _cards(load_release(path)) == _want()


def test_an_exploded_plain_text_table_of_names_over_details_gives_each_name_its_column():
    cells = [name for name, *_ in _PEOPLE] + [line for _, phone, mail, _ in _PEOPLE for line in (f"Tel. {phone}", mail)]
    text = "Havenfonds opent leeszaal aan de kade\n\n" + _LEAD + "\n\nPersinformatie\n\n" + "\n\n".join(cells) + "\n"
    assert _cards(parse_release(text, name="r.txt")) == _want()

