"""MediaKit's Qt-free core: read a release file and understand it as plain dataclasses.

Start at ``analyse.load_release(path)``; ``model`` holds the dataclasses. The window comes in
through ``loading``, which asks ``cache`` first: a release analysed before is not parsed again.
Nothing here imports Qt.
"""
