"""Python-Markdown's part of reading Markdown, in this process or in a child started early.

``convert(source)`` runs Python-Markdown's parser over a release's Markdown (already repaired by
``document.mdsource``) and returns what ``document.mdtree`` makes blocks of: the element tree
as ``Node``\\ s, or, when the Markdown carries raw HTML, the HTML Python-Markdown writes.

Why a child: on a release never opened before, ``mediakit --json`` spends about 9 ms of its
85 importing Python-Markdown and building its parser, and about 30 ms importing the analyser
(its patterns, the phone-number metadata). Both are imports, which hold the GIL, so two threads
cannot overlap them; two processes can, on a second core. ``start()``, called by the command
line first of all (a page of memory the parent writes to after a fork is copied once, so the
less it has loaded, the cheaper), forks a child that imports Python-Markdown and builds its
parser while the parent imports the analyser; the parent's ``convert`` then sends the source
down a pipe and reads the tree back. A child that could not start, failed or died leaves the
parent to convert the source itself, with this module's same code, so the result is the same.

This module imports only the standard library's small modules and ``regexcache`` (the child
must not import the analyser, or it would overlap nothing). The child's patterns are sent back
with its first answer (``regexcache.taken``/``absorb``), so the parent keeps them between runs.
Messages are ``marshal`` data (tuples, strings; no ``pickle`` import, and the tree goes flat,
so no depth limit applies). Only Linux forks, as in ``prefetch``; elsewhere the parent converts.
``Node`` is written here because ``xml.etree``'s own would cost the parent its import (about
2 ms) for the handful of methods the walker reads.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterator

from . import regexcache
from .orphans import can_fork, die_with_parent, fork_piped

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

__all__ = ["MARKDOWN_EXTENSIONS", "Node", "convert", "start", "stop"]

# What releases use: tables, footnotes, definition lists and tidy lists. Not "extra" as a
# whole: its fenced_code loads codehilite and, where installed, Pygments (20+ ms at start-up).
MARKDOWN_EXTENSIONS = ["tables", "footnotes", "def_list", "abbr", "sane_lists"]
_AMP = "\x02amp\x03"  # Python-Markdown's stand-in for "&" until it serialises (markdown.util.AMP_SUBSTITUTE)
_LENGTH = struct.Struct("<Q")

# The child, while one runs: its pid, the pipe to it and the pipe from it.
_child: dict[str, int] = {}
_meanwhile: list[Callable[[], object]] = []  # work for this process while the child converts


class Node:
    """One element of Python-Markdown's tree: the parts of ``xml.etree``'s element the walker reads."""

    __slots__ = ("tag", "attrib", "text", "tail", "children")

    def __init__(self, tag: str, attrib: dict[str, str], text: str | None, tail: str | None):
        self.tag = tag
        self.attrib = attrib
        self.text = text
        self.tail = tail
        self.children: list[Node] = []

    def __iter__(self) -> Iterator[Node]:
        return iter(self.children)

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.attrib.get(key, default)

    def iter(self, tag: str | None = None) -> Iterator[Node]:
        """This node and those under it, in document order (those named ``tag``, when given)."""
        stack = [self]
        while stack:
            node = stack.pop()
            if tag is None or node.tag == tag:
                yield node
            stack.extend(reversed(node.children))

    def itertext(self) -> Iterator[str]:
        if self.text:
            yield self.text
        for child in self.children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def start(kept_folder: Callable[[], str | None]) -> bool:
    """Fork the child that will convert this process's Markdown, before this process has loaded
    much (each page it then writes to is copied once: the fewer, the cheaper); the child keeps
    its patterns in ``kept_folder()`` as ``regexcache`` does. False when none was started."""
    if _child or not can_fork() or len(os.sched_getaffinity(0)) < 2:  # one core: nothing to overlap
        return False
    parent = os.getpid()
    forked = fork_piped(False, True)  # the sources down, the trees back
    if forked is None:
        return False
    pid, (down, up) = forked
    if pid == 0:  # the child: never returns
        _serve(parent, kept_folder, down, up)
    _child.update(pid=pid, send=down, receive=up)
    return True


def stop(wait: bool = True) -> None:
    """End the child: it leaves when its pipe closes (and with this process, too); without
    ``wait``, this process does not wait for it to go (about a millisecond)."""
    if not _child:
        return
    for fd in (_child["send"], _child["receive"]):
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        os.waitpid(_child["pid"], 0 if wait else os.WNOHANG)
    except ChildProcessError:
        pass
    _child.clear()


def meanwhile(work: Callable[[], object]) -> None:
    """Have ``work`` done (once) while the child converts the next source, instead of waiting idle
    for its answer: the analyser imports its extractors that run after the conversion. Without a
    child it is not done here; its caller does it when it needs it."""
    _meanwhile.append(work)


def convert(source: str) -> tuple[str, Node | str]:
    """("tree", the root ``Node``) or ("html", the serialised page) for ``source``; by the child
    when one runs and answers, else here."""
    answer = _asked(source) if _child else None
    if answer is None:
        answer = _converted(_parser(), source)
    kind, data = answer
    return (kind, data) if kind == "html" else (kind, _tree(data))


def _asked(source: str) -> tuple[str, Any] | None:
    """The child's answer, or None (then it is ended): it failed, died or sent something else."""
    import marshal

    try:
        _write(_child["send"], marshal.dumps(source))
    except (OSError, ValueError):
        stop()
        return None
    while _meanwhile:
        _meanwhile.pop(0)()
    try:
        message = marshal.loads(_read(_child["receive"]))
        kind, data, patterns = message
        if kind not in ("tree", "html"):
            raise ValueError(kind)
        regexcache.absorb(patterns)
        return kind, data
    except (OSError, EOFError, ValueError, TypeError):
        stop()
        return None


def _serve(parent: int, kept_folder: Callable[[], str | None], requests: int, answers: int) -> None:
    """The child's life: build the parser, then answer each source the parent sends until it
    closes the pipe. Its output goes nowhere: a reader of the parent's output must never wait on it."""
    import marshal

    status = 0
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        die_with_parent(parent)
        regexcache.install(kept_folder())
        parser = _parser()  # built while the parent imports the analyser: the point of the child
        while True:
            try:
                source = marshal.loads(_read(requests))
            except EOFError:
                break
            try:
                kind, data = _converted(parser or _parser(), source)  # a new parser for each source
            except Exception:  # noqa: BLE001 - the parent converts it again and meets the error itself
                kind, data = "failed", None
            parser = None
            _write(answers, marshal.dumps((kind, data, regexcache.taken())))
    except BaseException:  # noqa: BLE001 - the parent sees the pipe close and converts itself
        status = 1
    os._exit(status)


def _parser() -> Any:
    """Python-Markdown's parser with ``MARKDOWN_EXTENSIONS``, made from their modules: given a
    name, Python-Markdown looks it up among every installed package's entry points, and reading
    all their metadata takes 30-100 ms at each start, more in a large environment."""
    from importlib import import_module

    with regexcache.keeping():  # the parser's own patterns; a release's (its abbreviations) come later
        import markdown

        return markdown.Markdown(extensions=[import_module(f"markdown.extensions.{name}").makeExtension()
                                             for name in MARKDOWN_EXTENSIONS], output_format="html")


def _converted(md: Any, source: str) -> tuple[str, Any]:
    """The first steps of ``Markdown.convert()``, stopping before serialisation: ("tree", the tree
    flattened by ``_flat``), or, when raw HTML was stashed, ("html", the page as Python-Markdown
    serialises it)."""
    lines = source.split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    for treeprocessor in md.treeprocessors:
        new_root = treeprocessor.run(root)
        if new_root is not None:
            root = new_root
    if md.htmlStash.html_counter or md.htmlStash.rawHtmlBlocks:
        html = md.serializer(root)
        for postprocessor in md.postprocessors:
            html = postprocessor.run(html)
        return "html", html
    return "tree", _flat(root)


def _flat(root: Any) -> list[tuple[int, str, dict[str, str], str | None, str | None]]:
    """The tree as plain data, in document order: each element's parent's place in the list, tag,
    attributes, text and tail, with Python-Markdown's ampersand stand-in back to "&" (an
    autolinked address "<press@…>" is written as character references)."""
    import html

    flat: list[tuple[int, str, dict[str, str], str | None, str | None]] = []
    stack: list[tuple[Any, int]] = [(root, -1)]
    while stack:
        element, parent = stack.pop()
        attrib = {str(key): html.unescape(value.replace(_AMP, "&")) if _AMP in value else str(value)
                  for key, value in element.attrib.items()}
        flat.append((parent, str(element.tag), attrib, _plain(element.text), _plain(element.tail)))
        place = len(flat) - 1
        stack.extend((child, place) for child in reversed(list(element)))
    return flat


def _plain(text: str | None) -> str | None:
    return None if text is None else str(text).replace(_AMP, "&")


def _tree(flat: list[tuple[int, str, dict[str, str], str | None, str | None]]) -> Node:
    nodes: list[Node] = []
    for parent, tag, attrib, text, tail in flat:
        node = Node(tag, attrib, text, tail)
        if parent >= 0:
            nodes[parent].children.append(node)
        nodes.append(node)
    return nodes[0]


def _write(fd: int, data: bytes) -> None:
    data = _LENGTH.pack(len(data)) + data
    while data:
        data = data[os.write(fd, data):]


def _read(fd: int) -> bytes:
    (length,) = _LENGTH.unpack(_exactly(fd, _LENGTH.size))
    return _exactly(fd, length)


def _exactly(fd: int, count: int) -> bytes:
    parts: list[bytes] = []
    while count:
        part = os.read(fd, min(count, 1 << 20))
        if not part:
            raise EOFError("the other side closed the pipe")
        parts.append(part)
        count -= len(part)
    return b"".join(parts)
