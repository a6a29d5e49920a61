"""A flattened copy runs a fact list's lines together, so a magnitude or a unit stands glued to the
next line's capitalised label ("EUR 3.41 bnOrder intake", "2,250,000 tonnesStaff"): the figure keeps
its magnitude and unit. A word that only starts like one ("tonnesque", "BNSF") is none. Numbers and
names are invented."""

from mediakit.core.analyse import parse_release


def figures(text, name):
    return [(f.value, f.unit, f.currency) for f in parse_release(text, name=name).figures]


FACTS = ("About Korvel Group Korvel makes fibres from wood. Key Facts & Figures Korvel Group 2030Revenue: "
         "EUR 3.41 bnOrder intake: EUR 3.9 billionNominal capacity: 2,250,000 tonnesStaff (full-time): 9,120 ")


def test_markdown_archive_copy():
    md = "# Korvel Opens a Plant\n\nKORVEL, Austria - May 5, 2031 - Korvel opened a plant.\n\n" + FACTS + "\n"
    found = figures(md, "release.md")
    assert (3410000000.0, None, "EUR") in found and (3900000000.0, None, "EUR") in found
    assert (2250000.0, "tonnes", None) in found


def test_plain_text_copy_and_lookalikes():
    text = ("Korvel Opens a Plant\n\nKorvel opened a plant today.\n\n" + FACTS + "\n\nIt runs 5 BNSF "
            "railcars and 4 tonnesque boxes.\n")
    found = figures(text, "release.txt")
    assert (2250000.0, "tonnes", None) in found
    assert (4.0, "tonnes", None) not in found and (5e9, None, None) not in found
