"""A wire release's closing "Contacts" part: its title is a section, a department line on the
card under it is not (made-up releases in plain text and HTML)."""

import pytest

from mediakit.core.analyse import parse_release

_STORY = ("Ridgeway Pumps reported higher orders for irrigation systems in the first half, led by "
          "demand from growers in the southern states and from municipal water districts.")
_PLAIN = ("Ridgeway Pumps Reports Higher Orders\n\n" + _STORY + "\n\nContacts\n\nRidgeway Pumps Inc.\n"
          "{dept}\nMarta Quill, 614-372-9051\nmquill@ridgewaypumps.example\n")
_HTML = ("<h1>Ridgeway Pumps Reports Higher Orders</h1><p>" + _STORY + "</p><p>Contacts</p>"
         "<p>Ridgeway Pumps Inc.<br>{dept}<br>Marta Quill, 614-372-9051<br>mquill@ridgewaypumps.example</p>")


@pytest.mark.parametrize("template, name", [(_PLAIN, "r.txt"), (_HTML, "r.html")])
@pytest.mark.parametrize("dept", ["Investor Relations", "Media Relations"])
def test_contacts_titles_the_part_and_the_department_stays_on_the_card(template, name, dept):
    release = parse_release(template.format(dept=dept), name=name)
    assert [s.title for s in release.all_sections()] == ["Contacts"]
    assert [(c.name, c.phones) for c in release.contacts] == [("Marta Quill", ["+16143729051"])]


def test_a_one_word_contact_label_over_an_address_is_no_section():
    text = "# Ridgeway Pumps Reports Higher Orders\n\n" + _STORY + "\n\nContact:\n\nnews@ridgewaypumps.example\n"
    assert [s.title for s in parse_release(text, name="r.md").all_sections()] == []
