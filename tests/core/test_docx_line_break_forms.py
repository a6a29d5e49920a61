"""A Word paragraph typed with line breaks (Shift+Enter) keeps its first line plain unless it is bold.

Word and LibreOffice may write a line break inside the run whose text goes on after it, so the
first line's face is that run's. Fixtures of our own: a Dutch museum's card typed in one plain
run (its first line no section title), and an English council's card whose bold first line
"Press office" shares its run with the break (a bold title over the card, as before).
"""

from __future__ import annotations

import io

import docx

from mediakit.core.analyse import load_release


def _release(tmp_path, card_runs):
    document = docx.Document()
    document.add_heading("Museum Veldhoven opent nieuwe vleugel voor moderne kunst", level=1)
    document.add_paragraph("Veldhoven, 12 mei 2026 – Museum Veldhoven opent op zaterdag een nieuwe vleugel "
                           "met ruimte voor wisselende tentoonstellingen en een leeszaal.")
    paragraph = document.add_paragraph()
    for text, bold in card_runs:
        paragraph.add_run(text).bold = bold
    out = io.BytesIO()
    document.save(out)
    path = tmp_path / "release.docx"
    path.write_bytes(out.getvalue())
    return load_release(path)


def test_a_card_typed_in_one_plain_run_with_line_breaks_has_no_bold_first_line(tmp_path):
    release = _release(tmp_path, [("Stichting Museum Veldhoven\nTel. 040 123 4567\npers@museumveldhoven.nl", False)])
    assert "Stichting Museum Veldhoven" not in [section.title for section in release.sections]
    assert not any("<strong>Stichting" in block.html for block in release.blocks)


def test_a_bold_first_line_sharing_its_run_with_the_break_is_still_a_title(tmp_path):
    release = _release(tmp_path, [("Press office\n", True), ("Tel. 040 765 4321\npress@museumveldhoven.nl", False)])
    assert "Press office" in [section.title for section in release.sections]
