"""A card that gives its details first and signs with the person and the group they speak for on
the line after ("E-mail: … / Phone: … / 山田花子（北浜ユース気候会議）"): that person is the
contact. Words and numbers of our own, in two styles: a React page and plain text."""

from mediakit.core.analyse import parse_release

JSX = """import React from 'react'

function PressRelease() {
  return (
    <div>
      <p>学生4人が株主総会で質問へ</p>
      <p>北浜ユース気候会議の学生4人が、3月25日の株主総会で質問します。</p>
      <p>◆ 連絡先</p>
      <p>メールアドレス：press@kitahama-youth.jp</p>
      <p>電話番号：090-3344-5566</p>
      <p>山田花子（北浜ユース気候会議）</p>
      <p>◆取材に際してのお願い</p>
      <p>・取材の際は事前にご連絡ください。</p>
    </div>
  )
}

export default PressRelease
"""

TEXT = """Ashgrove students to question the bank's board

ASHGROVE, 20 March 2026 - Four Ashgrove students will put questions to the bank's board on 25 March.

Contact
E-mail: press@ashgrove-youth.example
Phone: +44 113 496 0555
Nora Quill (Ashgrove Youth Climate)

Notes for editors
Interviews are possible after the meeting.
"""


def _cards(text: str, name: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(c.name, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


def test_a_card_signed_after_its_details_is_the_persons():
    assert _cards(JSX, "r.jsx") == [("山田花子", ["+819033445566"], ["press@kitahama-youth.jp"])]
    assert _cards(TEXT, "r.txt") == [("Nora Quill", ["+441134960555"], ["press@ashgrove-youth.example"])]
