"""Write the default release's analysis for the frozen bundle: ``python bundled_cache.py OUT``.

packaging/mediakit.spec runs this at build time and ships ``OUT`` as
``mediakit/resources/default_release.release.json``
(``mediakit.core.loading.BUNDLED_ENTRY_NAME``), so a fresh install's first start shows
the default release without importing the analyser (``loading.open_default_release``
reads it, frozen only).

A separate process rather than code in the spec: it imports the core from this source
tree (put first on ``sys.path``, ahead of any installed copy), the very core PyInstaller is
about to bundle, and the analyser and its libraries stay out of PyInstaller's own process.
The entry is made as the app makes one on a miss (the same text, name, suffix and
``release_from_source``) and read back with ``read_entry`` before this exits 0, so a
build never ships an entry the app would refuse.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The core never stores this one, so no user cache entry can be mistaken for it; it is
# read with fingerprint=None (the bundle's own build made it).
FINGERPRINT = "bundled"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: bundled_cache.py OUT", file=sys.stderr)
        return 2
    out = Path(argv[0])
    sys.path.insert(0, str(ROOT))
    from mediakit.core import loading
    from mediakit.core.analyse import release_from_source
    from mediakit.core.cache import read_entry, write_entry
    from mediakit.core.reader import SourceText

    if not Path(loading.__file__).resolve().is_relative_to(ROOT):
        print(f"bundled_cache.py: imported mediakit from {loading.__file__}, not from {ROOT}", file=sys.stderr)
        return 1
    # The bundle carries mediakit/resources/default_release.md; frozen, default_release_text() reads
    # that file, and the entry is accepted only for exactly that text.
    text = loading.default_release_text()
    shipped = (ROOT / "mediakit" / "resources" / loading.DEFAULT_RELEASE_NAME).read_text(encoding="utf-8")
    if text != shipped:
        print(f"bundled_cache.py: default_release_text() is not mediakit/resources/{loading.DEFAULT_RELEASE_NAME}",
              file=sys.stderr)
        return 1
    name, suffix = loading.DEFAULT_RELEASE_NAME, ".md"
    source = SourceText(text=text, encoding="utf-8", name=name, suffix=suffix)
    release = release_from_source(source, name)
    write_entry(out, release, text, name, suffix, fingerprint=FINGERPRINT)
    if read_entry(out, text, name, suffix, fingerprint=None) != release:
        print(f"bundled_cache.py: {out} does not read back as the release written", file=sys.stderr)
        return 1
    print(f"{out}: {ascii(release.title)}, {out.stat().st_size} bytes")  # ascii: any console prints it
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
