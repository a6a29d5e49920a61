"""phonenumbers: every metadata module, less the tables the spec leaves out.

Takes the place of the stock hook in pyinstaller-hooks-contrib, which is
``hiddenimports = collect_submodules('phonenumbers')``: phonenumbers loads its per-region
metadata modules lazily by name, so they must all be collected. The spec passes, through
``hooksconfig={"phonenumbers": {"leave_out": [...]}}``, the subpackages MediaKit does not
use (geocoder, carrier and time-zone tables); the stock hook would name them as hidden
imports and PyInstaller would print a "not found" warning for each of their modules.
"""

from PyInstaller.utils.hooks import collect_submodules, get_hook_config


def hook(hook_api):
    left_out = tuple(get_hook_config(hook_api, "phonenumbers", "leave_out") or ())

    def wanted(name):
        return not any(name == prefix or name.startswith(prefix + ".") for prefix in left_out)

    hook_api.add_imports(*collect_submodules("phonenumbers", filter=wanted))
