"""The block walker: a parsed HTML (or Python-Markdown) tree to blocks with safe inline HTML.

HTML is parsed by BeautifulSoup's ``html.parser``; the walk itself (which tags make blocks,
which inline markup is kept) is specific to releases, so it is written here, as are the two
repairs before parsing (a quoted value left open, an opening nothing closes): a parser, as a browser,
reads such markup as written and loses the text after it.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator

from ..model import Block, BlockKind
from ..text import CJK, FULLWIDTH_PUNCT
from .repairs import Repairs

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_DROP_TAGS = {"script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed",
              "template", "head", "title", "meta", "link", "svg", "canvas", "form", "button",
              "input", "select", "textarea", "applet", "audio", "video", "source", "base", "nav"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
               "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
               "table", "thead", "tbody", "tfoot", "tr", "td", "th", "hr", "dl", "dt", "dd",
               "figure", "figcaption", "center", "address", "body", "html", "img"}
_INLINE_MAP = {"strong": "strong", "b": "strong", "em": "em", "i": "em", "code": "code",
               "sup": "sup", "sub": "sub", "u": "u", "s": "s", "del": "s", "mark": "mark"}
_MAX_TREE_DEPTH = 60
_BLOCK_NAMES = sorted(_BLOCK_TAGS - {"body", "html", "img"})
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_HEADING_TAG = re.compile(r"h[1-6]")
# Source lines broken between two CJK characters: the break is no space in the text.
_CJK_BREAK = re.compile(f"(?<=[{CJK}{FULLWIDTH_PUNCT}])[ \t]*\n\\s*(?=[{CJK}{FULLWIDTH_PUNCT}])")


def _joined_lines(text: str) -> str:
    """``text`` without its line breaks between two CJK characters (most runs have no break to look at)."""
    return _CJK_BREAK.sub("", text) if "\n" in text else text


def _is_dead_href(href: str | None) -> bool:
    if href is None:
        return True
    href = href.strip()
    return href in ("", "#") or href.lower().startswith(("javascript:", "data:", "vbscript:"))


class _SoupTree:
    """How the walker sees a BeautifulSoup tree (HTML releases, Markdown with raw HTML)."""

    @staticmethod
    def children(node: Any) -> Iterator[Any]:
        from bs4.element import NavigableString, PreformattedString, Tag

        for child in node.children:
            if isinstance(child, PreformattedString):  # comments, doctype, CDATA, declarations
                continue
            if isinstance(child, NavigableString):
                yield str(child)
            elif isinstance(child, Tag):
                yield child

    @staticmethod
    def name(node: Any) -> str:
        return str(node.name).lower()

    @staticmethod
    def attr(node: Any, key: str) -> str | None:
        value = node.get(key)
        return None if value is None else str(value)

    @staticmethod
    def text(node: Any) -> str:
        return str(node.get_text(" "))

    @staticmethod
    def has_blocks(node: Any) -> bool:
        """A span or custom element wrapping paragraphs or headings is walked as a block."""
        return node.find(_BLOCK_NAMES) is not None

    @staticmethod
    def line_breaks(node: Any) -> int:
        return len(node.find_all("br"))


class ElementTree:
    """How the walker sees Python-Markdown's own element tree, so Markdown is parsed once."""

    @staticmethod
    def children(node: Any) -> Iterator[Any]:
        if node.text:
            yield htmllib.unescape(node.text)
        for child in node:
            yield child
            if child.tail:
                yield htmllib.unescape(child.tail)

    @staticmethod
    def name(node: Any) -> str:
        return str(node.tag).lower()

    @staticmethod
    def attr(node: Any, key: str) -> str | None:
        value = node.get(key)
        return None if value is None else str(value)

    @staticmethod
    def text(node: Any) -> str:
        return htmllib.unescape(" ".join(node.itertext()))

    @staticmethod
    def has_blocks(node: Any) -> bool:
        return False

    @staticmethod
    def line_breaks(node: Any) -> int:
        return sum(1 for _ in node.iter("br"))


class _Walker:
    """Walks a parsed document tree and emits blocks with plain text and safe inline HTML."""

    def __init__(self, repairs: Repairs, tree: Any):
        self.repairs = repairs
        self.tree = tree
        self.blocks: list[Block] = []
        self._text: list[str] = []
        self._html: list[str] = []
        self._strong_chars = 0
        self._kind: BlockKind = "paragraph"
        self._level = 0
        self.flattened = 0
        self._bars: set[int] = set()  # indices of blocks a one-cell table row emitted

    # inline run --------------------------------------------------------------------------
    def _add_text(self, text: str, strong_depth: int) -> None:
        if not text:
            return
        self._text.append(text)
        self._html.append(htmllib.escape(text, quote=False))
        if strong_depth:
            self._strong_chars += len("".join(text.split()))

    def flush(self) -> None:
        text = " ".join(_joined_lines("".join(self._text)).split())
        html = " ".join(_joined_lines("".join(self._html)).split())
        if text:
            visible = len(re.sub(r"[\s:：.,;–—-]", "", text))
            strong = visible > 0 and self._strong_chars >= visible
            self.blocks.append(Block(kind=self._kind, text=text, level=self._level, html=html, strong=strong))
        self._text, self._html, self._strong_chars = [], [], 0

    def _dropped(self, name: str) -> bool:
        if name not in _DROP_TAGS:
            return False
        self.repairs.scripts += name in {"script", "iframe", "object", "embed", "applet", "frame"}
        return True

    def _line_break(self, strong_depth: int) -> None:
        """A ``<br>`` ends the line's block; inside a heading it breaks one title, not two."""
        if self._kind == "heading":
            self._add_text("\n", strong_depth)
        else:
            self.flush()

    def inline(self, node: Any, strong_depth: int, depth: int = 0) -> None:
        if isinstance(node, str):
            self._add_text(node, strong_depth)
            return
        tree = self.tree
        if depth > _MAX_TREE_DEPTH:
            self._add_text(tree.text(node), strong_depth)
            self.flattened += 1
            return
        name = tree.name(node)
        if self._dropped(name):
            return
        if name == "br":
            self._line_break(strong_depth)
            return
        if name == "img":
            self.flush()
            self.blocks.append(Block(kind="image", text=(tree.attr(node, "alt") or "").strip(),
                                     html=tree.attr(node, "src") or ""))
            return
        if name == "a":
            href = tree.attr(node, "href")
            if _is_dead_href(href):
                self.repairs.dead_links += 1 if href is not None else 0
                for child in tree.children(node):
                    self.inline(child, strong_depth, depth + 1)
                return
            start = len(self._html)
            for child in tree.children(node):
                self.inline(child, strong_depth, depth + 1)
            inner = "".join(self._html[start:])
            del self._html[start:]
            href = str(href).strip()
            if href.lower().startswith(_SAFE_SCHEMES) or not re.match(r"[a-z][a-z0-9+.-]*:", href, re.I):
                self._html.append(f'<a href="{htmllib.escape(href)}">{inner}</a>')
            else:
                self._html.append(inner)
            return
        if name == "q":  # a browser shows an inline quotation with its marks: the text keeps them
            self._add_text("“", strong_depth)
            for child in tree.children(node):
                self.inline(child, strong_depth, depth + 1)
            self._add_text("”", strong_depth)
            return
        tag = _INLINE_MAP.get(name)
        if tag:
            self._html.append(f"<{tag}>")
        for child in tree.children(node):
            self.inline(child, strong_depth + (tag == "strong"), depth + 1)
        if tag:
            self._html.append(f"</{tag}>")

    # blocks -------------------------------------------------------------------------------
    def block(self, node: Any, kind: BlockKind = "paragraph", level: int = 0, in_quote: bool = False,
              depth: int = 0) -> None:
        tree = self.tree
        run_kind: BlockKind = "quote" if in_quote else kind
        if depth > _MAX_TREE_DEPTH:
            # Absurdly deep markup: keep its words as one paragraph instead of recursing on.
            self._kind, self._level = run_kind, level
            self._add_text(tree.text(node), 0)
            self.flattened += 1
            return
        for child in tree.children(node):
            if isinstance(child, str):
                if child.strip():
                    self._kind, self._level = run_kind, level
                self._add_text(child, 0)
                continue
            name = tree.name(child)
            if self._dropped(name):
                continue
            if name not in _BLOCK_TAGS and not (name not in _INLINE_MAP and tree.has_blocks(child)
                                                and (name != "a" or _is_dead_href(tree.attr(child, "href")))):
                if tree.text(child).strip() or name == "img":
                    self._kind, self._level = run_kind, level
                self.inline(child, 0)
                continue
            self.flush()
            self._block_child(child, name, kind, level, in_quote, depth)
            self.flush()
        self.flush()

    def _block_child(self, child: Any, name: str, kind: BlockKind, level: int, in_quote: bool,
                     depth: int) -> None:
        """One block-level element inside a block: a rule, heading, item, quote, table row or container."""
        tree = self.tree
        if name == "hr":
            self.blocks.append(Block(kind="rule", text=""))
        elif name == "img":
            self.inline(child, 0)
        elif _HEADING_TAG.fullmatch(name):
            self._kind, self._level = "heading", int(name[1])
            for sub in tree.children(child):
                self.inline(sub, 0)
            self.flush()
        elif name == "li":
            self.block(child, "item", level + 1 if kind == "item" else 1, in_quote, depth + 1)
        elif name == "blockquote":
            self.block(child, "quote", 0, True, depth + 1)
        elif name == "tr":
            self._table_row(child, kind, level, in_quote, depth)
        elif name == "pre" and not in_quote:
            # Preformatted text (plain text indented under Markdown, a page's <pre>) keeps its
            # lines: it is read as plain text is, so a contact card's lines stay apart.
            from .plain import plain_to_blocks

            self.blocks.extend(plain_to_blocks(tree.text(child)))
        elif name in ("ul", "ol", "dl"):
            self.block(child, "item" if kind == "item" else kind, level, in_quote, depth + 1)
        else:
            self.block(child, kind, level, in_quote, depth + 1)

    def _table_row(self, row: Any, kind: BlockKind, level: int, in_quote: bool, depth: int) -> None:
        """A data row is one line of its cells' text ("Q1 | 4.2 | 5.1"); a row that lays a page out (a
        cell holding paragraphs or headings, or its one cell a title bar) is walked as the page it holds.

        A one-cell bar right above a cell that opens with its own bold line or heading is that cell's
        label bar (the site's section name, a date band): a plain line, not a bold title."""
        tree = self.tree
        cells = [c for c in tree.children(row) if not isinstance(c, str) and tree.name(c) in ("td", "th")]
        filled = [c for c in cells if tree.text(c).strip()]
        # A cell of three or more lines set apart by line breaks (a contact's name, desk, phone and
        # e-mail; an address) holds a small page of its own, not one value of a data row.
        layout = any(tree.has_blocks(c) or tree.line_breaks(c) >= _CELL_PAGE_BREAKS for c in cells)
        if len(filled) == 1 or layout:
            start = len(self.blocks)
            for cell in cells:
                self.block(cell, kind, level, in_quote, depth + 1)
                self.flush()
                if len(filled) == 2 and cell is filled[0] and len(self.blocks) == start + 1:
                    self._mark_field_label(self.blocks[start])
            self._mark_bar_or_labels(start)
            return
        text = " | ".join(" ".join(tree.text(c).split()) for c in filled)
        if text:
            self.blocks.append(Block(kind="paragraph", text=text, html=htmllib.escape(text, quote=False)))


    @staticmethod
    def _mark_field_label(block: Block) -> None:
        """A row's first cell, one short line, beside a cell of several lines ("Enquiries" beside a
        name, a phone and an e-mail) is that field's label, no title of a part standing alone."""
        if block.kind == "paragraph" and len(block.text) <= _FIELD_LABEL:
            block.cell_label = True

    def _mark_bar_or_labels(self, start: int) -> None:
        """A row that printed one line is a bar (a title or a label: the next row tells); the bars right
        above a row that printed more and opens with a bold line or a heading are its labels."""
        lines = [i for i in range(start, len(self.blocks)) if self.blocks[i].kind != "image"]
        if len(lines) == 1:
            self._bars.add(lines[0])
            return
        first = self.blocks[lines[0]] if lines else None
        if first is None or not (first.kind == "heading" or first.strong):
            return
        i = start - 1
        while i >= 0 and (i in self._bars or self.blocks[i].kind == "image"):
            self.blocks[i].strong = False
            i -= 1


_CELL_PAGE_BREAKS = 2
_FIELD_LABEL = 24  # characters: "Media enquiries", "問い合わせ"; a longer cell holds a value of its own


def walk(root: Any, tree: Any, repairs: Repairs) -> list[Block]:
    walker = _Walker(repairs, tree)
    walker.block(root)
    if walker.flattened:
        repairs.notes.append(f"Flattened markup nested more than {_MAX_TREE_DEPTH} levels deep.")
    return walker.blocks


def parse_html(html: str) -> Any:
    from bs4 import BeautifulSoup
    from bs4.builder import ParserRejectedMarkup

    html = defuse_unclosed_markup(close_runaway_values(html))
    try:
        return BeautifulSoup(html, "html.parser")
    except ParserRejectedMarkup:  # html.parser gives up on some "<![" runs: show those as text
        return BeautifulSoup(html.replace("<!", "&lt;!"), "html.parser")


# A quoted attribute value that runs on over a blank line: its closing quote was left out
# ('<a href="http://example.org/forum' and then the next paragraphs), so it would swallow the
# markup after it, headings and all, up to the next quote mark.
_RUNAWAY_VALUE = re.compile(r'<(?P<tag>[a-zA-Z][\w-]*)(?P<attrs>[^<>"]*=[ \t]*")(?P<value>[^"<>\n]*)\n[ \t]*\n')


def close_runaway_values(html: str) -> str:
    """Close a quoted attribute value (and its tag, and a link it opens) at the blank line it runs over."""
    def close(match: re.Match[str]) -> str:
        link_end = "</a>" if match.group("tag").lower() == "a" else ""
        return f'<{match.group("tag")}{match.group("attrs")}{match.group("value").rstrip()}">{link_end}\n\n'

    return _RUNAWAY_VALUE.sub(close, html)


def defuse_unclosed_markup(html: str) -> str:
    """Show as text a "<", "<!--" or "<![CDATA[" that nothing closes.

    Python's HTML parser looks for the end of each such opening to the end of the text, again
    for every one of them: 100,000 unclosed "<!--" took minutes. One that no closer follows
    can never close, so it is escaped, in one pass.
    """
    for opener, closer in (("<!--", "-->"), ("<![CDATA[", "]]>"), ("<", ">")):
        last = html.rfind(closer)
        start = 0 if last < 0 else last + len(closer)
        if html.find(opener, start) >= 0:
            html = html[:start] + html[start:].replace(opener, "&lt;" + opener[1:])
    return html


def soup_to_blocks(soup: Any, repairs: Repairs) -> list[Block]:
    return walk(soup, _SoupTree, repairs)


def html_to_blocks(html: str, repairs: Repairs) -> list[Block]:
    return walk(parse_html(html), _SoupTree, repairs)


