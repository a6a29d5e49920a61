"""MediaKit's Qt-free core: read a release file and understand it as plain dataclasses.

Start at ``analyse.load_release(path)``; ``model`` holds the dataclasses. Nothing here imports Qt.
"""
