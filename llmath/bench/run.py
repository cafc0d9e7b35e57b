"""Run the benchmark: prepare the cohort and the courses, time each grader, compare the scores."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Callable

import nbformat

from ..catalog import Catalog
from ..config import load_config, tools_on_path
from ..errors import LlmathError
from ..grading import gradebook
from ..grading.image import ensure_image
from ..grading.settings import Grader
from ..lesson import read_master
from . import DEFAULT_LESSON, DEFAULT_SUBMISSIONS, report
from .cohort import make_cohort, write_cohort
from .systems import SYSTEMS, run_floor, run_llmath, run_nbgrader, run_otter, scratch_course, timed


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_bench(catalog: Catalog, lesson_id: str = DEFAULT_LESSON, count: int = DEFAULT_SUBMISSIONS,
              keep: Path | None = None, log: Callable[[str], None] = _stderr) -> dict:
    """Run the benchmark; return the report as plain data (see ``report.to_json``).

    ``keep``: a new folder to leave the cohort and every grader's course in; by
    default they go to a temporary folder that is removed at the end.
    """
    if count < 1:
        raise LlmathError(f"--submissions must be at least 1, not {count}")
    root = catalog.root
    lesson = catalog.lesson(lesson_id)
    master = read_master(catalog.master_path(lesson.id), lesson.id)
    release_path = root / "release" / lesson.id / f"{lesson.id}.ipynb"
    bundle = root / "graders" / f"{lesson.id}.zip"
    if not release_path.is_file() or not bundle.is_file():
        raise LlmathError(f"{lesson.id}: no release or grader bundle; run `llmath build {lesson.id}` first")
    settings = Grader(config=load_config(root))
    cores = os.cpu_count() or 1
    tools_on_path()
    ensure_image(settings, root, log=log)

    if keep is not None:
        if keep.exists():
            raise LlmathError(f"{keep} already exists; name a new folder for --keep")
        keep.mkdir(parents=True)
        work = keep
    else:
        work = Path(tempfile.mkdtemp(prefix="llmath-bench-"))
    try:
        log(f"bench: making {count} submissions of {lesson.id}")
        release = nbformat.read(release_path, as_version=4)
        students = make_cohort(master, release, count)
        write_cohort(students, work / "cohort", lesson.id)
        courses = {}
        for name in ("llmath", "nbgrader"):
            courses[name] = scratch_course(root, work / name, lesson.id, work / "cohort")
            gradebook.ensure_assignment(courses[name], lesson.id)

        steps = {
            "llmath": lambda: run_llmath(courses["llmath"], lesson.id),
            "floor": lambda: run_floor(work / "cohort", master, settings, cores),
            "nbgrader": lambda: run_nbgrader(courses["nbgrader"], lesson.id),
            "otter": lambda: run_otter(work / "cohort", bundle, lesson.id, work / "otter"),
        }
        runs = {}
        for name, step in steps.items():
            log(f"bench: grading with {name}")
            runs[name] = timed(name, step)
            log(f"bench: {name} took {runs[name].wall:.1f} s")
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)

    points = {ex.id: ex.points for ex in master.exercises}
    names = [s.name for s in students]
    agreement = report.compare({name: runs[name].scores for name in SYSTEMS}, points, names)
    designed = report.as_designed({s.name: s.full for s in students}, runs["llmath"].scores, points)
    rows = report.per_submission([(s.name, s.kind, s.expected_score(master)) for s in students], runs)
    return report.to_json(lesson.id, count, cores, dict(Counter(s.kind for s in students)), runs, agreement,
                          designed, rows)
