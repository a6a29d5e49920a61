"""The MediaKit window: displays and copies what the Qt-free core found in a release.

Start-up imports only what the first paint needs; icons (qtawesome), printing, vCard
writing and the panel's later tabs are loaded when first used. Importing this package
first guards against a reference-count bug of PySide6 6.12 on Python 3.11 (see compat).
"""

from .compat import protect_singletons

protect_singletons()
