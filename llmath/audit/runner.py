"""Execute a lesson's code cells and score them with tests run outside the student namespace.

The notebook's own code (the "student" side) runs in one namespace; each test
cell's program runs in a namespace of its own and receives the student's
objects only as arguments, exactly as in ``otter check`` and in the secure
grader. Test cells themselves are never executed in the student namespace.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from ..lesson import Exercise, Master
from ..lesson.master import nbgrader_meta
from ..runtime import TestOutcome, call_test


@dataclass
class ExerciseResult:
    id: str
    points: float
    score: float
    tests: list[TestOutcome]


def run_exercise_tests(exercise: Exercise, namespace: dict) -> list[TestOutcome]:
    tns: dict = {"__name__": f"llmath_tests_{exercise.id}", "__builtins__": builtins}
    exec(compile(exercise.test_program(hidden=True), f"<tests {exercise.id}>", "exec"), tns)

    def lookup(name: str):
        if name not in namespace:
            raise KeyError(name)
        return namespace[name]

    return [call_test(tns[t.name], lookup) for t in exercise.tests]


def new_namespace() -> dict:
    return {"__name__": "__main__", "__builtins__": builtins}


def execute(master: Master, cells: list, replace: dict[int, str] | None = None,
            only: str | None = None, namespace: dict | None = None,
            start: int = 0, stop: int | None = None) -> dict[str, list[list]]:
    """Run ``cells[start:stop]`` (a master's or a release's) in order; score each exercise met.

    ``replace`` maps a cell index to substitute source (a mutant). With ``only``,
    execution stops after that exercise's tests. ``namespace`` (the notebook's
    globals) is created fresh unless given, so a caller can run a prefix once and
    continue from it. Returns plain data: ``{qid: [[test_name, passed, message], ...]}``;
    exercises not reached are scored as failing.
    """
    replace = replace or {}
    by_grade_id = {ex.id: ex for ex in master.exercises}
    namespace = new_namespace() if namespace is None else namespace
    results: dict[str, list[list]] = {}
    for index in range(start, len(cells) if stop is None else stop):
        cell = cells[index]
        if cell.cell_type != "code":
            continue
        meta = nbgrader_meta(cell)
        exercise = by_grade_id.get(meta.get("grade_id", "")) if meta.get("grade") else None
        if exercise is not None:
            outcomes = run_exercise_tests(exercise, namespace)
            results[exercise.id] = [list(o) for o in outcomes]
            if only == exercise.id:
                break
            continue
        source = replace.get(index, cell.source)
        try:
            exec(compile(source, f"<cell {index}>", "exec"), namespace)
        except BaseException:  # noqa: BLE001 - a failing cell fails its tests, nothing more
            pass
    for ex in master.exercises:
        results.setdefault(ex.id, [[t.name, False, "test cell not found"] for t in ex.tests])
    return results


def score(master: Master, results: dict[str, list[list]]) -> list[ExerciseResult]:
    """Points per exercise: an equal share of the exercise's points per passing test."""
    out = []
    for ex in master.exercises:
        tests = [TestOutcome(*t) for t in results.get(ex.id, [])]
        passed = sum(1 for t in tests if t.passed)
        share = ex.points * passed / len(ex.tests) if ex.tests else 0.0
        out.append(ExerciseResult(ex.id, ex.points, round(share, 6), tests))
    return out
