"""All copying goes through here: one place that cleans text and puts it on the clipboard.

``copy_text`` sets the system clipboard (and the X11 selection where there is one) and
tells listeners what was copied, so the status bar can confirm it. ``clean_text`` turns
a rich-text selection into the text a reporter expects to paste: no object markers,
no non-breaking or zero-width oddities, one paragraph a line.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QImage

_INVISIBLE = re.compile("[\ufffc\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u202f\u2007\t ]+")


def clean_text(text: str) -> str:
    """Selected document text made clean: typographic quotes kept, markers and stray spaces gone."""
    text = text.replace("\u2029", "\n").replace("\u2028", "\n").replace("\r\n", "\n")
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


class CopyNotifier(QObject):
    """Emits ``copied(what)`` after each copy; receivers are disconnected when destroyed."""

    copied = Signal(str)


_notifier: CopyNotifier | None = None


def notifier() -> CopyNotifier:
    global _notifier
    if _notifier is None:
        _notifier = CopyNotifier()
    return _notifier


def copy_text(text: str, what: str = "Text") -> None:
    """Put ``text`` on the clipboard; ``what`` names it for the confirmation ("Quote", …)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text, QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.setText(text, QClipboard.Mode.Selection)
    notifier().copied.emit(what)


def copy_image(image: QImage, what: str = "Image") -> None:
    """Put ``image`` on the clipboard (a kit's photo); ``what`` names it for the confirmation."""
    QGuiApplication.clipboard().setImage(image, QClipboard.Mode.Clipboard)
    notifier().copied.emit(what)
