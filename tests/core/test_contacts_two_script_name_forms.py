"""A Taiwanese contact card: the company with its legal form, then its business group and office
("Lumo品牌產品事業群 品牌行銷處"), then the person's name in letters and in Chinese characters
("Ivy Lin 林書瑜"). The person is named in both scripts, the organisation is the company, not the
business group. Names, firms and numbers are invented."""

import pytest

from mediakit.core.analyse import parse_release

_STORY = ("(台北訊，2031年4月24日) – 青嵐數位今天於台北車用電子展發表二款行車記錄器，整合性更高、規格更勝以往，"
          "主機可直接貼合於擋風玻璃或車內後照鏡，為每一位駕駛提供更安全、更清晰的行車環境。")
_CARD = ["新聞聯絡人：", "青嵐數位股份有限公司", "Lumo品牌產品事業群 品牌行銷處", "{name}",
         "Tel.: +886 3 555 0188 # 1547", "Mobile: +886 912 555 018", "E-mail: ivy.lin@lumo.example"]


def _html(name):
    return (f"<h4>青嵐數位 發表新款行車記錄器</h4><p>{_STORY}</p>"
            f"<div class=\"pr_contact\"><p>{'<br>'.join(_CARD).format(name=name)}</p></div>")


def _text(name):
    return "青嵐數位 發表新款行車記錄器\n\n" + _STORY + "\n\n" + "\n".join(_CARD).format(name=name) + "\n"


@pytest.mark.parametrize("build, name", [(_html, "press.html"), (_text, "press.txt")])
@pytest.mark.parametrize("person", ["Ivy Lin 林書瑜", "林書瑜 Ivy Lin", "林書瑜"])
def test_the_person_in_two_scripts_and_the_company_over_its_office(build, name, person):
    contacts = parse_release(build(person), name).to_json()["contacts"]
    assert [(c["name"], c["organization"], c["phones"], c["emails"]) for c in contacts] == [
        (person, "青嵐數位股份有限公司", ["+88635550188", "+886912555018"], ["ivy.lin@lumo.example"])]
