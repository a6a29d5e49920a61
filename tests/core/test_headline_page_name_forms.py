"""A site's section name set as the page's top heading ("Latest news", "Aktuelles") over the
release's own headline in a smaller heading (an h4) with no dateline under it: the smaller heading
is the headline, not the section name. Words of our own, in two styles (an HTML page in a PHP
template, and Markdown)."""

from mediakit.core.analyse import parse_release

PHP_PAGE = """<?php include 'inc/header.php'; ?>
<div class="hero"><h1 class="banner">Latest news</h1></div>
<div class="row">
  <div class="col-2"><span class="h4">News</span><p class="dat">2031.06.14</p></div>
  <div class="col-10">
    <h4 class="mb-30">Ostrava Tram Works wins a regional safety award for its depot crews</h4>
    <p>The tram depot of Ostrava Tram Works was named the safest workplace of the region by the
    county's labour board this week, after its crews worked 1,200 days without a lost-time injury.
    The board praised the depot's training scheme, in which every new fitter works beside a mentor
    for six months before taking a shift of their own.</p>
  </div>
</div>
<?php include 'inc/footer.php'; ?>
"""

MARKDOWN_PAGE = """# Aktuelles

14.06.2031

#### Stadtbücherei Wendelstein verlängert ihre Öffnungszeiten am Samstag

Die Stadtbücherei Wendelstein öffnet ab dem kommenden Monat samstags bis 18 Uhr. Damit reagiert
die Bücherei auf eine Umfrage unter 640 Leserinnen und Lesern, von denen zwei Drittel längere
Öffnungszeiten am Wochenende gewünscht hatten. Die Leiterin der Bücherei kündigte zudem eine
Lesestunde für Kinder an jedem ersten Samstag im Monat an.
"""


def test_the_headline_under_a_section_name_in_a_php_page():
    release = parse_release(PHP_PAGE, name="news-20310614.php")
    assert release.title == "Ostrava Tram Works wins a regional safety award for its depot crews"
    assert release.date == "2031-06-14"


def test_the_headline_under_a_section_name_in_markdown():
    release = parse_release(MARKDOWN_PAGE, name="meldung.md")
    assert release.title == "Stadtbücherei Wendelstein verlängert ihre Öffnungszeiten am Samstag"


def test_a_section_name_alone_stays_the_only_heading():
    text = MARKDOWN_PAGE.replace("#### Stadtbücherei Wendelstein verlängert ihre Öffnungszeiten am Samstag\n\n", "")
    release = parse_release(text, name="meldung.md")
    assert release.title != "Stadtbücherei Wendelstein verlängert ihre Öffnungszeiten am Samstag"
