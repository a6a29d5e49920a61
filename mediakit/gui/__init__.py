"""The MediaKit window: displays and copies what the Qt-free core found in a release.

Start-up imports only what the first paint needs; icons (qtawesome), printing, vCard
writing and the panel's later tabs are loaded when first used. The window's own value
types (colours, settings, action specs) are ``NamedTuple``s rather than dataclasses: a
frozen dataclass generates its methods with ``exec`` when its module is imported (about
1 ms each here), a ``NamedTuple`` in a tenth of that.
"""
