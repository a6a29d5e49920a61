"""The long fuzz campaign (#17), run by hand, never by the test command.

Each example is one input made from a corpus (the test fixtures, the built-in release, a
PDF and a Word document built here) by random mutations: bytes flipped, inserted or cut,
lines dropped, doubled or swapped, hostile tokens spliced in (quotes, markers, tags,
entities, digits, control characters), and, for PDF/DOCX, the text inside the document
mutated and the file rebuilt as well as its raw bytes. Every input goes the way a file does
(``formats.sniff``/``convert``, else the reader's decoding, then ``parse_release``) and must
either give a release that keeps the invariants of ``tests/core/test_fuzz.py`` or fail with
the one defined ``ReleaseError``/``ContentError``. Anything else, and any example slower
than ``--slow`` seconds of CPU time (stopped at ``--hang``), is written to ``--out`` with its seed so it can be replayed.

Usage (niced, in chunks: the machine is shared):
    nice -n 19 python tests/fuzz/campaign.py --start 0 --count 25000 --out /tmp/fuzz
    python tests/fuzz/campaign.py --replay /tmp/fuzz/crash-123.md --suffix .md
(Word documents are built once per 24 slots and reused, so a seed replays only within
its chunk: keep the saved bytes, which replay anywhere.)
"""

from __future__ import annotations

import argparse
import io
import json
import random
import signal
import sys
import time
import traceback
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "core"))  # test_fuzz's invariants

from test_fuzz import check_invariants  # noqa: E402

from mediakit.core import formats  # noqa: E402
from mediakit.core.analyse import ReleaseError, default_release_text, parse_release  # noqa: E402
from mediakit.core.document import ContentError  # noqa: E402
from mediakit.core.reader import _decode, _mostly_unprintable  # noqa: E402

TOKENS = ["“", "”", '"', "‘", "’", "「", "」", "**", "__", "*", "_", "`", "```", "[", "]", "(", ")", "![",
          "](", "<", ">", "</", "<!--", "-->", "&", "&amp;", "&#", "&#x", "#", "##", "\n===\n", "\n---\n",
          "> ", "- ", "1. ", "|", "\\", "$", "US$", "€", "£", "HK$", "%", "1,000", "3.5", "billion", "万", "亿",
          "said", "says", "说", "Tel:", "+44", "+1", "(0)", "@", "example.org", "http://", "mailto:",
          "About ", "Contact:", "###", "-ends-", "\x00", "\x0c", "\r", "\u2028", "\ufeff", "\u200b",
          "<script>", "<b>", "<h2>", "<table><tr><td>", "<p>", "[^1]", "[^1]: ", "---\ntitle: x\n---\n"]


def corpus() -> list[tuple[str, bytes]]:
    items = [(".md", default_release_text().encode()[:3_000])]
    for path in sorted((HERE.parent / "fixtures").iterdir()):
        if path.suffix in {".md", ".txt", ".html"}:
            items.append((path.suffix, path.read_bytes()[:3_000]))
    return items


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines``."""
    safe = [line.replace("\\", "").replace("(", "").replace(")", "") for line in lines]
    stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in safe) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(stream.encode('latin-1', 'replace'))} >>\nstream\n{stream}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1", "replace"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_bytes(paragraphs: list[tuple[str, str]]) -> bytes:
    """A Word document (python-docx) with ``(style, text)`` paragraphs: heading, bold or body."""
    import docx

    document = docx.Document()
    for style, text in paragraphs:
        clean = "".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 32)
        if style == "heading":
            document.add_heading(clean, level=1)
        elif style == "bold":
            document.add_paragraph().add_run(clean).bold = True
        else:
            document.add_paragraph(clean)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def mutate_text(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True) or [""]
    for _ in range(rng.randint(0, 6)):
        i = rng.randrange(len(lines))
        op = rng.random()
        if op < 0.3:
            lines.insert(i, rng.choice(TOKENS) + lines[i])
        elif op < 0.5:
            del lines[i]
            lines = lines or [""]
        elif op < 0.7:
            lines.insert(i, lines[i] * rng.randint(1, 30))
        elif op < 0.85:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            cut = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:cut] + rng.choice(TOKENS) * rng.randint(1, 200) + lines[i][cut:]
    return "".join(lines)


def mutate_bytes(rng: random.Random, data: bytes, flips: int) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(0, flips)):
        if not out:
            break
        i = rng.randrange(len(out))
        op = rng.random()
        if op < 0.6:
            out[i] = rng.randrange(256)
        elif op < 0.8:
            out[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        else:
            del out[i:i + rng.randint(1, 64)]
    if rng.random() < 0.1:
        out = out[: rng.randint(0, len(out))]
    return bytes(out)


def example(rng: random.Random, items: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """One input: ``(suffix, bytes)``."""
    suffix, data = rng.choice(items)
    roll = rng.random()
    text = data.decode("utf-8", "replace")
    if roll < 0.06:  # a PDF: its text mutated and rebuilt, or its bytes mutated
        lines = mutate_text(rng, text).splitlines()[:60]
        pdf = pdf_bytes(lines)
        return ".pdf", mutate_bytes(rng, pdf, 6) if rng.random() < 0.5 else pdf
    if roll < 0.12:  # a Word document, likewise (and sometimes its document.xml mutated inside)
        docx = _word_document(rng, text)
        choice = rng.random()
        if choice < 0.3:
            return ".docx", mutate_bytes(rng, docx, 4)
        if choice < 0.6:
            return ".docx", mutate_zip_member(rng, docx, "word/document.xml")
        return ".docx", docx
    mutated = mutate_text(rng, text).encode("utf-8")
    if rng.random() < 0.5:
        mutated = mutate_bytes(rng, mutated, 10)
    if rng.random() < 0.15:
        suffix = rng.choice([".md", ".txt", ".html", ".php", ".wml", ".jsx"])
    return suffix, mutated


_WORD_DOCUMENTS: dict[int, bytes] = {}


def _word_document(rng: random.Random, text: str) -> bytes:
    """A Word document of mutated text; python-docx is slow, so a few are built and reused."""
    slot = rng.randrange(24)
    if slot not in _WORD_DOCUMENTS:
        styles = ["heading", "bold", "body", "body", "body"]
        lines = mutate_text(rng, text).splitlines()[:40]
        _WORD_DOCUMENTS[slot] = docx_bytes([(rng.choice(styles), line) for line in lines])
    return _WORD_DOCUMENTS[slot]


def mutate_zip_member(rng: random.Random, data: bytes, member: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == member:
                content = mutate_bytes(rng, content, 6)
            target.writestr(info, content)
    return out.getvalue()


def run_one(suffix: str, data: bytes) -> str:
    """'ok', 'refused', or raises: the path a file takes from its bytes to a release."""
    try:
        kind = formats.sniff(data)
        if kind is not None:
            text, suffix = formats.convert(data, kind, "fuzz" + suffix)
        else:
            if not data.strip():
                return "refused"
            text, _, _ = _decode(data, "fuzz" + suffix)
            if _mostly_unprintable(text) or not text.strip():
                return "refused"
        release = parse_release(text, name="fuzz" + suffix, suffix=suffix)
    except (ReleaseError, ContentError):
        return "refused"
    check_invariants(release)
    return "ok"


class _Hung(Exception):
    """An example ran past the CPU limit."""


def _stop(_signum: int, _frame: object) -> None:
    raise _Hung


def campaign(start: int, count: int, out: Path, slow: float, hang: float = 30.0) -> dict[str, int]:
    items = corpus()
    tally = {"ok": 0, "refused": 0, "failed": 0, "slow": 0, "hung": 0}
    signal.signal(signal.SIGPROF, _stop)
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(start, start + count):
        rng = random.Random(seed)
        suffix, data = example(rng, items)
        began = time.process_time()  # CPU time: a niced run on a shared machine waits, it is not slow
        signal.setitimer(signal.ITIMER_PROF, hang)  # a runaway example is stopped and kept
        try:
            tally[run_one(suffix, data)] += 1
        except _Hung:
            tally["hung"] += 1
            (out / f"hung-{seed}{suffix}").write_bytes(data)
        except Exception:  # noqa: BLE001 - a failure is what the campaign looks for
            tally["failed"] += 1
            (out / f"crash-{seed}{suffix}").write_bytes(data)
            (out / f"crash-{seed}.trace").write_text(traceback.format_exc(), encoding="utf-8")
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        took = time.process_time() - began
        if took > slow:
            tally["slow"] += 1
            (out / f"slow-{seed}-{took:.1f}s{suffix}").write_bytes(data)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    parser.add_argument("--slow", type=float, default=5.0, help="CPU seconds above which an example is kept")
    parser.add_argument("--hang", type=float, default=30.0, help="CPU seconds after which an example is stopped")
    parser.add_argument("--replay", type=Path, help="run one saved input and show what happens")
    parser.add_argument("--suffix", default=".md")
    args = parser.parse_args()
    if args.replay:
        print(run_one(args.suffix, args.replay.read_bytes()))
        return 0
    began = time.perf_counter()
    tally = campaign(args.start, args.count, args.out, args.slow, args.hang)
    print(json.dumps({"start": args.start, "count": args.count, **tally,
                      "seconds": round(time.perf_counter() - began)}))
    return 1 if tally["failed"] or tally["hung"] else 0


if __name__ == "__main__":
    sys.exit(main())
