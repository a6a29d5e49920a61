"""A table row's label cell beside a cell of several lines ("Media enquiries" beside a name, a
phone and an e-mail) is the field's label, no section; the card in the cell is still a contact.
In words of our own and in two styles (an HTML page, and a React JSX page)."""

from __future__ import annotations

from mediakit.core.analyse import parse_release

STORY = ("The Fernwood Tram Society will run its restored 1920s tramcar on the harbour line every "
         "Sunday in June, with guided rides for school groups on weekday mornings.")


def _titles(release) -> list[str]:
    return [s.title for top in release.sections for s in top.walk()]


def _html(label: str, card: list[str]) -> object:
    lines = "<br>".join(card)
    page = (f"<html><body><main><h1>Restored tramcar returns to the harbour line</h1><p>{STORY}</p>"
            "<h2>Ride details</h2><table>"
            "<tr><td>Dates</td><td>Every Sunday in June</td></tr>"
            "<tr><td>Fares</td><td>Adults and children ride at the usual fare<br>Members ride free<br>"
            "Groups book ahead</td></tr>"
            f"<tr><td>{label}</td><td>{lines}</td></tr>"
            "</table></main></body></html>")
    return parse_release(page, suffix=".html")


def _jsx(label: str, card: list[str]) -> object:
    lines = " <br />\n".join(card)
    page = ("import React from 'react'\n\nfunction TramRelease () {\n  return (\n    <div>\n"
            "      <h1>修復した路面電車が港線に復活</h1>\n"
            "      <p>フェルンウッド路面電車協会は、修復した車両を6月の毎週日曜日に港線で運行します。"
            "平日の午前には学校向けの見学乗車も行います。</p>\n"
            "      <h2>運行案内</h2>\n      <table>\n"
            "        <tr><td>運行日</td><td>6月の毎週日曜日</td></tr>\n"
            f"        <tr><td>{label}</td><td>{lines}</td></tr>\n"
            "      </table>\n    </div>\n  )\n}\n\nexport default TramRelease\n")
    return parse_release(page, suffix=".jsx")


def test_html_label_cell_is_no_section_and_the_card_stays_a_contact() -> None:
    release = _html("Media enquiries", ["Dana Whitlow", "Fernwood Tram Society", "Tel: 0161 496 0732",
                                        "press@fernwood-trams.example"])
    titles = _titles(release)
    assert "Ride details" in titles
    assert "Media enquiries" not in titles and "Fares" not in titles
    assert any("press@fernwood-trams.example" in c.emails for c in release.contacts)


def test_jsx_label_cell_is_no_section_and_the_card_stays_a_contact() -> None:
    release = _jsx("お問い合わせ", ["担当：森川 奈央", "電話番号：090-4417-2286",
                                 "メールアドレス：info@fernwood-trams.example"])
    titles = _titles(release)
    assert "運行案内" in titles
    assert "お問い合わせ" not in titles
    assert any("info@fernwood-trams.example" in c.emails for c in release.contacts)


def test_a_contacts_title_standing_alone_is_still_a_section() -> None:
    page = (f"<html><body><main><h1>Restored tramcar returns to the harbour line</h1><p>{STORY}</p>"
            "<p><strong>Media enquiries</strong></p><p>Dana Whitlow<br>Tel: 0161 496 0732<br>"
            "press@fernwood-trams.example</p></main></body></html>")
    assert "Media enquiries" in _titles(parse_release(page, suffix=".html"))
