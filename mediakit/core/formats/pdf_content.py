"""A page's content streams read with one compiled pattern, for pdfminer's own interpreter.

pdfminer.six tokenizes a content stream a byte class at a time through its state machine
(``PSBaseParser``, ``PDFContentParser``), with a logging call per token and object; for a PDF
that places every glyph with its own operators (Qt's writer: about 24,000 tokens a page)
that is most of its time. No pdfminer option or API skips it, so ``FastInterpreter`` reads
each stream here with one pattern into the same objects (numbers, strings, names, operators,
arrays, dictionaries, inline images) and runs them through pdfminer's own operators: the text
is exactly pdfminer's. Anything this reader is not sure to read as pdfminer does (names with
``#`` escapes, procedures, unbalanced brackets, a string or inline image running past its
stream, a ``\\`` before a carriage return) sends that page's streams back to pdfminer's parser.
Measured (CPU a page, one process, the whole reading): Qt's glyph-per-glyph PDF 162 → 73 ms,
the parsing alone 100 → 24 ms; PDFs from other writers 1.5–2.3× faster (PDFium's 59 → 33 ms).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pdfminer import settings
from pdfminer.pdfinterp import PDFContentParser, PDFInterpreterError, PDFPageInterpreter
from pdfminer.pdftypes import LITERALS_ASCII85_DECODE, PDFStream, stream_value
from pdfminer.psexceptions import PSEOF
from pdfminer.psparser import HEX_PAIR, KWD, LIT, SPC, PSKeyword, PSLiteral, keyword_name, literal_name
from pdfminer.utils import choplist

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

# One token after any blanks, NULs and comments: the same token boundaries as PSBaseParser's.
# The blanks are matched possessively: a run of them before a token no branch takes is not
# tried again in every split (which takes exponential time).
_TOKEN = re.compile(rb"""(?:[\s\x00]++|%[^\r\n]*+)*+(?:
    (?P<int>[-+]?\d+)(?![.\d])
   |(?P<real>[-+]?(?:\d+\.\d*|\.\d*))
   |(?P<sign>[-+])
   |/(?P<name>[^#/%\[\]()<>{}\s]*+)(?!\#)
   |(?P<word>[A-Za-z][^#/%\[\]()<>{}\s]*)
   |\((?P<plain>[^()\\]*)\)
   |(?P<string>\()
   |(?P<dict><<|>>)
   |<(?P<hex>[\s0-9a-fA-F]*)>(?!>)
   |(?P<open>\[)|(?P<close>\])
   |(?P<char>[^\s\x00%/0-9+\-.A-Za-z(<>\[\]{}])
)""", re.X)
_BLANK_TO_END = re.compile(rb"(?:[\s\x00]++|%[^\r\n]*+)*+\Z")
_STRING_STOP = re.compile(rb"[()\\]")
_OCTAL = re.compile(rb"[0-7]{1,3}")
_ESCAPES = {ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("f"): 12, ord("r"): 13, ord("("): 40, ord(")"): 41,
            ord("\\"): 92}
_TRAILING_EOL = re.compile(rb"(\x0d\x0a|[\x0d\x0a])$")
_BI, _ID, _EI = KWD(b"BI"), KWD(b"ID"), KWD(b"EI")
_SPECIAL_WORDS = frozenset((b"true", b"false", b"BI", b"ID"))


class Unsupported(Exception):
    """Something this reader does not read as pdfminer does: pdfminer's parser reads the stream."""


class FastInterpreter(PDFPageInterpreter):
    """pdfminer's page interpreter, its content streams read by ``content_objects``."""

    def execute(self, streams: Sequence[object]) -> None:
        valid = self._valid_streams(streams)
        try:
            objects: Iterator[Any] = iter(content_objects(valid))
        except Exception:  # noqa: BLE001 - pdfminer's own parser meets the same and reacts as it does
            objects = _pdfminer_objects(valid)
        self._run(objects)

    def _valid_streams(self, streams: Sequence[object]) -> list[PDFStream]:
        """The streams pdfminer's ``execute`` keeps: indirect ones not already being run."""
        valid: list[PDFStream] = []
        self.stream_ids.clear()
        for obj in streams:
            stream = stream_value(obj)
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                continue
            valid.append(stream)
            self.stream_ids.add(stream.objid)
        return valid

    def _run(self, objects: Iterator[Any]) -> None:
        """pdfminer's operator dispatch, each operator's method looked up once."""
        methods: dict[PSKeyword, tuple[Any, int] | None] = {}
        for obj in objects:
            if not isinstance(obj, PSKeyword):
                self.argstack.append(obj)
                continue
            if obj not in methods:
                methods[obj] = self._method(obj)
            found = methods[obj]
            if found is None:
                continue
            func, nargs = found
            if nargs:
                args = self.pop(nargs)
                if len(args) == nargs:
                    func(*args)
            else:
                func()

    def _method(self, keyword: PSKeyword) -> tuple[Any, int] | None:
        name = keyword_name(keyword)
        method = "do_{}".format(name.replace("*", "_a").replace('"', "_w").replace("'", "_q"))
        if hasattr(self, method):
            func = getattr(self, method)
            return func, func.__code__.co_argcount - 1
        if settings.STRICT:
            raise PDFInterpreterError(f"Unknown operator: {name!r}")
        return None


def _pdfminer_objects(streams: list[PDFStream]) -> Iterator[Any]:
    try:
        parser = PDFContentParser(streams)
    except PSEOF:
        return
    while True:
        try:
            _, obj = parser.nextobject()
        except PSEOF:
            return
        yield obj


def content_objects(streams: Sequence[PDFStream]) -> list[Any]:
    """The objects pdfminer's ``PDFContentParser`` yields for ``streams``, in order; raises
    ``Unsupported`` where it might read them otherwise."""
    reader = _Reader()
    for stream in streams:
        reader.read(stream.get_data())
    if reader.stack:
        raise Unsupported("an array or inline image left open")
    return reader.out


class _Reader:
    """Tokens to objects as ``PSStackParser.nextobject`` makes them: top-level objects in
    order, arrays and dictionaries built whole, an inline image as its stream and ``EI``."""

    def __init__(self) -> None:
        self.out: list[Any] = []
        self.stack: list[tuple[str, list[Any]]] = []  # open arrays, dictionaries, an inline image
        self.current = self.out

    def read(self, data: bytes) -> None:
        pos, end = 0, len(data)
        while pos < end:
            pos = self._run_of_tokens(data, pos, end)

    def _run_of_tokens(self, data: bytes, pos: int, end: int) -> int:
        """Tokens from ``pos`` up to one that moves the reading on itself (a string with
        escapes, an inline image): the position after it, or ``end``."""
        scanner = _TOKEN.scanner(data, pos)  # type: ignore[attr-defined]  # (re's scanner is untyped)
        for match in iter(scanner.match, None):
            pos = match.end()
            kind = match.lastgroup
            if kind == "word":
                word = match.group("word")
                if word not in _SPECIAL_WORDS:
                    self.current.append(KWD(word))
                    continue
                after = self._keyword(word, data, match.start("word"), pos)
            elif kind == "int" or kind == "real":
                self._number(match.group(kind), kind == "int")
                continue
            elif kind == "name":
                self._name(match.group("name"), pos == end)
                continue
            elif kind == "plain":
                self.current.append(match.group("plain"))
                continue
            else:
                after = self._other(kind, match, data, pos)
            if after != pos:  # read on past the pattern's match: a new scanner from there
                return after
        if pos < end and not _BLANK_TO_END.match(data, pos):
            raise Unsupported(f"token at {pos}")
        return end

    def _number(self, token: bytes, whole: bool) -> None:
        try:
            self.current.append(int(token) if whole else float(token))
        except ValueError:  # a dot alone (or too many digits): pdfminer drops it
            pass

    def _name(self, name: bytes, at_end: bool) -> None:
        if at_end and not name:
            raise Unsupported("a name cut by its stream's end")  # pdfminer reads on into the next stream
        self.current.append(_literal(name))

    def _other(self, kind: str | None, match: re.Match[bytes], data: bytes, pos: int) -> int:
        if kind == "sign":  # a sign alone: pdfminer drops it
            pass
        elif kind == "string":
            text, pos = _string(data, pos)
            self.current.append(text)
        elif kind == "hex":
            self.current.append(HEX_PAIR.sub(lambda m: bytes((int(m.group(0), 16),)), SPC.sub(b"", match.group("hex"))))
        elif kind == "open":
            self._open("a")
        elif kind == "close":
            array = self._close("a")  # (closed before ``self.current`` is the outer list again)
            self.current.append(array)
        elif kind == "dict":
            if match.group("dict") == b"<<":
                self._open("d")
            else:
                dictionary = _dictionary(self._close("d"))
                self.current.append(dictionary)
        else:
            self._keyword(match.group("char"), data, match.start("char"), pos)
        return pos

    def _open(self, kind: str) -> None:
        self.current = []
        self.stack.append((kind, self.current))

    def _close(self, kind: str) -> list[Any]:
        if not self.stack or self.stack[-1][0] != kind:
            raise Unsupported("unbalanced brackets")
        _, objs = self.stack.pop()
        self.current = self.stack[-1][1] if self.stack else self.out
        return objs

    def _keyword(self, word: bytes, data: bytes, start: int, pos: int) -> int:
        if word == b"true" or word == b"false":
            self.current.append(word == b"true")
            return pos
        keyword = KWD(word)
        if keyword is _BI:
            if self.stack:
                raise Unsupported("an inline image inside an array")
            self._open("inline")
        elif keyword is _ID:
            return self._inline_image(data, start)
        else:
            self.current.append(keyword)
        return pos

    def _inline_image(self, data: bytes, start: int) -> int:
        """After ``ID`` at ``start``: the image's stream (and ``EI``), as pdfminer reads it."""
        objs = self._close("inline")
        if len(objs) % 2:
            raise Unsupported("an odd inline image dictionary")
        attrs = {_key(k): v for k, v in choplist(2, objs)}
        filters = attrs.get("F")
        if isinstance(filters, PSLiteral):
            filters = [filters]
        if filters is not None and not (isinstance(filters, list) and filters):
            raise Unsupported("an inline image's filter")
        ascii85 = filters is not None and filters[0] in LITERALS_ASCII85_DECODE
        target = b"~>" if ascii85 else b"EI"
        image, pos = _inline_data(data, start + len(b"ID "), target)
        if ascii85:
            image += target
        self.current.append(PDFStream(attrs, image))
        if not ascii85:
            self.current.append(_EI)
        return pos


def _literal(name: bytes) -> PSLiteral:
    try:
        return LIT(str(name, "utf-8"))
    except UnicodeDecodeError:
        return LIT(name)


def _key(key: Any) -> str:
    if not isinstance(key, PSLiteral):
        raise Unsupported("a dictionary key that is not a name")
    return literal_name(key)


def _dictionary(objs: list[Any]) -> dict[str, Any]:
    if len(objs) % 2:
        raise Unsupported("an odd dictionary")
    return {_key(k): v for k, v in choplist(2, objs) if v is not None}


def _string(data: bytes, pos: int) -> tuple[bytes, int]:
    """A literal string from just after its ``(``: its bytes and the position after its ``)``.
    Escapes as ``PSBaseParser`` reads them (an unknown one drops both characters)."""
    out = bytearray()
    depth = 1
    while True:
        match = _STRING_STOP.search(data, pos)
        if match is None:
            raise Unsupported("a string running past its stream")
        stop = match.start()
        out += data[pos:stop]
        char = data[stop]
        pos = stop + 1
        if char == 0x5C:  # backslash
            pos = _escape(data, pos, out)
        elif char == 0x28:  # (
            depth += 1
            out.append(char)
        else:
            depth -= 1
            if not depth:
                return bytes(out), pos
            out.append(char)


def _escape(data: bytes, pos: int, out: bytearray) -> int:
    """The escape after a backslash at ``pos - 1``, appended to ``out``; the position after it."""
    if pos >= len(data) or data[pos] == 0x0D:
        raise Unsupported("an escape at a stream's end or before a carriage return")
    octal = _OCTAL.match(data, pos)
    if octal is not None:
        code = int(octal.group(), 8)
        if code > 255:
            raise Unsupported("an octal escape above 255")
        out.append(code)
        return octal.end()
    if data[pos] in _ESCAPES:
        out.append(_ESCAPES[data[pos]])
    return pos + 1


def _inline_data(data: bytes, pos: int, target: bytes) -> tuple[bytes, int]:
    """``PDFContentParser.get_inline_data`` within one stream: the bytes up to ``target`` and a
    blank (its reading of them, restarts included), and the position after that blank."""
    found = 0
    start = pos
    while found <= len(target):
        if not found:
            at = data.find(target[0], pos)
            if at < 0:
                raise Unsupported("an inline image running past its stream")
            pos, found = at + 1, 1
            continue
        if pos >= len(data):
            raise Unsupported("an inline image running past its stream")
        char = data[pos:pos + 1]
        pos += 1
        if (len(target) <= found and char.isspace()) or (found < len(target) and char[0] == target[found]):
            found += 1
        else:
            found = 0
    image = data[start:pos][:-(len(target) + 1)]
    return _TRAILING_EOL.sub(b"", image), pos
