"""Read a master notebook into exercises, solution regions and tests.

A master is ordinary nbgrader source (see ``docs/authoring.md``):

* a locked **setup** cell (``grade_id: setup``);
* per exercise ``qN``: a Markdown prompt, an nbgrader **solution** cell
  ``qN_answer`` holding a ``### BEGIN SOLUTION`` / ``### END SOLUTION`` region,
  and an nbgrader **grade** cell ``qN`` with the tests and the points.

A test cell is plain Python: imports and helpers, then ``def test_*(names...)``
functions whose parameters are the student's names and whose docstring is the
message a student sees when the test fails. Hidden tests sit between
``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS``. The last line is
``run_tests(globals())``. Because a test receives the student's objects as
arguments, the same function runs in ``otter check``, in the otter bundle and
in a trusted process outside the student's kernel.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..errors import FormatError

BEGIN_SOLUTION = "### BEGIN SOLUTION"
END_SOLUTION = "### END SOLUTION"
BEGIN_HIDDEN = "### BEGIN HIDDEN TESTS"
END_HIDDEN = "### END HIDDEN TESTS"
RUN_TESTS = "run_tests(globals())"
EXERCISE_ID = re.compile(r"^q\d+$")


@dataclass(frozen=True)
class Test:
    """One test function of an exercise."""

    name: str
    hidden: bool
    message: str
    params: tuple[str, ...]
    source: str  # the ``def`` statement, dedented, without the hidden markers


@dataclass
class Exercise:
    """A graded exercise: its solution cell, its test cell and its tests."""

    id: str
    points: float
    prompt: str
    solution_index: int  # cell index of the solution cell
    test_index: int  # cell index of the test (grade) cell
    solution_source: str
    region: tuple[int, int]  # 0-based line numbers of the BEGIN/END SOLUTION markers
    header: str  # imports and helpers of the test cell, shared by its tests
    tests: list[Test] = field(default_factory=list)
    hidden_header: str = ""  # helpers defined inside the hidden block, for hidden tests only

    @property
    def public_tests(self) -> list[Test]:
        return [t for t in self.tests if not t.hidden]

    @property
    def hidden_tests(self) -> list[Test]:
        return [t for t in self.tests if t.hidden]

    def solution_lines(self) -> list[str]:
        lines = self.solution_source.splitlines()
        return lines[self.region[0] + 1 : self.region[1]]

    def test_program(self, hidden: bool = True) -> str:
        """The test cell as a standalone module: header plus test functions, no runner call."""
        chosen = [t for t in self.tests if hidden or not t.hidden]
        headers = [self.header, self.hidden_header] if hidden else [self.header]
        return "\n\n".join([*headers, *(t.source for t in chosen)]).strip() + "\n"


@dataclass
class Master:
    lesson_id: str
    path: Path
    notebook: nbformat.NotebookNode
    exercises: list[Exercise]

    @property
    def cells(self) -> list:
        return self.notebook.cells

    def exercise(self, exercise_id: str) -> Exercise:
        for ex in self.exercises:
            if ex.id == exercise_id:
                return ex
        raise KeyError(exercise_id)

    @property
    def max_score(self) -> float:
        return sum(ex.points for ex in self.exercises)


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def load_notebook(path: Path, lesson_id: str) -> nbformat.NotebookNode:
    """Read a notebook, turning every way it can be broken into a one-line FormatError."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FormatError(lesson_id, f"{path} does not exist") from None
    except UnicodeDecodeError:
        raise FormatError(lesson_id, f"{path.name} is not UTF-8 text") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(lesson_id, f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    try:
        nb = nbformat.reads(json.dumps(raw), as_version=4)
        nbformat.validate(nb)
    except Exception as exc:  # nbformat raises several unrelated types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise FormatError(lesson_id, f"{path.name} is not a valid notebook: {first}") from None
    return nb


def read_master(path: Path, lesson_id: str) -> Master:
    """Parse and check a master notebook."""
    nb = load_notebook(path, lesson_id)
    cells = nb.cells
    setup = [i for i, c in enumerate(cells) if nbgrader_meta(c).get("grade_id") == "setup"]
    if not setup:
        raise FormatError(lesson_id, "no setup cell (a locked code cell with grade_id 'setup')")
    solutions: dict[str, int] = {}
    exercises: list[Exercise] = []
    for index, cell in enumerate(cells):
        meta = nbgrader_meta(cell)
        grade_id = meta.get("grade_id", "")
        if cell.cell_type != "code" or not meta:
            continue
        if meta.get("solution") and not meta.get("grade"):
            if not grade_id.endswith("_answer"):
                raise FormatError(lesson_id, f"solution cell {grade_id!r} must be named qN_answer")
            solutions[grade_id[: -len("_answer")]] = index
        elif meta.get("grade") and not meta.get("solution"):
            exercises.append(_exercise(lesson_id, cells, index, grade_id, meta, solutions))
        elif meta.get("grade") and meta.get("solution"):
            raise FormatError(lesson_id, f"cell {grade_id!r}: answers and tests belong in separate cells")
    ids = [ex.id for ex in exercises]
    for qid, index in solutions.items():
        if qid not in ids:
            raise FormatError(lesson_id, f"solution cell {qid}_answer has no test cell {qid} after it")
    if len(set(ids)) != len(ids):
        raise FormatError(lesson_id, f"exercise ids repeat: {', '.join(ids)}")
    return Master(lesson_id=lesson_id, path=Path(path), notebook=nb, exercises=exercises)


def _exercise(lesson_id, cells, index, grade_id, meta, solutions) -> Exercise:
    where = f"{grade_id or 'cell ' + str(index)}"
    if not EXERCISE_ID.match(grade_id):
        raise FormatError(lesson_id, f"test cell {where}: grade_id must look like q1, q2, ...")
    if grade_id not in solutions:
        raise FormatError(lesson_id, f"{where}: missing solution cell {grade_id}_answer before the tests")
    points = meta.get("points")
    if not isinstance(points, (int, float)) or points <= 0:
        raise FormatError(lesson_id, f"{where}: test cell needs positive points")
    sol_index = solutions[grade_id]
    sol_source = cells[sol_index].source
    region = _solution_region(lesson_id, grade_id, sol_source)
    prompt = next(
        (cells[j].source for j in range(sol_index - 1, -1, -1) if cells[j].cell_type == "markdown"), ""
    )
    header, hidden_header, tests = _parse_tests(lesson_id, grade_id, cells[index].source)
    return Exercise(
        id=grade_id, points=float(points), prompt=prompt, solution_index=sol_index, test_index=index,
        solution_source=sol_source, region=region, header=header, tests=tests,
        hidden_header=hidden_header,
    )


def _solution_region(lesson_id: str, qid: str, source: str) -> tuple[int, int]:
    lines = [line.strip() for line in source.splitlines()]
    begins = [i for i, line in enumerate(lines) if line == BEGIN_SOLUTION]
    ends = [i for i, line in enumerate(lines) if line == END_SOLUTION]
    if len(begins) != 1 or len(ends) != 1 or ends[0] <= begins[0] + 1:
        raise FormatError(lesson_id, f"{qid}_answer: missing solution region ({BEGIN_SOLUTION} ... {END_SOLUTION})")
    return begins[0], ends[0]


def _parse_tests(lesson_id: str, qid: str, source: str) -> tuple[str, str, list[Test]]:
    lines = source.splitlines()
    stripped = [line.strip() for line in lines]
    if stripped.count(BEGIN_HIDDEN) != 1 or stripped.count(END_HIDDEN) != 1:
        raise FormatError(lesson_id, f"{qid}: the test cell needs one {BEGIN_HIDDEN} ... {END_HIDDEN} block")
    h0, h1 = stripped.index(BEGIN_HIDDEN) + 1, stripped.index(END_HIDDEN) + 1  # 1-based
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise FormatError(lesson_id, f"{qid}: test cell has a syntax error on line {exc.lineno}") from None
    body = list(tree.body)
    if not body or ast.get_source_segment(source, body[-1]) != RUN_TESTS:
        raise FormatError(lesson_id, f"{qid}: the test cell must end with {RUN_TESTS}")
    header_parts: list[str] = []
    hidden_parts: list[str] = []
    tests: list[Test] = []
    for node in body[:-1]:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
            start = min([node.lineno] + [d.lineno for d in node.decorator_list])
            hidden = h0 < start and node.end_lineno < h1
            if not hidden and (start < h0 < node.end_lineno or start < h1 < node.end_lineno):
                raise FormatError(lesson_id, f"{qid}: {node.name} straddles a hidden-tests marker")
            params = tuple(a.arg for a in node.args.args)
            if node.args.vararg or node.args.kwarg or node.args.kwonlyargs or "env" in params:
                raise FormatError(lesson_id, f"{qid}: {node.name} may only take the student's names as parameters")
            doc = ast.get_docstring(node)
            if not doc:
                raise FormatError(lesson_id, f"{qid}: {node.name} needs a docstring (the message a student sees)")
            block = "\n".join(lines[start - 1 : node.end_lineno])
            tests.append(Test(node.name, hidden, " ".join(doc.split()), params, block))
        else:
            inside = h0 < node.lineno and node.end_lineno < h1
            if not inside and (node.lineno < h0 < node.end_lineno or node.lineno < h1 < node.end_lineno):
                raise FormatError(lesson_id, f"{qid}: a statement straddles a hidden-tests marker")
            # get_source_segment splits the whole cell on each call: only where it is needed
            (hidden_parts if inside else header_parts).append(ast.get_source_segment(source, node, padded=False))
    names = [t.name for t in tests]
    if len(set(names)) != len(names):
        raise FormatError(lesson_id, f"{qid}: test names repeat")
    if not any(not t.hidden for t in tests):
        raise FormatError(lesson_id, f"{qid}: needs at least one public test")
    if not any(t.hidden for t in tests):
        raise FormatError(lesson_id, f"{qid}: needs at least one hidden test")
    return "\n".join(header_parts), "\n\n".join(hidden_parts), tests
