"""Audit: the content quality gate. Does a lesson's test suite separate right from wrong?

Per lesson: enough exercises; the master executes top to bottom in a real
kernel; the solution earns full marks and the released stub earns nothing; no
solution or hidden-test text reaches ``release/``; and mutants of each solution
(plausible mistakes) are caught by the tests.
"""

from __future__ import annotations

import importlib
import subprocess
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from traitlets import Float, Int
from traitlets.config import Configurable

from ..build import release_dir
from ..catalog import Catalog, Lesson
from ..config import load_config
from ..errors import LlmathError
from ..lesson import Master, read_master
from ..lesson.master import load_notebook
from .leaks import find_leaks
from .mutate import mutants
from .runner import execute, new_namespace, score
from .sandbox import Timeout, run_forked, run_many


class Audit(Configurable):
    """Thresholds and limits of ``llmath audit`` (set them as ``c.Audit.*`` in nbgrader_config.py)."""

    min_exercises = Int(8, help="Fewest auto-graded exercises a lesson may have.").tag(config=True)
    min_kill_rate = Float(0.8, help="Smallest share of mutants the tests must catch.").tag(config=True)
    mutants_per_exercise = Int(30, help="Most mutants tried per exercise (thinned evenly).").tag(config=True)
    mutant_timeout = Float(1.0, help="Seconds before a running mutant counts as caught (it hangs); "
                           "raised to 3 times the whole solution run when that is longer.").tag(config=True)
    run_timeout = Float(60.0, help="Seconds allowed for the solution or stub run.").tag(config=True)
    jobs = Int(0, help="Mutants run at once; 0 means one per CPU core.").tag(config=True)
    execute_timeout = Float(120.0, help="Seconds per cell when executing the master in a kernel.").tag(config=True)


@dataclass
class ExerciseReport:
    id: str
    points: float
    public_tests: int
    hidden_tests: int
    solution_score: float
    stub_score: float
    mutants: int = 0
    killed: int = 0
    survivors: list[str] = field(default_factory=list)


@dataclass
class LessonReport:
    id: str
    exercises: int
    solution_score: float
    max_score: float
    stub_score: float
    grader_score: float
    hidden_leaks: int
    mutants: int
    killed: int
    kill_rate: float
    passed: bool
    executes: bool
    problems: list[str]
    leaks: list[str]
    per_exercise: list[ExerciseReport]

    def to_json(self) -> dict:
        return asdict(self)


def _warm_imports(master: Master) -> None:
    """Import what the lesson imports once, in the parent, so forked children start warm."""
    from ..grading.plan import imported_modules

    for name in sorted(imported_modules(master)):
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a bad import (or an imported name, not a module) shows later
            pass


def _stale(master: Master, release, folder: Path) -> str:
    """Why the built release does not match the master, or '' when it does."""
    from ..build.otter_tests import render

    if [c.get("id") for c in master.cells] != [c.get("id") for c in release.cells]:
        return "cells differ"
    for m_cell, r_cell in zip(master.cells, release.cells):
        if m_cell.cell_type == "markdown" and m_cell.source != r_cell.source:
            return f"cell {m_cell.get('id')} differs"
    for ex in master.exercises:
        path = folder / "tests" / f"{ex.id}.py"
        if not path.is_file() or path.read_text(encoding="utf-8") != render(ex, hidden=False):
            return f"tests/{ex.id}.py differs"
    return ""


def execute_in_kernel(master: Master, timeout: float) -> str | None:
    """Run the master top to bottom in a real Jupyter kernel; return the first error or None."""
    import nbclient
    import nbformat

    nb = nbformat.from_dict(master.notebook)
    client = nbclient.NotebookClient(
        nb, timeout=timeout, kernel_name="python3",
        resources={"metadata": {"path": str(master.path.parent)}},
    )
    try:
        client.execute(stderr=subprocess.DEVNULL)  # the kernel's own start-up warnings are noise here
    except nbclient.exceptions.CellExecutionError as exc:
        return f"cell raised {exc.ename}: {exc.evalue}"
    except Exception as exc:  # noqa: BLE001 - kernel death, timeout
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return None


class Auditor:
    def __init__(self, catalog: Catalog, settings: Audit | None = None, execute_kernel: bool = True):
        self.catalog = catalog
        self.settings = settings or Audit(config=load_config(catalog.root))
        self.execute_kernel = execute_kernel

    def audit(self, lesson: Lesson) -> LessonReport:
        s = self.settings
        master = read_master(self.catalog.master_path(lesson.id), lesson.id)
        release_nb = release_dir(self.catalog.root, lesson.id) / f"{lesson.id}.ipynb"
        if not release_nb.is_file():
            raise LlmathError(f"{lesson.id}: no release notebook; run `llmath build {lesson.id}` first")
        release = load_notebook(release_nb, lesson.id)
        problems: list[str] = []
        stale = _stale(master, release, release_nb.parent)
        if stale:
            problems.append(f"release/{lesson.id} is older than the master ({stale}); run `llmath build {lesson.id}`")
        _warm_imports(master)

        executes = True
        if self.execute_kernel:
            error = execute_in_kernel(master, s.execute_timeout)
            if error:
                executes = False
                problems.append(f"the master does not execute: {error}")

        started = time.monotonic()
        solution = self._run(lambda: execute(master, master.cells), problems, "solution")
        self._mutant_timeout = max(s.mutant_timeout, 3 * (time.monotonic() - started))
        stub = self._run(lambda: execute(master, release.cells), problems, "stub")
        sol_scores = score(master, solution)
        stub_scores = score(master, stub)
        reports = []
        for ex, sol, st in zip(master.exercises, sol_scores, stub_scores):
            rep = ExerciseReport(ex.id, ex.points, len(ex.public_tests), len(ex.hidden_tests), sol.score, st.score)
            for name, passed, message in [tuple(t) for t in sol.tests]:
                if not passed:
                    problems.append(f"{ex.id}: the solution fails {name}: {message}")
            self._mutate(master, ex, rep)
            reports.append(rep)

        grader_score = grader_check(master, problems)
        leaks = find_leaks(master, release_nb.parent)
        total = sum(r.mutants for r in reports)
        killed = sum(r.killed for r in reports)
        kill_rate = round(killed / total, 4) if total else 0.0
        solution_score = round(sum(r.solution_score for r in reports), 6)
        stub_score = round(sum(r.stub_score for r in reports), 6)
        if len(master.exercises) < s.min_exercises:
            problems.append(f"{len(master.exercises)} exercises; at least {s.min_exercises} are required")
        if solution_score < master.max_score:
            problems.append(f"the solution scores {solution_score:g} of {master.max_score:g}")
        if stub_score > 0:
            earners = ", ".join(r.id for r in reports if r.stub_score > 0)
            problems.append(f"the released stub scores {stub_score:g} (in {earners})")
        if leaks:
            problems.append(f"{len(leaks)} hidden lines found in release/")
        if kill_rate < s.min_kill_rate:
            problems.append(f"kill rate {kill_rate:.2f} is below {s.min_kill_rate:.2f}")
        for r in reports:
            if r.killed == 0:
                problems.append(f"{r.id}: no mutant is caught ({r.mutants} tried)")
        return LessonReport(
            id=lesson.id, exercises=len(master.exercises), solution_score=solution_score,
            max_score=master.max_score, stub_score=stub_score, grader_score=grader_score,
            hidden_leaks=len(leaks), mutants=total,
            killed=killed, kill_rate=kill_rate, passed=not problems, executes=executes,
            problems=problems, leaks=leaks, per_exercise=reports,
        )

    def _run(self, fn, problems: list[str], what: str) -> dict:
        try:
            return run_forked(fn, self.settings.run_timeout)
        except (Timeout, RuntimeError) as exc:
            problems.append(f"the {what} run failed: {exc}")
            return {}

    def _mutate(self, master: Master, ex, rep: ExerciseReport) -> None:
        """Run every mutant of ``ex``; each in its own child, forked after the cells before it ran.

        A "stage" child executes the notebook up to the exercise's answer cell once;
        each mutant is then forked from that state and runs only from the answer
        cell to the exercise's tests.
        """
        found = mutants(ex.solution_source, ex.region, self.settings.mutants_per_exercise)
        timeout, jobs = self._mutant_timeout, self.settings.jobs

        def stage():
            namespace = new_namespace()
            execute(master, master.cells, namespace=namespace, stop=ex.solution_index)

            def job(m):
                return lambda: execute(master, master.cells, {ex.solution_index: m.source}, only=ex.id,
                                       namespace=namespace, start=ex.solution_index)[ex.id]

            outcomes = run_many([job(m) for m in found], timeout, jobs)
            return [None if isinstance(o, Exception) else o for o in outcomes]

        try:
            outcomes = run_forked(stage, self.settings.run_timeout + len(found) * timeout)
        except (Timeout, RuntimeError):
            outcomes = [None] * len(found)
        for m, tests in zip(found, outcomes):
            rep.mutants += 1
            # A mutant is caught when a test fails, or when it crashes or hangs the run (None).
            caught = tests is None or not all(passed for _, passed, _ in tests)
            if caught:
                rep.killed += 1
            else:
                rep.survivors.append(f"line {m.line}: {m.description}")


def grader_check(master: Master, problems: list[str]) -> float:
    """Grade the master's solution through the grading box (tests in their own process, JSON only).

    A lesson whose answers cannot cross the grader's channel as plain data, or
    whose tests rely on the student's namespace, fails here rather than in a
    classroom. The box runs as a bare process: this checks the lesson, not isolation.
    """
    from ..grading import results
    from ..grading.plan import make_plan
    from ..grading.runner import ProcessRunner
    from ..grading.settings import Grader

    settings = Grader()
    plan = make_plan(master, master.notebook, settings.box_limits())
    run = ProcessRunner(settings).run(plan.job, master.lesson_id)
    try:
        if run.error:
            raise results.BadResult(run.error)
        outcome = results.score(master, "audit", results.parse_output(run.stdout), [])
    except results.BadResult as exc:
        problems.append(f"the grader could not grade the solution: {exc}")
        return 0.0
    for ex in outcome.exercises:
        for t in ex.tests:
            if not t.passed:
                problems.append(f"{ex.id}: through the grader, the solution fails {t.name}"
                                + (f" ({t.detail})" if t.detail else ""))
    return outcome.score
