"""The release model: plain dataclasses shared by the core, the CLI and the window.

Nothing here imports Qt. ``Release.to_json()`` gives the stable JSON contract of
``python -m mediakit --json``; fields that exist only for the window (block indices,
section bodies, the rendered HTML) are left out of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any, Literal

    BlockKind = Literal["heading", "paragraph", "item", "quote", "rule", "image"]
    FigureKind = Literal["money", "percent", "count", "measure"]
    AssetKind = Literal["image", "document", "other"]
else:  # the names other modules import; at run time a kind is a str
    BlockKind = FigureKind = AssetKind = str


@dataclass
class Block:
    """One block of the normalised release: a heading, a paragraph, a list item, ...

    ``text`` is plain text (markup removed, white space folded, typographic quotes kept).
    ``html`` is the same block as safe inline HTML for the reader. ``strong`` is true
    when the whole block was bold (a bold line standing alone may be a heading).
    """

    kind: BlockKind
    text: str
    level: int = 0
    html: str = ""
    strong: bool = False
    index: int = 0
    section: str | None = None
    role: str = "body"  # "front" (labels above the headline), "title", "dateline", "body", "contact", "about", "chrome"
    cell_label: bool = False  # a table row's label cell beside its value's cell of several lines


@dataclass
class Figure:
    """A key figure: the number as printed (``text``), its value and unit, and the sentence it comes from."""

    text: str
    value: float
    unit: str | None
    currency: str | None
    kind: FigureKind
    qualifier: str | None
    context: str
    section: str | None = None
    block: int = -1

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "text": self.text, "value": value, "unit": self.unit, "currency": self.currency,
            "kind": self.kind, "qualifier": self.qualifier, "context": self.context,
            "section": self.section,
        }


@dataclass
class Quote:
    """A quotation with who said it and their role, as far as the release names them."""

    text: str
    speaker: str | None
    role: str | None
    section: str | None = None
    block: int = -1

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker, "role": self.role, "section": self.section}


@dataclass
class Contact:
    """A media contact: a person or desk, with phones in E.164 form and email addresses."""

    name: str | None
    organization: str | None
    role: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "organization": self.organization, "role": self.role,
                "phones": list(self.phones), "emails": list(self.emails)}


@dataclass
class AboutPart:
    """One boilerplate paragraph (``About X``) with its heading."""

    title: str
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "text": self.text}


@dataclass
class Section:
    """A heading of the release with the headings under it; ``anchor`` links the reader to it."""

    title: str
    level: int
    anchor: str
    block: int = -1
    body: str = ""
    children: list[Section] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "level": self.level, "anchor": self.anchor,
                "children": [child.to_json() for child in self.children]}

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Asset:
    """A file that came with the release: a photo, a logo, a fact sheet, another document.

    ``origin`` is the kit (zip, folder or e-mail) the file is in and ``member`` its name
    there, so the window can read it again (``core.kit.read_asset``); both stay out of the JSON.
    """

    name: str
    kind: AssetKind
    media_type: str
    bytes: int
    width: int | None = None
    height: int | None = None
    caption: str | None = None
    credit: str | None = None
    origin: str = ""
    member: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "media_type": self.media_type, "bytes": self.bytes,
                "width": self.width, "height": self.height, "caption": self.caption, "credit": self.credit}


@dataclass
class Release:
    """Everything MediaKit understood of one release; ``to_json()`` is the CLI's contract."""

    title: str
    date: str | None = None
    place: str | None = None
    status: str | None = None
    embargo: str | None = None
    sections: list[Section] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    about: list[AboutPart] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # For the window, not part of the JSON contract:
    blocks: list[Block] = field(default_factory=list)
    dateline: str | None = None
    organization: str | None = None
    source_name: str = ""
    source_format: str = "markdown"
    region: str | None = None  # phone region of the dateline's place, for numbers printed without a country code
    # False where the release prints no headline: ``title`` is then the file's name, for the window,
    # and the JSON's title is null (a file's name is no headline a reader would quote).
    titled: bool = True
    # Where the release came from: the kit (zip, folder, e-mail) and the release's name in it, and the rest of the kit.
    kit_path: str | None = None
    kit_release: str | None = None
    assets: list[Asset] = field(default_factory=list)

    def all_sections(self) -> list[Section]:
        return [s for top in self.sections for s in top.walk()]

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title if self.titled else None, "date": self.date, "place": self.place,
            "status": self.status, "embargo": self.embargo,
            "sections": [s.to_json() for s in self.sections],
            "figures": [f.to_json() for f in self.figures],
            "quotes": [q.to_json() for q in self.quotes],
            "contacts": [c.to_json() for c in self.contacts],
            "about": [a.to_json() for a in self.about],
            "warnings": list(self.warnings),
            "source": {"format": self.source_format,
                       "kit": None if self.kit_path is None else {"path": self.kit_path, "release": self.kit_release}},
            "assets": [a.to_json() for a in self.assets],
        }
