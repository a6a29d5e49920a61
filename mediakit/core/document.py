"""Turn release text (Markdown, HTML or plain text) into a flat list of ``Block``s, repaired.

Markdown is converted once with Python-Markdown and its HTML walked like any HTML release
(parsed with BeautifulSoup's ``html.parser``), so every format meets the same block walker.
Scripts, styles, frames and objects are dropped there, and each block keeps only safe inline
HTML. The repairs (page-break joins, repeats, empty headings, stray escapes, dead links) are
counted in the warnings. Hand-written parts: the plain-text line joiner and the repairs, which
no library offers for press-release damage.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass, field
from collections.abc import Iterator
from typing import Any

from .model import Block

# --- front matter ------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return the YAML front matter (as a dict, possibly empty) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match or ":" not in match.group(1):
        return {}, text
    import yaml  # only releases that carry front matter pay for the import

    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        data = {}
    return data, text[match.end():]


# --- format detection --------------------------------------------------------------------

_HTML_SNIFF = re.compile(r"<(?:html|body|div|p|h[1-6]|table|article|section)\b[^>]*>", re.I)
_MD_SNIFF = re.compile(
    r"^(?:#{1,6}\s|\s*[*+-]\s+\S|>\s?|\d+\.\s)|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\n]*\)|^\s*[-*_]{3,}\s*$",
    re.M,
)


def detect_format(text: str, suffix: str) -> str:
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    head = text[:20000]
    if len(_HTML_SNIFF.findall(head)) >= 3 or re.match(r"\s*<(!doctype|html)", head, re.I):
        return "html"
    if suffix in {".md", ".markdown", ".mdown", ".mkd"}:
        return "markdown"
    return "markdown" if len(_MD_SNIFF.findall(head)) >= 2 else "plain"


# --- repairs on Markdown source -------------------------------------------------------------

# Python-Markdown only unescapes these; "HK\$" would otherwise show its backslash.
_MD_ESCAPABLE = set("\\`*_{}[]()#+-.!<>|")
_STRAY_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_DEAD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]*)\]\(\s*(?:#|javascript:[^()\n]*)?\s*\)")
_EMPTY_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]*(?:#+[ \t]*)*$", re.M)
_END_MARK_LINE = re.compile(r"^[ \t]*#(?:[ \t]+#){2,}[ \t]*$", re.M)


@dataclass
class Repairs:
    """Counts of what was repaired, turned into ``warnings`` lines at the end."""

    escapes: int = 0
    dead_links: int = 0
    empty_headings: int = 0
    joined: int = 0
    repeats: int = 0
    scripts: int = 0
    notes: list[str] = field(default_factory=list)

    def warnings(self) -> list[str]:
        out = []
        if self.joined:
            out.append(f"Joined {self.joined} paragraph(s) split mid-sentence by a page break.")
        if self.repeats:
            out.append(f"Removed {self.repeats} paragraph(s) or quote(s) printed twice.")
        if self.empty_headings:
            out.append(f"Dropped {self.empty_headings} empty heading(s).")
        if self.escapes:
            out.append(f"Undid {self.escapes} stray escape(s) such as \\$.")
        if self.dead_links:
            out.append(f"Kept {self.dead_links} dead link(s) as plain text.")
        if self.scripts:
            out.append(f"Removed {self.scripts} script, style or embedded object(s).")
        return out + self.notes


# Deeper nesting than this is flattened: no release needs it, and Python-Markdown's list and
# quote handling slows down sharply (and recurses) with depth.
MAX_NESTING = 8
_DEEP_INDENT = re.compile(r"^[ \t]{%d,}(?=\S)" % (4 * MAX_NESTING), re.M)
# Containers opened on one line ("> - > - x", "- - - x") nest as deeply as indentation does.
_DEEP_QUOTE = re.compile(r"^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))){%d,}" % (MAX_NESTING + 1), re.M)
MAX_HEADINGS = 20_000
_HEADING_LINE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]|<h[1-6][\s>]", re.M | re.I)


class ContentError(ValueError):
    """Text that is readable but is no press release (e.g. tens of thousands of headings)."""


def check_complexity(text: str) -> None:
    headings = sum(1 for _ in _HEADING_LINE.finditer(text))
    if headings > MAX_HEADINGS:
        raise ContentError(f"the file has {headings:,} headings; a press release has a few dozen at most")


def clamp_nesting(source: str, repairs: Repairs) -> str:
    deep = 0

    def indent(match: re.Match[str]) -> str:
        nonlocal deep
        deep += 1
        return " " * (4 * MAX_NESTING)

    def quote(match: re.Match[str]) -> str:
        nonlocal deep
        deep += 1
        return match.group(0)[:0] + ">" * MAX_NESTING + " "

    source = _DEEP_QUOTE.sub(quote, _DEEP_INDENT.sub(indent, source))
    if deep:
        repairs.notes.append(f"Flattened {deep} line(s) nested more than {MAX_NESTING} levels deep.")
    return source


# Python-Markdown's inline pass is superlinear in the number of markers in one paragraph
# (20,000 "*a*" took 1.5 s, 5,000 took 0.2 s) and its link pattern rescans to the end of the
# paragraph for every "[" that never closes (10,000 took 15 s). Such characters are swapped
# for private-use stand-ins before the conversion and swapped back in its HTML, linearly.
_MAX_MARKERS = 2_000
_MARKERS = "*_`[]()<>&\\!#~|"
_STAND_IN = {ch: chr(0xE000 + i) for i, ch in enumerate(_MARKERS)}
_HTML_FOR = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_RESTORE = {ord(stand_in): _HTML_FOR.get(ch, ch) for ch, stand_in in _STAND_IN.items()}
_MARKER_RUN = re.compile("[" + re.escape(_MARKERS) + "]")


def defuse_inline(source: str, repairs: Repairs) -> str:
    """Neutralise brackets that never close and markup too dense to be prose, paragraph by paragraph."""
    parts = _PARAGRAPH_BREAK.split(source)
    dense = 0
    for n in range(0, len(parts), 2):
        para = parts[n]
        if len(para) > 4 * _MAX_MARKERS and sum(1 for _ in _MARKER_RUN.finditer(para)) > _MAX_MARKERS:
            parts[n] = _MARKER_RUN.sub(lambda m: _STAND_IN[m.group(0)], para)
            dense += 1
        elif "[" in para or "(" in para:
            parts[n] = _defuse_unclosed(para)
    if dense:
        repairs.notes.append(f"Showed {dense} paragraph(s) with over {_MAX_MARKERS:,} markup characters as plain text.")
    return "".join(parts)


def _defuse_unclosed(para: str) -> str:
    stacks: dict[str, list[int]] = {"[": [], "(": []}
    closing = {"]": "[", ")": "("}
    escaped = False
    for i, ch in enumerate(para):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in stacks:
            stacks[ch].append(i)
        elif ch in closing and stacks[closing[ch]]:
            stacks[closing[ch]].pop()
    unmatched = set(stacks["["]) | set(stacks["("])
    if not unmatched:
        return para
    return "".join(_STAND_IN[ch] if i in unmatched else ch for i, ch in enumerate(para))


def restore_stand_ins(html: str) -> str:
    return html.translate(_RESTORE)


_RESTORE_PLAIN = {ord(stand_in): ch for ch, stand_in in _STAND_IN.items()}


def restore_plain(text: str) -> str:
    return text.translate(_RESTORE_PLAIN)


_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")


_STRUCTURED_LINE = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|#|\||```|~~~|<)|^(?: {4}|\t)")
_CONTACT_HINT = re.compile(r"@|\+?\(?\d[\d ()./-]{6,}\d|\b(?:tel|phone|mobile|email|e-mail|fax)\b", re.I)
_LEAD_LINE = re.compile(r"^(?:\*\*[^*]+\*\*|__[^_]+__)\s*:?$|:\s*$|^About\s\S", re.I)


def keep_short_lines(source: str) -> str:
    """Keep the line breaks of a paragraph that is a block of short lines, not wrapped prose.

    Markdown joins the lines of a paragraph, which runs a contact block ("**Press contact:**",
    a name, a phone, an e-mail) or a bold lead line into one line of text. Such lines end in
    Markdown's hard break instead, so each stays a line of its own.
    """
    parts = _PARAGRAPH_BREAK.split(source)
    for n in range(0, len(parts), 2):
        lines = parts[n].split("\n")
        body = [line for line in lines if line.strip()]
        if len(body) < 2 or any(_STRUCTURED_LINE.match(line) for line in body):
            continue
        short = all(len(line.strip()) <= 60 for line in body)
        first = body[0].strip()
        if short and any(_CONTACT_HINT.search(line) for line in body):
            breaks = len(lines) - 1
        elif len(first) <= 60 and _LEAD_LINE.search(first):
            breaks = 1 if not short else len(lines) - 1
        else:
            continue
        parts[n] = "\n".join(line.rstrip() + "  " if i < breaks and line.strip() else line
                              for i, line in enumerate(lines))
    return "".join(parts)


def repair_markdown(source: str, repairs: Repairs) -> str:
    source = keep_short_lines(defuse_inline(clamp_nesting(source, repairs), repairs))
    def unescape(match: re.Match[str]) -> str:
        if match.group(1) in _MD_ESCAPABLE:
            return match.group(0)
        repairs.escapes += 1
        return match.group(1)

    source = _STRAY_ESCAPE.sub(unescape, source)

    def undead(match: re.Match[str]) -> str:
        repairs.dead_links += 1
        return match.group(1)

    source = _DEAD_LINK.sub(undead, source)
    source = _END_MARK_LINE.sub("* * *", source)

    def drop_heading(match: re.Match[str]) -> str:
        repairs.empty_headings += 1
        return ""

    return _EMPTY_HEADING.sub(drop_heading, source)


# --- HTML walker ------------------------------------------------------------------------

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
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_WS = re.compile(r"\s+")


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
        return node.name.lower()

    @staticmethod
    def attr(node: Any, key: str) -> str | None:
        value = node.get(key)
        return None if value is None else str(value)

    @staticmethod
    def text(node: Any) -> str:
        return node.get_text(" ")


class _ElementTree:
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
        return node.get(key)

    @staticmethod
    def text(node: Any) -> str:
        return htmllib.unescape(" ".join(node.itertext()))


class _Walker:
    """Walks a parsed document tree and emits blocks with plain text and safe inline HTML."""

    def __init__(self, repairs: Repairs, tree: Any):
        self.repairs = repairs
        self.tree = tree
        self.blocks: list[Block] = []
        self._text: list[str] = []
        self._html: list[str] = []
        self._strong_chars = 0
        self._kind = "paragraph"
        self._level = 0
        self.flattened = 0

    # inline run --------------------------------------------------------------------------
    def _add_text(self, text: str, strong_depth: int) -> None:
        if not text:
            return
        self._text.append(text)
        self._html.append(htmllib.escape(text, quote=False))
        if strong_depth:
            self._strong_chars += len(_WS.sub("", text))

    def flush(self) -> None:
        text = _WS.sub(" ", "".join(self._text)).strip()
        html = _WS.sub(" ", "".join(self._html)).strip()
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
            self.flush()
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
        tag = _INLINE_MAP.get(name)
        if tag:
            self._html.append(f"<{tag}>")
        for child in tree.children(node):
            self.inline(child, strong_depth + (tag == "strong"), depth + 1)
        if tag:
            self._html.append(f"</{tag}>")

    # blocks -------------------------------------------------------------------------------
    def block(self, node: Any, kind: str = "paragraph", level: int = 0, in_quote: bool = False,
              depth: int = 0) -> None:
        tree = self.tree
        run_kind = "quote" if in_quote else kind
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
            if name not in _BLOCK_TAGS:
                if tree.text(child).strip() or name == "img":
                    self._kind, self._level = run_kind, level
                self.inline(child, 0)
                continue
            self.flush()
            if name == "hr":
                self.blocks.append(Block(kind="rule", text=""))
            elif name == "img":
                self.inline(child, 0)
            elif re.fullmatch(r"h[1-6]", name):
                self._kind, self._level = "heading", int(name[1])
                for sub in tree.children(child):
                    self.inline(sub, 0)
                self.flush()
            elif name == "li":
                self.block(child, "item", level + 1 if kind == "item" else 1, in_quote, depth + 1)
            elif name == "blockquote":
                self.block(child, "quote", 0, True, depth + 1)
            elif name == "tr":
                cells = [_WS.sub(" ", tree.text(c)).strip() for c in tree.children(child)
                         if not isinstance(c, str) and tree.name(c) in ("td", "th")]
                text = " | ".join(c for c in cells if c)
                if text:
                    self.blocks.append(Block(kind="paragraph", text=text, html=htmllib.escape(text, quote=False)))
            elif name in ("ul", "ol", "dl"):
                self.block(child, "item" if kind == "item" else kind, level, in_quote, depth + 1)
            else:
                self.block(child, kind, level, in_quote, depth + 1)
            self.flush()
        self.flush()


def _walk(root: Any, tree: Any, repairs: Repairs) -> list[Block]:
    walker = _Walker(repairs, tree)
    walker.block(root)
    if walker.flattened:
        repairs.notes.append(f"Flattened markup nested more than {_MAX_TREE_DEPTH} levels deep.")
    return walker.blocks


def html_to_blocks(html: str, repairs: Repairs) -> list[Block]:
    from bs4 import BeautifulSoup

    return _walk(BeautifulSoup(html, "html.parser"), _SoupTree, repairs)


# What releases use: tables, footnotes, definition lists and tidy lists. Not "extra" as a
# whole: its fenced_code loads codehilite and, where installed, Pygments (20+ ms at start-up).
MARKDOWN_EXTENSIONS = ["tables", "footnotes", "def_list", "abbr", "sane_lists"]


def markdown_to_blocks(source: str, repairs: Repairs) -> list[Block]:
    """Convert Markdown once and walk Python-Markdown's element tree directly.

    Markdown carrying raw HTML (kept by Python-Markdown as stashed placeholders) is
    serialised and walked as HTML instead, so that HTML is read by the HTML parser.
    """
    import markdown

    md = markdown.Markdown(extensions=MARKDOWN_EXTENSIONS, output_format="html")
    # These are the first steps of Markdown.convert(), stopping before serialisation.
    lines = source.split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    for treeprocessor in md.treeprocessors:
        new_root = treeprocessor.run(root)
        if new_root is not None:
            root = new_root
    if md.htmlStash.html_counter or md.htmlStash.rawHtmlBlocks:
        html = md.serializer(root)
        for postprocessor in md.postprocessors:
            html = postprocessor.run(html)
        return html_to_blocks(restore_stand_ins(html), repairs)
    _restore_tree(root)
    return _walk(root, _ElementTree, repairs)


def _restore_tree(root: Any) -> None:
    for element in root.iter():
        if element.text:
            element.text = restore_plain(element.text)
        if element.tail:
            element.tail = restore_plain(element.tail)


# --- plain text ---------------------------------------------------------------------------

_TERMINAL = tuple(".!?:;。！？：；…\"”’)]」』")
_CONTINUATION_START = re.compile(r"^(?:[a-z]|[.,;:!?)\]”’](?:\s|$)|[.,;:](?=\S)|[–—-]\s)")


def plain_to_blocks(text: str) -> list[Block]:
    """Plain text: hard-wrapped paragraphs are joined; one-paragraph-a-line text keeps its lines."""
    chunks = [c for c in re.split(r"\n\s*\n", text) if c.strip()]
    blocks: list[Block] = []
    if _is_hard_wrapped(chunks):
        for chunk in chunks:
            rows = [r.strip() for r in chunk.splitlines() if r.strip()]
            # A chunk of short stand-alone lines (contact blocks, tables) keeps its lines.
            if len(rows) > 1 and max(len(r) for r in rows) < 50:
                blocks.extend(_plain_block(r) for r in rows)
            else:
                blocks.append(_plain_block(" ".join(rows)))
        return blocks
    pending: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if pending and _continues(pending[-1], line):
            pending[-1] = _join(pending[-1], line)
        else:
            pending.append(line)
    return [_plain_block(p) for p in pending]


def _is_hard_wrapped(chunks: list[str]) -> bool:
    """True when lines break mid-sentence at a fixed width (an e-mail or a wire's text)."""
    if len(chunks) < 2:
        return False
    inner = [line.strip() for c in chunks for line in c.strip().splitlines()[:-1] if line.strip()]
    if len(inner) < 3:
        return False
    open_ended = sum(1 for line in inner if not line.endswith(_TERMINAL))
    widths = sorted(len(line) for line in inner)
    median = widths[len(widths) // 2]
    return open_ended >= 0.6 * len(inner) and 30 <= median <= 100


def _continues(previous: str, line: str) -> bool:
    if _CONTINUATION_START.match(line):
        return True
    if previous.endswith((",", ",”", ",\"")):
        return True
    return False


def _join(previous: str, line: str) -> str:
    if line[0] in ".,;:!?)”’" and not previous.endswith(("“", "(")):
        return previous + line
    return previous + " " + line


def _plain_block(text: str) -> Block:
    text = _WS.sub(" ", text).strip()
    return Block(kind="paragraph", text=text, html=htmllib.escape(text, quote=False))


# --- repairs on blocks ----------------------------------------------------------------------

_LOWER_START = re.compile(r"^[a-z]")
_DUP_KEY = re.compile(r"[\W_]+", re.U)


def join_page_breaks(blocks: list[Block], repairs: Repairs) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and block.kind == "paragraph" and prev.kind == "paragraph"
                and not prev.strong and len(prev.text) > 60
                and _LOWER_START.match(block.text) and not prev.text.endswith(_TERMINAL)):
            prev.text = f"{prev.text} {block.text}"
            prev.html = f"{prev.html} {block.html}"
            repairs.joined += 1
            continue
        out.append(block)
    return out


def drop_repeats(blocks: list[Block], repairs: Repairs) -> list[Block]:
    seen: set[str] = set()
    out: list[Block] = []
    for block in blocks:
        if block.kind in ("paragraph", "quote", "item") and len(block.text) >= 80:
            key = _DUP_KEY.sub("", block.text.lower())
            if key in seen:
                repairs.repeats += 1
                continue
            seen.add(key)
        out.append(block)
    return out


def drop_empty_headings(blocks: list[Block], repairs: Repairs) -> list[Block]:
    out = []
    for block in blocks:
        if block.kind == "heading" and not re.sub(r"[#\s*_]", "", block.text):
            repairs.empty_headings += 1
            continue
        out.append(block)
    return out


_END_MARK = re.compile(r"^(?:#\s*){3}$|^[-–—*\s]*(?:ends?|end of release|完)[-–—*\s]*$", re.I)


def mark_end_marks(blocks: list[Block]) -> list[Block]:
    """An end mark (``# # #``, ``-ends-``) becomes a rule: it closes the release body."""
    for block in blocks:
        if block.kind == "paragraph" and _END_MARK.match(block.text):
            block.kind, block.text, block.html = "rule", "", ""
    return blocks


# Flattened archives glue a boilerplate title onto the line before it ("…hktdc.orgAbout HKTDC")
# or glue a tagline onto the key facts after it ("…metal solutions100+ million components").
_GLUED_ABOUT = re.compile(r"(?<=[a-z0-9.])(About [A-Z][\w&.,'’() -]{1,60})$")
_GLUED_TAGLINE = re.compile(r"^([A-Z][^.!?:\n]{1,40}:\s[^.!?\d\n]{5,80}[a-z])(\d[\d,.]*\+?\s)")


def split_glued_headings(blocks: list[Block], repairs: Repairs) -> list[Block]:
    out: list[Block] = []
    split = 0
    for block in blocks:
        if block.kind != "paragraph":
            out.append(block)
            continue
        match = _GLUED_TAGLINE.match(block.text)
        if match:
            title = match.group(1)
            rest = block.text[len(title):]
            out.append(Block(kind="paragraph", text=title, html=htmllib.escape(title, quote=False), strong=True))
            out.append(Block(kind="paragraph", text=rest, html=htmllib.escape(rest, quote=False)))
            split += 1
            continue
        match = _GLUED_ABOUT.search(block.text)
        if match and match.start() > 0:
            head = block.text[:match.start()].rstrip()
            title = match.group(1).strip()
            out.append(Block(kind="paragraph", text=head, html=htmllib.escape(head, quote=False)))
            out.append(Block(kind="paragraph", text=title, html=htmllib.escape(title, quote=False), strong=True))
            split += 1
            continue
        out.append(block)
    if split:
        repairs.notes.append(f"Separated {split} heading(s) run into the text around them.")
    return out


@dataclass
class ParsedDocument:
    blocks: list[Block]
    front_matter: dict[str, Any]
    source_format: str
    repairs: Repairs


def parse_text(text: str, suffix: str = ".md") -> ParsedDocument:
    """Parse release text into repaired blocks; never raises on odd content."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\ufeff", "")
    text = text.replace("\x0c", "\n\n")  # a form feed is a page break between paragraphs
    check_complexity(text)
    front, body = split_front_matter(text)
    fmt = detect_format(body, suffix)
    repairs = Repairs()
    if fmt == "html":
        blocks = html_to_blocks(body, repairs)
    elif fmt == "markdown":
        try:
            blocks = markdown_to_blocks(repair_markdown(body, repairs), repairs)
        except RecursionError:  # a last guard: structure deeper than the repairs above foresee
            repairs.notes.append("The Markdown was nested too deeply to format; it is shown as plain text.")
            blocks = plain_to_blocks(body)
    else:
        blocks = plain_to_blocks(body)
    blocks = drop_empty_headings(blocks, repairs)
    blocks = mark_end_marks(blocks)
    blocks = split_glued_headings(blocks, repairs)
    blocks = join_page_breaks(blocks, repairs)
    blocks = drop_repeats(blocks, repairs)
    for i, block in enumerate(blocks):
        block.index = i
    return ParsedDocument(blocks=blocks, front_matter=front, source_format=fmt, repairs=repairs)
