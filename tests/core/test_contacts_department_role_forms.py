"""A contact's department named by its trade after generic words only ("University Communications",
"Office of Public Affairs") is the contact's office, not an organisation: the organisation is the one
the release is by.

Fixtures of our own: a university's release in Markdown and a county's page in HTML.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_a_university_s_communications_office_in_markdown():
    text = ("# Prairie soil study finds more carbon underground\n\nLAKEVILLE, Minn. (March 4, 2031) — Researchers at "
            "Lakeville State University found that restored prairie stores more carbon than fallow fields.\n\n"
            "## About Lakeville State University\n\nLakeville State University enrolls 9,000 students.\n\n"
            "Media contact: Dana Reyes, University Communications, 507-646-3245, dreyes@lakeville.edu\n")
    contact = parse_release(text, "prairie.md").contacts[0]
    assert (contact.name, contact.organization, contact.role) == (
        "Dana Reyes", "Lakeville State University", "University Communications")


def test_a_county_s_public_affairs_office_on_a_page():
    html = ("<html><body><h1>Harlan County opens a new library branch</h1><p>HARLAN, Mont., June 3, 2031 – Harlan "
            "County opened a new library branch on Tuesday.</p><h2>About Harlan County</h2><p>Harlan County serves "
            "40,000 residents.</p><p>Media contact: Sam Ortiz, Office of Public Affairs, 406-555-0142, "
            "sortiz@harlancounty.gov</p></body></html>")
    contact = parse_release(html, "library.html").contacts[0]
    assert contact.name == "Sam Ortiz"
    assert contact.organization != "Office of Public Affairs"
    assert contact.role == "Office of Public Affairs"
