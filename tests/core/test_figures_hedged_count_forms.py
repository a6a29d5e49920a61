"""A count whose noun stands after a hedge set off by a comma ("27, mostly older laptops"), in
plain text and in an HTML page, English and German; a plain comma after a number is no hedge."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _values(text: str, suffix: str) -> list[float]:
    return [f.value for f in parse_release(text, suffix=suffix).figures]


_PLAIN = "Ein Titel zum Test\n\nGRUNDDORF, 4. Mai 2021 – {body}\n"
_HTML = "<html><head><title>Ein Titel zum Test</title></head><body><h1>Ein Titel zum Test</h1><p>{body}</p></body></html>"


@pytest.mark.parametrize("template, suffix", [(_PLAIN, ".txt"), (_HTML, ".html")])
@pytest.mark.parametrize("body, value", [
    ("Im Lernzentrum Grunddorf laufen jetzt 27, zum Teil gebrauchte Rechner mit dem neuen System.", 27),
    ("Die Bücherei verleiht 46, überwiegend neue Tablets an die Schulen der Stadt.", 46),
    ("The Vellmoor library now lends 58, mostly older laptops to local pupils.", 58),
])
def test_a_count_after_a_hedge_is_a_figure(template, suffix, body, value):
    assert value in _values(template.format(body=body), suffix)


@pytest.mark.parametrize("template, suffix", [(_PLAIN, ".txt"), (_HTML, ".html")])
def test_a_plain_comma_after_a_number_is_still_no_count(template, suffix):
    body = "Room 31, on the second floor, holds the archive of the Vellmoor guild."
    assert 31 not in _values(template.format(body=body), suffix)
