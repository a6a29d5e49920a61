"""A JSX page component (React with styled-components) turned into the HTML it renders.

The markup is what the component returns; each custom component becomes the HTML element
its styled definition builds on (``styled.div`` -> ``div``), and one styled with a large
font (``font-size: 2em``) becomes a heading, as a reader sees it. Components defined
elsewhere and used empty (``<Header />``) render nothing the release holds, so they go. A text
the component keeps in a constant of its own (``const meta = { title: "…" }``) is printed where
the markup names it (``{meta.title}``).
Hand-written: reading JSX with a JavaScript parser would be a heavy dependency, and only
the returned markup and the styles' font sizes matter here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STYLED = re.compile(r"const\s+(\w+)\s*=\s*styled(?:\.(\w+)|\((\w+)\))(?:\.attrs\([^)]*\))?\s*`([^`]*)`", re.S)
_FONT_SIZE = re.compile(r"(?<![-\w])font-size\s*:\s*([\d.]+)\s*(em|rem|px)\b")
_LAYOUT = re.compile(r"(?<![-\w])(?:display\s*:\s*(?:block|flex|grid)|margin|padding|width|text-align)\b")
_MEDIA_RULE = re.compile(r"\$\{[^{}]*`[^`]*`\s*\}", re.S)
_RETURN = re.compile(r"\breturn\s*\(\s*(?=<)")
_ATTR_EXPR = re.compile(r"\s[\w-]+=\{(?:[^{}]|\{[^{}]*\})*\}")
_STRING_EXPR = re.compile(r"\{\s*(['\"])((?:(?!\1).)*)\1\s*\}")
_EXPR = re.compile(r"\{(?:[^{}]|\{[^{}]*\})*\}")
_SELF_CLOSING_COMPONENT = re.compile(r"<[A-Z][\w.]*(?:\s[^<>]*)?/>")
_COMPONENT_TAG = re.compile(r"<(/?)([A-Z][\w.]*)((?:\s[^<>]*)?)>")
_VOID = re.compile(r"<(br|hr|img|input)\b([^<>]*?)\s*/>", re.I)


@dataclass
class _Style:
    base: str  # an HTML tag name, or another component's name
    css: str


# A component's own text constants: const title = "…"; const meta = { title: "…", date: "…" }
_CONST_STRING = re.compile(r"\bconst\s+(\w+)\s*(?::\s*\w+\s*)?=\s*(['\"`])((?:(?!\2)[^\\$]|\\.)*)\2")
_CONST_OBJECT = re.compile(r"\bconst\s+(\w+)\s*(?::\s*\w+\s*)?=\s*\{([^{}]*)\}")
_OBJECT_FIELD = re.compile(r"(\w+)\s*:\s*(['\"`])((?:(?!\2)[^\\$]|\\.)*)\2")
_NAME_EXPR = re.compile(r"\{\s*(\w+(?:\.\w+)?)\s*\}")


def constants(source: str) -> dict[str, str]:
    """The text the component names once and prints where it is used ("<h1>{meta.title}</h1>")."""
    out = {m.group(1): m.group(3) for m in _CONST_STRING.finditer(source)}
    for obj in _CONST_OBJECT.finditer(source):
        for field in _OBJECT_FIELD.finditer(obj.group(2)):
            out[f"{obj.group(1)}.{field.group(1)}"] = field.group(3)
    return out


def render_jsx(source: str) -> tuple[str, dict[str, str]]:
    styles = {m.group(1): _Style(m.group(2) or m.group(3), _MEDIA_RULE.sub("", m.group(4)))
              for m in _STYLED.finditer(source)}
    markup = _returned_markup(source)
    markup = _ATTR_EXPR.sub("", markup)
    named = constants(source)
    markup = _NAME_EXPR.sub(lambda m: named.get(m.group(1), m.group(0)), markup)
    markup = _STRING_EXPR.sub(lambda m: m.group(2), markup)
    markup = _EXPR.sub("", markup)
    markup = _SELF_CLOSING_COMPONENT.sub("", markup)
    markup = _VOID.sub(r"<\1\2>", markup)
    markup = _COMPONENT_TAG.sub(lambda m: f"<{m.group(1)}{_element(m.group(2), styles)}{m.group(3)}>", markup)
    return markup, {}


def _returned_markup(source: str) -> str:
    match = _RETURN.search(source)
    if not match:
        return ""
    end = source.rfind(">", match.end())
    return source[match.end():end + 1] if end > 0 else ""


def _element(name: str, styles: dict[str, _Style]) -> str:
    """The HTML element a component renders as: its styled base, a heading when its font is large."""
    size: float | None = None
    layout = False
    seen: set[str] = set()
    current = name
    while current in styles and current not in seen:
        seen.add(current)
        style = styles[current]
        found = _FONT_SIZE.search(style.css)
        if found and size is None:
            size = float(found.group(1)) / (16.0 if found.group(2) == "px" else 1.0)
        layout = layout or bool(_LAYOUT.search(style.css))
        current = style.base
    if size is not None and size >= 1.5:
        return "h1" if size >= 2 else "h2"
    if current.islower():
        return current
    return "div" if layout else "span"
