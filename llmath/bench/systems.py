"""The four graders the benchmark times, each on its own copy of the course.

* ``llmath``: ``llmath grade LESSON``, in Docker, fully isolated, as instructors run it.
* ``nbgrader``: ``nbgrader autograde LESSON``, as nbgrader does it: every notebook
  executed in a fresh kernel, one after another.
* ``otter``: ``otter run`` once per submission with the lesson's grader bundle
  (``graders/<id>.zip``), one after another, as otter grades on one host.
* ``floor``: the same grading box as llmath (``ProcessRunner``: ``python -I box.py``
  per submission, with the same limits and imports), no isolation at all, one
  process per core at a time. No grader that starts a fresh Python per
  submission can do much better.

Each system's run is timed from the start of its command to its end, and the
machine's used memory (MemTotal - MemAvailable) is sampled meanwhile; its peak
minus its value just before the start is the system's peak memory. Containers,
kernels and child processes are all counted, and so is anything else running on
the machine at the time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import LlmathError
from ..grading import results
from ..grading.plan import lesson_imports, make_plan, read_submission
from ..grading.runner import ProcessRunner
from ..grading.settings import Grader
from ..lesson import Master

SYSTEMS = ("llmath", "nbgrader", "otter", "floor")
COURSE_FILES = ("catalog.toml", "nbgrader_config.py", "pyproject.toml")

Scores = dict[str, dict[str, float]]   # student -> exercise id -> points


class BenchError(LlmathError):
    """A grader failed to run; the message names it and the tail of its output."""


@dataclass
class SystemRun:
    name: str
    wall: float = 0.0             # seconds
    peak_memory: int = 0          # bytes above the baseline
    scores: Scores = field(default_factory=dict)


def used_memory() -> int:
    """MemTotal - MemAvailable, in bytes: what the machine's processes hold."""
    info = {}
    with open("/proc/meminfo") as f:
        for line in f:
            key, value = line.split(":", 1)
            info[key] = int(value.split()[0]) * 1024
    return info["MemTotal"] - info["MemAvailable"]


class MemorySampler:
    """Samples used memory in a thread; ``peak`` is the highest value above the baseline."""

    def __init__(self, interval: float = 0.05, read: Callable[[], int] = used_memory):
        self.interval = interval
        self.read = read
        self.baseline = read()
        self.highest = self.baseline
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.highest = max(self.highest, self.read())

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.highest = max(self.highest, self.read())

    @property
    def peak(self) -> int:
        return max(0, self.highest - self.baseline)


def timed(name: str, fn: Callable[[], Scores]) -> SystemRun:
    with MemorySampler() as mem:
        started = time.monotonic()
        scores = fn()
        wall = time.monotonic() - started
    return SystemRun(name, wall, mem.peak, scores)


def tools_env() -> dict[str, str]:
    """The environment for the tools' commands: this Python's bin first (nbgrader calls ``alembic``)."""
    bindir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else name


def _check(proc: subprocess.CompletedProcess, what: str) -> None:
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout or "").strip().splitlines()[-1:] or [f"exit code {proc.returncode}"]
        raise BenchError(f"{what} failed: {tail[0][:300]}")


def scratch_course(source: Path, dest: Path, lesson_id: str, cohort: Path) -> Path:
    """A copy of the course with only ``lesson_id`` and the cohort's submissions."""
    dest.mkdir(parents=True)
    for name in COURSE_FILES:
        shutil.copy(source / name, dest / name)
    for folder in ("source", "release"):
        shutil.copytree(source / folder / lesson_id, dest / folder / lesson_id)
    shutil.copytree(source / "docker", dest / "docker")
    shutil.copytree(cohort / "submitted", dest / "submitted")
    return dest


# --- llmath -----------------------------------------------------------------------

def run_llmath(course: Path, lesson_id: str) -> Scores:
    proc = subprocess.run([sys.executable, "-m", "llmath.cli", "grade", lesson_id, "--json"],
                          cwd=course, capture_output=True, text=True, env=tools_env())
    _check(proc, "llmath grade")
    return {o["student"]: {e["id"]: float(e["score"]) for e in o["exercises"]} for o in json.loads(proc.stdout)}


# --- nbgrader ---------------------------------------------------------------------

def run_nbgrader(course: Path, lesson_id: str) -> Scores:
    proc = subprocess.run([_tool("nbgrader"), "autograde", lesson_id], cwd=course, capture_output=True,
                          text=True, env=tools_env())
    _check(proc, "nbgrader autograde")
    return nbgrader_scores(course, lesson_id)


def nbgrader_scores(course: Path, lesson_id: str) -> Scores:
    from ..grading import gradebook

    out: Scores = {}
    with gradebook.opened(course) as gb:
        for submission in gb.assignment_submissions(lesson_id):
            notebook = gb.find_submission_notebook(lesson_id, lesson_id, submission.student.id)
            out[submission.student.id] = {g.name: float(g.score or 0.0) for g in notebook.grades}
    return out


# --- otter ------------------------------------------------------------------------

def run_otter(cohort: Path, bundle: Path, lesson_id: str, out: Path) -> Scores:
    scores: Scores = {}
    for notebook in sorted((cohort / "submitted").glob(f"*/{lesson_id}/{lesson_id}.ipynb")):
        student = notebook.parent.parent.name
        dest = out / student
        dest.mkdir(parents=True)
        proc = subprocess.run([_tool("otter"), "run", "--no-logo", "-a", str(bundle), "-o", str(dest), str(notebook)],
                              cwd=dest, capture_output=True, text=True, env=tools_env())
        _check(proc, f"otter run ({student})")
        data = json.loads((dest / "results.json").read_text())
        # otter adds an ungraded "Public Tests" entry without a score
        scores[student] = {t["name"]: float(t["score"]) for t in data["tests"] if "score" in t}
    return scores


# --- the floor --------------------------------------------------------------------

def run_floor(cohort: Path, master: Master, settings: Grader, jobs: int) -> Scores:
    runner = ProcessRunner(settings, lesson_imports(master))
    notebooks = sorted((cohort / "submitted").glob(f"*/{master.lesson_id}/{master.lesson_id}.ipynb"))

    def grade(path: Path) -> tuple[str, dict[str, float]]:
        student = path.parent.parent.name
        plan = make_plan(master, read_submission(path), settings.box_limits())
        run = runner.run(plan.job, student)
        if run.error:
            outcome = results.zero(master, student, run.error)
        else:
            outcome = results.score(master, student, results.parse_output(run.stdout), plan.notes)
        return student, {e.id: e.score for e in outcome.exercises}

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return dict(pool.map(grade, notebooks))
