"""A page under embargo carries a banner over its headline ("THIS PAGE IS UNDER EMBARGO ! PLEASE DO
NOT PUBLISH IT !", "Please do not publish before …"): a notice, like a label, never the headline,
even set as the page's first heading. Words of our own, in two styles (a PHP page and Markdown)."""

from mediakit.core.analyse import parse_release

PHP = """<?php
  $page_title = 'Lantern 3.1 Beta Announcement';
  include("header.inc");
?>
<h1>THIS RELEASE IS UNDER EMBARGO ! PLEASE DO NOT PUBLISH IT !</h1>
<p>DATELINE MAY 6, 2031<br />FOR IMMEDIATE RELEASE</p>
<h2>Lantern Project Ships Beta of Its Free Drawing Suite</h2>
<p>May 6, 2031 (The INTERNET). The Lantern Project today announced the first beta of Lantern 3.1,
its drawing suite, with a new brush engine and faster layers for large canvases.</p>
"""

MARKDOWN = """# Please do not publish before 10:00 on 6 May 2031

## Quayside Trust buys the old rope works

QUAYSIDE, 6 May 2031 – The Quayside Trust has bought the old rope works on the harbour front and
will open it as a workshop for boat builders and a small museum next spring.
"""


def test_an_embargo_banner_heading_is_not_the_headline_of_a_php_page():
    release = parse_release(PHP, name="r.php")
    assert release.title == "Lantern Project Ships Beta of Its Free Drawing Suite"
    assert release.date == "2031-05-06"


def test_a_do_not_publish_notice_is_not_the_headline_in_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert release.title == "Quayside Trust buys the old rope works"
    assert release.place == "QUAYSIDE"
