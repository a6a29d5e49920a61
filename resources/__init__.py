"""Bundled data for MediaKit: the default release and the application icon.

Installed as the package ``mediakit.resources`` so that ``importlib.resources`` finds it
installed, in an editable checkout and in the frozen build alike.
"""
