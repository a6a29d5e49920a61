"""Open a release for the window: from the cache when it was analysed before, else analysed now.

This is the light front door. It imports only the reader, the model and the cache; the
analyser (``analyse`` and its patterns, Python-Markdown, BeautifulSoup, phonenumbers) is
imported on a miss, so a release opened before costs no parsing and none of those imports.
``analyse.load_release`` stays the uncached way in, for the command line and the tests.
A launch may have started opening its release in a child process (``prefetch``): both ways
in ask it first.

A long PDF can be looked at before it is read to the end: ``open_release`` given a
``provisional`` callback calls it with a release made of the first pages alone (its text,
title, date and sections; no figures, quotes or contacts, which only the whole release
gives), then returns the whole release as always. Neither is cached but the whole one.
``made`` hears of a release analysed now as soon as it is made, before it is kept in the cache:
the prefetching child sends it to the window first and writes the entry after.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import prefetch
from .bundled import BUNDLED_ENTRY_NAME, DEFAULT_RELEASE_NAME, default_release_text
from .cache import ReleaseCache, read_entry
from .model import Release
from .reader import ReleaseError, SourceText, describe_source, read_source

__all__ = ["DEFAULT_RELEASE_NAME", "ReleaseError", "default_release_text", "open_default_release", "open_release"]


Provisional = Callable[[Release], None]
Made = Callable[[Release], None]


def open_release(path: str | Path, cache: ReleaseCache | None = None, member: str | None = None,
                 provisional: Provisional | None = None, made: Made | None = None) -> Release:
    """Read and analyse a release file, or the document ``member`` of a kit (raises ``ReleaseError``
    with a one-line message). ``provisional`` hears of a long PDF's first pages first."""
    release = _prefetched(path, cache, provisional) if member is None else None
    if release is not None:
        return release
    if provisional is None or member is not None:
        source = read_source(path, member)
    else:
        from .formats import first_pages

        token = first_pages.set(_first_look(path, cache, provisional))
        try:
            source = read_source(path, member)
        finally:
            first_pages.reset(token)
    release = cache.get(source.text, _entry_name(source), source.suffix) if cache is not None else None
    if release is None:
        return _analysed(source, path, cache, made)
    describe_source(release, source)  # the same text may come in another kit, with other photos
    return release


def open_default_release(cache: ReleaseCache | None = None, made: Made | None = None) -> Release:
    """The built-in release, from the bundle's or the user's cache when they hold it."""
    release = _prefetched(None, cache)
    if release is not None:
        return release
    text = default_release_text()
    release = _bundled_default(text)
    if release is None and cache is not None:
        release = cache.get(text, DEFAULT_RELEASE_NAME, ".md")
    if release is None:
        source = SourceText(text=text, encoding="utf-8", name=DEFAULT_RELEASE_NAME, suffix=".md")
        release = _analysed(source, DEFAULT_RELEASE_NAME, cache, made)
    return release


def _prefetched(path: str | Path | None, cache: ReleaseCache | None, provisional: Provisional | None = None
                ) -> Release | None:
    """The release a child process opened for this launch, when it opened this one."""
    if prefetch.pending() is None:
        return None
    return prefetch.take(path, cache.folder if cache is not None else None, provisional)


def _first_look(path: str | Path, cache: ReleaseCache | None, provisional: Provisional) -> Callable[[str], None]:
    """What hears the first pages' text (``formats.first_pages``): their release, without the
    panels' lists (figures, quotes and contacts come with the whole release), to ``provisional``."""
    from dataclasses import replace

    from .text import shown_name

    def heard(text: str) -> None:
        source = SourceText(text=text, encoding="pdf", name=shown_name(Path(path).name), suffix=".txt", format="pdf")
        try:
            release = _analyse(source, path, cache)
            provisional(replace(release, figures=[], quotes=[], contacts=[]))
        except Exception:  # noqa: BLE001 - nothing to show early; the whole release follows as always
            return

    return heard


def _entry_name(source: SourceText) -> str:
    """The name a release is kept under: the file's, and for an e-mail the subject and sent date that
    stand in for a missing headline and date (one text sent under two subjects is two releases)."""
    if source.fallback_title is None and source.fallback_date is None:
        return source.name
    return "\0".join((source.name, source.fallback_title or "", source.fallback_date or ""))


def _analysed(source: SourceText, path: str | Path, cache: ReleaseCache | None, made: Made | None = None) -> Release:
    """A cache miss: analyse (importing the analyser now), tell ``made``, and remember the result;
    the analyser's compiled patterns are kept beside the cache (``regexcache``)."""
    from . import keptfile

    release = _analyse(source, path, cache)
    if made is not None:
        made(release)
    if cache is not None:
        cache.put(release, source.text, _entry_name(source), source.suffix)
    keptfile.save_kept()
    return release


def _analyse(source: SourceText, path: str | Path, cache: ReleaseCache | None) -> Release:
    from . import regexcache

    regexcache.install(cache.folder.parent if cache is not None else None)
    from .analyse import release_from_source

    return release_from_source(source, path)


def same_block(first: Release, whole: Release, index: int) -> int:
    """The block of ``whole`` that is block ``index`` of ``first``, the release of its first pages:
    the one of the same text nearest that index (the whole release may leave out page furniture
    the first pages kept), else -1."""
    text = next((block.text for block in first.blocks if block.index == index), None)
    if text is None:
        return -1
    return min((block.index for block in whole.blocks if block.text == text), key=lambda i: abs(i - index), default=-1)


def _bundled_default(text: str) -> Release | None:
    import sys

    if not getattr(sys, "frozen", False):  # a source tree's core may have changed since any such file was made
        return None
    from importlib import resources

    try:
        with resources.as_file(resources.files("mediakit.resources").joinpath(BUNDLED_ENTRY_NAME)) as path:
            return read_entry(path, text, DEFAULT_RELEASE_NAME, ".md", fingerprint=None)
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return None
