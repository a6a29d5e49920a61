"""Which of Markdown, HTML or plain text a release is written in."""

from __future__ import annotations

import re

_HTML_SNIFF = re.compile(r"<(?:html|body|div|p|h[1-6]|table|article|section)\b[^>]*>", re.I)
# What only a whole page has: a Markdown file holding these is a saved page, not Markdown.
_PAGE_SNIFF = re.compile(r"<(?:!doctype|html|head|body)\b", re.I)
_MD_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
# Markdown's own marks, each on one line ("[ \t]", not "\s": a mark never spans a blank line).
_MD_SNIFF = re.compile(
    r"^(?:#{1,6}[ \t]+\S|[ \t]*[*+-][ \t]+\S|>[ \t]?\S|\d+\.[ \t]+\S)|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\n]*\)"
    r"|^[ \t]*[-*_]{3,}[ \t]*$",
    re.M,
)

# The marks only Markdown writes: plain text has bullets ("* ", "- "), numbered lines, "> " quoting
# and rules of dashes of its own, so a text file is Markdown only by headings, bold and links.
_MD_ONLY_SNIFF = re.compile(r"^#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\n]*\)", re.M)


def detect_format(text: str, suffix: str) -> str:
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    head = text[:20000]
    if suffix in _MD_SUFFIXES and not _PAGE_SNIFF.search(head) and len(_MD_SNIFF.findall(head)) >= 2:
        return "markdown"  # Markdown with raw HTML blocks in it (a quote box, a button), which it allows
    if len(_HTML_SNIFF.findall(head)) >= 3 or re.match(r"\s*<(!doctype|html)", head, re.I):
        return "html"
    if suffix in _MD_SUFFIXES:
        return "markdown"
    return "markdown" if len(_MD_ONLY_SNIFF.findall(head)) >= 2 else "plain"

