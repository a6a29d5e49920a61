"""Lines of a contact card that read as something else: a department's role ("Media Relations
Advisor") is the person's role, no new block; a name's label under the organisation's line
("联系人：李明") keeps the organisation; a desk and an authority's name of German and Spanish
("Gabinete de Comunicación", "Staatskanzlei Kanton X") are no person; a sentence-case headline names
the publisher (made-up releases in HTML, plain text and Markdown)."""

import pytest

from mediakit.core.analyse import parse_release


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c.name, c.organization, c.phones) for c in parse_release(text, name=name).contacts]


def test_a_definition_list_with_a_department_role():
    html = ("<html><body><h1>Lakeshore Transit adds electric buses</h1><p>TORONTO, April 2, 2026 – Lakeshore "
            "Transit Authority will add electric buses to its fleet.</p><h2>Media contact</h2><dl><dt>Name</dt>"
            "<dd>Grace Liu</dd><dt>Title</dt><dd>Media Relations Advisor</dd><dt>Phone</dt><dd>416-555-0177</dd>"
            "<dt>Email</dt><dd>media@lakeshoretransit.ca</dd></dl></body></html>")
    [card] = parse_release(html, name="r.html").contacts
    assert (card.name, card.role, card.phones) == ("Grace Liu", "Media Relations Advisor", ["+14165550177"])


def test_plain_text_card_with_a_department_role_line():
    text = ("Lakeshore Transit adds electric buses\n\nTORONTO, April 2, 2026 - Lakeshore Transit Authority will add "
            "electric buses to its fleet.\n\nMedia contact:\nGrace Liu\nInvestor Relations Manager\n416-555-0177\n"
            "grace.liu@lakeshoretransit.ca\n")
    [card] = parse_release(text, name="r.txt").contacts
    assert (card.name, card.role) == ("Grace Liu", "Investor Relations Manager")


@pytest.mark.parametrize("name", ["r.md", "r.txt"])
def test_a_name_label_under_the_company_line_keeps_the_company(name):
    text = ("星河科技发布新一代智能电表\n\n2026年5月20日，深圳——星河科技股份有限公司今日发布新一代智能电表。\n\n媒体联系人\n"
            "星河科技股份有限公司 品牌部\n联系人：李明\n电话：+86 755 8888 1234\n邮箱：liming@xinghe-tech.cn\n")
    if name == "r.md":
        text = "# " + text.replace("\n", "  \n")
    assert _cards(text, name) == [("李明", "星河科技股份有限公司", ["+8675588881234"])]


def test_a_spanish_communication_desk_over_the_authority_and_the_person():
    text = ("La Diputación de Almanzor mejora caminos rurales\n\nAlmanzor, 21 de enero de 2026.- La Diputación de "
            "Almanzor destinará seis millones de euros a caminos rurales.\n\nGabinete de Comunicación\n"
            "Diputación de Almanzor\nRaquel Ortega\nTlf.: 926 25 50 00\nprensa@dipalmanzor.es\n")
    assert _cards(text, "r.txt") == [("Raquel Ortega", "Diputación de Almanzor", ["+34926255000"])]


def test_a_swiss_chancellery_and_its_media_desk_are_no_person():
    text = ("Medienmitteilung\n\nKanton Thalwil senkt Steuerfuss\n\nThalwil, 15. April 2026 – Der Regierungsrat "
            "beantragt eine Senkung des Steuerfusses.\n\nKontakt\nStaatskanzlei Kanton Thalwil\nMedienstelle\n"
            "Telefon 044 259 20 20\nmedien@sk.thalwil.ch\n")
    assert _cards(text, "r.txt") == [(None, "Staatskanzlei Kanton Thalwil", ["+41442592020"])]


@pytest.mark.parametrize("name", ["r.txt", "r.md"])
def test_a_sentence_case_headline_names_the_publisher(name):
    text = ("Provincie Westland investeert in fietspaden\n\nDen Haag, 14 maart 2026 – De provincie investeert in "
            "nieuwe snelfietsroutes.\n\nVoor meer informatie kunt u contact opnemen met Sanne Jansen, woordvoerder, "
            "via 070 441 6611 of s.jansen@westland.nl.\n")
    if name == "r.md":
        text = "# " + text
    assert _cards(text, name) == [("Sanne Jansen", "Provincie Westland", ["+31704416611"])]
