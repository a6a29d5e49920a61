"""MediaKit's Qt-free core: read a release file and understand it as plain dataclasses.

Start at ``analyse.load_release(path)``; ``model`` holds the dataclasses; ``loading`` is the
window's way in, through ``cache``, which remembers analyses so a release opened before is not parsed again. Nothing here imports Qt.
"""
