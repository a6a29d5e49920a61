"""Hostile input for the core: pathological text stays fast, bad files fail cleanly, and
reading a release never makes a network request."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
import types

import pytest
from scaling import LINEAR, growth

from mediakit.core.analyse import ReleaseError, load_release, parse_release


def _root(n: int) -> int:
    return int((2 * n) ** 0.5)


# Each shape is made at a size n (a count of its unit); the tests time n and 4n.
ADVERSARIAL = {
    "a long run of digits": lambda n: "1" * n,
    "digits and separators": lambda n: "1,2.3 4-" * (n // 4),
    "straight quote without end": lambda n: '"' + "word " * (n // 2),
    "curly quote without end": lambda n: "“" + "word " * (n // 2),
    "many quote marks": lambda n: "“a” " * (n // 3),
    "open parentheses": lambda n: "(" * n,
    "open brackets": lambda n: "[" * n,
    "images never closed": lambda n: "![" * (n // 2),
    "links never closed": lambda n: "[a](" * (n // 4),
    "dense emphasis": lambda n: "*a* " * (n // 3),
    "one long word": lambda n: "a" * n,
    "a single long line": lambda n: "word " * (2 * n),
    "dates over and over": lambda n: "Portville, 25 February 2026 – " * (n // 10),
    "phone-like runs": lambda n: "Tel: (852) 1234 5678 " * (n // 10),
    "emails glued": lambda n: "a@b.co" * (n // 5),
    "said said said": lambda n: "said " * (n // 2),
    # line i is i levels deep, so k lines are k*k/2 characters: k grows as the root of n
    "indented list levels": lambda n: "".join(" " * (2 * i) + "- x\n" for i in range(_root(n))),
    "nested HTML lists in Markdown": lambda n: "<ul><li>" * (n // 10) + "deep" + "</li></ul>" * (n // 10),
    "nested blockquotes": lambda n: ">" * (n // 10) + " deep\n",
    "blockquote lines ever deeper": lambda n: "".join(">" * i + " x\n" for i in range(1, _root(n))),
}
HTML_ADVERSARIAL = {
    "nested divs": lambda n: "<div>" * (n // 5) + "text",
    "nested bold": lambda n: "<p>" + "<b>" * (n // 10) + "x" + "</b>" * (n // 10),
    "unclosed tags": lambda n: "<p><b><i><a href='#'>x" * (n // 20),
}
SIZE = 25_000  # 4n is 100,000 units: the sizes these shapes were first found at


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_markdown_takes_time_linear_in_its_size(name):
    ratio = growth(lambda text: parse_release(text, suffix=".md"), ADVERSARIAL[name], SIZE)
    assert ratio < LINEAR, f"{name}: 4x the input took {ratio:.1f}x the time"


@pytest.mark.parametrize("name", list(HTML_ADVERSARIAL))
def test_adversarial_html_takes_time_linear_in_its_size(name):
    ratio = growth(lambda text: parse_release(text, suffix=".html"), HTML_ADVERSARIAL[name], SIZE)
    assert ratio < LINEAR, f"{name}: 4x the input took {ratio:.1f}x the time"
    assert parse_release(HTML_ADVERSARIAL[name](SIZE), suffix=".html").blocks


def test_deep_nesting_is_flattened_and_reported():
    release = parse_release(ADVERSARIAL["indented list levels"](100_000), suffix=".md")
    assert any("nested more than" in w for w in release.warnings)


def test_a_hundred_thousand_headings_give_a_specific_message(tmp_path):
    path = tmp_path / "headings.md"
    path.write_text("".join(f"## Heading {i}\n\nText.\n\n" for i in range(100_000)), encoding="utf-8")
    with pytest.raises(ReleaseError, match="100,000 headings"):
        load_release(path)


def test_mixed_line_endings_and_utf16_without_bom(tmp_path):
    mixed = tmp_path / "mixed.md"
    mixed.write_bytes(b"# Mixed Endings Headline\r\n\r\nLondon, UK \xe2\x80\x93 3 March 2025: Body text here.\r"
                      b"\rMore text follows here.\n\n## Section\n\nEnd.\r\n")
    release = load_release(mixed)
    assert release.title == "Mixed Endings Headline" and release.date == "2025-03-03"
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Acme Opens a Plant\n\nLondon, UK – 3 March 2025: Acme opened a plant today.\n"
                      .encode("utf-16-le"))
    assert load_release(utf16).date == "2025-03-03"


def test_truncated_utf8_still_opens(tmp_path):
    path = tmp_path / "cut.md"
    data = "# Truncated Release Headline\n\nCafé “Nova” opens – 3 March 2025.\n".encode()
    path.write_bytes(data[:-3] + "é".encode()[:1])
    assert load_release(path).title == "Truncated Release Headline"


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "mediakit", *args], capture_output=True, text=True,
                          timeout=60, env=env)


def written(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make, problem", [
    (lambda p: p / "missing.md", "no such file"),
    (lambda p: p, "folder"),
    (lambda p: written(p / "empty.md", b""), "empty"),
    (lambda p: written(p / "photo.md", b"\xff\xd8\xff\xe0" + os.urandom(2048)), "binary"),
    (lambda p: written(p / "noise.txt", bytes(range(256)) * 64), "binary"),
])
def test_cli_reports_bad_files_in_one_line_with_exit_2(tmp_path, make, problem):
    path = make(tmp_path)
    result = run_cli("--json", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and problem in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_refuses_two_files_with_its_usage_line():
    result = run_cli("one.md", "two.md")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: mediakit")
    assert "unrecognized arguments: two.md" in result.stderr


def test_cli_version_and_help_still_answer():
    assert run_cli("--version").stdout.strip().startswith("MediaKit ")
    assert "--json" in run_cli("--help").stdout


def test_a_plain_launch_opens_the_window_on_the_named_file(monkeypatch):
    import mediakit.__main__ as cli

    opened = []
    fake_app = types.ModuleType("mediakit.gui.app")
    fake_app.run = lambda path: opened.append(path) or 0
    monkeypatch.setitem(sys.modules, "mediakit.gui.app", fake_app)
    assert cli.main(["release.md"]) == 0
    assert cli.main([]) == 0
    assert opened == ["release.md", None]


def test_cli_json_does_not_import_qt(tmp_path, fixture_path):
    # main() called with its arguments returns (from the command line, --json leaves at once)
    code = ("import sys; from mediakit.__main__ import main; main(['--json', sys.argv[1]])\n"
            "sys.stderr.write(str(sorted(m for m in sys.modules if 'PySide6' in m)))")
    result = subprocess.run([sys.executable, "-c", code, str(fixture_path("damaged_release.md"))],
                            capture_output=True, text=True, timeout=60)
    assert result.stderr.strip() == "[]"
    assert json.loads(result.stdout)["title"].startswith("Harbourline")


class _Canary(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server API
        _Canary.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def canary():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Canary)
    _Canary.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Canary.hits
    server.shutdown()
    server.server_close()


def remote_release(base: str) -> tuple[str, str]:
    markdown = (f"# Canary Release Headline\n\n![chart]({base}/chart.png)\n\n"
                f"London, UK – 3 March 2025: Body <img src=\"{base}/pixel.gif\"> text.\n\n"
                f"<link rel=\"stylesheet\" href=\"{base}/style.css\">\n\n"
                f"<script src=\"{base}/app.js\"></script>\n\n"
                f"<iframe src=\"{base}/frame.html\"></iframe>\n\n"
                f"<div style=\"background: url({base}/bg.png)\">Styled text.</div>\n")
    html = (f"<html><head><link rel=stylesheet href='{base}/s.css'><script src='{base}/a.js'></script>"
            f"<style>@import url({base}/i.css); body{{background:url({base}/b.png)}}</style></head>"
            f"<body><h1>Canary HTML Headline</h1><p>London, UK – 3 March 2025: Body.</p>"
            f"<img src='{base}/p.png'><iframe src='{base}/f.html'></iframe>"
            f"<object data='{base}/o.swf'></object><video src='{base}/v.mp4'></video>"
            f"<p style='background:url({base}/x.png)'>Text.</p></body></html>")
    return markdown, html


def test_json_never_fetches_remote_resources(tmp_path, canary):
    base, hits = canary
    markdown, html = remote_release(base)
    (tmp_path / "remote.md").write_text(markdown, encoding="utf-8")
    (tmp_path / "remote.html").write_text(html, encoding="utf-8")
    for name in ("remote.md", "remote.html"):
        result = run_cli("--json", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["title"].startswith("Canary")
    assert hits == []


def test_containers_opened_on_one_line_are_flattened():
    for text in ["- " * 10_000 + "x", "> - " * 5_000 + "x", "1. " * 10_000 + "x"]:
        release = parse_release(text, suffix=".md")
        assert [b.text for b in release.blocks] == ["x"]
        assert any("nested more than" in w for w in release.warnings)


def test_a_damaged_file_opens_with_a_warning(tmp_path):
    path = tmp_path / "cut.md"
    path.write_bytes("# Cut Short Headline\n\nLondon, UK – 3 March 2025: Café".encode() + "é".encode()[:1])
    release = load_release(path)
    assert release.title == "Cut Short Headline"
    assert any("replaced" in w for w in release.warnings)


def test_cli_json_leaves_at_once_with_all_of_its_output_written(tmp_path):
    """From the command line --json skips the interpreter's teardown: what it printed must still
    all arrive, also when it is more than a pipe holds at once."""
    release = tmp_path / "long.md"
    release.write_text("# Canal Boats Return\n\n" + "\n\n".join(
        f"Lock {n} opened to {n * 11} boats on the upper reach." for n in range(1, 900)) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mediakit", "--json", str(release)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout) > 200_000  # several times a pipe's buffer
    assert json.loads(result.stdout)["title"] == "Canal Boats Return"
