"""A contact line opened by its audience alone before a colon ("Investors:", "Media:") is a contact
card, run together with its details or not; the same word inside a sentence opens none. Words and
numbers of our own, in two styles: flattened wire Markdown and an HTML page."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Orrin Health Prices a Share Offering

AUSTIN, TX - March 10, 2026 (NEWMEDIAWIRE) - Orrin Health, Inc. today priced an offering of \
2,000,000 shares at $4.10 each.

 About Orrin Health Orrin Health runs clinics in three states.

 Investors:1-512-555-0188 ir@orrinhealth.example

View the original release on www.newmediawire.com
"""

HTML = """<html><body><h1>Talbot Ferries adds a night crossing</h1>
<p>DOVER, 11 March 2026 &ndash; Talbot Ferries will sail a night crossing from May.</p>
<p>Media: Nell Archer, +44 1304 960 233, press@talbotferries.example</p>
</body></html>"""


def _cards(text: str, name: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(c.name, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


def test_an_audience_label_opens_a_card():
    assert _cards(MARKDOWN, "r.md") == [(None, ["+15125550188"], ["ir@orrinhealth.example"])]
    assert _cards(HTML, "r.html") == [("Nell Archer", ["+441304960233"], ["press@talbotferries.example"])]


def test_the_word_in_a_sentence_opens_no_card():
    text = HTML.replace("<p>Media: Nell Archer, +44 1304 960 233, press@talbotferries.example</p>",
                        "<p>Media coverage of the first crossing was wide.</p>")
    assert _cards(text, "r.html") == []
