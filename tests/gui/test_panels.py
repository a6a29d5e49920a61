"""The panel: every copy button puts exactly the expected text on the clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mediakit.core.analyse import default_release

pytestmark = pytest.mark.gui

SEED_QUOTE_START = "The innovative and forward-looking Budget leads Hong Kong"
SEED_QUOTE_END = "propel Hong Kong into an international I&T and AI hub"


def clipboard_text() -> str:
    return QApplication.clipboard().text()


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def figure_card(window, text):
    window.panel.show_tab("figures")
    return next(card for card in window.panel.page(0).cards if card.figure.text == text)


def test_figure_copy_button_copies_figure_sentence_and_source(qtbot, window):
    card = figure_card(window, "HK$336 billion")
    click(qtbot, card.copy_button)
    release = default_release()
    sentence = next(f for f in release.figures if f.text == "HK$336 billion").context
    assert "combined market capitalisation exceeding HK$336 billion for listed companies" in sentence
    assert release.organization  # the core names the issuer ("Hong Kong Cyberport" at the time of writing)
    assert clipboard_text() == f"HK$336 billion — {sentence} ({release.organization}, 25 Feb 2026)"
    assert window.status.currentMessage() == "Copied figure to the clipboard"


def test_figure_card_shows_value_qualifier_and_sentence(window):
    card = figure_card(window, "HK$336 billion")
    assert card.value_label.text() == "HK$336 billion"
    assert card.details_label.text() == "exceeding · HKD"
    assert "HK$336 billion" in card.sentence_label.text()


def test_clicking_a_figure_jumps_to_and_highlights_its_sentence(qtbot, window):
    card = figure_card(window, "15,000")
    qtbot.waitExposed(card)
    assert window.reader.verticalScrollBar().value() == 0
    qtbot.mouseClick(card.sentence_label, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.reader.verticalScrollBar().value() > 0)
    assert window.reader.highlighted_text() == card.figure.context
    assert window.reader.top_block() == card.figure.block


def test_quote_copy_in_news_style_and_text_only(qtbot, window):
    window.panel.show_tab("quotes")
    card = window.panel.page(1).cards[0]
    assert card.speaker_label.text() == "Simon Chan"
    assert card.role_label.text() == "Chairman of Cyberport"
    click(qtbot, card.copy_button)
    text = clipboard_text()
    assert text.startswith("“" + SEED_QUOTE_START)
    assert text.endswith(SEED_QUOTE_END + ",” said Simon Chan, Chairman of Cyberport.")
    assert text == f"“{default_release().quotes[0].text[:-1]},” said Simon Chan, Chairman of Cyberport."
    click(qtbot, card.copy_words_button)
    assert clipboard_text() == default_release().quotes[0].text
    assert clipboard_text().startswith(SEED_QUOTE_START) and "“" not in clipboard_text()[:1]


def test_quote_with_trailing_comma_copies_cleanly(qtbot, make_window, fixture_path):
    window = make_window(fixture_path("gui_sample.md"))
    window.panel.show_tab("quotes")
    card = window.panel.page(1).cards[0]
    click(qtbot, card.copy_button)
    assert clipboard_text() == ("“Clean ferries are the future of the harbour,” said Mary Lee, "
                                "Managing Director of Harbour Ferries.")
    click(qtbot, card.copy_words_button)
    assert clipboard_text() == "Clean ferries are the future of the harbour"


def contacts_tab(window):
    window.panel.show_tab("contacts")
    return window.panel.page(2)


def test_each_phone_and_email_has_its_own_copy_button(qtbot, window):
    tab = contacts_tab(window)
    cindy, rachel = tab.cards
    assert cindy.name_label.text() == "Cindy Fung"
    (phone_link, phone_copy), = cindy.phone_buttons
    (email_link, email_copy), = cindy.email_buttons
    assert phone_link.text() == "+852 3166 3841"
    click(qtbot, phone_copy)
    assert clipboard_text() == "+852 3166 3841"
    click(qtbot, email_copy)
    assert clipboard_text() == "cindyfung@cyberport.hk"
    click(qtbot, rachel.phone_buttons[0][1])
    assert clipboard_text() == "+852 2114 4972"


def test_copy_all_gives_a_clean_text_block(qtbot, window):
    tab = contacts_tab(window)
    click(qtbot, tab.cards[0].copy_all_button)
    assert clipboard_text() == "Cindy Fung\nCyberport\nTel: +852 3166 3841\nEmail: cindyfung@cyberport.hk"
    click(qtbot, tab.copy_all_button)
    assert clipboard_text() == (
        "Cindy Fung\nCyberport\nTel: +852 3166 3841\nEmail: cindyfung@cyberport.hk\n\n"
        "Rachel Ng\nA-World Consulting\nTel: +852 2114 4972\nEmail: rachel.ng@a-world.com.hk")


def test_contact_with_role(qtbot, make_window, fixture_path):
    window = make_window(fixture_path("gui_sample.md"))
    tab = contacts_tab(window)
    click(qtbot, tab.cards[0].copy_all_button)
    assert clipboard_text() == ("Tom Wong\nCommunications Manager\nHarbour Ferries\nTel: +852 2345 6789\n"
                                "Email: tom.wong@harbourferries.example")


def test_clicking_email_or_phone_opens_mailto_and_tel(qtbot, window, opened_urls):
    card = contacts_tab(window).cards[0]
    click(qtbot, card.email_buttons[0][0])
    click(qtbot, card.phone_buttons[0][0])
    assert opened_urls.urls == ["mailto:cindyfung@cyberport.hk", "tel:+85231663841"]


def test_save_one_vcard_round_trips(qtbot, window, tmp_path, save_via_dialog):
    import vobject

    card = contacts_tab(window).cards[0]
    target = tmp_path / "cindy.vcf"
    save_via_dialog(lambda: click(qtbot, card.save_button), target)
    parsed = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert len(parsed) == 1
    vcard = parsed[0]
    assert vcard.fn.value == "Cindy Fung"
    assert vcard.n.value.family == "Fung" and vcard.n.value.given == "Cindy"
    assert vcard.org.value == ["Cyberport"]
    assert [t.value for t in vcard.tel_list] == ["+852 3166 3841"]
    assert [e.value for e in vcard.email_list] == ["cindyfung@cyberport.hk"]
    assert window.status.currentMessage() == "Saved 1 contact(s) to cindy.vcf"


def test_save_all_vcards_round_trips(qtbot, window, tmp_path, save_via_dialog):
    import vobject

    tab = contacts_tab(window)
    target = tmp_path / "all.vcf"
    save_via_dialog(lambda: click(qtbot, tab.save_all_button), target)
    parsed = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert [c.fn.value for c in parsed] == ["Cindy Fung", "Rachel Ng"]
    assert [c.tel.value for c in parsed] == ["+852 3166 3841", "+852 2114 4972"]
    assert parsed[1].org.value == ["A-World Consulting"]


def test_vcard_with_role_has_a_title(make_window, fixture_path, tmp_path):
    import vobject

    window = make_window(fixture_path("gui_sample.md"))
    tab = contacts_tab(window)
    target = tmp_path / "tom.vcf"
    assert tab.save(str(target), tab.contacts)
    card = vobject.readOne(target.read_text(encoding="utf-8"))
    assert card.title.value == "Communications Manager"
    assert card.tel.value == "+852 2345 6789"


def test_later_tabs_are_built_only_when_shown(window):
    assert window.panel.pages[0].content is not None
    assert window.panel.pages[1].content is None and window.panel.pages[2].content is None
    window.panel.setCurrentIndex(1)
    assert window.panel.pages[1].content is not None


def test_cards_below_the_fold_follow_the_first_frame_on_their_own(qtbot, make_window):
    from mediakit.gui.panels.cards import FIRST_CARDS

    window = make_window(show=False)
    window.show()
    tab = window.panel.pages[0].content
    assert len(tab.cards) == FIRST_CARDS  # the first frame waits for no more than these
    qtbot.waitUntil(lambda: len(tab.cards) == len(window.release.figures))


def test_a_huge_release_shows_a_bounded_number_of_cards(qtbot, make_window):
    from mediakit.core.model import Figure
    from mediakit.gui.panels.cards import MAX_CARDS

    window = make_window()
    release = window.release
    release.figures = [Figure(f"{n:,}", n, None, None, "count", None, f"There were {n:,} visitors.", block=6)
                       for n in range(1000, 1000 + MAX_CARDS + 40)]
    window.show_release(release, None)
    window.panel.show_tab("figures")
    tab = window.panel.page(0)
    assert len(tab.cards) == MAX_CARDS
    note = tab.findChild(type(tab.cards[0].value_label), "moreNote")
    assert note.text() == f"Showing the first {MAX_CARDS} of {MAX_CARDS + 40} key figures. Use Find (Ctrl+F) for the rest."
