"""A screen's resolution ("4K video", "8K显示") is no count of thousands, in words of our own."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _figures(body: str) -> list[tuple[str, float]]:
    release = parse_release("# A headline for the test\n\n" + body + "\n", suffix=".md")
    return [(f.text, f.value) for f in release.figures]


@pytest.mark.parametrize("body", [
    "The museum's new hall shows restored newsreels as 4K video on a curved wall.",
    "Each lecture room gets an 8K display and a ceiling microphone.",
    "The drone records 4K/60p footage and streams it to the ground crew.",
    "Der Sender überträgt das Finale erstmals mit 8K-Auflösung.",
    "新しい展示室では8K映像で海の生き物を紹介する。",
    "该馆引进了4K超高清放映设备。",
])
def test_a_screens_resolution_is_no_figure(body):
    assert _figures(body) == []


@pytest.mark.parametrize("body, expected", [
    ("About 4K volunteers cleaned the beaches on Saturday.", [("4K", 4_000)]),
    ("The studio spent $8K on video lights for the new set.", [("$8K", 8_000)]),
])
def test_a_k_before_other_words_is_still_a_thousand(body, expected):
    assert _figures(body) == expected
