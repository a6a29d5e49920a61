"""Text a template source names once and prints where it is used: a headline kept in a variable.

A page kept as its template often sets its headline (or date) in a variable and prints that in
the markup: Jinja's, Twig's and Nunjucks' ``{% set title = "…" %}``, Liquid's ``{% assign … %}``,
ERB's ``<% content_for :title, "…" %>``, ``<% provide(:title, "…") %>`` or ``<% @title = "…" %>``,
a JavaScript constant in an Astro page's code fence or a Vue or Svelte component's script
(``const title = "…"``, ``const meta = { date: "…" }``). ``literals`` finds the plain strings so
assigned (never code: a value that fills in other variables is left out); ``print_literals``
writes them where the markup prints the variable, as the page would (``{{ title }}``, also
with filters, which are not applied: the text stays as the source writes it; ``<%= @title %>``,
``<%= yield :title %>``, and for Astro and Svelte ``{title}``); ``page_facts`` says which of
them names the page's title or date (the keys ``templates`` reads from other template tags).
A Markdown or HTML page with front matter prints its keys the same way, through its layout's
syntax (``# {{ page.title }}``, Hugo's ``{{ .Title }}``, ``[%title]``): ``print_front_matter``
writes the front matter's values there.
Hand-written: no library reads these templates without running their code, which a viewer
must never do.
"""

from __future__ import annotations

import re

from .jsx import constants as js_constants

_STRING = r"(['\"])((?:(?!\{q})[^\\]|\\.){{1,2000}})\{q}"
_SET = re.compile(r"\{%-?\s*(?:set|assign)\s+(\w+)\s*=\s*" + _STRING.format(q=2) + r"\s*-?%\}")
_ERB_FOR = re.compile(r"<%-?\s*(?:content_for|provide)\s*\(?\s*:(\w+)\s*,\s*" + _STRING.format(q=2))
_ERB_IVAR = re.compile(r"<%-?\s*@(\w+)\s*=\s*" + _STRING.format(q=2))
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.S | re.I)
_CODE_FENCE = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FILLS_IN = re.compile(r"#\{|\$\{|\{\{|\{%")

_MUSTACHE = re.compile(r"\{\{\{?-?\s*([\w.]+)\s*(?:\|[^{}]*)?-?\}?\}\}")
_ERB_PRINT = re.compile(r"<%=\s*(?:@(\w+)|(?:yield|content_for)\s*\(?\s*:(\w+)\s*\)?)\s*-?%>")
_BRACES = re.compile(r"\{\s*([A-Za-z_][\w.]*)\s*\}")

_TITLE_NAMES = {"title", "pagetitle", "page_title", "headline"}
_DATE_NAMES = {"date", "pubdate", "pub_date", "published", "release_date", "publishdate"}


def literals(text: str) -> dict[str, str]:
    """The plain strings the source assigns to names (the first of each name)."""
    found: dict[str, str] = {}
    for pattern in (_SET, _ERB_FOR, _ERB_IVAR):
        for match in pattern.finditer(text):
            found.setdefault(match.group(1), match.group(3))
    for code in _scripts(text):
        for name, value in js_constants(code).items():
            found.setdefault(name, value)
    return {name: _unescaped(value) for name, value in found.items() if not _FILLS_IN.search(value)}


def _scripts(text: str) -> list[str]:
    """The JavaScript a page holds: its code fence at the top (Astro) and its script elements."""
    fence = _CODE_FENCE.match(text)
    return ([fence.group(1)] if fence else []) + [match.group(1) for match in _SCRIPT.finditer(text)]


def _unescaped(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


def print_literals(text: str, names: dict[str, str], braces: bool = False) -> str:
    """``text`` with each print of a known name replaced by its text; ``braces`` for the ``{name}``
    of Astro and Svelte markup. Prints of unknown names are left for the caller to drop."""
    if not names:
        return text
    text = _MUSTACHE.sub(lambda m: names.get(m.group(1), m.group(0)), text)
    text = _ERB_PRINT.sub(lambda m: names.get(m.group(1) or m.group(2), m.group(0)), text)
    if braces:
        text = _BRACES.sub(lambda m: names.get(m.group(1), m.group(0)), text)
    return text


def page_facts(names: dict[str, str]) -> dict[str, str]:
    """The page's ``title`` and ``date`` among the named texts (``meta.title`` counts as ``title``)."""
    facts: dict[str, str] = {}
    for name, value in names.items():
        last = name.rsplit(".", 1)[-1].lower()
        key = "title" if last in _TITLE_NAMES else "date" if last in _DATE_NAMES else None
        if key and value.strip():
            facts.setdefault(key, " ".join(value.split()))
    return facts


# A front-matter key printed by a site generator's layout syntax: "{{ page.title }}", "{{ title }}",
# Hugo's "{{ .Title }}", "[%title]" (a page's own key, never the site's: "{{ site.title }}" is left).
_PAGE_PRINT = re.compile(r"\{\{-?\s*(?:page\.|\.)?([A-Za-z_]\w*)\s*-?\}\}|\[%\s*([A-Za-z_]\w*)\s*\]")


def print_front_matter(body: str, front: dict[str, object]) -> str:
    """``body`` with each print of a front-matter key replaced by the key's value (text, a number
    or a date); prints of other names are left as written."""
    if not front or ("{{" not in body and "[%" not in body):
        return body
    values = {str(key).lower(): " ".join(str(value).split()) for key, value in front.items()
              if isinstance(value, (str, int, float)) or hasattr(value, "isoformat")}

    def value(match: re.Match[str]) -> str:
        return values.get((match.group(1) or match.group(2)).lower(), match.group(0))

    return _PAGE_PRINT.sub(value, body)
