"""Uzbek (and Russian) copy sets a dash between the quotation and its said-verb: “…”, – dedi X. The
speaker after the verb may be a name or only the title the release gave that person earlier ("–
dedi kutubxona direktori" for the "kutubxona direktori Dilnoza Rahimova" of the lead). Fixtures in a
Markdown release and a React page; names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


MARKDOWN = """# Yangi kutubxona ochildi

Samarqand, 2031-yil 4-mart. Shahar markazida yangi kutubxona ochildi. Tadbirda Registon
kutubxonasi direktori Dilnoza Rahimova va mehmonlar qatnashdi.

“Kutubxonamiz har kuni kechgacha ochiq bo‘ladi, yoshlar bu yerda tinch o‘qishlari mumkin”, – dedi
Registon kutubxonasi direktori.

“Biz yil oxirigacha yana uch ming kitob sotib olamiz va o‘quv zallarini kengaytiramiz”, – dedi Bekzod Tursunov,
shahar madaniyat bo‘limi boshlig‘i.
"""

JSX = """import React from "react";

const News = () => {
  return (
  <div className="news">
    <h3 className="newsTitle">Toshkentda yangi bog‘ ochildi</h3>
    <p className="newsText">
      Kecha poytaxtda yangi bog‘ ochildi. Marosimda Yashil Shahar jamg‘armasi raisi Umid Karimov
      nutq so‘zladi. “Bog‘da ikki mingdan ortiq daraxt ekildi va har bir mahalla o‘z
      yo‘lagiga ega bo‘ldi”, – dedi Yashil Shahar jamg‘armasi raisi.
    </p>
    <p className="newsText">
      «Keyingi yili yana to‘rtta bog‘ ochamiz va ularni bolalar uchun qulay qilamiz», – dedi Madina Yusupova.
    </p>
  </div>
  );
};

export default News;
"""


def test_dash_before_said_verb_in_markdown():
    found = quotes(MARKDOWN, "release.md")
    assert [(q[0], q[1]) for q in found] == [
        ("Dilnoza Rahimova", "Registon kutubxonasi direktori"),
        ("Bekzod Tursunov", "shahar madaniyat bo‘limi boshlig‘i"),
    ]
    assert found[0][2].startswith("Kutubxonamiz har kuni") and found[0][2].endswith("o‘qishlari mumkin")
    assert "uch ming kitob" in found[1][2]


def test_dash_before_said_verb_in_a_react_page():
    found = quotes(JSX, "News.jsx")
    assert [q[0] for q in found] == ["Umid Karimov", "Madina Yusupova"]
    assert found[0][1] == "Yashil Shahar jamg‘armasi raisi"
    assert "ikki mingdan ortiq daraxt" in found[0][2] and "yo‘lagiga ega bo‘ldi" in found[0][2]
    assert found[1][2].startswith("Keyingi yili yana")


def test_a_title_no_one_was_given_names_no_one():
    text = MARKDOWN.replace("Registon\nkutubxonasi direktori Dilnoza Rahimova va mehmonlar", "mehmonlar")
    assert [q[0] for q in quotes(text, "release.md")] == ["Bekzod Tursunov"]
