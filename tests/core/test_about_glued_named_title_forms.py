"""An "About …" title an archive glued to its text with no space, the text opening on the name's
first word again ("About Brindle Works Co., Ltd.Brindle Works is …"), is the title alone; and a
photo's caption closing on its copyright credit ("Ona Pirri, COO (© Brindle)") titles nothing, also
where the archive glued the About title after it. Words of our own, in two styles (a wire's
flattened Markdown and an HTML page)."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Brindle Works lifts its output by a quarter

 HARLOW QUAY, October 3, 2034 /Example Wire/ -- Brindle Works raised its output of ceramic filters by a
 quarter in the third quarter, on new orders from water utilities along the coast.

 Ona Pirri, COO of Brindle Works (© Brindle) About Brindle Works Co., Ltd.Brindle Works is a maker of ceramic
 filters for water utilities, with 420 employees at two plants on the quay and customers in nine countries.
"""

HTML = """<html><body>
<h1>Brindle Works lifts its output by a quarter</h1>
<p>HARLOW QUAY, October 3, 2034 &ndash; Brindle Works raised its output of ceramic filters by a quarter
in the third quarter, on new orders from water utilities along the coast.</p>
<p>Ona Pirri, COO of Brindle Works (© Brindle)</p>
<p>The new kiln line runs around the clock and doubles the plant's capacity for the largest filters, the
company said on Tuesday.</p>
<p>About Brindle Works Co., Ltd.Brindle Works is a maker of ceramic filters for water utilities, with 420
employees at two plants on the quay and customers in nine countries.</p>
</body></html>
"""


def _titles(release) -> list[str]:
    return [s.title for s in release.all_sections()]


def test_a_glued_about_title_after_a_caption_in_flattened_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert [part.title for part in release.about] == ["About Brindle Works Co., Ltd."]
    assert _titles(release) == ["About Brindle Works Co., Ltd."]


def test_a_glued_about_title_and_a_credited_caption_in_html():
    release = parse_release(HTML, name="r.html")
    assert [part.title for part in release.about] == ["About Brindle Works Co., Ltd."]
    assert _titles(release) == ["About Brindle Works Co., Ltd."]
