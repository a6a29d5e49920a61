"""Bundled data for MediaKit: the default release and the application icon.

An ordinary subpackage, read through ``importlib.resources`` installed, in an editable
checkout and in the frozen build alike.
"""
