"""Build: master notebook -> student release, public otter tests, grader bundle.

First the public tests are written to ``source/<id>/tests/qN.py`` (derived
from the master, never edited by hand). Then nbgrader's own
``generate_assignment`` makes ``release/<id>/``: the student notebook with
solutions and hidden tests cleared, nbgrader metadata and checksums kept, and
the public tests copied beside it for ``otter check`` and ``grader.check("qN")``;
the assignment and its graded cells are recorded in the gradebook. Because the
public tests live in ``source/``, running ``nbgrader generate_assignment``
directly gives the same release. ``graders/<id>.zip`` holds public and hidden
tests for ``otter run``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..catalog import Catalog, Lesson
from ..config import load_config, tools_on_path
from ..errors import BuildError
from ..lesson import Master, read_master
from .bundle import write_bundle
from .otter_tests import render

__all__ = ["BuildResult", "build_lesson", "release_dir", "bundle_path"]


@dataclass
class BuildResult:
    lesson_id: str
    release: Path
    bundle: Path
    exercises: int


def release_dir(root: Path, lesson_id: str) -> Path:
    return root / "release" / lesson_id


def bundle_path(root: Path, lesson_id: str) -> Path:
    return root / "graders" / f"{lesson_id}.zip"


def generate_assignment(root: Path, lesson_id: str) -> None:
    """Run nbgrader's own GenerateAssignment converter in-process on the course directory."""
    from nbgrader.converters import GenerateAssignment
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.converters.base import NbGraderException

    tools_on_path()
    cfg = load_config(root)
    cfg.CourseDirectory.assignment_id = lesson_id
    cfg.GenerateAssignment.force = True
    cfg.GenerateAssignment.create_assignment = True
    converter = GenerateAssignment(coursedir=CourseDirectory(config=cfg), config=cfg)
    converter.log.setLevel(logging.ERROR)
    try:
        converter.start()
    except NbGraderException as exc:
        detail = [line for line in str(exc).strip().splitlines() if line.strip()]
        raise BuildError(f"{lesson_id}: nbgrader generate_assignment failed: {detail[-1] if detail else exc}") from None


def write_public_tests(master: Master, dest: Path) -> None:
    tests = dest / "tests"
    tests.mkdir(parents=True, exist_ok=True)
    for old in tests.glob("*.py"):
        old.unlink()
    for ex in master.exercises:
        (tests / f"{ex.id}.py").write_text(render(ex, hidden=False), encoding="utf-8")


def build_lesson(catalog: Catalog, lesson: Lesson) -> BuildResult:
    root = catalog.root
    master = read_master(catalog.master_path(lesson.id), lesson.id)
    write_public_tests(master, catalog.master_path(lesson.id).parent)
    generate_assignment(root, lesson.id)
    dest = release_dir(root, lesson.id)
    if not (dest / f"{lesson.id}.ipynb").is_file() or not (dest / "tests").is_dir():
        raise BuildError(f"{lesson.id}: nbgrader wrote no release notebook and tests")
    bundle = write_bundle(master, root, bundle_path(root, lesson.id))
    return BuildResult(lesson.id, dest, bundle, len(master.exercises))
