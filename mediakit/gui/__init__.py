"""The MediaKit window: displays and copies what the Qt-free core found in a release.

Start-up imports only what the first paint needs; icons (qtawesome), printing, vCard
writing and the panel's later tabs are loaded when first used.
"""
