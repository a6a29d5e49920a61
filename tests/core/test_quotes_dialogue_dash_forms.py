"""A speaker's words printed as a line of dialogue, as Uzbek news do: a dash opens the paragraph,
a dash after the words leads to the said-verb and the speaker, by name or by the role the release
introduced them with ("– …, – dedi tuman hokimi." after "Sirdaryo tumani hokimi Anvar Qodirov").
Names, places and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".md"):
    return extract_quotes(parse_text(text, suffix).blocks)


def test_a_role_after_the_verb_is_the_person_introduced_with_it_markdown_latin():
    found = quotes("# Yangi maktab ochildi\n\nBugun Sirdaryo tumani hokimi Anvar Qodirov yangi maktabni ochdi.\n\n"
                   "– Biz bu yil yana ikkita maktab quramiz va har bir mahallada sport maydoni bo‘ladi, "
                   "– dedi tuman hokimi.\n")
    assert [(q.speaker, q.role) for q in found] == [("Anvar Qodirov", "tuman hokimi")]
    assert found[0].text.startswith("Biz bu yil") and found[0].text.endswith("bo‘ladi")


def test_a_role_in_its_bare_form_finds_the_possessive_one_html_cyrillic():
    found = quotes("<h1>Янги мактаб очилди</h1><p>Бугун Сирдарё тумани ҳокими Анвар Қодиров янги мактабни очди.</p>"
                   "<p>- Биз бу йил яна иккита мактаб қурамиз ва ҳар бир маҳаллада спорт майдони бўлади,-дейди ҳоким "
                   "аҳоли билан учрашувда.</p>", ".html")
    assert [(q.speaker, q.role) for q in found] == [("Анвар Қодиров", "ҳоким")]


def test_a_name_after_the_verb_html():
    found = quotes("<p>Bugun yangi maktab ochildi.</p><p>— Maktabda 600 nafar o‘quvchi o‘qiydi va ular uchun "
                   "yangi kutubxona bor, — dedi Dilnoza Karimova.</p>", ".html")
    assert [q.speaker for q in found] == ["Dilnoza Karimova"]


def test_a_dashed_list_line_without_a_said_verb_is_no_dialogue():
    found = quotes("# Yangi maktab ochildi\n\nBugun Sirdaryo tumani hokimi Anvar Qodirov yangi maktabni ochdi.\n\n"
                   "– Maktabda ikkita sport zali, kutubxona va oshxona bor, – yangi bino uch qavatli.\n")
    assert found == []
