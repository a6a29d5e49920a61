"""Page chrome in an HTML page: what surrounds the release rather than belongs to it.

The page's own structure decides first: the element it marks as its content (``<main>``,
``role="main"``, the target of its "skip to content" link, the ``<article>`` holding most
of the text) is kept and the rest dropped. Within what is kept, navigation goes: ``<nav>``,
``<aside>``, landmark roles (navigation, banner, contentinfo, complementary, search),
elements whose ``id``/``class`` name a navigation part (menu, breadcrumb, share bar,
cookie banner, related posts), tables of contents (a block of links to the page's own
anchors), and skip links. An element holding most of the page's text is never dropped,
whatever its class says. Hand-written: readability-style libraries rewrite the tree and
lose the headings and inline markup the later steps read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_LANDMARKS = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
_CHROME_TOKENS = {"nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "crumbs",
                  "skip", "skiplink", "skiptocontent", "cookie", "cookies", "consent", "gdpr", "share",
                  "sharing", "sharebar", "social", "sidebar", "related", "pagination", "pager", "subscribe",
                  "newsletter", "advert", "advertisement", "ads", "promo", "masthead", "topbar", "toolbar"}
_FRAME_TOKENS = {"header", "footer", "banner"}  # chrome unless they hold the headline or sit in the article
_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_MIN_SHARE = 0.4  # a marked content element must hold this share of the page's text


@dataclass
class _Stats:
    """Per element, gathered in two linear passes: text under it, links under it, where it sits."""

    text: dict[int, int] = field(default_factory=dict)
    local_text: dict[int, int] = field(default_factory=dict)  # text of links to the page's own anchors
    local_links: dict[int, int] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)
    h1: set[int] = field(default_factory=set)  # elements with an h1 inside
    in_article: set[int] = field(default_factory=set)


def strip_chrome(soup: Any) -> int:
    """Drop page chrome from ``soup`` in place; returns how many elements went."""
    from bs4.element import Tag

    stats = _gather(soup)
    total = stats.text.get(id(soup), 0)
    if not total:
        return 0
    dropped = 0
    root = _content_root(soup, stats.text, total)
    if root is not None:
        dropped += _keep_only(soup, root)
    gone: set[int] = set()
    for tag in list(soup.find_all(True)):  # parents come before their children
        if not isinstance(tag, Tag) or id(tag) in gone:
            continue
        if tag.parent is not None and id(tag.parent) in gone:
            gone.add(id(tag))
            continue
        if stats.text.get(id(tag), 0) > 0.5 * total:
            continue
        if _is_contents_list(tag, stats):
            heading = _title_above(tag, stats)
            if heading is not None:
                gone.add(id(heading))
                heading.extract()
        elif not _is_chrome(tag, stats):
            continue
        gone.add(id(tag))
        tag.extract()
        dropped += 1
    return dropped


_HIDDEN = ("script", "style", "template", "noscript")


def _gather(soup: Any) -> _Stats:
    from bs4.element import Tag

    stats = _Stats()
    nodes = [soup, *(n for n in soup.descendants if isinstance(n, Tag))]
    anchors = {str(n.get("id")) for n in nodes if n.get("id")} | {str(n.get("name")) for n in nodes
                                                                  if n.name == "a" and n.get("name")}
    for node in nodes[1:]:  # parents come first
        parent = node.parent
        if parent is not None and (id(parent) in stats.in_article or parent.name in ("article", "main")):
            stats.in_article.add(id(node))
    for node in reversed(nodes):  # children come first
        if node.name not in _HIDDEN:
            _tally(node, stats, anchors)
    return stats


def _tally(node: Any, stats: _Stats, anchors: set[str]) -> None:
    """Sum the children's figures into ``node``'s (they are all known by now)."""
    from bs4.element import NavigableString, PreformattedString, Tag

    key = id(node)
    size = local = local_links = links = 0
    for child in node.children:
        if isinstance(child, Tag):
            ck = id(child)
            size += stats.text.get(ck, 0)
            local += stats.local_text.get(ck, 0)
            local_links += stats.local_links.get(ck, 0)
            links += stats.links.get(ck, 0)
            if ck in stats.h1 or child.name == "h1":
                stats.h1.add(key)
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            size += len("".join(child.split()))
    if node.name == "a" and node.get("href") is not None:
        links += 1
        href = str(node["href"]).strip()
        if href.startswith("#") and href[1:] in anchors:
            local_links, local = local_links + 1, size
    stats.text[key], stats.local_text[key] = size, local
    stats.local_links[key], stats.links[key] = local_links, links


def _content_root(soup: Any, lengths: dict[int, int], total: int) -> Any:
    candidates = [soup.find("main"), soup.find(attrs={"role": "main"}), _skip_target(soup)]
    articles = soup.find_all("article")
    if articles:
        candidates.append(max(articles, key=lambda a: lengths.get(id(a), 0)))
    for candidate in candidates:
        if candidate is not None and lengths.get(id(candidate), 0) >= _MIN_SHARE * total:
            return candidate
    return None


def _skip_target(soup: Any) -> Any:
    """Where the page's first in-page link points, when that link comes before any heading."""
    for link in soup.find_all("a", href=True, limit=12):
        href = str(link["href"]).strip()
        if href.startswith("#") and len(href) > 1 and link.find_previous(re.compile(r"^h[1-6]$")) is None:
            target = soup.find(id=href[1:])
            if target is not None:
                return target
    return None


def _keep_only(soup: Any, root: Any) -> int:
    """Drop everything outside ``root`` except the nearest headline above it when it has none."""
    from bs4.element import Tag

    heading = None
    if root.find(re.compile(r"^h[1-3]$")) is None:
        heading = root.find_previous(re.compile(r"^h[1-3]$"))
    keep = {id(root)} | {id(p) for p in root.parents}
    if heading is not None:
        keep |= {id(heading)} | {id(p) for p in heading.parents}
    dropped = 0
    for ancestor in [root, *(heading.parents if heading is not None else []), *root.parents]:
        parent = getattr(ancestor, "parent", None)
        if parent is None:
            continue
        for sibling in list(parent.children):
            if id(sibling) in keep:
                continue
            dropped += isinstance(sibling, Tag)
            sibling.extract()
    return dropped


def _tokens(tag: Any) -> set[str]:
    names = " ".join([str(tag.get("id") or ""), " ".join(tag.get("class") or [])])
    return {t.lower() for t in _TOKEN.findall(names)}


def _is_chrome(tag: Any, stats: _Stats) -> bool:
    name = tag.name
    if name in ("nav", "aside") or str(tag.get("role") or "").lower() in _LANDMARKS:
        return True
    tokens = _tokens(tag)
    has_h1 = id(tag) in stats.h1
    framed = name in ("header", "footer") or bool(tokens & _FRAME_TOKENS)
    if framed and id(tag) not in stats.in_article and not has_h1:
        return True
    # "entry-share" inside the article goes; an element holding the h1 is the release's own.
    return bool(tokens & _CHROME_TOKENS) and not has_h1


def _is_contents_list(tag: Any, stats: _Stats) -> bool:
    """A block that is only links to this page's own anchors (three or more): a table of contents."""
    key = id(tag)
    if tag.name not in ("ul", "ol", "p", "div", "dl", "table"):
        return False
    local = stats.local_links.get(key, 0)
    return local >= 3 and local == stats.links.get(key, 0) and stats.local_text.get(key, 0) >= 0.9 * stats.text.get(key, 1)


def _title_above(tag: Any, stats: _Stats) -> Any:
    """A short heading right above a table of contents ("Contents") goes with it."""
    heading = tag.find_previous_sibling(True)
    if heading is None or not re.fullmatch(r"h[1-6]", heading.name) or stats.text.get(id(heading), 0) > 40:
        return None
    return heading
