"""Two contact cards each under its organisation's line, the second a desk ("Universität X /
Presse- und Öffentlichkeitsarbeit / Telefon …"): the second organisation is the desk's, not the
first person's (made-up releases in Markdown, German, and plain text, English)."""

from mediakit.core.analyse import parse_release


def _cards(text: str, name: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.organization) for c in parse_release(text, name=name).contacts]


def test_german_markdown_with_a_clinic_and_a_university_desk():
    text = ("# Klinikum Auental und Universität Eschtal gründen Zentrum\n\n**Eschtal, 30. Juni 2026** – Das Klinikum "
            "Auental und die Universität Eschtal gründen ein Zentrum für Altersmedizin.\n\n**Pressekontakte:**\n\n"
            "**Klinikum Auental**  \nPetra Lang, Leiterin Unternehmenskommunikation  \nTelefon: 0761 270-84410  \n"
            "petra.lang@klinikum-auental.de\n\n**Universität Eschtal**  \nPressestelle  \nTelefon: 0761 203-4302  \n"
            "presse@uni-eschtal.de\n")
    assert _cards(text, "r.md") == [("Petra Lang", "Klinikum Auental"), (None, "Universität Eschtal")]


def test_english_plain_text_with_a_person_then_a_university_press_office():
    text = ("Harbour Trust and Lakeside University open a marine lab\n\nPORTLAND, Maine, June 3, 2026 - Harbour Trust "
            "and Lakeside University opened a marine lab on the waterfront.\n\nMedia contacts:\nHarbour Trust\n"
            "Ben Ashe, 207-555-0141, ben@harbourtrust.org\nLakeside University\nPress Office\n207-555-0199\n"
            "press@lakeside.edu\n")
    assert _cards(text, "r.txt") == [("Ben Ashe", "Harbour Trust"), (None, "Lakeside University")]
