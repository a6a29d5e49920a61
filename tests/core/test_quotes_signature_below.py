"""Testimonials signed below: a paragraph that is all quotation with the speaker's name on the line
under it (and the role on the line after), or "Name, Role" in a <cite> under a <blockquote>; where
the testimonials are signed above, each name line stays with the quotation below it. Names, firms
and words are invented."""

from scaling import LINEAR, growth

from mediakit.core.document import parse_text
from mediakit.core.model import Block
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_name_and_role_lines_under_each_quotation_plain_text():
    found = quotes("Cloud region opens\n\nThe region opened today in Frankfurt for regulated customers.\n\n"
                   "\"Our customers in banking need to know exactly where their data lives. Now they do.\"\n"
                   "Oskar Lindvall\nChief Technology Officer, Meridian Cloud\n\n"
                   "\"We moved 400 workloads in six weeks without a single outage.\"\n"
                   "Petra Hoffmann-Reyes\nHead of Infrastructure, Nordbank AG\n\n"
                   "Availability\n\nThe region is available today.\n")
    assert who(found) == ["Oskar Lindvall", "Petra Hoffmann-Reyes"]


def test_a_cite_under_a_blockquote_html():
    found = quotes("<html><body><h1>Electric buses</h1><p>The authority put 40 buses into service.</p>"
                   "<blockquote><p>“Every one of these buses takes 27 cars’ worth of emissions off our streets "
                   "each year.”</p><cite>Maria Delgado-Whitcombe, General Manager, Arcadia Transit</cite>"
                   "</blockquote></body></html>", ".html")
    assert who(found) == ["Maria Delgado-Whitcombe"]


def test_testimonials_signed_above_keep_their_name_lines():
    found = quotes("Partners welcome the plan\n\n"
                   "Ann Treadwell, President, Harbour Traders Association\n\n"
                   "\"The new market hall gives our members a place to sell all year round, in any weather.\"\n\n"
                   "Ben Castellano, Chair, Old Town Business Forum\n\n"
                   "\"We have waited twenty years for a plan that takes the old town seriously.\"\n\n"
                   "Carla Ibsen, Director, Quayside Arts Trust\n")
    assert who(found) == ["Ann Treadwell", "Ben Castellano"]


def test_a_sentence_under_a_quotation_is_no_signature():
    found = quotes("\"The new market hall gives our members a place to sell all year round.\"\n\n"
                   "The hall opens in May.\n")
    assert found == []


def test_many_testimonials_signed_below_take_time_linear_in_their_number():
    def blocks_of(count):
        out = []
        for i in range(count):
            out += [Block(kind="paragraph", text="“We moved all of our workloads in six weeks flat.”", index=3 * i),
                    Block(kind="paragraph", text="Petra Hoffmann", index=3 * i + 1),
                    Block(kind="paragraph", text="Head of Infrastructure, Nordbank", index=3 * i + 2)]
        return out

    ratio = growth(extract_quotes, blocks_of, 300)
    assert ratio < LINEAR, f"4x the testimonials took {ratio:.1f}x the time"
