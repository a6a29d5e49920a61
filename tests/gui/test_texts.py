"""The wording of every copy and export, and the reader's HTML, checked on hand-made releases (no Qt)."""

from __future__ import annotations

from mediakit.core.model import Block, Contact, Figure, Quote, Release, Section
from mediakit.gui import render, texts


def make_release(**changes) -> Release:
    blocks = [
        Block("paragraph", "Press Release", html="<strong>Press Release</strong>", index=0, role="front"),
        Block("heading", "Ferries Go Electric", level=1, html="Ferries Go Electric", index=1, role="title"),
        Block("paragraph", "Hong Kong, 9 March 2026 – Ferries will carry 3,000 people.",
              html="<strong>Hong Kong, 9 March 2026</strong> – Ferries will carry 3,000 people.",
              index=2, role="dateline"),
        Block("heading", "Routes", level=2, html="Routes", index=3, role="heading"),
        Block("paragraph", "See the map.", index=4, role="body", section="Routes",
              html='See <a href="https://example.com/map">the map</a>, <a href="javascript:alert(1)">this</a>, '
                   '<a href="#">that</a> and <a href="routes.md">routes</a>.'),
        Block("item", "First pier", level=1, html="First pier", index=5, role="body", section="Routes"),
        Block("item", "Second pier", level=2, html="Second <em>pier</em>", index=6, role="body", section="Routes"),
        Block("image", "Route map", html="map.png", index=7, role="body", section="Routes"),
        Block("image", "Photo", html="https://example.com/p.jpg", index=8, role="body", section="Routes"),
        Block("paragraph", "Skip to content", index=9, role="chrome", html="Skip to content"),
        Block("rule", "", index=10, role="body"),
    ]
    release = Release(title="Ferries Go Electric", date="2026-03-09", place="Hong Kong",
                      status="for immediate release", organization="Harbour Ferries", blocks=blocks,
                      sections=[Section("Routes", 1, "routes", block=3, body="See the map.")])
    for key, value in changes.items():
        setattr(release, key, value)
    return release


def test_dates():
    assert texts.short_date("2026-02-25") == "25 Feb 2026"
    assert texts.long_date("2026-02-05") == "5 February 2026"
    assert texts.long_date("sometime soon") == "sometime soon"
    assert texts.human_date_time("2026-03-10T09:00") == "10 March 2026, 09:00"
    assert texts.human_date_time("next week") == "next week"


def test_figure_copy_text_with_and_without_source():
    figure = Figure("3,000", 3000, None, None, "count", "more than", "Ferries will carry 3,000 people.", block=2)
    release = make_release()
    assert texts.figure_copy_text(figure, release) == \
        "3,000 — Ferries will carry 3,000 people. (Harbour Ferries, 9 Mar 2026)"
    release.organization, release.date = None, None
    assert texts.figure_copy_text(figure, release) == "3,000 — Ferries will carry 3,000 people."
    figure.context = ""
    assert texts.figure_sentence(figure, release) == release.blocks[2].text
    assert texts.figure_details(Figure("HK$5 billion", 5e9, "billion", "HKD", "money", "over", "")) == \
        "over · HKD"


def test_quote_formats():
    quote = Quote("“We are ready.”", "Mary Lee", "Managing Director")
    assert texts.quote_copy_text(quote) == "“We are ready,” said Mary Lee, Managing Director."
    assert texts.quote_text_only(quote) == "We are ready."
    assert texts.quote_copy_text(Quote("Are we ready?", "Mary Lee", None)) == "“Are we ready?” said Mary Lee."
    assert texts.quote_copy_text(Quote("We are ready", None, None)) == "“We are ready”"


def test_contact_text_uses_international_numbers():
    contact = Contact("Tom Wong", "Harbour Ferries", "Press Officer", phones=["2345 6789"], emails=["t@h.example"])
    assert texts.contact_text(contact, "HK") == \
        "Tom Wong\nPress Officer\nHarbour Ferries\nTel: +852 2345 6789\nEmail: t@h.example"
    assert texts.international_phone("not a phone", "HK") == "not a phone"


def test_citation_and_section_text():
    release = make_release()
    assert texts.citation(release) == "“Ferries Go Electric”, Harbour Ferries, 9 March 2026, Hong Kong."
    section = Section("Routes", 1, "routes", body="See the map.", children=[Section("Piers", 2, "piers", body="Two.")])
    assert texts.section_text(section) == "Routes\n\nSee the map.\n\nPiers\n\nTwo."


def test_plain_text_export_leaves_out_chrome():
    text = texts.release_plain_text(make_release())
    assert text.startswith("Press Release\n\nFerries Go Electric\n\nHong Kong, 9 March 2026")
    assert "Skip to content" not in text
    assert "• First pier\n\n  • Second pier" in text and "[Image: Route map]" in text and "* * *" in text


def test_word_count_counts_the_story_only():
    assert texts.word_count(make_release()) == 3 + 10 + 1 + 3 + 2 + 2  # the lone dash is no word
    chinese = Release(title="新聞稿", blocks=[Block("paragraph", "數碼港今日宣布 AI 計劃", index=0, role="body")])
    assert texts.word_count(chinese) == 7 + 1 + 2
    assert texts.reading_minutes(0) == 0 and texts.reading_minutes(100) == 1 and texts.reading_minutes(690) == 3


def test_rendered_html_keeps_safe_links_only():
    html = render.render_release(make_release())
    assert '<a href="https://example.com/map">the map</a>' in html
    assert '<a href="routes.md">routes</a>' in html
    assert "javascript" not in html and 'href="#"' not in html
    assert "Skip to content" not in html


def test_rendered_html_has_an_anchor_per_block_and_no_remote_image():
    html = render.render_release(make_release())
    for index in (1, 2, 3, 4, 5, 6, 7, 8):
        assert f'<a name="b{index}"></a>' in html
    assert '<img src="map.png"' in html and "example.com/p.jpg" not in html.split("[Image not loaded")[0]
    assert "[Image not loaded: Photo]" in html
    assert "<ul><li>" in html and "<ul><li><a name=\"b6\"></a>Second <em>pier</em></li></ul></ul>" in html


def test_meta_line_and_embargo_banner():
    release = make_release()
    assert render.meta_line(release) == "Hong Kong · 9 March 2026"
    release.blocks[0].role = "body"
    assert render.meta_line(release) == "Hong Kong · 9 March 2026 · For immediate release"
    release.embargo = "2026-03-10T09:00"
    assert render.embargo_text(release) == "Embargoed until 10 March 2026, 09:00"
    assert "Embargoed until 10 March 2026, 09:00" in render.render_release(release)
