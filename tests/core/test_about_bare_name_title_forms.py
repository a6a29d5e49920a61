"""The release's closing part titled by the organisation's bare name, with no "About", whose text
opens by naming it again by words of its name ("Marrow Point Rowing Club" over "The Rowing Club has …"),
is its boilerplate; a closing "Conference Call" over "The call is …" is an ordinary part. Words of
our own, in two styles (a wire's flattened Markdown and an HTML page)."""

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("MARROW POINT, May 2, 2035 /Example Wire/ -- The Marrow Point regatta returns next month with "
        "thirty crews from five towns racing over two days on the bay.")
MIDDLE = ("Crews race in four classes, and the organisers expect some two thousand visitors on the quay "
          "each day of the regatta.")
NAME = "Marrow Point Rowing Club"
BOILERPLATE = ("The Rowing Club has trained young crews on the bay since it was founded and runs the regatta "
               "with volunteers from the town every summer.")
CALL = "Conference Call"
CALL_TEXT = ("The call is open to members and the press and starts at nine in the morning, with the "
             "organisers answering questions on the course and the crews.")


def _markdown(title: str, text: str) -> str:
    return f"# Marrow Point regatta returns\n\n{LEAD}  {MIDDLE}  {title}  {text}\n"


def _html(title: str, text: str) -> str:
    return (f"<html><body><h1>Marrow Point regatta returns</h1><p>{LEAD}</p><p>{MIDDLE}</p>"
            f"<h2>{title}</h2><p>{text}</p></body></html>")


@pytest.mark.parametrize(("make", "name"), [(_markdown, "r.md"), (_html, "r.html")])
def test_a_closing_part_titled_by_the_bare_name_is_the_boilerplate(make, name):
    release = parse_release(make(NAME, BOILERPLATE), name=name)
    assert [part.title for part in release.about] == [NAME]


@pytest.mark.parametrize(("make", "name"), [(_markdown, "r.md"), (_html, "r.html")])
def test_a_closing_part_whose_text_names_its_title_in_lower_case_is_none(make, name):
    release = parse_release(make(CALL, CALL_TEXT), name=name)
    assert [s.title for s in release.all_sections()] == [CALL]
    assert release.about == []
