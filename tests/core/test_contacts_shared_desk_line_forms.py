"""A media line's number standing alone above the people it connects to, each with only an e-mail
of their own ("For media inquiries: 503-555-0119 / Ines Garrow, ines@… / Tomas Reyl, tomas@…"): the
number is every one of them's, not only the first's; a person with a number of their own keeps it.
Words and numbers of our own, in two styles: Markdown and an HTML page."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Cascade Orchard Network Plants Its Ten-Thousandth Tree

PORTLAND, Ore. - April 21, 2026 - The Cascade Orchard Network planted its ten-thousandth tree today.

## About the Cascade Orchard Network

The Cascade Orchard Network plants fruit trees in city parks.

For media inquiries: 503-555-0119

Ines Garrow, ines.garrow@cascadeorchards.org

Tomas Reyl, tomas.reyl@cascadeorchards.org

Lena Voss, 503-555-0176, lena.voss@cascadeorchards.org
"""

HTML = """<html><body><h1>Cascade Orchard Network plants its ten-thousandth tree</h1>
<p>PORTLAND, Ore., April 21, 2026 &ndash; The Cascade Orchard Network planted its ten-thousandth tree today.</p>
<h2>About the Cascade Orchard Network</h2>
<p>The Cascade Orchard Network plants fruit trees in city parks.</p>
<p>For media inquiries: 503-555-0119</p>
<p>Ines Garrow, ines.garrow@cascadeorchards.org</p>
<p>Tomas Reyl, tomas.reyl@cascadeorchards.org</p>
<p>Lena Voss, 503-555-0176, lena.voss@cascadeorchards.org</p>
</body></html>"""


def _phones(text: str, name: str) -> dict[str | None, list[str]]:
    return {c.name: c.phones for c in parse_release(text, name=name).contacts}


def test_the_media_line_above_the_people_is_each_ones_number():
    for text, name in ((MARKDOWN, "r.md"), (HTML, "r.html")):
        phones = _phones(text, name)
        assert phones["Ines Garrow"] == ["+15035550119"]
        assert phones["Tomas Reyl"] == ["+15035550119"]
        assert phones["Lena Voss"] == ["+15035550176"]
