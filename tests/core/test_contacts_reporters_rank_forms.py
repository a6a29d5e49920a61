"""A contact handed over in a sentence addressed to reporters ("Reporters may call …", "Reporters
can reach …"), and a press officer named with a rank written short before the name ("Lt.",
"Sgt."): the contact is read, its name shown without the rank. Words and numbers of our own, in two
styles: a plain-text scrape of a sheriff's release and a Markdown police release."""

from mediakit.core.analyse import parse_release

PLAIN = """Harlow County Sheriff's Office Adds Two Patrol Boats

EASTON, Md., May 8, 2026 - The Harlow County Sheriff's Office added two patrol boats to its marine unit.

Reporters may call Lt. Rosa Whitlock, the office's public information officer, at 410-555-0162.
"""

MARKDOWN = """# Fenwick Police Open a Youth Boxing Gym

**FENWICK, Ohio, May 8, 2026** – The Fenwick Police Department opened a youth boxing gym on Ash Street.

Reporters can reach Sgt. Marcus Oyelaran at 330-555-0148 or moyelaran@fenwickpd.org.
"""


def _cards(text: str, name: str) -> list[tuple[str | None, list[str]]]:
    return [(c.name, c.phones) for c in parse_release(text, name=name).contacts]


def test_a_sentence_to_reporters_hands_over_the_contact_named_without_the_rank():
    assert _cards(PLAIN, "r.txt") == [("Rosa Whitlock", ["+14105550162"])]
    assert _cards(MARKDOWN, "r.md") == [("Marcus Oyelaran", ["+13305550148"])]
