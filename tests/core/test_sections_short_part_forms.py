"""A short bare title over a part of one sentence ("Outlook" / "Ausblick" over "Acme expects …"),
a line ending in ":" that names the list under it ("Third Quarter Highlights:"), and a Roman number
in letters ("II. Results") title their parts; a name line, a sentence leading into a list, and a
list's numbered lines do not. Our own words, in PDF-like hard-wrapped text and HTML paragraphs."""

import pytest

from mediakit.core.analyse import parse_release

STORY = ("The Fenwick ferry co-operative carried more than 90,000 passengers in its first season, "
         "twice what its members had planned for when the boats were bought.")
STORY_DE = ("Die Genossenschaft Fährhaus Ems hat in ihrer ersten Saison mehr als 90.000 Fahrgäste "
            "befördert, doppelt so viele wie geplant.")
PDF_HEAD = ("Ferry co-op doubles its first season\n\nHarwich, 4 March 2033 – The Fenwick ferry co-operative\n"
            "carried more than 90,000 passengers in its first season,\ntwice what its members had planned "
            "for when the boats\nwere bought last spring.\n\n")


def titles(text, name):
    return [s.title for s in parse_release(text, name=name).all_sections()]


def html(*paragraphs):
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"<html><body><h1>Ferry co-op doubles its first season</h1>\n{body}</body></html>"


@pytest.mark.parametrize("text, name, wanted", [
    (PDF_HEAD + "Outlook\nThe co-op expects to run a third boat next year.\n\nAbout the co-op\n"
     "The Fenwick ferry co-operative is owned by the 400 families\nof the island and runs two boats "
     "between the island and\nthe harbour all year round.\n", "r.txt", ["Outlook", "About the co-op"]),
    (html("HAMBURG, 4. März 2033 – " + STORY_DE, "Ausblick", "Im nächsten Jahr soll ein drittes Boot fahren.",
          "Über die Genossenschaft", "Die Genossenschaft gehört den Familien der Insel und betreibt zwei Fähren."),
     "r.html", ["Ausblick", "Über die Genossenschaft"]),
    (html("VIGO, 4 de marzo de 2033 – " + STORY, "Perspectivas", "La cooperativa prevé un tercer barco en 2034."),
     "r.html", ["Perspectivas"]),
    # under a list's last line, which ends no sentence
    (PDF_HEAD + "First Season Highlights:\n\n- 90,000 passengers\n\n- 1,200 bicycles\n\nGuidance\n"
     "The co-op expects to run a third boat next year.\n", "r.txt", ["First Season Highlights:", "Guidance"]),
])
def test_a_short_bare_title_over_a_one_sentence_part_titles_it(text, name, wanted):
    assert titles(text, name) == wanted


@pytest.mark.parametrize("text, name", [
    # a name over a role under a quotation: the speaker's card, no part
    (html("HARWICH, March 4, 2033 – " + STORY, "“We are delighted,” she said.", "Jane Roe",
          "Chair of the ferry co-operative."), "r.html"),
    # a name over a longer role line, ending in a full stop
    (html("HARWICH, March 4, 2033 – " + STORY, "Jane Roe",
          "President and chief executive officer of the ferry co-operative since 2029."), "r.html"),
    # a line ending in a comma, or a clause, over a sentence
    (PDF_HEAD + "In the meantime, the boats\nThe co-op expects to run a third boat next year.\n", "r.txt"),
])
def test_a_name_line_or_a_clause_over_a_sentence_is_no_title(text, name):
    assert titles(text, name) == []


@pytest.mark.parametrize("text, name, wanted", [
    (PDF_HEAD + "First Season Highlights:\n\n- 90,000 passengers\n\n- 1,200 bicycles\n\n- no day lost to weather\n",
     "r.txt", ["First Season Highlights:"]),
    (html("HARWICH, March 4, 2033 – " + STORY, "Key figures:")
     .replace("</body>", "<ul><li>90,000 passengers</li><li>1,200 bicycles</li></ul></body>"), "r.html",
     ["Key figures:"]),
])
def test_a_colon_line_naming_the_list_under_it_titles_it(text, name, wanted):
    assert titles(text, name) == wanted


@pytest.mark.parametrize("text, name", [
    (PDF_HEAD + "The members said they had three wishes for next year:\n\n- a third boat\n\n- a new pier\n",
     "r.txt"),
    (html("HARWICH, March 4, 2033 – " + STORY, "Jane Roe added:")
     .replace("</body>", "<ul><li>a third boat</li><li>a new pier</li></ul></body>"), "r.html"),
])
def test_a_sentence_or_a_speaker_leading_into_a_list_is_no_title(text, name):
    assert titles(text, name) == []


def test_roman_numbered_lines_in_a_pdf_text_title_their_parts():
    text = (PDF_HEAD + "I. Background\nThe island lost its last ferry in 2029, when the operator\nleft, and "
            "the families bought two boats of their own\nthe following year with a loan from the council.\n\n"
            "II. Results\nThe boats ran on 361 days of the year.\n\nIII. Next steps\n"
            "The co-op will order a third boat in May.\n")
    assert titles(text, "r.txt") == ["I. Background", "II. Results", "III. Next steps"]
