"""A template's title tag holding markup (a WML ``pagetitle`` with ``<q>…</q>``, a PHP or Django title
with ``<em>``): the headline reads as a browser sets it, the quotation with its marks and no space
where an inline element opens or closes. Words of our own, in two styles (WML and a PHP page)."""

from mediakit.core.analyse import parse_release

WML = """<define-tag pagetitle>Weaver 4.0 <q>Lanthorn</q>: die Vorbereitung beginnt</define-tag>
<define-tag release_date>2031-05-06</define-tag>
#use wml::debian::news

<p>Das Weaver-Projekt hat heute den Beginn der Vorbereitung auf die Veröffentlichung von
Weaver 4.0 <q>Lanthorn</q> bekannt gegeben. Ab sofort werden keine neuen Funktionen mehr aufgenommen.</p>

<h2>Über Weaver</h2>
<p>Weaver ist ein freies Betriebssystem, das von Freiwilligen aus aller Welt gepflegt wird.</p>
"""

PHP = """<?php
  $pageTitle = "Harbour <em>Lantern</em> Festival opens its <q>night market</q>";
  include("header.inc");
?>
<p>QUAYSIDE, May 6, 2031 &ndash; The Harbour Lantern Festival opened its first night market on the
quay today, with forty stalls run by local makers and a lantern parade at dusk.</p>
"""


def test_a_quotation_in_a_wml_pagetitle_keeps_its_marks_without_spaces():
    release = parse_release(WML, name="r.wml")
    assert release.title == "Weaver 4.0 \u201cLanthorn\u201d: die Vorbereitung beginnt"
    assert release.date == "2031-05-06"


def test_inline_markup_in_a_php_title_leaves_no_gaps():
    release = parse_release(PHP, name="r.php")
    assert release.title == "Harbour Lantern Festival opens its \u201cnight market\u201d"
    assert release.place == "QUAYSIDE"
