"""Every setting MediaKit keeps, declared once with its default, and the store that reads them.

Preferences are the user's choices (theme, zoom); window state is where things were left
(geometry, splitter, panels, recent files, the reading position of each file). Values are
kept as text in an INI file created on first use, never at import time:
``QSettings(IniFormat, UserScope, ORG_NAME, APP_NAME)``, which tests redirect with
``QSettings.setPath``. A file that cannot be read is set aside as a backup and the defaults
are used; a value that does not make sense falls back to its default.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QSettings

from .. import APP_NAME, ORG_NAME

MAX_RECENT = 10
MAX_POSITIONS = 200


class Setting(NamedTuple):
    """One setting: its key in the file, its default and the kind of value it holds."""

    key: str
    default: Any
    kind: str  # "str", "int", "bool", "bytes", "json"
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None


# --- preferences ---------------------------------------------------------------------------
THEME = Setting("preferences/theme", "system", "str", choices=("system", "light", "dark"))
ZOOM = Setting("preferences/zoom", 100, "int", minimum=50, maximum=300)

# --- window state ----------------------------------------------------------------------------
GEOMETRY = Setting("window/geometry", b"", "bytes")
SPLITTER = Setting("window/splitter", [], "json")
SIDEBAR_VISIBLE = Setting("window/sidebar_visible", True, "bool")
PANEL_VISIBLE = Setting("window/panel_visible", True, "bool")
PANEL_TAB = Setting("window/panel_tab", 0, "int", minimum=0, maximum=2)
RECENT_FILES = Setting("state/recent_files", [], "json")
POSITIONS = Setting("state/positions", {}, "json")
LAST_FOLDER = Setting("state/last_folder", "", "str")
LAST_RELEASE = Setting("state/last_release", "", "str")  # reopened on a start with no file named; "" = built-in
# The system's light/dark scheme as the last start found it (a Qt.ColorScheme name; "": never asked): see theme.py
SYSTEM_SCHEME = Setting("state/system_scheme", "", "str", choices=("", "Unknown", "Light", "Dark"))

PREFERENCES = (THEME, ZOOM)
WINDOW_STATE = (GEOMETRY, SPLITTER, SIDEBAR_VISIBLE, PANEL_VISIBLE, PANEL_TAB, RECENT_FILES, POSITIONS, LAST_FOLDER,
                LAST_RELEASE, SYSTEM_SCHEME)


def _decode(setting: Setting, raw: Any) -> Any:
    """The stored text as the setting's kind; raises ValueError when it makes no sense."""
    if setting.kind == "str":
        value = str(raw)
        if setting.choices and value not in setting.choices:
            raise ValueError(value)
        return value
    if setting.kind == "int":
        value = int(str(raw))
        if setting.minimum is not None and value < setting.minimum:
            raise ValueError(value)
        if setting.maximum is not None and value > setting.maximum:
            raise ValueError(value)
        return value
    if setting.kind == "bool":
        text = str(raw).lower()
        if text not in ("true", "false"):
            raise ValueError(text)
        return text == "true"
    if setting.kind == "bytes":
        return base64.b64decode(str(raw), validate=True)
    value = json.loads(str(raw))
    if not isinstance(value, type(setting.default)):
        raise ValueError(value)
    return value


def _encode(setting: Setting, value: Any) -> str:
    if setting.kind == "bool":
        return "true" if value else "false"
    if setting.kind == "bytes":
        return base64.b64encode(bytes(value)).decode("ascii")
    if setting.kind == "json":
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class SettingsStore:
    """Reads and writes the declared settings; the INI file is opened on first use."""

    def __init__(self) -> None:
        self._qsettings: QSettings | None = None
        self.notice: str | None = None  # said once in the status bar, e.g. a file set aside

    @property
    def qsettings(self) -> QSettings:
        if self._qsettings is None:
            self._qsettings = self._open()
        return self._qsettings

    def _open(self) -> QSettings:
        settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
        path = Path(settings.fileName())
        # Qt's file dialogs keep their own state (last folder, history) in a shared
        # QtProject.conf; beside ours it stays inside MediaKit's settings folder.
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(path.parent))
        if settings.status() != QSettings.Status.NoError or _unreadable(path):
            stamp = f"{path.name}.{dt.datetime.now():%Y%m%d-%H%M%S}"
            backup = path.with_name(f"{stamp}.bak")
            number = 1
            while os.path.lexists(backup):  # never over an earlier backup
                number += 1
                backup = path.with_name(f"{stamp}-{number}.bak")
            try:
                os.replace(path, backup)
                self.notice = f"The settings file could not be read; it was kept as {backup.name} and defaults are used."
            except OSError:
                self.notice = "The settings file could not be read; defaults are used."
            settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
            settings.clear()
        return settings

    def get(self, setting: Setting) -> Any:
        raw = self.qsettings.value(setting.key)
        if raw is None:
            return _copy(setting.default)
        try:
            return _decode(setting, raw)
        except (ValueError, TypeError, json.JSONDecodeError):
            return _copy(setting.default)

    def set(self, setting: Setting, value: Any) -> None:
        self.qsettings.setValue(setting.key, _encode(setting, value))

    def sync(self) -> None:
        if self._qsettings is not None:
            self._qsettings.sync()

    # --- recent files and reading positions ----------------------------------------------
    # Two windows may run at once, each with its own copy of the file in memory: the recent
    # list is read again just before each change and written at once, so the instances'
    # lists merge (newest first) instead of the last one to quit overwriting the other's.
    def recent_files(self) -> tuple[list[str], list[str]]:
        """The recent releases that still exist (files, kits, folders), and the ones dropped
        because they are gone."""
        self.sync()
        files = [f for f in self.get(RECENT_FILES) if isinstance(f, str)]
        kept = [f for f in files if os.path.isfile(f) or os.path.isdir(f)]  # a kit may be a folder
        dropped = [f for f in files if f not in kept]
        if dropped:
            self._write_recent(kept)
        return kept, dropped

    def add_recent_file(self, path: str) -> None:
        self.sync()
        files = [f for f in self.get(RECENT_FILES) if isinstance(f, str) and f != path]
        self._write_recent([path, *files][:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self._write_recent([])

    def _write_recent(self, files: list[str]) -> None:
        self.set(RECENT_FILES, files)
        self.sync()

    def position(self, path: str) -> int:
        value = self.get(POSITIONS).get(path, -1)
        return value if isinstance(value, int) else -1

    def set_position(self, path: str, block: int) -> None:
        positions = {k: v for k, v in self.get(POSITIONS).items() if k != path}
        positions[path] = block
        self.set(POSITIONS, dict(list(positions.items())[-MAX_POSITIONS:]))


def _copy(value: Any) -> Any:
    return json.loads(json.dumps(value)) if isinstance(value, (list, dict)) else value


def _unreadable(path: Path) -> bool:
    """True when the file is there but cannot be read (a folder, no permission) or is not text
    at all; QSettings reads either as empty, and would then never save anything."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return os.path.lexists(path)
    if b"\x00" in data:
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False
