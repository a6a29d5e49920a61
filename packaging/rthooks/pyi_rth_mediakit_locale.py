"""Run-time hook: coerce the C locale to UTF-8 as the unfrozen interpreter does (PEP 538).

``python -m mediakit`` started with no locale (``env -i``, a bare service, some desktop
launchers) switches LC_CTYPE to C.UTF-8 and exports it before any code runs, so Qt finds a
UTF-8 locale. PyInstaller's embedded interpreter skips that step; Qt then warns on stderr
that it "depends on a UTF-8 locale". This does the same coercion before Qt is imported,
and nothing when a locale is set.
"""


def _coerce_c_locale():
    import locale
    import os

    if os.name != "posix" or os.environ.get("LC_ALL"):
        return
    try:
        current = locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:
        current = "C"
    if current not in ("C", "POSIX"):
        return
    for target in ("C.UTF-8", "C.utf8", "UTF-8"):
        try:
            locale.setlocale(locale.LC_CTYPE, target)
        except locale.Error:
            continue
        os.environ["LC_CTYPE"] = target
        return


_coerce_c_locale()
del _coerce_c_locale
