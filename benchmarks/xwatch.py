"""Watch an X server for a process's first window: when it is mapped and when it is first painted.

``xdotool search --sync --onlyvisible`` polls every 500 ms (its ``--sync`` loop sleeps half a
second between tries), far too coarse to time a 200 ms start. This is the same test done by
events instead: it asks the X server for ``SubstructureNotify`` on the root window (so it hears
every top-level window being created and mapped), reads each mapped window's ``_NET_WM_PID``,
and, through the DAMAGE extension, hears when the program first draws into that window.

- "visible": the window is mapped (what ``xdotool search --onlyvisible --pid`` reports);
- "painted": the first pixels the program flushed into it, i.e. the window shows its content;
- "settled" (with ``settle`` seconds to listen on): the last time it drew a rectangle larger
  than a text cursor, i.e. every panel filled and every icon drawn.

Only libX11 and libXdamage (through ctypes) are needed; no Python package.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import select
import time

CREATE_NOTIFY, MAP_NOTIFY = 16, 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
DAMAGE_REPORT_RAW = 0  # every damaged rectangle: none is missed before the window is mapped
ANY_PROPERTY_TYPE = 0


class _Event(ctypes.Structure):
    """The head every XEvent shares, then the two XIDs that start CreateNotify, MapNotify and
    XDamageNotify (parent/window, event/window and drawable/damage respectively)."""

    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("xid1", ctypes.c_ulong), ("xid2", ctypes.c_ulong)]


class _Rectangle(ctypes.Structure):
    _fields_ = [("x", ctypes.c_short), ("y", ctypes.c_short), ("width", ctypes.c_ushort), ("height", ctypes.c_ushort)]


class _DamageEvent(ctypes.Structure):
    """XDamageNotifyEvent: the head, then level, more, timestamp and the damaged area."""

    _fields_ = [("head", _Event), ("level", ctypes.c_int), ("more", ctypes.c_int), ("timestamp", ctypes.c_ulong),
                ("area", _Rectangle), ("geometry", _Rectangle)]


# A blinking text cursor redraws a strip this thin for ever; it does not count as "settling".
CURSOR_WIDTH = 4


class _EventBuffer(ctypes.Union):
    _fields_ = [("head", _Event), ("damage", _DamageEvent), ("pad", ctypes.c_long * 24)]


def _load(name: str, fallback: str) -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library(name) or fallback)


class WindowWatch:
    """Open the display and start listening *before* the program is launched."""

    def __init__(self, display: str):
        self.x = _load("X11", "libX11.so.6")
        self.damage = _load("Xdamage", "libXdamage.so.1")
        x = self.x
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
            ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XSetErrorHandler.restype = ctypes.c_void_p
        self.damage.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                                      ctypes.POINTER(ctypes.c_int)]
        self.damage.XDamageCreate.restype = ctypes.c_ulong
        self.damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]

        # A window can vanish between its event and our request about it: ignore X errors.
        self._error_handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
        x.XSetErrorHandler(self._error_handler)
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open X display {display}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self.damage.XDamageQueryExtension(self.dpy, ctypes.byref(event_base), ctypes.byref(error_base)):
            raise RuntimeError("the X server has no DAMAGE extension")
        self.damage_notify = event_base.value  # XDamageNotify is event 0 of the extension
        self.pid_atom = x.XInternAtom(self.dpy, b"_NET_WM_PID", 0)
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), SUBSTRUCTURE_NOTIFY_MASK)
        x.XSync(self.dpy, 0)

    def _pid_of(self, window: int) -> int | None:
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self.x.XGetWindowProperty(self.dpy, window, self.pid_atom, 0, 1, 0, ANY_PROPERTY_TYPE,
                                           ctypes.byref(actual_type), ctypes.byref(actual_format),
                                           ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
        if status != 0 or not data.value:
            return None
        try:
            return ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if count.value else None
        finally:
            self.x.XFree(data)

    def wait(self, pid: int, timeout: float = 30.0, alive=lambda: True) -> tuple[float | None, float | None]:
        """``(visible, painted)`` as ``time.perf_counter()`` values, None for what did not happen."""
        visible, painted, _ = self.wait_settled(pid, timeout, alive, settle=0.0)
        return visible, painted

    def wait_settled(self, pid: int, timeout: float = 30.0, alive=lambda: True,
                     settle: float = 1.0, on_visible=lambda: None,
                     quiet: float | None = None) -> tuple[float | None, float | None, float | None]:
        """``(visible, painted, settled)``: ``settled`` is the last damage wider and taller than
        a text cursor in the ``settle`` seconds after the first paint (or until ``quiet`` seconds
        pass without such damage); ``on_visible`` is called as soon as the window is mapped."""
        x = self.x
        fd = x.XConnectionNumber(self.dpy)
        event = _EventBuffer()
        watched: set[int] = set()  # top-level windows with a damage object
        mapped: set[int] = set()  # ... that are mapped and belong to ``pid``
        visible = painted = settled = None
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline and alive():
            if painted is not None and time.perf_counter() >= painted + settle:
                break
            if quiet is not None and settled is not None and time.perf_counter() >= settled + quiet:
                break
            if not x.XPending(self.dpy):
                select.select([fd], [], [], 0.005 if painted is not None else 0.05)
                continue
            x.XNextEvent(self.dpy, ctypes.byref(event))
            now = time.perf_counter()
            kind, first, second = event.head.type, event.head.xid1, event.head.xid2
            if kind == CREATE_NOTIFY:  # watch every new top-level window from its creation on
                self.damage.XDamageCreate(self.dpy, second, DAMAGE_REPORT_RAW)
                watched.add(second)
            elif kind == MAP_NOTIFY and self._pid_of(second) == pid:
                mapped.add(second)
                if visible is None:
                    visible = now
                    on_visible()
            elif kind == self.damage_notify and first in mapped:
                painted = painted or now
                area = event.damage.area
                if area.width > CURSOR_WIDTH and area.height > CURSOR_WIDTH:
                    settled = now
        return visible, painted, settled

    def close(self) -> None:
        if self.dpy:
            self.x.XCloseDisplay(self.dpy)
            self.dpy = None
