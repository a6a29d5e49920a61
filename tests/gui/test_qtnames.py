"""The Qt enum values the start path writes by name or number (``mediakit.gui.qtnames``)."""

import pytest

from mediakit.gui import qtnames


def test_the_numbers_are_qts_own():
    from PySide6.QtCore import Qt

    role, align, flag = Qt.ItemDataRole, Qt.AlignmentFlag, Qt.TextFlag
    qts = (role.DisplayRole, role.ToolTipRole, role.AccessibleTextRole, role.AccessibleDescriptionRole, role.UserRole,
           align.AlignLeft, align.AlignHCenter, align.AlignTop, align.AlignVCenter, flag.TextWordWrap)
    ours = (qtnames.DISPLAY_ROLE, qtnames.TOOLTIP_ROLE, qtnames.ACCESSIBLE_TEXT_ROLE, qtnames.ACCESSIBLE_DESCRIPTION_ROLE,
            qtnames.USER_ROLE, qtnames.ALIGN_LEFT, qtnames.ALIGN_HCENTER, qtnames.ALIGN_TOP, qtnames.ALIGN_VCENTER,
            qtnames.TEXT_WORD_WRAP)
    assert [value.value for value in qts] == list(ours)


def test_an_enum_property_is_set_by_its_keys_name(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    qtbot.addWidget(label)
    qtnames.set_enum_properties(label, alignment="AlignRight|AlignBottom", textFormat="PlainText")
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
    assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize(("name", "key"), [("alignment", "AlignNowhere"), ("noSuchProperty", "AlignLeft")])
def test_a_wrong_name_or_key_is_an_error_not_a_silent_default(qtbot, name, key):
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    qtbot.addWidget(label)
    with pytest.raises(AttributeError, match=name):
        qtnames.set_enum_properties(label, **{name: key})
