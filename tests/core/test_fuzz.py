"""Property-based fuzzing of the core: whatever the text, the model keeps its promises.

Invariants: the core returns a release (or, for a file, the one defined ``ReleaseError``);
every figure's text and every quote's opening and closing words stand in the release's text;
every contact phone is a valid E.164 number; section anchors are unique.
The CI profile runs a few hundred examples; ``MEDIAKIT_FUZZ=campaign`` runs a long campaign
(see benchmarks/fuzz_campaign.sh).
"""

from __future__ import annotations

import os
import re

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediakit.core.analyse import ReleaseError, default_release_text, parse_release
from mediakit.core.document import ContentError
from mediakit.core.reader import decode_bytes

settings.register_profile("ci", max_examples=120, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("campaign", max_examples=int(os.environ.get("MEDIAKIT_FUZZ_EXAMPLES", "34000")),
                          deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("MEDIAKIT_FUZZ", "ci"))

SEED = default_release_text()
SEED_LINES = SEED.splitlines(keepends=True)

words = st.sampled_from(["Acme", "said", "over", "HK$", "US$", "€", "£", "3,000", "28%", "1.5", "billion",
                         "million", "2026", "Tel:", "+852", "3166", "3841", "“", "”", '"', "‘", "’", "—", "–",
                         "R&D", "5G-A", "15th", "v2.1.0", "about", "Chairman", "CEO", "of", "the", "PFLOPS",
                         "MW", "km", "亿", "万", "元", "说：", "「", "」", "Jane", "Doe", "@", "example.org",
                         "press@example.org", "(852)", "2584", "4554", "About", "Contact:", "Media", "*", "**",
                         "[", "]", "(", ")", "#", ">", "-", "\\$", "\n", "\n\n", "  ", "<b>", "</b>", "|"])
text_runs = st.lists(words, max_size=60).map(" ".join)
markdown_blocks = st.one_of(
    text_runs,
    text_runs.map(lambda t: "## " + t),
    text_runs.map(lambda t: "**" + t + "**"),
    text_runs.map(lambda t: "- " + t),
    text_runs.map(lambda t: "> " + t),
    text_runs.map(lambda t: f"[{t}](#)"),
    st.text(max_size=80),
)
markdown_documents = st.lists(markdown_blocks, max_size=25).map("\n\n".join)
html_tags = st.sampled_from(["div", "p", "h1", "h2", "h3", "strong", "em", "li", "ul", "blockquote", "a",
                             "script", "style", "table", "tr", "td", "span", "br", "iframe"])
html_fragments = st.tuples(html_tags, text_runs).map(lambda pair: f"<{pair[0]}>{pair[1]}</{pair[0]}>")
html_documents = st.lists(st.one_of(html_fragments, html_tags.map(lambda t: f"<{t}>")), max_size=40).map("".join)


@st.composite
def mutated_seeds(draw) -> bytes:
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["drop", "duplicate", "truncate"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    data = bytearray("".join(lines).encode("utf-8"))
    for _ in range(draw(st.integers(0, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


def folded(text: str) -> str:
    return " ".join(text.split())


def check_invariants(release) -> None:
    source = folded(" ".join(b.text for b in release.blocks))
    for figure in release.figures:
        assert folded(figure.text) in source, figure
    for quote in release.quotes:
        # a split quote's parts are joined with the release's own marks ("A,” “B."): each part is verbatim
        for part in re.split(r"(?<=[”\"」』])\s+(?=[“\"「『])", folded(quote.text)):
            assert part[:12] in source and part[-12:] in source, quote
    for contact in release.contacts:
        for phone in contact.phones:
            parsed = phonenumbers.parse(phone, None)
            assert phonenumbers.is_valid_number(parsed), phone
            assert phone == phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    anchors = [s.anchor for s in release.all_sections()]
    assert len(anchors) == len(set(anchors))


def analyse(text: str, suffix: str):
    try:
        return parse_release(text, suffix=suffix)
    except ContentError:
        return None


@given(markdown_documents)
def test_generated_markdown_keeps_the_invariants(text):
    release = analyse(text, ".md")
    if release is not None:
        check_invariants(release)


@given(html_documents)
def test_generated_html_keeps_the_invariants(text):
    release = analyse(text, ".html")
    if release is not None:
        check_invariants(release)


@given(mutated_seeds())
def test_mutated_seed_keeps_the_invariants(data):
    try:
        text, _ = decode_bytes(data, "mutated.md")
    except ReleaseError:
        return
    release = analyse(text, ".md")
    if release is not None:
        check_invariants(release)
