"""Uzbek (and Russian) copy writes direct speech with dashes and no quote marks: a paragraph opens
with a dash, and "…, – dedi X." (then, after a full stop, "– …" goes on) attributes it. Fixtures in
a Markdown release in Latin script and a React page in Cyrillic; names, organisations and numbers
are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


MARKDOWN = """# Yangi kutubxona ochildi

Samarqand, 2031-yil 4-mart. Shahar markazida yangi kutubxona ochildi.

– Kutubxonamiz har kuni kechgacha ochiq bo‘ladi, yoshlar bu yerda tinch o‘qishlari mumkin, – dedi kutubxona direktori Dilnoza Rahimova. – Biz yil oxirigacha yana uch ming kitob sotib olamiz.

Tadbirda mehmonlar ham qatnashdi.
"""

JSX = """import React from "react";

const News = () => {
  return (
    <div className="news">
      <h3 className="newsTitle">Тошкентда янги боғ очилди</h3>
      <p className="newsText">Кеча пойтахтда янги боғ очилди.</p>
      <p className="newsText">
        — Боғда икки мингдан ортиқ дарахт экилди ва ҳар бир маҳалла ўз йўлагига эга бўлди, — деди Умид Каримов.
      </p>
    </div>
  );
};

export default News;
"""


def test_dash_dialogue_in_latin_script():
    found = quotes(MARKDOWN, "release.md")
    assert [(q[0], q[1]) for q in found] == [("Dilnoza Rahimova", "kutubxona direktori")]
    assert found[0][2].startswith("Kutubxonamiz har kuni") and "uch ming kitob" in found[0][2]


def test_dash_dialogue_in_cyrillic_script():
    found = quotes(JSX, "News.jsx")
    assert [q[0] for q in found] == ["Умид Каримов"]
    assert found[0][2].startswith("Боғда икки мингдан")


def test_a_dash_that_attributes_nothing_is_no_quotation():
    text = MARKDOWN.replace(", – dedi kutubxona direktori Dilnoza Rahimova. – Biz", ". Biz")
    assert quotes(text, "release.md") == []
