"""Render a ``Release``'s normalised blocks to one HTML string for the reader (no Qt here).

The core already parsed the release; this only lays its blocks out once: labels, status,
an embargo banner, the headline, a meta line, the body, contacts and boilerplate. Every
rendered block starts with ``<a name="b<index>">`` so the reader can find, scroll to and
highlight it. Page chrome is left out. Links are re-checked: only http(s), mailto, tel,
in-page and relative links stay links; images from anywhere but the release's own
folder become a caption and are never fetched.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from ..core.model import Block, Release
from .texts import human_date_time, long_date

SAFE_LINK = re.compile(r"^(?:https?://|mailto:|tel:|#.+$|(?![a-z][a-z0-9+.-]*:)[^\s]+$)", re.I)
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.S)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def _shown_address(src: str) -> str:
    """An image's address as its placeholder names it: whole, but a ``data:`` address by its head
    alone ("data:image/x-icon;base64"): its payload is no text for a reader."""
    return src.split(",", 1)[0] if src[:5].lower() == "data:" else src


class ReaderColours(NamedTuple):
    """Colours the reader's CSS needs; the theme fills them from its palette."""

    text: str = "#1d1d1f"
    muted: str = "#5f6368"
    link: str = "#0b57d0"
    rule: str = "#c9ccd1"
    quote_bar: str = "#9aa0a6"
    banner_background: str = "#fdecea"
    banner_text: str = "#8c1d18"
    label: str = "#3c4043"
    heading: str = "#1a3e7a"


def anchor_name(index: int) -> str:
    return f"b{index}"


def is_safe_href(href: str) -> bool:
    href = html.unescape(href).strip()
    return bool(href) and href != "#" and bool(SAFE_LINK.match(href))


def _safe_inline(fragment: str) -> str:
    """Keep the core's inline HTML, dropping any link whose target is not allowed."""
    def check(match: re.Match[str]) -> str:
        return match.group(0) if is_safe_href(match.group(1)) else match.group(2)

    return _LINK.sub(check, fragment)


def stylesheet(colours: ReaderColours) -> str:
    """The reader's CSS, within the subset QTextDocument understands."""
    return f"""
body {{ color: {colours.text}; }}
p {{ margin-top: 0px; margin-bottom: 12px; line-height: 150%; }}
li {{ margin-bottom: 6px; line-height: 150%; }}
h1 {{ font-size: x-large; font-weight: 700; margin-top: 4px; margin-bottom: 8px; line-height: 130%; }}
h2 {{ font-size: large; font-weight: 700; color: {colours.heading}; margin-top: 28px; margin-bottom: 10px;
      line-height: 130%; }}
h3 {{ font-size: medium; font-weight: 700; color: {colours.heading}; margin-top: 22px; margin-bottom: 8px;
      line-height: 130%; }}
h4 {{ font-size: medium; font-weight: 600; font-style: italic; color: {colours.heading}; margin-top: 18px;
      margin-bottom: 6px; line-height: 130%; }}
a {{ color: {colours.link}; text-decoration: underline; }}
blockquote {{ margin-left: 18px; margin-right: 18px; color: {colours.text}; font-style: italic; }}
.labels {{ color: {colours.label}; font-size: small; font-weight: 600; text-transform: uppercase;
          margin-bottom: 6px; }}
.meta {{ color: {colours.muted}; margin-bottom: 22px; }}
.banner {{ color: {colours.banner_text}; background-color: {colours.banner_background}; font-weight: 700; }}
.part {{ color: {colours.muted}; font-size: small; font-weight: 700; text-transform: uppercase;
        margin-top: 28px; margin-bottom: 8px; }}
.contact {{ margin-bottom: 4px; }}
.about {{ color: {colours.muted}; }}
.caption {{ color: {colours.muted}; font-style: italic; }}
hr {{ color: {colours.rule}; }}
"""


def meta_line(release: Release) -> str:
    """Place and date (and the status when no label above the headline shows it)."""
    parts = [release.place or "", long_date(release.date) if release.date else ""]
    if release.status and release.status != "embargoed" and not any(b.role == "front" for b in release.blocks):
        parts.append(release.status[:1].upper() + release.status[1:])
    return " · ".join(p for p in parts if p)


_EMBARGO_LABEL = re.compile(r"embargo|not for (?:publication|release)", re.I)


def embargo_label_blocks(release: Release) -> list[Block]:
    return [b for b in release.blocks if b.role == "front" and _EMBARGO_LABEL.search(b.text)]


def embargo_text(release: Release) -> str:
    """The embargo as the issuer wrote it (time zone included), else as the core read it."""
    if not release.embargo:
        return ""
    written = [b.text.strip(" *") for b in embargo_label_blocks(release)]
    if written:
        return " ".join(written)
    return f"Embargoed until {human_date_time(release.embargo)}"


def section_levels(release: Release) -> dict[int, int]:
    """Block index of each section's heading -> its depth in the section tree (1 = top)."""
    return {s.block: s.level for s in release.all_sections() if s.block >= 0}


def render_release(release: Release, colours: ReaderColours | None = None) -> str:
    """The whole release as one HTML document for ``QTextBrowser.setHtml``."""
    colours = colours or ReaderColours()
    levels = section_levels(release)
    out: list[str] = [f"<html><head><style>{stylesheet(colours)}</style></head><body>"]
    embargo_blocks = embargo_label_blocks(release) if release.embargo else []
    labels = [b.text for b in release.blocks if b.role == "front" and b not in embargo_blocks]
    if labels:
        out.append(f'<p class="labels">{html.escape(" · ".join(t.strip(" *") for t in labels))}</p>')
    if release.embargo:
        out.append('<table width="100%" cellpadding="10" cellspacing="0" style="margin-bottom: 14px;">'
                   f'<tr><td class="banner">{html.escape(embargo_text(release))}</td></tr></table>')
    title_blocks = [b for b in release.blocks if b.role == "title"]
    meta = meta_line(release)
    if not title_blocks:
        out.append(f"<h1>{html.escape(release.title)}</h1>")
        if meta:
            out.append(f'<p class="meta">{html.escape(meta)}</p>')
    body = _BodyWriter(out, levels, colours)
    for block in release.blocks:
        if block.role in ("chrome", "front"):
            continue
        body.write(block)
        if block.role == "title" and meta:
            body.close_list()
            out.append(f'<p class="meta">{html.escape(meta)}</p>')
    body.close_list()
    out.append("</body></html>")
    return "".join(out)


class _BodyWriter:
    """Writes blocks in order, opening and closing list levels as items come and go."""

    def __init__(self, out: list[str], levels: dict[int, int], colours: ReaderColours):
        self.out = out
        self.levels = levels
        self.colours = colours
        self.list_depth = 0
        self.part: str | None = None

    def close_list(self, depth: int = 0) -> None:
        while self.list_depth > depth:
            self.out.append("</ul>")
            self.list_depth -= 1

    def write(self, block: Block) -> None:
        anchor = f'<a name="{anchor_name(block.index)}"></a>'
        inline = _safe_inline(block.html) if block.html else html.escape(block.text)
        if block.kind == "item":
            depth = max(1, block.level)
            self.close_list(depth)
            while self.list_depth < depth:
                self.out.append("<ul>")
                self.list_depth += 1
            self.out.append(f"<li>{anchor}{inline}</li>")
            return
        self.close_list()
        if block.kind == "rule":
            self.out.append(f"{anchor}<hr/>")
        elif block.kind == "image":
            self.out.append(self._image(block, anchor))
        elif block.role == "title":
            self.out.append(f"<h1>{anchor}{html.escape(block.text.strip(' *'))}</h1>")
        elif block.role == "contact_heading":
            self.out.append(f'<p class="part">{anchor}{inline}</p>')
        elif block.role == "contact":
            self.out.append(f'<p class="contact">{anchor}{inline}</p>')
        elif block.index in self.levels or block.role == "heading" or block.kind == "heading":
            level = min(4, 1 + self.levels.get(block.index, 2))
            self.out.append(f"<h{level}>{anchor}{html.escape(block.text.strip(' *'))}</h{level}>")
        elif block.kind == "quote":
            self.out.append(f"<blockquote><p>{anchor}{inline}</p></blockquote>")
        elif block.role == "about":
            self.out.append(f'<p class="about">{anchor}{inline}</p>')
        else:
            self.out.append(f"<p>{anchor}{inline}</p>")

    @staticmethod
    def _image(block: Block, anchor: str) -> str:
        """A local image, or one carried inside the release (a ``data:image/`` address), with its
        caption; a remote one is only named (it is never fetched)."""
        src = block.html.strip()
        alt = html.escape(block.text.strip())
        embedded = src[:11].lower() == "data:image/"
        if src and (embedded or not _SCHEME.match(src) and not src.startswith("//")):
            caption = f'<p class="caption">{anchor}{alt}</p>' if alt else ""
            return f'<p><img src="{html.escape(src)}" alt="{alt or "image"}"/></p>{caption}'
        return f'<p class="caption">{anchor}[Image not loaded: {alt or html.escape(_shown_address(src))}]</p>'
