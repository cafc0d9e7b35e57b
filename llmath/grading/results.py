"""Check what a grading container returned, and score it.

The container's result is untrusted input until it passes ``validate``: it must
be one JSON object of the expected shape, naming only the lesson's exercises and
tests. Scores are computed here from the pass/fail flags and the master's
points; messages come from the master's docstrings, never from the container,
and a hidden test's failure detail is reduced to what concerns the student's
own code.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from ..lesson import Master

PROTOCOL = 1
STUDENT_KINDS = {"raised", "data", "missing", "timeout", "gone"}  # details about the student's code


class BadResult(Exception):
    """The container's output is not a valid result."""


@dataclass
class TestResult:
    name: str
    hidden: bool
    passed: bool
    message: str   # the test's docstring
    detail: str    # why it failed, when that is safe to show


@dataclass
class ExerciseScore:
    id: str
    points: float
    score: float
    tests: list[TestResult]


@dataclass
class CellRun:
    id: str
    status: str    # ok | error | timeout | died | not-run
    output: str
    error: str
    dropped: int


@dataclass
class Outcome:
    """One submission's grade: per-exercise scores, cell runs and the reasons for any zero."""

    student: str
    lesson: str
    exercises: list[ExerciseScore] = field(default_factory=list)
    cells: list[CellRun] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str = ""          # why the submission could not be (fully) graded
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return round(sum(e.score for e in self.exercises), 6)

    @property
    def max_score(self) -> float:
        return round(sum(e.points for e in self.exercises), 6)

    def to_json(self) -> dict:
        data = asdict(self)
        data["score"], data["max_score"] = self.score, self.max_score
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Outcome":
        exercises = [ExerciseScore(e["id"], e["points"], e["score"], [TestResult(**t) for t in e["tests"]])
                     for e in data["exercises"]]
        return cls(student=data["student"], lesson=data["lesson"], exercises=exercises,
                   cells=[CellRun(**c) for c in data["cells"]], notes=list(data["notes"]),
                   error=data["error"], seconds=data.get("seconds", 0.0))


def _text(value, limit: int = 200_000) -> str:
    if not isinstance(value, str):
        raise BadResult("a text field is not a string")
    return value[:limit]


def parse_output(raw: bytes) -> dict:
    """The result object: the last line of the container's stdout."""
    lines = [line for line in raw.decode("utf-8", "replace").splitlines() if line.strip()]
    if not lines:
        raise BadResult("the grader returned nothing")
    try:
        data = json.loads(lines[-1])
    except ValueError:
        raise BadResult("the grader's result is not JSON") from None
    if not isinstance(data, dict) or data.get("protocol") != PROTOCOL:
        raise BadResult("the grader's result has the wrong format")
    return data


def zero(master: Master, student: str, reason: str, notes: list[str] | None = None) -> Outcome:
    """Every test failed for one reason: nothing could be run."""
    exercises = [ExerciseScore(ex.id, ex.points, 0.0,
                               [TestResult(t.name, t.hidden, False, _doc(t.message), reason) for t in ex.tests])
                 for ex in master.exercises]
    return Outcome(student=student, lesson=master.lesson_id, exercises=exercises,
                   notes=list(notes or []), error=reason)


def _doc(message: str) -> str:
    return " ".join(message.split())


def score(master: Master, student: str, data: dict, notes: list[str]) -> Outcome:
    """Validate a container's result and score it against the master."""
    cells_raw, tests_raw = data.get("cells"), data.get("tests")
    if not isinstance(cells_raw, list) or not isinstance(tests_raw, list):
        raise BadResult("the grader's result has the wrong format")
    cells = []
    for c in cells_raw:
        if not isinstance(c, dict) or not isinstance(c.get("dropped", 0), int):
            raise BadResult("a cell record has the wrong format")
        status = _text(c.get("status"), 20)
        if status not in ("ok", "error", "timeout", "died", "not-run"):
            raise BadResult("a cell record has an unknown status")
        cells.append(CellRun(_text(c.get("id"), 100), status, _text(c.get("output")),
                             _text(c.get("error"), 20_000), c.get("dropped", 0)))
    seen: dict[tuple[str, str], dict] = {}
    for t in tests_raw:
        if not isinstance(t, dict) or not isinstance(t.get("passed"), bool):
            raise BadResult("a test record has the wrong format")
        seen.setdefault((_text(t.get("exercise"), 50), _text(t.get("name"), 200)), t)
    exercises = []
    for ex in master.exercises:
        results = []
        for test in ex.tests:
            t = seen.get((ex.id, test.name))
            if t is None:
                results.append(TestResult(test.name, test.hidden, False, _doc(test.message), "not run"))
                continue
            kind, detail = _text(t.get("kind", ""), 20), _text(t.get("detail", ""), 600)
            if test.hidden and kind not in STUDENT_KINDS:
                detail = ""  # never echo a hidden test's own assertion or error text
            passed = t["passed"]
            results.append(TestResult(test.name, test.hidden, passed, _doc(test.message),
                                      "" if passed else detail))
        passed = sum(r.passed for r in results)
        share = ex.points * passed / len(results) if results else 0.0
        exercises.append(ExerciseScore(ex.id, ex.points, round(share, 6), results))
    fatal = data.get("fatal")
    return Outcome(student=student, lesson=master.lesson_id, exercises=exercises, cells=cells,
                   notes=notes, error=_text(fatal, 500) if fatal else "")
