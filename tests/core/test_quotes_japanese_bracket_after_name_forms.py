"""A Japanese speaker introduced with a bracket after the honorific that describes the person (school
year, age, town): 「山田花子さん（大学1年/19歳）は、「…」と述べています」. The bracket is no part of the
name, and a clause describing the person before the name ("企画した山田花子さん") is none either.
Names and organisations are invented."""

from mediakit.core.analyse import parse_release


def speakers(text, name):
    return [q.speaker for q in parse_release(text, name=name).quotes]


FIRST = ("シューズアクションを企画したGreen Wave Kobeの浜野ひかりさん(青葉大学1年/19歳)は、「マーチができない中、"
         "私たちの声を届けることができました。早急の対策が求められます。」と述べています。")
SECOND = ("配信に出演した港区の森下あゆみさん（白浜大学4年/21歳）は、「当日は雨が降りましたが、急に止みました。"
          "とても嬉しかったです。」と述べています。")


def test_html_page():
    html = (f"<h1>全国でアクションを開催</h1>\n<p>全国の若者が声を上げました。これは長い本文です。</p>\n"
            f"<p>{FIRST}</p>\n<p>{SECOND}</p>\n")
    assert speakers(html, "release.html") == ["浜野ひかり", "森下あゆみ"]


def test_jsx_component():
    jsx = ("import React from 'react'\n\nfunction Release () {\n  return (\n    <div>\n"
           "      <Title>全国でアクションを開催</Title>\n      <Body>\n        全国の若者が声を上げました。これは長い本文です。\n"
           f"        <br />\n        {FIRST}\n        <br />\n        {SECOND}\n      </Body>\n    </div>\n  )\n}}\n\n"
           "export default Release\n")
    assert speakers(jsx, "Release.jsx") == ["浜野ひかり", "森下あゆみ"]
