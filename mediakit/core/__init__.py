"""MediaKit's Qt-free core: read a release file and understand it as plain dataclasses.

Start at ``analyse.load_release(path)``; ``model`` holds the dataclasses. The window comes in
through ``loading``, which asks ``cache`` first: a release analysed before is not parsed again.
Nothing here imports Qt.

Nor does the core import ``typing`` when it runs: its names are read only by mypy, under
``TYPE_CHECKING = False`` / ``if TYPE_CHECKING:`` (mypy takes that name as true). ``typing``
takes 2 ms to import, and ``mediakit --json`` is held to twice the import of Python-Markdown
and phonenumbers (benchmarks/README.md). ``prefetch`` is the exception: its ``NamedTuple`` is a
class at run time.
"""
