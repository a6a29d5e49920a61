"""A headline with a deck, a short sub-headline, between it and the dateline ("Awards Recognize Top
Makers in the Harbour Trade" under "Harbour Awards Winners Announced"): the story still starts
under the headline, so a page's own title above it is not the headline. Words of our own, in two
styles (a PHP page and Markdown)."""

from mediakit.core.analyse import parse_release

PHP = """<?php
  $pageTitle = "Harbour Foundation Awards Announcement";
  $html = <<<EOHTML
<div id="midcolumn">
  <h1>$pageTitle</h1>
  <h2>Press Release</h2>
  <h2><strong>Harbour Awards Winners Announced</strong></h2>
  <p>Awards Recognize Top Makers in the Harbour Trade</p>
  <p><strong>QUAYSIDE, May 6, 2031</strong> &#150; The Harbour Foundation today announced the winners of
  its yearly awards, given to the boat builders, sail makers and rope makers the trade voted for.</p>
</div>
EOHTML;
  echo $html;
?>
"""

MARKDOWN = """# Lakeview Town Council

## Media release

## Lakeview Opens Its New Library

Three Floors of Books, a Makers' Room and a Cafe by the Lake

LAKEVIEW, 6 May 2031 – Lakeview Council opened the new town library on the lake front today, with
room for 80,000 books, a makers' room with two laser cutters and a cafe looking over the water.
"""


def test_a_deck_under_the_headline_of_a_php_page():
    release = parse_release(PHP, name="r.php")
    assert release.title == "Harbour Awards Winners Announced"
    assert release.place == "QUAYSIDE"


def test_a_deck_under_the_headline_in_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert release.title == "Lakeview Opens Its New Library"
    assert release.date == "2031-05-06"
