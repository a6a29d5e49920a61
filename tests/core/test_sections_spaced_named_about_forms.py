"""A release an archive flattened into one paragraph keeps its line breaks as double spaces. An
"About …" title whose text names the organisation again needs no full stop before the two spaces
(the line before it ends on a web address or an amount: "…www.kiln.example  About Kilnworks
Kilnworks makes …"), and a stock closing title of two words or more run in with its colon ("…  Notes
to editors [1]: Source: …") titles its part too; in the archive's Markdown and in plain text. A
name not repeated, and a contact label, stay no title. Our own words."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

HEAD = "Kilnworks opens a second brick plant"
LEAD = ("MARLOW BAY, June 9, 2034 /Example Wire/ -- Kilnworks opened its second brick plant today, adding "
        "sixty jobs and doubling the output of its works on the estuary.")
MIDDLE = ("The plant fires reclaimed clay from the estuary dredging and sells its bricks to builders along "
          "the coast, the company said. For more see www.kiln.example")
ABOUT = ("About Kilnworks Kilnworks makes bricks and roof tiles from reclaimed clay and employs 240 people at "
         "two works on the estuary. For further information see www.kiln.example")
TRUST = ("About the Orrin Trust The Orrin Trust funds apprenticeships in the building trades and has "
         "supported the estuary works since their founding.")
NOTES = ("Notes to editors [1]: Source: Estuary Builders Survey, a yearly count of the bricks laid along "
         "the coast, which the trust publishes each spring.")


def _release(body: str, suffix: str):
    head = f"# {HEAD}" if suffix == ".md" else HEAD
    return parse_release(f"{head}\n\n{body}\n", suffix=suffix)


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_an_about_title_naming_its_organisation_again_after_a_web_address(suffix) -> None:
    release = _release(f"{LEAD}  {MIDDLE}  {ABOUT}", suffix)
    assert [s.title for s in release.all_sections()] == ["About Kilnworks"]
    assert [part.title for part in release.about] == ["About Kilnworks"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_two_about_titles_one_with_its_article_after_an_amount(suffix) -> None:
    body = f"{LEAD}  The works cost some £12bn over ten years  {ABOUT}  {TRUST}"
    release = _release(body, suffix)
    assert [part.title for part in release.about] == ["About Kilnworks", "About the Orrin Trust"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_stock_closing_title_run_in_with_its_colon(suffix) -> None:
    release = _release(f"{LEAD}  {MIDDLE}  {NOTES}  {ABOUT}", suffix)
    assert [s.title for s in release.all_sections()] == ["Notes to editors:", "About Kilnworks"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_name_not_repeated_and_a_contact_label_are_no_title(suffix) -> None:
    body = (f"{LEAD}  {MIDDLE}  About Kilnworks bricks, builders say they last a century and more on the "
            "estuary.  Media contact: Dana Voss, press@kiln.example")
    release = _release(body, suffix)
    assert [s.title for s in release.all_sections()] == []
    assert release.about == []
