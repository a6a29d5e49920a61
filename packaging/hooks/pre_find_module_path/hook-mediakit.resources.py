"""Find ``mediakit.resources`` in the top-level ``resources/`` folder.

pyproject.toml installs ``resources/`` as the package ``mediakit.resources`` (package-dir),
so there is no ``mediakit/resources`` folder in the source tree, and an editable install
maps it with an import hook that PyInstaller's module graph does not consult. Pointing the
search at the project root makes the graph find ``resources/__init__.py`` as that package
(the path finder looks up the last part of the dotted name), whether mediakit is installed
editable, installed normally or not installed at all.
"""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[3]


def pre_find_module_path(api):
    if (PROJECT_ROOT / "resources" / "__init__.py").is_file():
        api.search_dirs = [str(PROJECT_ROOT)]
