"""Grade every submission of a lesson: ``llmath grade``.

Submissions live where ``nbgrader collect`` and ``zip_collect`` leave them,
``submitted/<student>/<lesson>/<lesson>.ipynb``. Each one is planned here, run
in its own container by a pool of workers, checked and scored, then written:
the autograded notebook first, then the gradebook (one commit), then a small
record ``autograded/<student>/<lesson>/.llmath-grade.json`` holding the result
and a key of everything the grade depends on. A re-run skips a submission whose
record matches its key; an interrupted run leaves no record for the submissions
it did not finish, so they are graded again, updating the same gradebook rows.
One submission's failure becomes that submission's zero with a reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

import nbformat

from ..catalog import Catalog
from ..errors import LlmathError
from ..lesson import Master, read_master
from . import gradebook, results
from .notebooks import autograded_notebook
from .plan import Plan, UnreadableNotebook, lesson_imports, make_plan, read_submission
from .runner import RunResult
from .settings import Grader

RECORD = ".llmath-grade.json"
KEPT = ("timestamp.txt", "submission_secret.txt")


class NoSubmissions(LlmathError):
    pass


class Runner(Protocol):
    """Runs one grading job: ``runner.DockerRunner`` here, ``distributed.DaskRunner`` on a cluster."""

    def run(self, job: dict, label: str = "job") -> RunResult: ...

    def warm(self, count: int, preload: tuple[str, ...] | None = None) -> None: ...

    def close(self) -> None: ...


@dataclass
class Submission:
    student: str
    folder: Path
    notebook: Path | None
    key: str


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def find_submissions(root: Path, lesson_id: str, students: list[str] | None, salt: str) -> list[Submission]:
    base = root / "submitted"
    if students:
        folders = []
        for s in dict.fromkeys(students):  # a student named twice is still graded once
            folder = base / s / lesson_id
            if not folder.is_dir():
                raise NoSubmissions(f"no submission of {lesson_id} by {s} (expected {folder.relative_to(root)}/)")
            folders.append(folder)
    else:
        folders = sorted(p for p in base.glob(f"*/{lesson_id}") if p.is_dir()) if base.is_dir() else []
        if not folders:
            raise NoSubmissions(f"no submissions of {lesson_id} in submitted/*/{lesson_id}/")
    subs = []
    for folder in folders:
        nb = folder / f"{lesson_id}.ipynb"
        if not nb.is_file():
            others = sorted(folder.glob("*.ipynb"))
            nb = others[0] if len(others) == 1 else None
        digest = hashlib.sha256(salt.encode())
        if nb is not None:
            digest.update(nb.read_bytes())
        ts = folder / "timestamp.txt"
        if ts.is_file():
            digest.update(ts.read_bytes())
        subs.append(Submission(folder.parent.name, folder, nb, digest.hexdigest()))
    return subs


def _salt(master: Master, runner_id: str) -> str:
    return hashlib.sha256(master.path.read_bytes() + runner_id.encode()).hexdigest()


def already_graded(root: Path, lesson_id: str, sub: Submission) -> results.Outcome | None:
    path = root / "autograded" / sub.student / lesson_id / RECORD
    try:
        data = json.loads(path.read_text())
        if data.get("key") == sub.key:
            return results.Outcome.from_json(data["outcome"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


class Progress:
    """A one-line progress bar on stderr when it is a terminal."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done = total, 0
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.monotonic()

    def step(self, label: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        rate = self.done / max(time.monotonic() - self.started, 1e-9)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                         f"{rate * 60:.0f}/min  {label[:30]:<30}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def grade_lesson(catalog: Catalog, lesson_id: str, runner: Runner, settings: Grader,
                 students: list[str] | None = None, force: bool = False, runner_id: str = "",
                 on_result: Callable[[results.Outcome, bool], None] | None = None,
                 jobs: int = 0) -> list[results.Outcome]:
    """Grade ``lesson_id``'s submissions; return every outcome, the skipped ones included.

    ``runner`` is anything with ``run(job, label) -> RunResult``: Docker here, or
    a Dask cluster (``distributed.py``). ``jobs`` submissions run at once (0:
    ``settings.job_count()``); each is finished (saved and recorded) exactly once.
    """
    root = catalog.root
    lesson = catalog.lesson(lesson_id)
    master = read_master(catalog.master_path(lesson.id), lesson.id)
    release_path = root / "release" / lesson.id / f"{lesson.id}.ipynb"
    if not release_path.is_file():
        raise LlmathError(f"{lesson.id}: no release notebook; run `llmath build {lesson.id}` first")
    release = nbformat.read(release_path, as_version=4)
    subs = find_submissions(root, lesson.id, students, _salt(master, runner_id))

    outcomes: dict[str, results.Outcome] = {}
    todo: list[tuple[Submission, Plan | None, results.Outcome | None]] = []
    for sub in subs:
        done = None if force else already_graded(root, lesson.id, sub)
        if done is not None:
            outcomes[sub.student] = done
            if on_result:
                on_result(done, True)
            continue
        todo.append((sub, *_prepare(master, settings, sub)))

    progress = Progress(len(todo), settings.progress)

    def finish(gb, sub: Submission, plan: Plan | None, outcome: results.Outcome) -> None:
        _save(gb, root, master, release, sub, plan, outcome)
        outcomes[sub.student] = outcome
        progress.step(sub.student)
        if on_result:
            on_result(outcome, False)

    # Containers start, and the first submissions are graded, while the gradebook is opened.
    runnable = [(sub, plan) for sub, plan, failed in todo if failed is None]
    runner.warm(len(runnable), lesson_imports(master))
    pool = ThreadPoolExecutor(max_workers=max(1, jobs or settings.job_count()))
    try:
        running = {pool.submit(_run, runner, master, sub, plan): (sub, plan) for sub, plan in runnable}
        gradebook.ensure_assignment(root, lesson.id)
        with gradebook.opened(root) as gb:
            for sub, plan, failed in todo:
                if failed is not None:  # nothing to run: the notebook could not be read
                    finish(gb, sub, plan, failed)
            while running:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in finished:
                    sub, plan = running.pop(fut)
                    finish(gb, sub, plan, fut.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # an interrupted batch stops here
        runner.close()
    progress.close()
    return [outcomes[s.student] for s in subs]


def _prepare(master: Master, settings: Grader, sub: Submission):
    if sub.notebook is None:
        return None, results.zero(master, sub.student, f"no notebook named {master.lesson_id}.ipynb was submitted")
    try:
        nb = read_submission(sub.notebook)
    except UnreadableNotebook as exc:
        return None, results.zero(master, sub.student, str(exc))
    plan = make_plan(master, nb, settings.box_limits())
    if sub.notebook.name != f"{master.lesson_id}.ipynb":
        plan.notes.append(f"The notebook was named {sub.notebook.name}; it was graded anyway.")
    return plan, None


def _run(runner: Runner, master: Master, sub: Submission, plan: Plan) -> results.Outcome:
    started = time.monotonic()
    run = runner.run(plan.job, label=f"{sub.student}-{master.lesson_id}")
    if run.error:
        outcome = results.zero(master, sub.student, run.error, plan.notes)
    else:
        try:
            outcome = results.score(master, sub.student, results.parse_output(run.stdout), plan.notes)
        except results.BadResult as exc:
            outcome = results.zero(master, sub.student, str(exc), plan.notes)
    outcome.seconds = round(time.monotonic() - started, 3)
    return outcome


def _unanswered(master: Master, plan: Plan | None) -> set[str]:
    stub = "# YOUR CODE HERE"
    answers = plan.answers if plan else {}
    return {ex.id for ex in master.exercises
            if f"{ex.id}_answer" not in answers or stub in answers[f"{ex.id}_answer"]}


def _save(gb, root: Path, master: Master, release, sub: Submission, plan: Plan | None,
          outcome: results.Outcome) -> None:
    dest = root / "autograded" / sub.student / master.lesson_id
    nb = autograded_notebook(release, outcome, plan.answers if plan else {}, plan.extras if plan else {})
    # nbformat.writes would validate first, and only log a problem; the notebook is built from
    # the validated release, so write the same JSON without spending that time per submission.
    _write_atomic(dest / f"{master.lesson_id}.ipynb", nbformat.v4.writes(nb))
    for name in KEPT:  # the submission time, and the secret that names the student's released feedback
        kept = sub.folder / name
        if kept.is_file() and not kept.is_symlink():
            _write_atomic(dest / name, kept.read_text()[:200])
    gradebook.record(gb, master, outcome, gradebook.parse_timestamp(sub.folder), _unanswered(master, plan))
    _write_atomic(dest / RECORD, json.dumps({"key": sub.key, "outcome": outcome.to_json()}, indent=1))
