"""What ships inside the package: the default release's name and text, and the name of its
pre-made analysis in the frozen bundle.

Its own module so that both ways in, ``loading`` (the window's, cached) and ``analyse``
(the analyser's), can import it without importing each other.
"""

from __future__ import annotations

DEFAULT_RELEASE_NAME = "default_release.md"
# Written into the frozen bundle by packaging/mediakit.spec: the default release's analysis,
# so even a fresh install's first start skips the analyser.
BUNDLED_ENTRY_NAME = "default_release.release.json"


def default_release_text() -> str:
    """The built-in release, read from the ``mediakit.resources`` package."""
    from importlib import resources

    return resources.files("mediakit.resources").joinpath(DEFAULT_RELEASE_NAME).read_text(encoding="utf-8")
