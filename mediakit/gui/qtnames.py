"""Qt enum settings written by name, so the first frame builds no Python enum of the ``Qt`` namespace.

PySide6 makes the Python enums of a class when the class is first touched, and the ``Qt``
namespace has 93 of them (1,195 members): about 10 ms at the first ``from PySide6.QtCore
import Qt``, the largest single step before the first frame, and one the bare PySide6 window
never pays. The window's start path therefore sets enum-typed Qt *properties* by their keys'
names through Qt's own meta-object system (what Designer's ``.ui`` files do), and takes item
roles as the numbers Qt declares them (``int role`` in C++). Overloads count too: a call whose
overloads include one taking a ``Qt`` enum (``QPainter.setPen``/``setBrush``, ``QPen(colour)``,
``QSplitter(parent)``) builds the namespace whatever it is given, so the first frame's figure
cards are painted without them (``panels/figures``). Everything after the first frame imports
``Qt`` as usual; the theme's check of the system's scheme (``theme``), once the event loop is
idle, or the first key or click builds the namespace after the window is on screen.
"""

from __future__ import annotations

# Qt.ItemDataRole and the flags QPainter.drawText takes, as the numbers the C++ API takes
# (``int role``, ``int flags``); tests/gui/test_qtnames.py checks each against Qt's own.
DISPLAY_ROLE, TOOLTIP_ROLE, ACCESSIBLE_TEXT_ROLE, ACCESSIBLE_DESCRIPTION_ROLE, USER_ROLE = 0, 3, 11, 12, 0x0100
ALIGN_LEFT, ALIGN_HCENTER, ALIGN_TOP, ALIGN_VCENTER, TEXT_WORD_WRAP = 0x0001, 0x0004, 0x0020, 0x0080, 0x1000


def set_enum_properties(obj, **keys: str) -> None:
    """Write each enum-typed Qt property ``name=key`` by its key's name ("ElideRight",
    "AlignLeft|AlignTop"); a property the object lacks or a key its enum lacks is an error."""
    for name, key in keys.items():
        if not obj.setProperty(name, key):
            raise AttributeError(f"{type(obj).__name__} has no enum property {name!r} with key {key!r}")
