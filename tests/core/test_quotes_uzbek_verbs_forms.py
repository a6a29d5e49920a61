"""Uzbek attributions beyond "dedi": the present "deydi", the converb before the verb ("– deb
ta’kidladi X", "– deya bildirdi X") and the pronoun "u" for the last speaker ("– dedi u"). Fixtures
in a Latin-script Markdown release and a Cyrillic HTML page; names and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.text) for q in parse_release(text, name=name).quotes]


MARKDOWN = """# Yangi kutubxona ochildi

Samarqand, 2031-yil 4-mart. Shahar markazida yangi kutubxona ochildi.

«Kutubxonamiz har kuni kechgacha ochiq bo‘ladi, yoshlar bu yerda tinch o‘qishlari mumkin», – deydi kutubxona direktori Dilnoza Rahimova.

«Biz yil oxirigacha yana uch ming kitob sotib olamiz va o‘quv zallarini kengaytiramiz», – dedi u.

«Har bir mahallada kichik kitob burchagi ochiladi», – deb ta’kidladi Bekzod Tursunov.
"""

HTML = """<html><body>
<h1>Тошкентда янги боғ очилди</h1>
<p>Кеча пойтахтда янги боғ очилди.</p>
<p>«Боғда икки мингдан ортиқ дарахт экилди ва ҳар бир маҳалла ўз йўлагига эга бўлди», – деб таъкидлади Умид Каримов.</p>
</body></html>
"""


def test_uzbek_latin_verbs_and_pronoun():
    found = quotes(MARKDOWN, "release.md")
    assert [q[0] for q in found] == ["Dilnoza Rahimova", "Dilnoza Rahimova", "Bekzod Tursunov"]
    assert "uch ming kitob" in found[1][1]


def test_uzbek_cyrillic_converb_before_the_verb():
    assert [q[0] for q in quotes(HTML, "release.html")] == ["Умид Каримов"]
