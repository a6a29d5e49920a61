"""A quotation that runs over several paragraphs names its speaker in the first one only: each
later paragraph opens with a quote mark and only the last one closes it ("“A,” said X." / "“B" /
"“C.”"). The later paragraphs are the same speaker's, whatever marks the release uses (double
marks, or the single marks of British copy). Fixtures in Markdown and plain text; names,
organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.text) for q in parse_release(text, name=name).quotes]


MARKDOWN = """# Eastmoor Rail opens its night service

EASTMOOR, March 3, 2031 -- Eastmoor Rail will run trains through the night from next month.

“Shift workers asked us for this for years, and the night trains give them a safe way home,” said Priya Lindqvist, chief executive of Eastmoor Rail.

“The first trains leave the central station at midnight and run every forty minutes until five.

“We will keep the fares the same as in the day, and children travel free.”

Tickets go on sale on Monday.
"""

PLAIN = """Harbour plan approved
Press release

PORTVALE, 3 March 2031 - The council approved the harbour plan on Monday.

‘This plan gives the harbour a future for the next thirty years and keeps the boats working,’ said council leader Mary Quinlan.

‘We will start work in the spring and finish the first berths before the winter storms arrive.

‘Nobody in the town will lose a mooring while the work goes on, and every fee stays frozen.’

The work is paid for by a national grant.
"""


def test_later_paragraphs_of_a_double_marked_quotation():
    found = quotes(MARKDOWN, "release.md")
    assert [q[0] for q in found] == ["Priya Lindqvist"]
    assert "every forty minutes until five" in found[0][1] and found[0][1].endswith("children travel free.")


def test_later_paragraphs_of_a_single_marked_quotation():
    found = quotes(PLAIN, "release.txt")
    assert [q[0] for q in found] == ["Mary Quinlan"]
    assert "before the winter storms arrive" in found[0][1] and found[0][1].endswith("every fee stays frozen.")
