"""An Australian state after a dateline's town ("Townsville, QLD", "Ballarat, Victoria") reads the
release's bare contact numbers ("0412 345 678") as Australian, as a Canadian province does for Canada.

Every release here is made up; the numbers are ones ``phonenumbers`` accepts as valid in Australia.
"""

import pytest

from mediakit.core.analyse import parse_release

_TXT = ("MEDIA RELEASE\n\nReef volunteers count record turtle nests\n\n9 January 2031\n\n"
        "TOWNSVILLE, QLD — Volunteers counted more turtle nests on the island this season than in any "
        "season before, the reef trust said today.\n\nMedia contact: Kim Alder 0412 555 019\n")
_HTML = ("<html><body><h1>Gallery reopens after flood repairs</h1>"
         "<p>Ballarat, Victoria, 9 January 2031 – The regional gallery reopened its doors today after "
         "eight months of repairs to its lower floor.</p>"
         "<h2>Media enquiries</h2><p>Sam Okafor<br>(03) 5320 5555<br>sam.okafor@gallery.example</p>"
         "</body></html>")


@pytest.mark.parametrize("text, name, who, phone", [
    (_TXT, "r.txt", "Kim Alder", "+61412555019"),
    (_HTML, "r.html", "Sam Okafor", "+61353205555"),
])
def test_an_australian_state_after_the_town_reads_the_phone_for_australia(text, name, who, phone):
    contacts = parse_release(text, name=name).contacts
    assert [(c.name, c.phones) for c in contacts] == [(who, [phone])]


def test_a_us_state_after_the_town_still_reads_the_phone_for_the_us():
    text = _TXT.replace("TOWNSVILLE, QLD", "TACOMA, WA").replace("0412 555 019", "(253) 555-0142")
    assert [c.phones for c in parse_release(text, name="r.txt").contacts] == [["+12535550142"]]
