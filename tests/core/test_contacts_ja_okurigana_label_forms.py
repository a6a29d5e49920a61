"""The contacts' title written with the shorter okurigana, 問い合せ先 (as 問い合わせ先, 問合せ先), is a
contacts label: the part it heads is the contacts part, a section, and the label lines inside it
(ウェブサイト, プレス窓口) label its cards, no parts of their own. Our own words, numbers and
addresses, in an HTML page and in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = "2033年4月2日 みなと図書館友の会は本日、古い地図をデジタル化した公開アーカイブを開設しました。市民は誰でも無料で閲覧できます。"
LICENCE = "アーカイブの画像は、出典を明記すれば報道や教育の目的で自由に利用できます。詳しくは利用規約をご覧ください。"
CARD = ["プレス窓口", "みなと図書館友の会 事務局", "press@minato-tomonokai.example", "+81-3-5550-1234"]


def _html() -> list[str]:
    card = "".join(f"<p>{line}</p>" for line in CARD)
    page = (f"<h1>古地図アーカイブを公開</h1><p>{LEAD}</p><h2>画像の利用</h2><p>{LICENCE}</p><h2>問い合せ先</h2>"
            "<p>ウェブサイト</p><ul><li><a href='https://minato-tomonokai.example'>友の会のページ</a></li>"
            f"<li><a href='https://minato-tomonokai.example/maps'>アーカイブ</a></li></ul>{card}")
    return [s.title for s in parse_release(page, suffix=".html").all_sections()]


def _markdown() -> list[str]:
    card = "\n\n".join(CARD)
    text = (f"# 古地図アーカイブを公開\n\n{LEAD}\n\n## 画像の利用\n\n{LICENCE}\n\n## 問い合せ先\n\nウェブサイト\n\n"
            f"- [友の会のページ](https://minato-tomonokai.example)\n- [アーカイブ](https://minato-tomonokai.example/maps)\n\n{card}\n")
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


@pytest.mark.parametrize("style", [_html, _markdown])
def test_the_okurigana_variant_titles_the_contacts_part_and_its_labels_do_not(style) -> None:
    assert style() == ["画像の利用", "問い合せ先"]
