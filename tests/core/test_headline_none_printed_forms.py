"""A release that prints no headline (a press kit's fragment whose page template prints the
headline elsewhere, a plain text of long paragraphs): the JSON's title is null, not the file's
name; the window still shows the file's name. Words of our own, in two styles (a Django template
fragment and plain text)."""

from mediakit.core.analyse import load_release

FRAGMENT = """{% extends "pages/about/press/kit/base.html" %}
{% block kit_content %}
<p>6 May 2031 - The Lantern Project today announced Lantern 9, the new release of its open source
map server, with tiles drawn twice as fast, a new style editor and support for offline maps on
phones and tablets used by field crews far from a network.</p>
<p>Lantern 9 is the first release since the project joined the Harbour Foundation last spring, and
the first built by more than 200 contributors from 30 countries.</p>
{% endblock kit_content %}
"""

PLAIN = """the morning crossing leaves the quay at six and the ferry carries the first workers, the
milk and the post to the island, where the harbour master counts them all in and signs the sheet
before the boat turns back for the second run of the day, in fog or in sun, all year round.
"""


def test_a_press_kit_fragment_without_a_headline_has_no_title(tmp_path):
    path = tmp_path / "kit-9-de.html"
    path.write_text(FRAGMENT, encoding="utf-8")
    release = load_release(str(path))
    assert release.to_json()["title"] is None
    assert release.title == "kit-9-de"
    assert release.date == "2031-05-06"


def test_plain_text_without_a_headline_has_no_title(tmp_path):
    path = tmp_path / "crossing notes.txt"
    path.write_text(PLAIN, encoding="utf-8")
    release = load_release(str(path))
    assert release.to_json()["title"] is None
    assert release.title == "crossing notes"
