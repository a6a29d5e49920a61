"""A percentage written in words, as a sentence that opens with a number spells it ("Ninety-three
percent of …", "Fünfzig Prozent der …"): a figure with its unit, not a count. A number word that ends
a larger number the words do not hold ("treinta y cinco por ciento") is no figure of its own. Numbers
and names are invented."""

from mediakit.core.analyse import parse_release


def percents(text, name):
    return sorted((f.value, f.unit) for f in parse_release(text, name=name).figures if f.unit == "%")


def test_markdown_sentence_opening_with_a_spelled_percentage():
    md = ("# Wavelet 8 Speeds Up Startup\n\nWavelet 8 is out today.\n\nSeventy-four percent of the new "
          "syntax now works in Wavelet 8, up from 41 percent in Wavelet 7. Six per cent of users still run "
          "the oldest line.\n")
    assert percents(md, "release.md") == [(6, "%"), (41, "%"), (74, "%")]


def test_html_in_german_and_a_larger_number():
    html = ("<html><body><h1>Umfrage zum Nahverkehr</h1><p>Der Verband stellte heute seine Umfrage vor.</p>"
            "<p>Zweiundsechzig Prozent der Befragten fahren täglich Bus. Treinta y cinco por ciento de los "
            "votos fueron nulos.</p></body></html>")
    assert percents(html, "release.html") == [(62, "%")]
