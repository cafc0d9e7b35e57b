"""Build: master notebook -> student release, public otter tests, grader bundle.

First the public tests are written to ``source/<id>/tests/qN.py`` (derived
from the master, never edited by hand). Then nbgrader's own
``generate_assignment`` makes ``release/<id>/``: the student notebook with
solutions and hidden tests cleared, nbgrader metadata and checksums kept, and
the public tests copied beside it for ``otter check`` and ``grader.check("qN")``;
the assignment and its graded cells are recorded in the gradebook (through a
scratch gradebook, see ``gradebook.py``, so that lessons can build in parallel).
Because the public tests live in ``source/``, running ``nbgrader
generate_assignment`` directly gives the same release. ``graders/<id>.zip``
holds public and hidden tests for ``otter run``.

``build_lessons`` (``parallel.py``) builds many lessons in worker processes and
skips those whose inputs and outputs are unchanged (``cache.py``).
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..catalog import Catalog, Lesson
from ..config import load_config, tools_on_path
from ..errors import BuildError
from ..lesson import Master, read_master
from .bundle import write_bundle
from .otter_tests import render

__all__ = ["BuildResult", "build_lesson", "build_lessons", "release_dir", "bundle_path"]


@dataclass
class BuildResult:
    lesson_id: str
    release: Path
    bundle: Path
    exercises: int
    cached: bool = False   # unchanged since the last build, so nothing was rebuilt


def release_dir(root: Path, lesson_id: str) -> Path:
    return root / "release" / lesson_id


def bundle_path(root: Path, lesson_id: str) -> Path:
    return root / "graders" / f"{lesson_id}.zip"


def generate_assignment(root: Path, lesson_id: str, db_url: str | None = None) -> None:
    """Run nbgrader's own GenerateAssignment converter in-process on the course directory.

    ``db_url`` replaces the course gradebook (a scratch gradebook for a parallel build).
    """
    from nbgrader.converters import GenerateAssignment
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.converters.base import NbGraderException

    tools_on_path()
    cfg = load_config(root)
    if db_url:
        cfg.CourseDirectory.db_url = db_url
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


def _memory_dir() -> str | None:
    """A RAM-backed folder for scratch gradebooks when there is one: nbgrader
    commits once per cell, and a throwaway file need not wait for the disk."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None


def make_outputs(root: Path, lesson_id: str) -> dict:
    """Write a lesson's files; return its gradebook rows as plain data (not yet recorded).

    The part of a build that may run in parallel with other lessons: it
    touches only this lesson's folders and a private scratch gradebook.
    """
    from .gradebook import create_scratch, read_assignment

    master_path = root / "source" / lesson_id / f"{lesson_id}.ipynb"
    master = read_master(master_path, lesson_id)
    write_public_tests(master, master_path.parent)
    with tempfile.TemporaryDirectory(prefix="llmath-build-", dir=_memory_dir()) as tmp:
        db_url = create_scratch(Path(tmp) / "gradebook.db")
        generate_assignment(root, lesson_id, db_url)
        notebooks = read_assignment(db_url, lesson_id)
    dest = release_dir(root, lesson_id)
    if not (dest / f"{lesson_id}.ipynb").is_file() or not (dest / "tests").is_dir():
        raise BuildError(f"{lesson_id}: nbgrader wrote no release notebook and tests")
    write_bundle(master, root, bundle_path(root, lesson_id))
    return {"lesson_id": lesson_id, "exercises": len(master.exercises), "notebooks": notebooks}


def record(root: Path, built: dict) -> BuildResult:
    """Record what ``make_outputs`` returned in the course gradebook (one process at a time).

    If the gradebook refuses (cells changed under existing submissions), the
    new release is removed, as nbgrader removes a release it could not record.
    """
    import shutil

    from .gradebook import record_assignment

    lesson_id = built["lesson_id"]
    try:
        record_assignment(root, lesson_id, built["notebooks"])
    except BuildError:
        shutil.rmtree(release_dir(root, lesson_id), ignore_errors=True)
        raise
    return BuildResult(lesson_id, release_dir(root, lesson_id), bundle_path(root, lesson_id), built["exercises"])


def build_lesson(catalog: Catalog, lesson: Lesson) -> BuildResult:
    """Build one lesson in this process, whether or not it changed."""
    return record(catalog.root, make_outputs(catalog.root, lesson.id))


from .parallel import build_lessons  # noqa: E402  (it uses the functions above)
