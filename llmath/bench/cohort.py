"""A synthetic cohort for the benchmark: submissions with a known, grader-independent score.

Every submission starts from the lesson's release notebook (what students get)
and fills its answer cells. Each exercise is made either **fully right** (the
master's solution) or **fully wrong** (every one of its tests fails), so that
graders with different rules for partial credit still owe the same score: nbgrader
gives a test cell all of its points or none, while llmath and otter share an
exercise's points among its tests.

The kinds, in a fixed rotation so that any five consecutive students hold all five:

* ``correct``: every answer is the master's solution;
* ``partial``: solutions for a subset of the exercises, the released stubs for the rest;
* ``wrong``: solutions except for one to three exercises, which hold a plausible
  mistake (a mutant of the solution, see ``llmath.audit.mutate``) that fails
  every test of its exercise;
* ``crashing``: solutions except for two exercises whose answer cells crash, one
  with an exception, one with ``sys.exit(1)``;
* ``slow``: every answer right, one answer cell sleeps for ``SLOW_SECONDS`` first
  (well inside every grader's time limits).

The cohort depends only on the number of students: student ``i`` is the same in
every cohort that has one.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..audit.runner import execute, new_namespace
from ..audit.sandbox import Timeout, run_forked, run_many
from ..audit.mutate import mutants
from ..lesson import Master
from ..lesson.master import BEGIN_SOLUTION, END_SOLUTION, nbgrader_meta

KINDS = ("correct", "partial", "wrong", "crashing", "slow")
ROTATION = ("correct", "partial", "wrong", "crashing", "slow",
            "correct", "partial", "wrong", "partial", "correct")
SLOW_SECONDS = 2.0
MUTANTS_TRIED = 12      # mutants of one exercise screened for "fails every test"
MUTANT_TIMEOUT = 5.0    # a mutant slower than this is not used: it would test time limits, not grading


@dataclass
class Student:
    name: str
    kind: str
    full: dict[str, bool]   # exercise id -> full marks expected (otherwise zero)
    notebook: nbformat.NotebookNode

    def expected_score(self, master: Master) -> float:
        return sum(ex.points for ex in master.exercises if self.full[ex.id])


def solution_source(source: str) -> str:
    """An answer cell's solution as a student would write it: the region markers dropped."""
    return "\n".join(line for line in source.splitlines() if line.strip() not in (BEGIN_SOLUTION, END_SOLUTION))


def _region_indent(source: str, region: tuple[int, int]) -> str:
    line = source.splitlines()[region[0]]
    return line[: len(line) - len(line.lstrip())]


def crash_source(source: str, region: tuple[int, int], how: str) -> str:
    """An answer cell that crashes.

    ``raise``: the solution region raises (at run time, or when the function is
    called). ``exit``: the cell calls ``sys.exit(1)`` before anything else; it
    stays at the top level, where every notebook kernel turns it into an error
    in that cell.
    """
    if how == "exit":
        return "import sys\nsys.exit(1)\n" + solution_source(source)
    lines = source.splitlines()
    indent = _region_indent(source, region)
    body = [f'{indent}raise RuntimeError("the answer crashed")']
    return "\n".join(lines[: region[0]] + body + lines[region[1] + 1:])


def slow_source(source: str, seconds: float) -> str:
    return f"import time\ntime.sleep({seconds!r})\n" + solution_source(source)


class WrongAnswers:
    """Per exercise, the mutants of its solution that fail every one of its tests (found on demand)."""

    def __init__(self, master: Master, jobs: int | None = None):
        self.master = master
        self.jobs = jobs
        self._found: dict[str, list[str]] = {}

    def for_exercise(self, qid: str) -> list[str]:
        if qid not in self._found:
            self._found[qid] = self._screen(self.master.exercise(qid))
        return self._found[qid]

    def _screen(self, ex) -> list[str]:
        master = self.master
        found = mutants(ex.solution_source, ex.region, MUTANTS_TRIED)

        def stage():
            namespace = new_namespace()
            execute(master, master.cells, namespace=namespace, stop=ex.solution_index)

            def job(source):
                return lambda: execute(master, master.cells, {ex.solution_index: source}, only=ex.id,
                                       namespace=namespace, start=ex.solution_index)[ex.id]

            outcomes = run_many([job(m.source) for m in found], MUTANT_TIMEOUT, self.jobs)
            return [None if isinstance(o, Exception) else o for o in outcomes]

        try:
            outcomes = run_forked(stage, 120 + len(found) * MUTANT_TIMEOUT)
        except (Timeout, RuntimeError):
            return []
        return [m.source for m, tests in zip(found, outcomes)
                if tests is not None and not any(passed for _, passed, _ in tests)]


def _answer_cells(nb) -> dict[str, object]:
    return {nbgrader_meta(c).get("grade_id"): c for c in nb.cells
            if nbgrader_meta(c).get("grade_id", "").endswith("_answer")}


def make_student(index: int, master: Master, release: nbformat.NotebookNode, wrong: WrongAnswers) -> Student:
    """Student ``index`` (0-based) of every cohort: its kind comes from the rotation, its choices from a seed."""
    kind = ROTATION[index % len(ROTATION)]
    rng = random.Random(f"llmath-bench-{index}")
    ids = [ex.id for ex in master.exercises]
    nb = copy.deepcopy(release)
    cells = _answer_cells(nb)
    full = {qid: True for qid in ids}
    answers = {qid: solution_source(master.exercise(qid).solution_source) for qid in ids}

    if kind == "partial":
        keep = set(rng.sample(ids, rng.randint(1, max(1, len(ids) - 2))))
        for qid in ids:
            if qid not in keep:
                answers[qid] = None  # the released stub stays
                full[qid] = False
    elif kind == "wrong":
        want = rng.randint(1, min(3, len(ids) - 1))
        for qid in rng.sample(ids, len(ids)):
            if want == 0:
                break
            options = wrong.for_exercise(qid)
            if options:
                answers[qid] = options[index % len(options)]
                full[qid] = False
                want -= 1
    elif kind == "crashing":
        for qid, how in zip(rng.sample(ids, 2), ("raise", "exit")):
            ex = master.exercise(qid)
            answers[qid] = crash_source(ex.solution_source, ex.region, how)
            full[qid] = False
    elif kind == "slow":
        qid = rng.choice(ids)
        answers[qid] = slow_source(master.exercise(qid).solution_source, SLOW_SECONDS)

    for qid, source in answers.items():
        if source is not None:
            cells[f"{qid}_answer"].source = source
    name = f"s{index + 1:03d}-{kind}"
    return Student(name, kind, full, nb)


def make_cohort(master: Master, release: nbformat.NotebookNode, count: int,
                jobs: int | None = None) -> list[Student]:
    """``count`` students, deterministic given ``count``."""
    wrong = WrongAnswers(master, jobs)
    return [make_student(i, master, release, wrong) for i in range(count)]


def write_cohort(students: list[Student], root: Path, lesson_id: str,
                 timestamp: str = "2026-01-05 09:00:00.000000 UTC") -> None:
    """``submitted/<student>/<lesson>/<lesson>.ipynb`` with a timestamp, nbgrader's layout."""
    for s in students:
        folder = root / "submitted" / s.name / lesson_id
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(s.notebook, str(folder / f"{lesson_id}.ipynb"))
        (folder / "timestamp.txt").write_text(timestamp)
