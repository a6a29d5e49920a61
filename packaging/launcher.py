"""Entry script for the frozen MediaKit (PyInstaller needs a script, not ``-m``).

``mediakit/__main__.py`` uses a relative import, so it cannot be the script itself; this
file only hands over to ``mediakit.__main__.main`` and exits with its status.
"""

import sys

from mediakit.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
