"""Uzbek puts "according to" after the speaker, who stands in the genitive: "Kutubxona direktori
Ann Roening so‘zlariga ko‘ra, «…»", "X ning aytishicha, «…»", Cyrillic "X нинг сўзларига кўра, «…»".
The words before the genitive ending are the speaker (with the role before the name). Fixtures in
Latin-script Markdown and Cyrillic HTML; names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


MARKDOWN = """# Samarqandda yangi kutubxona ochildi

Samarqand, 2031-yil 3-mart. Shaharda yangi kutubxona ochildi.

Kutubxona direktori Dilnoza Rustamovaning so‘zlariga ko‘ra, «yangi bino har kuni ming nafar kitobxonni qabul qila oladi va unda o‘n ming kitob bor».

Loyiha rahbari Bahodir Qodirov ning aytishicha, «binoning tomi quyosh panellari bilan qoplangan».
"""

HTML = """<html><body>
<h1>Бухорода янги кутубхона очилди</h1>
<p>Бухоро, 2031 йил 3 март. Шаҳарда янги кутубхона очилди.</p>
<p>Кутубхона директори Нодира Саидованинг сўзларига кўра, «янги бинода ўн минг китоб бор ва у ҳар куни очиқ бўлади».</p>
</body></html>
"""


def test_latin_uzbek_according_after_the_genitive_speaker():
    found = quotes(MARKDOWN, "release.md")
    assert [(q[0], q[1]) for q in found] == [("Dilnoza Rustamova", "Kutubxona direktori"),
                                           ("Bahodir Qodirov", "Loyiha rahbari")]
    assert found[0][2].startswith("yangi bino har kuni")


def test_cyrillic_uzbek_according_after_the_genitive_speaker():
    found = quotes(HTML, "release.html")
    assert [(q[0], q[1]) for q in found] == [("Нодира Саидова", "Кутубхона директори")]
