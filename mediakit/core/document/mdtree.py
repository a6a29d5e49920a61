"""Markdown to blocks: Python-Markdown parses once and its element tree is walked directly."""

from __future__ import annotations

from typing import Any

from ..model import Block
from .mdsource import restore_plain, restore_stand_ins
from .repairs import Repairs
from .walker import ElementTree, html_to_blocks, walk

# What releases use: tables, footnotes, definition lists and tidy lists. Not "extra" as a
# whole: its fenced_code loads codehilite and, where installed, Pygments (20+ ms at start-up).
MARKDOWN_EXTENSIONS = ["tables", "footnotes", "def_list", "abbr", "sane_lists"]


def _extensions() -> list[Any]:
    """``MARKDOWN_EXTENSIONS`` made from their modules: given a name, Python-Markdown looks it
    up among every installed package's entry points, and reading all their metadata takes
    30-100 ms at each start, more in a large environment."""
    from importlib import import_module

    return [import_module(f"markdown.extensions.{name}").makeExtension() for name in MARKDOWN_EXTENSIONS]


def markdown_to_blocks(source: str, repairs: Repairs) -> list[Block]:
    """Convert Markdown once and walk Python-Markdown's element tree directly.

    Markdown carrying raw HTML (kept by Python-Markdown as stashed placeholders) is
    serialised and walked as HTML instead, so that HTML is read by the HTML parser.
    """
    from ..regexcache import keeping

    with keeping():  # the parser's own patterns; a release's (its abbreviations) come later
        import markdown

        md = markdown.Markdown(extensions=_extensions(), output_format="html")
    # These are the first steps of Markdown.convert(), stopping before serialisation.
    lines = source.split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    assert root is not None  # parseDocument always builds a root element
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
    return walk(root, ElementTree, repairs)


def _restore_tree(root: Any) -> None:
    """Stand-ins back to their text; the ampersands Python-Markdown holds as a placeholder until it
    serialises (an autolinked address "<press@…>" is written as character references) back to "&"."""
    import html

    from markdown.util import AMP_SUBSTITUTE

    for element in root.iter():
        if element.text:
            element.text = restore_plain(element.text).replace(AMP_SUBSTITUTE, "&")
        if element.tail:
            element.tail = restore_plain(element.tail).replace(AMP_SUBSTITUTE, "&")
        for key, value in element.attrib.items():
            if AMP_SUBSTITUTE in value:
                element.set(key, html.unescape(value.replace(AMP_SUBSTITUTE, "&")))

