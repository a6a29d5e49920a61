"""An issuer's letterhead line in capitals ("FROM THE HON. MARIA OKAFOR, M.P., MINISTER FOR RURAL
TRANSPORT") right over a lead that names her and her office again is a byline, no section; a title in
capitals over a paragraph that does not say it again word for word ("REGIONAL BUS ROUTES EXTENDED")
stays one. Our own words, in plain text and in Markdown with the headline in front matter."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BYLINE = "FROM THE HON. MARIA OKAFOR, M.P., MINISTER FOR RURAL TRANSPORT"
LEAD = ("Ms Maria Okafor, Minister for Rural Transport, said today that the government would fund forty new "
        "bus services linking farming towns with the regional hospitals over the next two years.")
TITLE = "REGIONAL BUS ROUTES EXTENDED"
PART = ("Three routes in the western districts will run on Sundays from the first of March, with timetables "
        "set after a round of meetings with the councils.")


def _plain() -> list[str]:
    text = f"Buses for farming towns\n\n{BYLINE}\n\n{LEAD}\n\n{TITLE}\n\n{PART}\n"
    return [s.title for s in parse_release(text, suffix=".txt").all_sections()]


def _markdown() -> list[str]:
    text = f"---\ntitle: Buses for farming towns\ndate: 2033-02-11\n---\n\n{BYLINE}\n\n{LEAD}\n\n{TITLE}\n\n{PART}\n"
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_an_issuer_line_the_lead_restates_is_no_section(style) -> None:
    assert style() == [TITLE]
