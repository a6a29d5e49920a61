"""An archive's front matter names the person a release is by ("creators: [Surname, Given]", "author:
Given Surname") where the release says only "Mr. Surname said": the speaker is that author's full
name, unless the text itself introduces someone with the surname. An author that is no person's name
("The Harbour Project") names no one. Names and organisations are invented."""

from mediakit.core.analyse import parse_release


def speakers(text, name):
    return [q.speaker for q in parse_release(text, name=name).quotes]


HARVESTED = """---
title: "Ferry services restored"
date: "1976-02-03"
creators:
  - "Quillfeather, Amos"
source: "Minister for Transport"
---

 MINISTER FOR TRANSPORT

 FERRY SERVICES RESTORED

 Ferry services on the northern river will run again from Monday after the flood repairs.

 "The crews have worked day and night to bring the ferries back, and the towns along the river can count on them again," concluded Mr. Quillfeather.
"""


def test_harvested_markdown_creators():
    assert speakers(HARVESTED, "release.md") == ["Amos Quillfeather"]


def test_harvested_plain_text_creators():
    assert speakers(HARVESTED, "release.txt") == ["Amos Quillfeather"]


def test_the_text_introduces_its_own_full_name():
    text = HARVESTED.replace(" Ferry services on the northern",
                             " The Minister, Mr. Jonah Quillfeather, said ferry services on the northern")
    assert speakers(text, "release.md") == ["Jonah Quillfeather"]


def test_an_author_that_names_no_person():
    text = HARVESTED.replace('creators:\n  - "Quillfeather, Amos"', "author: The Harbour Project")
    assert speakers(text, "release.md") == ["Quillfeather"]
