"""A release's label printed with its date ("Pressemitteilung vom 3. März 2031"): a date, no place."""

import pytest

from mediakit.core.analyse import parse_release

STORY_DE = ("Die Genossenschaft öffnet am Samstag ihre neue Saatgutbibliothek für Mitglieder und Gäste aus dem "
            "ganzen Tal, wie die Geschäftsstelle mitteilt.")
STORY_EN = ("The cooperative opens its new seed library to members and visitors from across the valley on "
            "Saturday, the office said.")


@pytest.mark.parametrize("text, name, iso", [
    (f"Saatgutbibliothek öffnet am Samstag\n\nPressemitteilung vom 04.05.2031\n\n{STORY_DE}\n", "r.txt",
     "2031-05-04"),
    (f"# Seed library opens on Saturday\n\nPress release of 4 May 2031\n\n{STORY_EN}\n", "r.md", "2031-05-04"),
    (f"# Seed library opens on Saturday\n\n**Press Release** – May 4, 2031\n\n{STORY_EN}\n", "r.md",
     "2031-05-04"),
])
def test_a_label_before_the_date_is_no_place(text, name, iso):
    release = parse_release(text, name=name)
    assert (release.date, release.place) == (iso, None)


def test_a_place_after_the_label_is_the_place():
    text = f"Seed library opens on Saturday\n\nPress release Lakeview, 4 May 2031 – {STORY_EN}\n"
    release = parse_release(text, name="r.txt")
    assert (release.date, release.place) == ("2031-05-04", "Lakeview")
