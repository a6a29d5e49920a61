"""A card of bare lines closing a release (name, phone, e-mail; no label) stays its contact where a
rule and an archive's footer of links follow it (made-up releases in Markdown and HTML)."""

from mediakit.core.analyse import parse_release

_STORY = ("Quillmere Robotics Inc. today named three new members to its advisory board, who will "
          "guide the company's expansion into warehouse automation across the region.")
_FOOTER_MD = ("\n\n---\n\n[View the original release](https://wire.example.com/news/quillmere-board-1234)\n\n"
              "[Summary](https://digest.example.net/quillmere-board)\n\n"
              "![Registration](https://cdn.example.org/qr/abc.webp)\n")


def test_a_bare_card_above_a_rule_and_an_archive_footer_in_markdown():
    text = ("# Quillmere Robotics Names Advisory Board\n\nDENVER, CO - (Wire) - March 3, 2026 - " + _STORY + "\n\n"
            "About Quillmere Robotics\n\nQuillmere Robotics builds picking robots for mid-sized warehouses.\n\n"
            "Priya Lindqvist\n\n7205550148\n\npriya@quillmere.example" + _FOOTER_MD)
    [card] = parse_release(text, name="r.md").contacts
    assert (card.name, card.phones, card.emails) == ("Priya Lindqvist", ["+17205550148"], ["priya@quillmere.example"])


def test_a_bare_card_above_an_hr_and_a_footer_in_html():
    text = ("<html><body><article><h1>Quillmere Robotics Names Advisory Board</h1>"
            "<p>DENVER, CO - March 3, 2026 - " + _STORY + "</p>"
            "<p>Quillmere Robotics builds picking robots for mid-sized warehouses.</p>"
            "<p>Owen Mbeki</p><p>(720) 555-0193</p><p>owen@quillmere.example</p>"
            "<hr><p><a href='https://wire.example.com/news/1234'>View original content</a></p>"
            "<p><a href='https://digest.example.net/q'>Summary</a></p></article></body></html>")
    [card] = parse_release(text, name="r.html").contacts
    assert (card.name, card.phones, card.emails) == ("Owen Mbeki", ["+17205550193"], ["owen@quillmere.example"])
