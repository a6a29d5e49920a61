"""The reading of an index or a rate that moved is a figure though no noun follows it: a moving verb
leads to it and its base follows ("edged up to 54.2 from 51.9"), or it and its base are dated to
periods ("(61.3 in Q1 from 58.0 in Q4)"). A version a user upgrades to from another ("upgrade to 3.2
from 3.1") moves with neither. Numbers and names are invented."""

from mediakit.core.analyse import parse_release


def values(text, name):
    return sorted(f.value for f in parse_release(text, name=name).figures)


SURVEY = ("The “current conditions” index edged up to 54.2 from 51.9 in Q4, while the “outlook” index "
          "rose to 56.4 from 50 in Q4. New orders led the gains (61.3 in Q1 from 58.0 in Q4).")


def test_markdown_survey_readings():
    md = "# Harbour Business Index Rises\n\nHARBOURTON - April 9, 2031 - The quarterly survey is out.\n\n" + SURVEY + "\n"
    found = values(md, "release.md")
    assert {54.2, 56.4, 61.3} <= set(found)


def test_html_survey_readings_and_a_version_upgrade():
    html = ("<html><body><h1>Harbour Business Index Rises</h1><p>HARBOURTON - April 9, 2031 - The quarterly "
            f"survey is out.</p><p>{SURVEY}</p><p>Users can upgrade to 3.2 from 3.1 with one command.</p>"
            "</body></html>")
    found = values(html, "release.html")
    assert {54.2, 56.4, 61.3} <= set(found)
    assert 3.2 not in found and 3.1 not in found
