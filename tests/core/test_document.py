"""The block parser and its repairs, exercised with plain strings (no files, no Qt)."""

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.document import parse_text, split_front_matter


def texts(doc):
    return [b.text for b in doc.blocks]


def test_page_break_inside_a_sentence_is_joined_and_reported():
    doc = parse_text("The council expects the new bridge to carry walkers and cyclists across\n\n"
                     "the river from next spring onwards.\n")
    assert texts(doc) == ["The council expects the new bridge to carry walkers and cyclists across "
                          "the river from next spring onwards."]
    assert any("split mid-sentence" in w for w in doc.repairs.warnings())


def test_a_finished_sentence_is_not_joined_to_the_next_paragraph():
    doc = parse_text("The council expects the new bridge to open next spring, on time and on budget.\n\n"
                     "residents will vote on its name.\n")
    assert len(doc.blocks) == 2


def test_a_paragraph_printed_twice_is_shown_once():
    para = "“We are proud of this bridge and of everyone who built it with us,” said the mayor of the town."
    doc = parse_text(f"{para}\n\nIn between.\n\n{para}\n")
    assert texts(doc) == [para, "In between."]
    assert any("printed twice" in w for w in doc.repairs.warnings())


def test_empty_headings_are_dropped():
    doc = parse_text("## Real heading\n\n###\n\nText.\n\n#### \n")
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "Real heading"), ("paragraph", "Text.")]
    assert doc.repairs.empty_headings == 2


def test_stray_escapes_are_undone_but_markdown_escapes_still_work():
    doc = parse_text("It costs HK\\$5 and 10\\% more, not \\*bold\\*.\n")
    assert texts(doc) == ["It costs HK$5 and 10% more, not *bold*."]
    assert doc.repairs.escapes == 2


def test_dead_links_become_plain_text_and_live_links_stay():
    doc = parse_text("Click [here](#) or [there]() or [the site](https://example.org).\n")
    block = doc.blocks[0]
    assert block.text == "Click here or there or the site."
    assert block.html.count("<a ") == 1 and 'href="https://example.org"' in block.html
    assert doc.repairs.dead_links == 2


def test_html_scripts_and_styles_are_never_kept():
    doc = parse_text("<div>Visible text here.</div><script>alert('x')</script>"
                     "<style>p{}</style><iframe src='https://example.org'></iframe>", ".html")
    assert texts(doc) == ["Visible text here."]
    assert "alert" not in "".join(b.html for b in doc.blocks)


def test_javascript_links_are_not_kept_as_links():
    doc = parse_text('<p>Read <a href="javascript:alert(1)">this</a> now.</p>', ".html")
    assert "<a" not in doc.blocks[0].html


def test_bold_line_standing_alone_is_marked_strong():
    doc = parse_text("**About Example Ltd**\n\nExample Ltd makes examples.\n")
    assert [b.strong for b in doc.blocks] == [True, False]


def test_plain_text_scrape_joins_lines_broken_before_punctuation():
    doc = parse_text("CONTACT\n:\npress@example.org\nThe mayor said\n. “We are ready.”\n", ".txt")
    assert texts(doc) == ["CONTACT: press@example.org", "The mayor said. “We are ready.”"]


def test_hard_wrapped_plain_text_is_joined_into_paragraphs():
    text = ("The council voted on Tuesday to fund a footbridge across the river,\n"
            "connecting the two halves of the old town for the first time in years.\n\n"
            "The bridge will be open to walkers and cyclists, and construction is\n"
            "expected to take two years once the design has been chosen by vote.\n")
    doc = parse_text(text, ".txt")
    assert len(doc.blocks) == 2 and doc.blocks[0].text.endswith("first time in years.")


WIRE_PDF = ("Harbour Trust Opens Two Night Ferry\n"
            "Routes Across the Estuary\n"
            "PORTVILLE, Maine - May 4, 2031 - The Harbour Trust will run two ferry routes through\n"
            "the night from June, the first of them between the old quay and the rail station on\n"
            "the far shore, with boats every forty minutes until the morning services begin.\n\n"
            "The routes were chosen after a survey of shift workers in the port and the hospital,\n"
            "who said that the last boat at midnight left them with a long walk home after work.\n")
LABEL_PDF = ("PRESSEMITTEILUNG\n"
             "Stadtwerke bauen zwei neue Solarparks\n"
             "Nordheim, 3. März 2031 – Die Stadtwerke Nordheim errichten bis zum Herbst zwei neue\n"
             "Solarparks am Rand der Stadt. Zusammen sollen sie genug Strom für etwa viertausend\n"
             "Haushalte liefern und die Leitungen im Norden der Stadt spürbar entlasten können.\n\n"
             "Der Bau beginnt im April, sobald die letzten Genehmigungen des Landkreises vorliegen\n"
             "und die Flächen an den beiden Standorten von den Landwirten übergeben worden sind.\n")


@pytest.mark.parametrize(("text", "head"), [
    (WIRE_PDF, ["Harbour Trust Opens Two Night Ferry Routes Across the Estuary"]),
    (LABEL_PDF, ["PRESSEMITTEILUNG", "Stadtwerke bauen zwei neue Solarparks"]),
])
def test_short_rows_over_a_wrapped_paragraph_stand_apart(text, head):
    """A PDF's text layer puts a headline in larger type (fewer characters a row) and a label
    in the same box as the paragraph under them: they are lines of their own."""
    blocks = texts(parse_text(text, ".txt"))
    assert blocks[:len(head)] == head
    assert blocks[len(head)].startswith(("PORTVILLE, Maine - May 4, 2031", "Nordheim, 3. März 2031"))
    assert len(blocks) == len(head) + 2


def test_a_headline_in_capitals_over_several_rows_is_one_line():
    text = ("HARBOUR TRUST OPENS TWO NIGHT\nFERRY ROUTES ACROSS THE\nESTUARY\n" + WIRE_PDF.split("\n", 2)[2])
    assert texts(parse_text(text, ".txt"))[0] == "HARBOUR TRUST OPENS TWO NIGHT FERRY ROUTES ACROSS THE ESTUARY"


def test_short_lines_going_on_in_lower_case_are_one_wrapped_line():
    text = ("Night ferries? The trust finds\nshift workers want boats until\ndawn\nKey findings:\n\n"
            "Jo Pell\npress officer\njo@example.org\n\n" + WIRE_PDF.split("\n", 2)[2])
    blocks = texts(parse_text(text, ".txt"))
    assert blocks[:5] == ["Night ferries? The trust finds shift workers want boats until dawn", "Key findings:",
                          "Jo Pell", "press officer", "jo@example.org"]


@pytest.mark.parametrize("first", [
    "The council voted on Tuesday to fund a footbridge for the people of the\n",  # near the margin
    "The council voted on Tuesday to fund a footbridge for the\nintergovernmental-partnership-funded ",  # a long word
])
def test_a_wrapped_paragraph_whose_first_row_the_margin_broke_stays_whole(first):
    text = (first + "neighbourhoods on either bank, connecting the two halves of the old town again,\n"
            "and the bridge will be open to walkers and cyclists from the spring of next year,\n"
            "once the design has been chosen by a vote of the people who live on both banks.\n\n"
            "Construction is expected to take two years, the council said in its statement on\n"
            "the plan, which it will put to a public meeting in the town hall next month.\n")
    assert len(parse_text(text, ".txt").blocks) == 2


def test_end_marks_become_rules():
    doc = parse_text("<div>Body text.</div><div># # #</div><div>After.</div>", ".html")
    assert [b.kind for b in doc.blocks] == ["paragraph", "rule", "paragraph"]


@pytest.mark.parametrize("mark", ["#", "# #"])
def test_a_single_hash_line_of_a_plain_text_release_is_its_end_mark(mark):
    doc = parse_text(f"The museum reopens on Friday.\nTickets are free.\n{mark}\nNOTES TO EDITORS\n", ".txt")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "rule", "paragraph"]


def test_front_matter_is_read_and_removed():
    front, body = split_front_matter("---\ntitle: A Headline\n  folded on\ndate: 2023-03-01\n---\nBody.\n")
    assert front["title"] == "A Headline folded on" and body == "Body.\n"


def test_glued_boilerplate_title_is_separated():
    doc = parse_text("Email: someone@example.orgAbout Example Group\n\nExample Group is a company.\n")
    assert [b.text for b in doc.blocks][:2] == ["Email: someone@example.org", "About Example Group"]


_GLUED = ["Ridership rose by about 12% to 48,200 trips in the spring (2030: 43,000).Summer Timetable Confirmed",
          "The operator keeps its forecast of 190,000 trips for the year and adds two boats by June."
          "Lena Holm, head of operations, said: “We are adding boats because the mornings are full.”",
          "More details are on the operator's website (English only).About Harbour Ferries Ltd:",
          "Harbour Ferries Ltd runs six boats across the bay."]


@pytest.mark.parametrize("text, suffix", [
    ("# Harbour Ferries Carry More Riders\n\n" + "".join(f" {p}\n\n" for p in _GLUED), ".md"),
    ("<h1>Harbour Ferries Carry More Riders</h1>" + "".join(f"<p>{p}</p>" for p in _GLUED), ".html"),
])
def test_sentences_and_titles_glued_by_flattening_come_apart(text, suffix):
    release = parse_release(text, suffix=suffix)
    assert [s.title.rstrip(":") for s in release.sections] == ["Summer Timetable Confirmed", "About Harbour Ferries Ltd"]
    assert [(q.speaker, q.text[:10]) for q in release.quotes] == [("Lena Holm", "We are add")]
    assert "St.Petersburg" in parse_text("The choir sings in St.Petersburg and in Node.js meetups.Twice a year.").blocks[0].text


def test_doctype_and_site_navigation_are_not_text():
    doc = parse_text("<!DOCTYPE html><html><body><nav><a href='/'>Home</a> <a href='/news'>Newsroom</a></nav>"
                     "<h1>Acme Opens a Plant</h1><p>Body text.</p></body></html>", ".html")
    assert texts(doc) == ["Acme Opens a Plant", "Body text."]


def test_markdown_with_raw_html_still_reads_it_safely():
    doc = parse_text("Intro <b>bold</b> text.\n\n<div>Raw block</div>\n\n<script>x()</script>\n")
    assert texts(doc) == ["Intro bold text.", "Raw block"]


def test_a_contact_block_keeps_its_lines():
    doc = parse_text("**Press contact:**\nJane Doe\nAcme Ltd\nTel: +44 20 7946 0123\njane@example.org\n")
    assert texts(doc) == ["Press contact:", "Jane Doe", "Acme Ltd", "Tel: +44 20 7946 0123", "jane@example.org"]
    assert doc.blocks[0].strong


def test_a_bold_lead_line_stays_apart_from_its_paragraph():
    doc = parse_text("**About Acme**\nAcme makes the examples used in these tests, and many other things, "
                     "for customers around the world.\n")
    assert texts(doc)[0] == "About Acme" and doc.blocks[0].strong


def test_wrapped_prose_is_still_one_paragraph():
    doc = parse_text("The council voted on Tuesday to fund a footbridge across the\n"
                     "river, connecting the two halves of the old town. Call 2584 4554\n"
                     "for details.\n")
    assert len(doc.blocks) == 1


@pytest.mark.parametrize("box", [
    '<div class="callout"><p>« Nous ouvrons la grainothèque à tous. »</p></div>\n<div class="credit">dit la présidente</div>\n'
    '<div class="note"><a href="/x" class="button">Adhérer</a></div>',
    "<section><p>Shelves open at nine.</p></section>\n<figure><img src='a.png' alt=''></figure>\n<div><em>Photo: the hall</em></div>",
])
def test_markdown_file_with_raw_html_boxes_keeps_its_markdown_headings(box):
    text = (f"Intro paragraph of the seed library story.\n\n{box}\n\n## Opening hours\n\nFrom nine to five.\n\n"
            "## Who may borrow\n\nEvery member of the cooperative.\n")
    doc = parse_text(text, ".md")
    assert doc.source_format == "markdown"
    assert [b.text for b in doc.blocks if b.kind == "heading"] == ["Opening hours", "Who may borrow"]


def test_a_saved_web_page_named_md_is_still_read_as_html():
    text = "<!DOCTYPE html><html><body><h1>Seed Library Opens</h1><p>Text.</p><div>a</div></body></html>\n## Not a heading\n- x\n"
    assert parse_text(text, ".md").source_format == "html"


@pytest.mark.parametrize("box", [
    '<div class="box"><h3>Join the library</h3><div class="centre"><a href="/join">Join</a></p></div>',
    '<aside class="note"><p>Seeds are free for members.',
])
def test_an_unclosed_raw_html_box_does_not_swallow_the_markdown_after_it(box):
    text = (f"Intro paragraph of the seed library story.\n\n{box}\n\n## Opening hours\n\nFrom nine to five.\n\n"
            "## Who may borrow\n\nEvery member.\n")
    doc = parse_text(text, ".md")
    assert "Opening hours" in [b.text for b in doc.blocks if b.kind == "heading"]
    assert not any(b.text.startswith("##") for b in doc.blocks)


@pytest.mark.parametrize("text, title, items", [
    ("Harbour Ferry Adds a Night Crossing\n\nPORTLAND, Maine, May 3, 2031 -- The ferry company will run a night "
     "crossing from June.\n\n#1 for on-time crossings on the coast, the company said.\n\n* Boats leave at 11 p.m.\n"
     "* Fares stay the same.\n", "Harbour Ferry Adds a Night Crossing", ["Boats leave at 11 p.m.", "Fares stay the same."]),
    ("Hafenfähre fährt auch nachts\n\nKiel, 3. Mai 2031 - Die Fährgesellschaft fährt ab Juni auch nachts.\n\n"
     "- Das letzte Boot legt um 23 Uhr ab.\n- Die Preise bleiben gleich.\n\n- Ende -\n",
     "Hafenfähre fährt auch nachts", ["Das letzte Boot legt um 23 Uhr ab.", "Die Preise bleiben gleich."]),
])
def test_a_text_file_with_typed_bullets_stays_plain_text_and_its_bullets_are_items(text, title, items):
    doc = parse_text(text, ".txt")
    assert doc.source_format == "plain"
    assert [b.text for b in doc.blocks if b.kind == "item"] == items
    assert parse_release(text, name="r.txt").title == title


def test_a_text_file_with_markdown_headings_and_bold_is_markdown():
    text = "# Harbour Ferry Adds a Night Crossing\n\nThe ferry will run at night.\n\n**Timetable**\n\nBoats leave late.\n"
    assert parse_text(text, ".txt").source_format == "markdown"
