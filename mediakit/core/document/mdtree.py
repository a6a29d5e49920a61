"""Markdown to blocks: Python-Markdown parses once (``mdconvert``) and its element tree is walked directly."""

from __future__ import annotations

from ..mdconvert import MARKDOWN_EXTENSIONS, Node, convert
from ..model import Block
from .mdsource import restore_plain, restore_stand_ins
from .repairs import Repairs
from .walker import ElementTree, html_to_blocks, walk

__all__ = ["MARKDOWN_EXTENSIONS", "markdown_to_blocks"]


def markdown_to_blocks(source: str, repairs: Repairs) -> list[Block]:
    """Convert Markdown once and walk Python-Markdown's element tree directly.

    Markdown carrying raw HTML (kept by Python-Markdown as stashed placeholders) is
    serialised and walked as HTML instead, so that HTML is read by the HTML parser.
    """
    kind, converted = convert(source)
    if isinstance(converted, str):
        return html_to_blocks(restore_stand_ins(converted), repairs)
    _restore_tree(converted)
    return walk(converted, ElementTree, repairs)


def _restore_tree(root: Node) -> None:
    """Stand-ins back to their text."""
    for element in root.iter():
        if element.text:
            element.text = restore_plain(element.text)
        if element.tail:
            element.tail = restore_plain(element.tail)
