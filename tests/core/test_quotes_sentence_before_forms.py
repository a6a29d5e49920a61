"""A quotation that is a sentence of its own and ends its paragraph, with no said-verb, after a
sentence whose subject is one named person ("Ann Roe, the chair, welcomed the vote. “…”"), is
that person's; after a sentence naming two people, or none, it is no one's. Fixtures in Markdown
and plain text; names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def speakers(text, name):
    return [q.speaker for q in parse_release(text, name=name).quotes]


MARKDOWN = """# Harbour plan approved

PORTVALE, March 3, 2031 -- The council approved the harbour plan on Monday.

Tom Reyes, the harbour master, welcomed the vote. “This plan gives the harbour a future for the next thirty years and keeps the boats working.”

Work starts in the spring.
"""

PLAIN = """Orchard Trust buys Hill Farm
Press release

ALDERTON, 9 June 2031 - The Orchard Trust has bought Hill Farm to save its old apple trees.

Dr Ines Varga, director of the trust, announced the purchase on Friday. “These trees have fed the valley for two hundred years and we will keep them standing.”

The farm will open to visitors in the autumn.
"""


def test_named_subject_before_a_bare_quotation_in_markdown():
    assert speakers(MARKDOWN, "release.md") == ["Tom Reyes"]


def test_named_subject_before_a_bare_quotation_in_plain_text():
    assert speakers(PLAIN, "release.txt") == ["Ines Varga"]


def test_two_people_or_a_place_name_no_speaker():
    two = MARKDOWN.replace("Tom Reyes, the harbour master, welcomed the vote.", "The plan was drawn up by Tom Reyes and Ann Lee.")
    place = MARKDOWN.replace("Tom Reyes, the harbour master, welcomed the vote.", "The vote was held in Port Ellis.")
    assert speakers(two, "release.md") == [] and speakers(place, "release.md") == []
