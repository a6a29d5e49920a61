"""What an HTML page says about itself: title, date, description and site name.

Read from ``<meta>`` (Open Graph, Twitter cards, Dublin Core, ``name="date"``),
``<title>``, the article's JSON-LD (``datePublished``), ``<time datetime>`` and a date attribute of the page's root element
(``<html newsdate="2020-03-10">``, ``<article data-date=…>``), entities decoded. A ``<title>`` of the form
"Headline | Site" (or " - ", " – ", " :: ") loses the part that is the site's name: the
``og:site_name``, or a part that the page's own text does not repeat as the headline.
"""

from __future__ import annotations

import html as htmllib
import json
import re

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_WS = re.compile(r"\s+")
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "title")
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
              "dcterms.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "pubdate",
              "publish_date", "publication_date", "sailthru.date", "parsely-pub-date", "article:modified_time")
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site")
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")


def clean(value: str) -> str:
    return _WS.sub(" ", htmllib.unescape(value)).strip()


def page_metadata(soup: Any) -> dict[str, str]:
    """``title``, ``date``, ``description`` and ``site_name`` where the page gives them."""
    metas: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and clean(str(content)):
            metas.setdefault(str(key).strip().lower(), clean(str(content)))
    out: dict[str, str] = {}
    site = _first(metas, _SITE_KEYS)
    if site and not site.startswith("@"):
        out["site_name"] = site
    title = _first(metas, _TITLE_KEYS)
    if not title and soup.title is not None:
        title = clean(soup.title.get_text(" "))
    if title:
        out["title"] = strip_site_name(title, site, soup)
    date = _first(metas, _DATE_KEYS) or _linked_data_date(soup) or _time_element(soup) or _root_date(soup)
    if date:
        out["date"] = date
    description = _first(metas, _DESCRIPTION_KEYS)
    if description:
        out["description"] = description
    return out


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if metas.get(key):
            return metas[key]
    return None


# The JSON-LD kinds a release's page describes itself as (schema.org), and their date fields.
_ARTICLE_TYPES = frozenset({"newsarticle", "article", "pressrelease", "blogposting", "reportagenewsarticle",
                            "report", "webpage"})
_LD_DATE_KEYS = ("datePublished", "dateCreated")


def _linked_data_date(soup: Any) -> str | None:
    """The publication date an article's JSON-LD gives (``{"@type": "NewsArticle", "datePublished": …}``,
    also inside an ``@graph``), ISO-stamped; an article's date before a web page's."""
    found: dict[str, str] = {}
    for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, RecursionError):
            continue
        for node in _ld_nodes(data):
            kinds = node.get("@type")
            kinds = {str(k).lower() for k in (kinds if isinstance(kinds, list) else [kinds])}
            date = next((str(node[k]).strip() for k in _LD_DATE_KEYS if isinstance(node.get(k), str)), "")
            kind = next(iter(sorted(kinds & _ARTICLE_TYPES)), None)
            if kind and _ISO_DATE.match(date):
                found.setdefault("page" if kind == "webpage" else "article", date)
    return found.get("article") or found.get("page")


def _ld_nodes(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The objects of a JSON-LD document: itself, the items of a list or an ``@graph``."""
    if depth > 3:
        return []
    if isinstance(data, list):
        return [node for item in data for node in _ld_nodes(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    return [data, *_ld_nodes(data.get("@graph"), depth + 1)] if "@graph" in data else [data]


def _time_element(soup: Any) -> str | None:
    for time in soup.find_all("time"):
        value = time.get("datetime")
        if value and re.match(r"\d{4}-\d{2}-\d{2}", str(value).strip()):
            return str(value).strip()
    return None


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _root_date(soup: Any) -> str | None:
    """An ISO date in an attribute named for a date on the page's root element or its article."""
    for tag in soup.find_all(["html", "article"], limit=3):
        for name, value in tag.attrs.items():
            if "date" in name.lower() and isinstance(value, str) and _ISO_DATE.match(value.strip()):
                return value.strip()
    return None


def strip_site_name(title: str, site: str | None, soup: Any) -> str:
    """ "Headline | Site" -> "Headline", only when the dropped part is the site's name."""
    seps = list(_SEPARATORS.finditer(title))
    if not seps:
        return title
    head, tail = title[:seps[-1].start()].strip(), title[seps[-1].end():].strip()
    lead, rest = title[:seps[0].start()].strip(), title[seps[0].end():].strip()
    if site:
        key = site.casefold()
        if tail.casefold() == key:
            return head
        if lead.casefold() == key:
            return rest
    # No site name given: keep the part the page prints as its heading, when one is.
    headings = {clean(h.get_text(" ")).casefold() for h in soup.find_all(["h1", "h2", "h3", "h4"])}
    for part in (head, rest):
        if part.casefold() in headings:
            return part
    printed = _printed_part(title, (head, rest), soup)
    return printed if printed != title else _site_named_part(title, ((head, tail), (rest, lead)), soup)


_UNPRINTED = frozenset({"title", "script", "style", "a", "option", "noscript"})


def _printed_part(title: str, parts: tuple[str, str], soup: Any) -> str:
    """Where no heading prints it, the longer part of "Site - Headline" that the page prints as a
    text of its own outside a link (``<div class="title">Headline</div>``, ``<p><b>…``): the
    headline; the site's name may be printed too (a logo), but only ever as the shorter part."""
    printed = {clean(str(text)).casefold() for text in soup.find_all(string=True)
               if len(text) < 400 and getattr(text.parent, "name", None) not in _UNPRINTED}
    longer, shorter = sorted(parts, key=len, reverse=True)
    if longer.casefold() in printed and len(longer) > len(shorter):
        return longer
    return title


def _site_named_part(title: str, splits: tuple[tuple[str, str], ...], soup: Any) -> str:
    """Where the page prints neither part on its own, "Site | Headline" (or "Headline – Site")
    loses the shorter part that the page names elsewhere (its logo's link, the footer's address,
    a contact's office) while the longer, which does not name it too, is printed nowhere: that part
    is the site's name."""
    page = " ".join(clean(str(text)) for text in soup.find_all(string=True)
                    if getattr(text.parent, "name", None) not in _UNPRINTED - {"a"}).casefold()
    for headline, site in splits:
        key = site.casefold()
        if 3 <= len(site) < len(headline) and key in page and key not in headline.casefold() \
                and headline.casefold() not in page:
            return headline
    return title

