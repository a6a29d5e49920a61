"""Font fallback for symbols: ®, ™, Ⓡ, arrows and the like in headlines and body text.

Qt falls back per character to any installed font, but which one it tries first is up to
the platform (on Windows and macOS its list for symbols is short). ``with_symbol_fallbacks``
names the common symbol fonts of each desktop after the font's own family, so a headline
keeps its own face and each symbol comes from the first of them that is installed; names
that are not installed cost nothing (the font database is not asked, at start-up or ever).
"""

from __future__ import annotations

from PySide6.QtGui import QFont

SYMBOL_FAMILIES = (
    "Segoe UI Symbol",  # Windows
    "Apple Symbols",  # macOS
    "Noto Sans Symbols",  # Linux desktops
    "Noto Sans Symbols 2",
    "Symbola",
    "DejaVu Sans",
)


def with_symbol_fallbacks(font: QFont) -> QFont:
    """``font`` with the symbol families after its own (a copy; ``font`` is left as it was)."""
    out = QFont(font)
    own = [family for family in font.families() or [font.family()] if family not in SYMBOL_FAMILIES]
    out.setFamilies([*own, *SYMBOL_FAMILIES])
    return out
