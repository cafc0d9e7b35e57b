"""Shared fixtures: a small throwaway course directory built from tests/fixtures/tiny.py."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = Path(__file__).parent / "expected"
TINY_ID = "00-01-tiny"
TINY_CATALOG = """
[[module]]
id = "00"
title = "Test module"
lessons = [{ id = "00-01-tiny", title = "Tiny lesson", topics = "fixtures" }]
"""

# nbgrader runs `alembic`, otter and nbgrader are run as commands: use this environment's.
os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", help="Rewrite tests/expected/ from current output.")


@pytest.fixture
def update_goldens(request) -> bool:
    return request.config.getoption("--update-goldens")


def make_course(root: Path) -> Path:
    """A course directory with one two-exercise lesson, ``00-01-tiny``."""
    from llmath.lesson.script import script_to_notebook

    root.mkdir(parents=True, exist_ok=True)
    (root / "catalog.toml").write_text(TINY_CATALOG)
    shutil.copy(REPO / "nbgrader_config.py", root)
    shutil.copy(REPO / "pyproject.toml", root)
    nb = script_to_notebook((FIXTURES / "tiny.py").read_text(), TINY_ID, "Tiny lesson")
    dest = root / "source" / TINY_ID / f"{TINY_ID}.ipynb"
    dest.parent.mkdir(parents=True)
    nbformat.write(nb, str(dest))
    return root


@pytest.fixture
def course(tmp_path) -> Path:
    return make_course(tmp_path / "course")


@pytest.fixture(scope="module")
def built_course(tmp_path_factory) -> Path:
    """The tiny course after ``llmath build`` (shared by a module's tests; do not modify)."""
    from llmath.build import build_lesson
    from llmath.catalog import Catalog

    root = make_course(tmp_path_factory.mktemp("built") / "course")
    cat = Catalog.load(root)
    build_lesson(cat, cat.lesson(TINY_ID))
    return root


def check_golden(actual: str, name: str, update: bool) -> None:
    path = EXPECTED / name
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual)
        if not update:
            pytest.fail(f"wrote missing expected file {path.name}; rerun to compare")
    assert actual == path.read_text(), f"output differs from tests/expected/{name} (see --update-goldens)"
