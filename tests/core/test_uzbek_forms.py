"""Uzbek releases: "X haqida" boilerplate, sums in so'm and dollars, percent with its case endings,
and Uzbek said-verbs (made-up releases in Latin and Cyrillic script)."""

import pytest

from mediakit.core.analyse import parse_release

_LEAD = ("Andijon viloyatida yangi suv tozalash inshooti ishga tushirildi va u bir necha "
         "tumanni toza ichimlik suvi bilan ta'minlaydi.")


def _figures(body: str, name: str = "r.txt"):
    release = parse_release(f"Suv inshooti ochildi\n\n{_LEAD}\n\n{body}\n", name=name)
    return {(f.value, f.unit, f.currency) for f in release.figures}


@pytest.mark.parametrize("text, name", [
    ("Suv inshooti ochildi\n\n{lead}\n\nOqim Suv haqida\n\nOqim Suv 2011-yilda tashkil etilgan.\n", "r.txt"),
    ("# Suv inshooti ochildi\n\n{lead}\n\n**Oqim Suv haqida**\n\nOqim Suv 2011-yilda tashkil etilgan.\n", "r.md"),
    ("<h1>Suv inshooti ochildi</h1><p>{lead}</p><p>Oqim Suv to‘g‘risida</p><p>Oqim Suv viloyatdagi "
     "suv ta'minoti korxonasi.</p>", "r.html"),
])
def test_a_line_about_what_the_next_paragraph_names_is_its_boilerplate(text, name):
    release = parse_release(text.format(lead=_LEAD), name=name)
    assert [part.title for part in release.about] in (["Oqim Suv haqida"], ["Oqim Suv to‘g‘risida"])


def test_a_line_about_something_the_next_paragraph_does_not_name_is_no_boilerplate():
    text = f"Suv inshooti ochildi\n\n{_LEAD}\n\nLoyiha haqida\n\nInshoot uch yil ichida qurildi.\n"
    assert parse_release(text, name="r.txt").about == []


@pytest.mark.parametrize("body, figure", [
    ("Loyihaga 48,5 milliard so‘m sarflandi.", (48_500_000_000, None, "UZS")),
    ("Inshoot qurilishiga 12 million AQSh dollari yo'naltirildi.", (12_000_000, None, "USD")),
    ("Лойиҳага 7,2 миллиард сўм сарфланди.", (7_200_000_000, None, "UZS")),
    ("Suv isrofi 35 foizga kamaydi.", (35, "%", None)),
    ("Сув исрофи 18 фоизга камайди.", (18, "%", None)),
])
def test_uzbek_money_and_percent_are_read_with_their_words(body, figure):
    assert figure in _figures(body)


@pytest.mark.parametrize("body, figure", [
    ("O consumo caiu 12 por cento no primeiro ano.", (12, "%", None)),
    ("Der Verbrauch sank um 9 Prozent im ersten Jahr.", (9, "%", None)),
])
def test_percent_words_of_other_languages_still_read(body, figure):
    assert figure in _figures(body)


@pytest.mark.parametrize("quote", [
    'Bekzod Karimov shunday dedi: "Endi har bir xonadonda toza suv bo‘ladi."',
    'Nilufar Saidova ta’kidlab o‘tdi: "Bu inshoot viloyatimiz uchun juda muhim va kerakli loyiha bo‘ldi."',
])
def test_uzbek_said_verbs_attribute_the_quotation(quote):
    release = parse_release(f"Suv inshooti ochildi\n\n{_LEAD}\n\n{quote}\n", name="r.txt")
    assert [q.speaker for q in release.quotes] == [quote.split(" ", 2)[0] + " " + quote.split(" ", 2)[1]]


@pytest.mark.parametrize("title, opening", [
    ('"Yashil Vodiy" MChJ haqida', '"Yashil Vodiy" MChJ 2009-yilda tashkil etilgan.'),
    ("«Яшил Водий» МЧЖ ҳақида", "«Яшил Водий» МЧЖ 2009 йилда ташкил этилган."),
])
def test_an_organisation_named_in_quote_marks_titles_its_boilerplate(title, opening):
    text = f"Suv inshooti ochildi\n\n{_LEAD}\n\n{title}\n\n{opening}\n"
    assert [part.title for part in parse_release(text, name="r.txt").about] == [title]


def test_a_cyrillic_press_desk_is_the_contact_of_the_organisation_its_boilerplate_names():
    text = (f"Сув иншооти очилди\n\n{_LEAD}\n\nОқим Сув ҳақида\n\nОқим Сув вилоятдаги сув корхонаси.\n\n"
            "Матбуот хизмати\nТел.: +998 74 223 18 09\nЭлектрон почта: matbuot@oqimsuv.example\n")
    contacts = parse_release(text, name="r.txt").contacts
    assert [(c.name, c.organization, c.phones, c.emails) for c in contacts] == [
        (None, "Оқим Сув", ["+998742231809"], ["matbuot@oqimsuv.example"])]


@pytest.mark.parametrize("lines", [
    ["Quarterly update from the library board of trustees", "“We will open on Sundays from May,” the board wrote."],
    ["Stimmen aus dem Stadtrat", "„Die Bibliothek bleibt sonntags geöffnet“, sagte die Vorsitzende."],
])
def test_a_line_opening_with_a_quote_mark_is_a_paragraph_of_its_own_in_one_line_text(lines):
    from mediakit.core.document.plain import plain_to_blocks
    assert [b.text for b in plain_to_blocks("\n\n".join(lines) + "\n")] == lines


@pytest.mark.parametrize("quote, speaker, role", [
    ('Suv ta’minoti boshqarmasi boshlig‘i Bekzod Karimov shunday dedi: "Endi har bir xonadonda toza suv '
     'bo‘ladi va bu loyiha viloyat uchun juda muhim."', "Bekzod Karimov", "Suv ta’minoti boshqarmasi boshlig‘i"),
    ('Вилоят ҳокими Нилуфар Саидова шундай деди: "Бу иншоот вилоятимиз учун жуда муҳим ва керакли '
     'лойиҳа бўлди."', "Нилуфар Саидова", "Вилоят ҳокими"),
])
def test_a_role_in_its_possessive_form_before_the_name_is_the_speakers_role(quote, speaker, role):
    release = parse_release(f"Suv inshooti ochildi\n\n{_LEAD}\n\n{quote}\n", name="r.txt")
    assert [(q.speaker, q.role) for q in release.quotes] == [(speaker, role)]
