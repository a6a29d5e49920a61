"""Which of Markdown, HTML or plain text a release is written in."""

from __future__ import annotations

import re

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

