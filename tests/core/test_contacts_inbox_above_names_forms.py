"""A contact card that prints its shared address first, under its own label, and then the people
with their phones ("E-mail / media@… / Phone / Jane Roe 555-0142 / Max Mohr 555-0188"): each person
gets the address, and no desk of the address alone is left over. Japanese cards of this shape open
with a bulleted label ("◯代表連絡先") and may name a person in five kanji before the bracketed
affiliation. Words and numbers of our own, in two styles: a React page and plain text."""

from mediakit.core.analyse import parse_release

JSX = """import React from 'react'

function PressRelease() {
  return (
    <div>
      <p>若者団体、市長と意見交換</p>
      <p>本日3月4日、北浜ユース気候会議のメンバー3名が市長と意見交換を行いました。</p>
      <p>◯代表連絡先</p>
      <p>メールアドレス</p>
      <p>press@kitahama-youth.jp</p>
      <p>電話番号</p>
      <p>高島由美子（北浜ユース気候会議）　080-2233-4455（取材対応）</p>
      <p>森田健（南浜ユース気候会議）　090-6677-8899（地域について）</p>
    </div>
  )
}

export default PressRelease
"""

TEXT = """Ashgrove Rowing Club opens a boathouse

ASHGROVE, 5 March 2026 - Ashgrove Rowing Club opened a boathouse for 60 boats today.

Media contacts
E-mail
media@ashgroverowing.example
Phone
Clara Dunmore +44 113 496 0318
Felix Orme +44 113 496 0427
"""


def _cards(text: str, name: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(c.name, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


def test_a_shared_address_above_the_people_is_each_ones():
    assert _cards(TEXT, "r.txt") == [("Clara Dunmore", ["+441134960318"], ["media@ashgroverowing.example"]),
                                     ("Felix Orme", ["+441134960427"], ["media@ashgroverowing.example"])]


def test_a_bulleted_japanese_card_with_the_address_first():
    assert _cards(JSX, "r.jsx") == [("高島由美子", ["+818022334455"], ["press@kitahama-youth.jp"]),
                                    ("森田健", ["+819066778899"], ["press@kitahama-youth.jp"])]


def test_an_address_above_one_person_with_an_address_of_her_own_stays_a_desk():
    text = TEXT.replace("Felix Orme +44 113 496 0427\n", "").replace(
        "Clara Dunmore +44 113 496 0318", "Clara Dunmore +44 113 496 0318 clara@ashgroverowing.example")
    assert ("Clara Dunmore", ["+441134960318"], ["clara@ashgroverowing.example"]) in _cards(text, "r.txt")
