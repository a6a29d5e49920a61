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
    """The built-in release, read from the ``mediakit.resources`` package's folder.

    Read beside the package's own file rather than through ``importlib.resources``, whose import
    (``typing``, ``tempfile``, ``shutil``) is about 7 ms, most of it before PySide6 at a start on the default
    release: the package is a plain folder in every way MediaKit is installed (a wheel, an editable
    checkout, the frozen bundle's ``_internal``), which ``tests/core`` and the frozen smoke test read.
    """
    import os

    from .. import resources

    with open(os.path.join(os.path.dirname(resources.__file__), DEFAULT_RELEASE_NAME), encoding="utf-8") as file:
        return file.read()
