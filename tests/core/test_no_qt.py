"""The core never imports Qt: it runs the CLI with no display and is tested without it."""

import subprocess
import sys


def test_importing_and_running_the_core_loads_no_qt():
    code = ("import sys; from mediakit.core.analyse import default_release; default_release();"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'qtpy', 'qtawesome'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
