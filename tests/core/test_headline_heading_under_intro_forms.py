"""A post whose metadata gives the title, opened by a short sentence and then its first section
heading ("The board said on Tuesday …" over "## Timetable"): the metadata's title is the headline
and the heading a section. Without a metadata title the first heading still heads the page.
Words of our own, in Markdown with front matter and in an HTML page."""

from __future__ import annotations

from mediakit.core.analyse import parse_release

INTRO = "The harbour board said on Tuesday it would run a night ferry from May."
STORY = "The ferry leaves at 23:40 and returns at 05:10, every day of the week, from the north pier."


def _sections(release) -> list[str]:
    return [s.title for top in release.sections for s in top.walk()]


def test_markdown_front_matter_title_over_an_intro_and_a_section():
    text = f'---\ntitle: "Harbour board opens a night ferry"\n---\n\n{INTRO}\n\n## Timetable\n\n{STORY}\n'
    release = parse_release(text, name="post.md")
    assert release.title == "Harbour board opens a night ferry"
    assert _sections(release) == ["Timetable"]


def test_html_title_over_an_intro_and_a_section():
    page = (f"<html><head><title>Harbour board opens a night ferry</title></head><body><p>{INTRO}</p>"
            f"<h2>Timetable</h2><p>{STORY}</p></body></html>")
    release = parse_release(page, name="post.html")
    assert release.title == "Harbour board opens a night ferry"
    assert "Timetable" in _sections(release)


def test_without_a_metadata_title_the_heading_still_heads_the_page():
    release = parse_release(f"{INTRO}\n\n## Timetable\n\n{STORY}\n", name="post.md")
    assert release.title == "Timetable"
