"""Links that leave MediaKit: ``mailto:`` made safe, and ``tel:``/``mailto:`` with no app to take them.

``safe_mailto`` keeps only to/cc/subject/body of a ``mailto:`` link: ``attach=`` and the like
would let a release make a mail client attach local files. ``open_external`` hands a link to
the desktop; when no app takes a ``tel:`` or ``mailto:`` link, the number or address is
copied instead and the returned message says so (the window shows it in the status bar).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode

from PySide6.QtCore import QUrl

from . import clipboard

MAILTO_FIELDS = ("to", "cc", "subject", "body")


def safe_mailto(url: str) -> str:
    """``url`` with every query field but to/cc/subject/body left out (names compared without case)."""
    address, _, query = url.partition("?")
    if not query:
        return address
    kept = [(name.lower(), value) for name, value in parse_qsl(query, keep_blank_values=False)
            if name.lower() in MAILTO_FIELDS]
    return f"{address}?{urlencode(kept, quote_via=quote)}" if kept else address


def link_target(url: str) -> str:
    """What a ``tel:``/``mailto:`` link names, as a person would type it: the number or address."""
    _scheme, _, rest = url.partition(":")
    rest = unquote(rest.partition("?")[0])
    return rest.lstrip("/").strip()


def open_external(url: QUrl) -> str | None:
    """Open ``url`` on the desktop; None when an app took it, else what happened instead."""
    from PySide6.QtGui import QDesktopServices

    scheme = url.scheme().lower()
    if scheme == "mailto":
        url = QUrl(safe_mailto(url.toString()))
    if QDesktopServices.openUrl(url):
        return None
    if scheme not in ("tel", "mailto"):
        return f"No app could open {url.toString()}"
    target = link_target(url.toString())
    if scheme == "tel":
        clipboard.copy_text(target, "Phone number")
        return f"No phone app is set up: copied {target} to the clipboard"
    clipboard.copy_text(target, "Email address")
    return f"No mail app is set up: copied {target} to the clipboard"
