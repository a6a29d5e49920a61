"""Template sources (WML, Jinja/Django/Nunjucks, PHP, JSX, ERB, Vue, Svelte, Astro) turned into the HTML they render.

A page kept as its template carries code around the markup and its title in template tags
(WML ``<define-tag pagetitle>``, ``{% block title %}``, a JSX component holding the
headline) or in a variable it prints (``template_vars``). ``render_template`` removes the
code, keeps the markup and returns what the tags say about the page (``title``, ``date``) for
``ParsedDocument.front_matter``. A single-file component (Vue, Svelte) shows its markup: a
Vue file its ``<template>``, either one without its scripts and styles; an Astro page's code
fence at the top is its script, not front matter (``CODE_FENCE_SUFFIXES``).
Hand-written: no library renders these templates without running their code, which a
viewer must never do.
"""

from __future__ import annotations

import html as htmllib
import re

TEMPLATE_SUFFIXES = frozenset({".php", ".php3", ".phtml", ".wml", ".jsx", ".tsx", ".njk", ".jinja",
                               ".j2", ".twig", ".liquid", ".hbs", ".mustache", ".erb", ".tmpl", ".tpl",
                               ".vue", ".svelte", ".astro"})
CODE_FENCE_SUFFIXES = frozenset({".astro"})  # the "---" fence at the top holds code, not YAML
_BRACE_SUFFIXES = frozenset({".svelte", ".astro"})  # markup that prints "{name}"
_VUE_TEMPLATE = re.compile(r"<template\b[^>]*>(.*)</template>", re.S | re.I)
_CODE_ELEMENT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_BRACE_EXPR = re.compile(r"\{[#:/@]?[^{}<>]*\}")

# WML: <define-tag NAME>VALUE</define-tag>; "#" lines are its comments and directives.
_DEFINE_TAG = re.compile(r"<define-tag\s+([\w:-]+)[^>]*>(.*?)</define-tag>", re.S | re.I)
_HASH_LINE = re.compile(r"^#.*$\n?", re.M)
_LINE_CONTINUATION = re.compile(r"\\[ \t]*\n")
# Jinja-style tags; a block's content is kept, the tag itself goes.
_JINJA_BLOCK_TITLE = re.compile(r"\{%-?\s*block\s+(?:page_?)?title\s*-?%\}(.*?)\{%-?\s*endblock\b[^%]*%\}", re.S | re.I)
_JINJA_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}|\{\{.*?\}\}", re.S)
# A tag that prints a quoted literal, through filters or a translation call: what the page shows
# ('{{ "press@x.org" | obfuscate }}', "{{ _('Press contact') }}", '{% trans "Press contact" %}').
_PRINTED_LITERAL = re.compile(
    r"\{\{-?\s*(?:(?:_|gettext|trans|t)\s*\(\s*)?(['\"])((?:(?!\1)[^\n{}]){1,300})\1\s*\)?\s*(?:\|[^{}\n]*)?-?\}\}"
    r"|\{%-?\s*trans\s+(['\"])((?:(?!\3)[^\n{}]){1,300})\3\s*-?%\}")
# PHP: code between <?php and ?> (or to the end), and the HTML it echoes in plain strings.
_PHP_CODE = re.compile(r"<\?(?:php|=)?(.*?)(?:\?>|\Z)", re.S | re.I)
_PHP_TITLE = re.compile(r"\$(?:page_?title|title|pagetitle)\s*=\s*(['\"])((?:(?!\1).){3,300})\1\s*;", re.I)

_HEADLINE = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
# Debian's Chinese pages write each regional wording inline, "[CN:项目:][TW:專案:][HK:計劃:]" (one
# tag may name two regions, "[CNHK:…:]"); the page built for a region shows its own.
_REGION_VARIANT = re.compile(r"\[(?P<regions>(?:CN|TW|HK){1,3}):(?P<words>[^\[\]\n]{0,80}?):\]")
_TITLE_KEYS = {"pagetitle": "title", "title": "title", "page_title": "title", "headline": "title"}
_DATE_KEYS = {"release_date": "date", "date": "date", "pubdate": "date", "published": "date"}


# A page saved with its template tags whatever its name (a Django or Jinja ".html" source, a Go
# or Hugo layout's ".html" defining its blocks).
_TEMPLATE_TAGS = re.compile(r"\{%-?\s*(?:extends|block|load|include)\b|\{\{-?\s*define\s+\"")
# Go templates (Hugo layouts, ``html/template``): ``{{define "title"}}Headline{{end}}``, a block
# holding no action of its own; its name says which page fact it is.
_GO_DEFINE = re.compile(r"\{\{-?\s*define\s+\"(\w+)\"\s*-?\}\}((?:(?!\{\{).){1,600}?)\{\{-?\s*end\s*-?\}\}", re.S)


def is_template(suffix: str, text: str = "") -> bool:
    """A template source: by its suffix, or by template tags in its first lines."""
    return suffix in TEMPLATE_SUFFIXES or _TEMPLATE_TAGS.search(text[:4000]) is not None


def render_template(text: str, suffix: str) -> tuple[str, dict[str, str]]:
    """The markup a template source shows, and the page facts its tags hold."""
    meta: dict[str, str] = {}
    if suffix in (".jsx", ".tsx"):
        from .jsx import render_jsx

        return render_jsx(text)
    from .template_vars import literals, page_facts, print_literals  # only a template source needs them

    named = literals(text)
    meta.update(page_facts(named))
    text = _component_markup(print_literals(text, named, braces=suffix in _BRACE_SUFFIXES), suffix)
    if suffix == ".wml":
        text = _one_region(text)
    text = _define_tags(text, meta)
    if suffix == ".wml":
        text = _LINE_CONTINUATION.sub("", _HASH_LINE.sub("", text))
    shown = any(_clean(h) == meta.get("title") for h in _HEADLINE.findall(text))
    text = _jinja(text, meta)
    text = _php(text, meta)
    if not shown and meta.get("title") and suffix == ".wml":
        # WML's page templates print the page title as the page's headline, above any heading of the body
        text = f"<h1>{htmllib.escape(meta['title'])}</h1>\n{text}"
    return text, meta


def _one_region(text: str) -> str:
    """A Chinese WML page's wording for one region: the mainland's where the page is written in
    simplified characters, Taiwan's otherwise."""
    if "[" not in text or _REGION_VARIANT.search(text) is None:
        return text
    from ..scripts import script_region  # only a page with regional wordings needs the CJK classes

    region = "CN" if script_region(_REGION_VARIANT.sub("", text)) == "CN" else "TW"
    return _REGION_VARIANT.sub(lambda m: m.group("words") if region in m.group("regions") else "", text)


def _component_markup(text: str, suffix: str) -> str:
    """A component file's markup: a Vue file's template, without scripts, styles, an Astro
    page's code fence or Svelte's and Astro's ``{…}`` blocks; other sources as they are."""
    if suffix not in (".vue", ".svelte", ".astro"):
        return text
    if suffix == ".vue":
        found = _VUE_TEMPLATE.search(text)
        text = found.group(1) if found else ""
    if suffix == ".astro":
        text = re.sub(r"\A\s*---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", "", text, count=1, flags=re.S)
    text = _CODE_ELEMENT.sub("", text)
    return _BRACE_EXPR.sub("", text) if suffix in _BRACE_SUFFIXES else text


# Markup inside a title tag as a browser sets it: an inline quotation shows its marks ("Debian
# <q>Etch</q>: …"), an inline element only styles its words (no space where it opens or closes),
# any other tag parts words.
_Q_OPEN = re.compile(r"<q\b[^>]*>", re.I)
_Q_CLOSE = re.compile(r"</q\s*>", re.I)
_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|s|samp|small|span|strong"
                         r"|sub|sup|time|tt|u|var)\b[^>]*>", re.I)


def _clean(value: str) -> str:
    value = _INLINE_TAG.sub("", _Q_CLOSE.sub("\u201d", _Q_OPEN.sub("\u201c", value)))
    value = re.sub(r"<[^>]+>", " ", value)
    return re.sub(r"\s+", " ", htmllib.unescape(value)).strip()


def _define_tags(text: str, meta: dict[str, str]) -> str:
    for match in _DEFINE_TAG.finditer(text):
        name = match.group(1).lower()
        key = _TITLE_KEYS.get(name) or _DATE_KEYS.get(name)
        value = _clean(match.group(2))
        if key and value and key not in meta:
            meta[key] = value
    return _DEFINE_TAG.sub("", text)


def _jinja(text: str, meta: dict[str, str]) -> str:
    if "{%" not in text and "{{" not in text:
        return text
    if "define" in text:
        text = _go_defines(text, meta)
    match = _JINJA_BLOCK_TITLE.search(text)
    if match and _clean(_JINJA_TAG.sub("", match.group(1))):
        meta.setdefault("title", _clean(_JINJA_TAG.sub("", match.group(1))))
        text = text[:match.start()] + text[match.end():]
    return _JINJA_TAG.sub("", _PRINTED_LITERAL.sub(lambda m: m.group(2) or m.group(4), text))


def _go_defines(text: str, meta: dict[str, str]) -> str:
    """A Go template's ``{{define "title"}}…{{end}}`` (or ``"date"``) gives the page's fact and
    prints nothing where it stands: a layout shows it in the page's head or headline."""
    def take(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        key = _TITLE_KEYS.get(name) or _DATE_KEYS.get(name)
        value = _clean(match.group(2))
        if not key or not value:
            return match.group(0)
        meta.setdefault(key, value)
        return ""
    return _GO_DEFINE.sub(take, text)


def _php(text: str, meta: dict[str, str]) -> str:
    if "<?" not in text:
        return text
    literals: dict[str, str] = {}
    for code in _PHP_CODE.finditer(text):
        found = _PHP_TITLE.search(code.group(1))
        if found and "$" not in found.group(2):
            meta.setdefault("title", _clean(found.group(2)))
        for assigned in _PHP_LITERAL.finditer(code.group(1)):
            if "$" not in assigned.group(3):
                literals.setdefault(assigned.group(1), assigned.group(3))
    return _PHP_CODE.sub(lambda code: _php_output(code.group(1), literals), text)


# The page's markup kept in a heredoc (``$html = <<<EOHTML … EOHTML;``, a nowdoc with quotes),
# a variable echoed on its own (``<?=$pageTitle?>``, ``<?php echo $title; ?>``) and a plain
# string assigned to a variable: what the page prints without running any of its code.
_PHP_HEREDOC = re.compile(r"<<<[ \t]*(['\"]?)([A-Za-z_]\w*)\1[ \t]*\r?\n(.*?)\r?\n[ \t]*\2\b", re.S)
_PHP_ECHO_VAR = re.compile(r"^\s*(?:echo\s+|print\s+)?\$([A-Za-z_]\w*)\s*;?\s*$", re.I)
_PHP_LITERAL = re.compile(r"\$([A-Za-z_]\w*)\s*=\s*(['\"])((?:(?!\2)[^\\]|\\.){0,2000})\2\s*;")
_PHP_VARIABLE = re.compile(r"\{?\$([A-Za-z_]\w*)\}?")


def _php_output(code: str, literals: dict[str, str]) -> str:
    """What a block of PHP code prints that the file itself holds: its heredoc markup, an echoed literal."""
    echoed = _PHP_ECHO_VAR.match(code)
    if echoed:
        return literals.get(echoed.group(1), "")
    shown = []
    for doc in _PHP_HEREDOC.finditer(code):
        body = doc.group(3)
        if not doc.group(1):  # a heredoc fills in its variables; unknown ones print nothing known
            body = _PHP_VARIABLE.sub(lambda var: literals.get(var.group(1), ""), body)
        shown.append(body)
    return "\n" + "\n".join(shown) + "\n"
