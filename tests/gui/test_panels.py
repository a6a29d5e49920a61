"""The panel: every copy button puts exactly the expected text on the clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

ORCHARD_QUOTE = "Our growers have waited a decade for land like this, and the trees will feed the valley for fifty years"


def clipboard_text() -> str:
    return QApplication.clipboard().text()


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def orchard(make_window, fixture_path, qtbot):
    """A release of our own with a figure, a quote and two contacts of two organisations."""
    window = make_window(fixture_path("gui_orchard.md"))
    qtbot.waitUntil(lambda: window.release is not None and window.path is not None)
    return window


def figure_row(window, text):
    """The figures list and the row of the figure printed as ``text``."""
    window.panel.show_tab("figures")
    tab = window.panel.page(0)
    return tab, next(row for row, figure in enumerate(tab.figures) if figure.text == text)


def click_at(qtbot, tab, pos):
    qtbot.mouseClick(tab.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_figure_copy_button_copies_figure_sentence_and_source(qtbot, orchard):
    tab, row = figure_row(orchard, "€4.5 million")
    qtbot.waitExposed(tab)
    click_at(qtbot, tab, tab.button_rect(row, "copy").center())
    release = orchard.release
    sentence = next(f for f in release.figures if f.text == "€4.5 million").context
    assert "investing €4.5 million in cold storage" in sentence
    assert release.organization
    assert clipboard_text() == f"€4.5 million — {sentence} ({release.organization}, 14 Oct 2035)"
    assert orchard.status.currentMessage() == "Copied figure to the clipboard"


def test_figure_card_shows_value_qualifier_and_sentence(orchard):
    tab, row = figure_row(orchard, "€4.5 million")
    value, details, sentence = tab.card_texts(row)
    assert (value, details) == ("€4.5 million", "EUR")
    assert "€4.5 million" in sentence
    assert tab.card_texts(figure_row(orchard, "120")[1])[1] == "About"
    assert tab.button_tip(row, "copy") == "Copy €4.5 million with its sentence and source"


def test_clicking_a_figure_or_its_show_button_jumps_to_and_highlights_its_sentence(qtbot, window):
    window.panel.show_tab("figures")
    tab = window.panel.page(0)
    figures = tab.figures
    row = next(r for r in range(len(figures) // 2, len(figures)) if figures[r].block > figures[0].block)
    tab.set_current_card(row)  # scrolls the card into view
    qtbot.waitExposed(tab)
    assert window.reader.verticalScrollBar().value() == 0
    card = tab.visualRect(tab.model().index(row))
    click_at(qtbot, tab, card.center())  # on the card, away from its buttons
    qtbot.waitUntil(lambda: window.reader.verticalScrollBar().value() > 0)
    assert window.reader.highlighted_text() == figures[row].context
    assert window.reader.top_block() == figures[row].block
    window.reader.verticalScrollBar().setValue(0)
    other = next(r for r in range(row) if figures[r].block > figures[0].block)
    tab.set_current_card(other)
    click_at(qtbot, tab, tab.button_rect(other, "show").center())
    qtbot.waitUntil(lambda: window.reader.verticalScrollBar().value() > 0)
    assert window.reader.highlighted_text() == figures[other].context


def test_quote_copy_in_news_style_and_text_only(qtbot, orchard):
    orchard.panel.show_tab("quotes")
    card = orchard.panel.page(1).cards[0]
    assert card.speaker_label.text() == "Ines Calder"
    assert card.role_label.text() == "Chief Executive of Valley Orchards"
    click(qtbot, card.copy_button)
    assert clipboard_text() == f"“{ORCHARD_QUOTE},” said Ines Calder, Chief Executive of Valley Orchards."
    click(qtbot, card.copy_words_button)
    assert clipboard_text() == ORCHARD_QUOTE


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


def test_each_phone_and_email_has_its_own_copy_button(qtbot, orchard):
    tab = contacts_tab(orchard)
    ines, owen = tab.cards
    assert ines.name_label.text() == "Ines Calder"
    (phone_link, phone_copy), = ines.phone_buttons
    (email_link, email_copy), = ines.email_buttons
    assert phone_link.text() == "+353 1 555 0142"
    click(qtbot, phone_copy)
    assert clipboard_text() == "+353 1 555 0142"
    click(qtbot, email_copy)
    assert clipboard_text() == "ines.calder@valleyorchards.example"
    click(qtbot, owen.phone_buttons[0][1])
    assert clipboard_text() == "+353 1 555 0199"


def test_copy_all_gives_a_clean_text_block(qtbot, orchard):
    tab = contacts_tab(orchard)
    click(qtbot, tab.cards[0].copy_all_button)
    assert clipboard_text() == "Ines Calder\nValley Orchards\nTel: +353 1 555 0142\nEmail: ines.calder@valleyorchards.example"
    click(qtbot, tab.copy_all_button)
    assert clipboard_text() == (
        "Ines Calder\nValley Orchards\nTel: +353 1 555 0142\nEmail: ines.calder@valleyorchards.example\n\n"
        "Owen Pryce\nGreenfield Communications\nTel: +353 1 555 0199\nEmail: owen.pryce@greenfield.example")


def test_contact_with_role(qtbot, make_window, fixture_path):
    window = make_window(fixture_path("gui_sample.md"))
    tab = contacts_tab(window)
    click(qtbot, tab.cards[0].copy_all_button)
    assert clipboard_text() == ("Tom Wong\nCommunications Manager\nHarbour Ferries\nTel: +852 2345 6789\n"
                                "Email: tom.wong@harbourferries.example")


def test_clicking_email_or_phone_opens_mailto_and_tel(qtbot, orchard, opened_urls):
    card = contacts_tab(orchard).cards[0]
    click(qtbot, card.email_buttons[0][0])
    click(qtbot, card.phone_buttons[0][0])
    assert opened_urls.urls == ["mailto:ines.calder@valleyorchards.example", "tel:+35315550142"]


def test_save_one_vcard_round_trips(qtbot, orchard, tmp_path, save_via_dialog):
    import vobject

    card = contacts_tab(orchard).cards[0]
    target = tmp_path / "ines.vcf"
    save_via_dialog(lambda: click(qtbot, card.save_button), target)
    parsed = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert len(parsed) == 1
    vcard = parsed[0]
    assert vcard.fn.value == "Ines Calder"
    assert vcard.n.value.family == "Calder" and vcard.n.value.given == "Ines"
    assert vcard.org.value == ["Valley Orchards"]
    assert [t.value for t in vcard.tel_list] == ["+353 1 555 0142"]
    assert [e.value for e in vcard.email_list] == ["ines.calder@valleyorchards.example"]
    assert orchard.status.currentMessage() == "Saved 1 contact(s) to ines.vcf"


def test_save_all_vcards_round_trips(qtbot, orchard, tmp_path, save_via_dialog):
    import vobject

    tab = contacts_tab(orchard)
    target = tmp_path / "all.vcf"
    save_via_dialog(lambda: click(qtbot, tab.save_all_button), target)
    parsed = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert [c.fn.value for c in parsed] == ["Ines Calder", "Owen Pryce"]
    assert [c.tel.value for c in parsed] == ["+353 1 555 0142", "+353 1 555 0199"]
    assert parsed[1].org.value == ["Greenfield Communications"]


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


def many_quotes(window, count):
    """The window's release with ``count`` quotes of our own, shown on the Quotes tab."""
    from mediakit.core.model import Quote

    release = window.release
    release.quotes = [Quote(f"“The heron count rose to {n} this spring,”", "Rhea Quill", "Warden", block=6)
                      for n in range(1000, 1000 + count)]
    window.show_release(release, None)
    window.panel.show_tab("quotes")
    return release


def test_the_first_frame_lists_every_figure(qtbot, make_window):
    """The figures are painted, not made of widgets: none waits for a later turn."""
    window = make_window(show=False)
    window.show()
    tab = window.panel.pages[0].content
    assert tab.model().rowCount() == len(window.release.figures) > 12
    last = tab.model().index(tab.model().rowCount() - 1)
    assert tab.visualRect(last).height() > 0


def test_a_larger_desktop_font_makes_the_figure_cards_taller(qtbot, make_window):
    """The desktop's font grows while MediaKit runs: each card is measured again in it."""
    from PySide6.QtWidgets import QApplication

    window = make_window()
    tab = window.panel.pages[0].content
    first = tab.model().index(0)
    before = tab.visualRect(first).height()
    app = QApplication.instance()
    old = app.font()
    bigger = app.font()
    bigger.setPointSizeF(old.pointSizeF() * 2)
    try:
        app.setFont(bigger)
        qtbot.waitUntil(lambda: tab.visualRect(first).height() > before * 1.5)
    finally:
        app.setFont(old)
    qtbot.waitUntil(lambda: tab.visualRect(first).height() == before)


def test_cards_below_the_fold_follow_the_first_frame_on_their_own(qtbot, make_window):
    from mediakit.gui.panels.cards import FIRST_CARDS

    window = make_window(show=False)
    many_quotes(window, 30)
    window.show()
    tab = window.panel.pages[1].content
    assert len(tab.cards) == FIRST_CARDS  # the first frame waits for no more than these
    qtbot.waitUntil(lambda: len(tab.cards) == 30)


def test_cards_come_a_turn_at_a_time_when_they_are_slow_to_make(qtbot, make_window, monkeypatch):
    """Each turn of the event loop makes cards for a time, not a count: on a machine so slow
    that one card uses the turn's time, the window still gets a turn between any two cards."""
    from PySide6.QtCore import QTimer

    from mediakit.gui.panels import cards

    monkeypatch.setattr(cards, "TURN_SECONDS", 0.0)
    window = make_window(show=False)
    many_quotes(window, 20)
    window.show()
    tab = window.panel.pages[1].content
    counts = [len(tab.cards)]
    beat = QTimer(window)
    beat.setInterval(0)  # fires at every turn of the event loop
    beat.timeout.connect(lambda: counts.append(len(tab.cards)))
    beat.start()
    qtbot.waitUntil(lambda: len(tab.cards) == 20)
    beat.stop()
    grown = [b - a for a, b in zip(counts, counts[1:], strict=False) if b > a]
    assert counts[0] == cards.FIRST_CARDS and len(grown) > 1 and max(grown) == 1


@pytest.mark.parametrize("count", [30, 100])
def test_a_short_list_is_finished_in_one_turn_a_long_one_in_capped_turns(qtbot, make_window, monkeypatch, count):
    """On a fast machine the cards below the fold of a short list come in one turn (the panel
    settles after one more paint); past ``UNCAPPED_CARDS`` each turn makes ``CARDS_PER_TURN``."""
    from PySide6.QtCore import QTimer

    from mediakit.gui.panels import cards

    monkeypatch.setattr(cards, "TURN_SECONDS", 60.0)  # time never cuts a turn short here
    window = make_window(show=False)
    many_quotes(window, count)
    window.show()
    tab = window.panel.pages[1].content
    counts = [len(tab.cards)]
    beat = QTimer(window)
    beat.setInterval(0)
    beat.timeout.connect(lambda: counts.append(len(tab.cards)))
    beat.start()
    qtbot.waitUntil(lambda: len(tab.cards) == count)
    beat.stop()
    grown = [b - a for a, b in zip(counts, counts[1:], strict=False) if b > a]
    first = cards.UNCAPPED_CARDS - cards.FIRST_CARDS
    expected = [count - cards.FIRST_CARDS] if count <= cards.UNCAPPED_CARDS else \
        [first] + [cards.CARDS_PER_TURN] * ((count - cards.UNCAPPED_CARDS) // cards.CARDS_PER_TURN)
    assert counts[0] == cards.FIRST_CARDS and grown == expected


def test_a_huge_release_lists_every_figure_and_a_bounded_number_of_quote_cards(qtbot, make_window):
    from mediakit.core.model import Figure
    from mediakit.gui.panels.cards import MAX_CARDS

    window = make_window()
    release = window.release
    release.figures = [Figure(f"{n:,}", n, None, None, "count", None, f"There were {n:,} visitors.", block=6)
                       for n in range(1000, 1000 + MAX_CARDS + 40)]
    window.show_release(release, None)
    window.panel.show_tab("figures")
    figures = window.panel.page(0)
    assert figures.model().rowCount() == MAX_CARDS + 40
    window.activateWindow()
    figures.setFocus()
    qtbot.waitUntil(figures.hasFocus)
    qtbot.keyClick(figures, Qt.Key.Key_End)
    assert figures.current_card == MAX_CARDS + 39
    many_quotes(window, MAX_CARDS + 40)
    tab = window.panel.page(1)
    assert len(tab.cards) == MAX_CARDS
    note = tab.findChild(type(tab.cards[0].words_label), "moreNote")
    assert note.text() == f"Showing the first {MAX_CARDS} of {MAX_CARDS + 40} quotes. Use Find (Ctrl+F) for the rest."


def test_a_release_without_figures_says_so_in_the_figures_tab(make_window):
    window = make_window()
    release = window.release
    release.figures = []
    window.show_release(release, None)
    window.panel.show_tab("figures")
    tab = window.panel.page(0)
    assert tab.model().rowCount() == 0
    assert tab.empty_text() == "No key figures were found in this release."
    assert window.panel.tabText(0) == "Key figures (0)"
