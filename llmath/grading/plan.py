"""Turn a master and a student's notebook into the job the grading box runs.

The master decides what runs and in which order; the student's notebook only
supplies the answers. For each code cell of the master, in order:

* a locked cell (setup, worked examples) runs the **master's** source, so a
  deleted or edited locked cell changes nothing;
* an answer cell ``qN_answer`` runs the student's cell with that id (the first
  one, if the student duplicated it); if it is missing, or was turned into
  Markdown, the exercise simply has no answer;
* a test cell ``qN`` becomes a test step: its tests, hidden ones included, run
  in the box against the student's state at that point. The student's copy of
  a test cell is never run.

Code cells the student added (or whose nbgrader id the master does not know)
run right after the known cell they follow in the student's notebook.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..lesson import Master
from ..lesson.master import nbgrader_meta
from .box import PRELOADABLE


class UnreadableNotebook(Exception):
    """A submission that is not a notebook at all; its message is the reason."""


@dataclass
class Plan:
    job: dict
    notes: list[str] = field(default_factory=list)   # what the student should know about their file
    answers: dict[str, str] = field(default_factory=dict)   # qN -> the answer source that ran
    extras: dict[str, list[str]] = field(default_factory=dict)  # anchor grade_id -> extra sources


def read_submission(path: Path) -> nbformat.NotebookNode:
    """Read a submitted notebook, or raise UnreadableNotebook with a one-line reason."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UnreadableNotebook("no notebook was submitted") from None
    except UnicodeDecodeError:
        raise UnreadableNotebook("the notebook is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise UnreadableNotebook(f"the notebook is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        raise UnreadableNotebook("the file is not a Jupyter notebook (no list of cells)")
    try:
        nb = nbformat.reads(json.dumps(raw), as_version=4)
    except Exception as exc:  # nbformat raises several unrelated types
        raise UnreadableNotebook(f"the notebook could not be read: {type(exc).__name__}") from None
    for cell in nb.cells:
        if not isinstance(cell, dict) or not isinstance(cell.get("source", ""), str):
            raise UnreadableNotebook("the notebook has a malformed cell")
        if cell.get("cell_type") not in ("code", "markdown", "raw"):
            raise UnreadableNotebook("the notebook has a cell of unknown type")
    return nb


def _grade_id(cell) -> str:
    meta = nbgrader_meta(cell)
    gid = meta.get("grade_id", "") if isinstance(meta, dict) else ""
    return gid if isinstance(gid, str) else ""


def make_plan(master: Master, student: nbformat.NotebookNode, limits: dict) -> Plan:
    known = {_grade_id(c) for c in master.cells if c.cell_type == "code" and _grade_id(c)}
    answer_ids = {f"{ex.id}_answer" for ex in master.exercises}
    plan = Plan(job={})

    # The student's answers, and the extra code cells anchored to the known cell before them.
    answers: dict[str, str] = {}
    extras: dict[str, list[str]] = {}
    anchor = "setup"
    for cell in student.cells:
        gid = _grade_id(cell)
        if gid in known:
            if gid in answer_ids and gid not in answers:
                if cell.cell_type == "code":
                    answers[gid] = cell.source
                else:
                    plan.notes.append(f"Cell {gid} is no longer a code cell, so it was not run.")
                anchor = gid
                continue
            if gid in answer_ids:
                plan.notes.append(f"Cell {gid} appears more than once; the first copy is your answer "
                                  "and later copies ran as extra cells.")
            else:
                anchor = gid
                continue
        if cell.cell_type == "code" and cell.source.strip():
            extras.setdefault(anchor, []).append(cell.source)

    steps: list[dict] = []
    by_test_index = {ex.test_index: ex for ex in master.exercises}
    for index, cell in enumerate(master.cells):
        if cell.cell_type != "code":
            continue
        gid = _grade_id(cell)
        if index in by_test_index:
            ex = by_test_index[index]
            steps.append({"exercise": ex.id, "source": ex.test_program(hidden=True),
                          "tests": [t.name for t in ex.tests]})
        elif gid in answer_ids:
            if gid in answers:
                steps.append({"cell": gid, "source": answers[gid]})
                plan.answers[gid] = answers[gid]
            else:
                plan.notes.append(f"Answer cell {gid} is missing from your notebook.")
        else:
            steps.append({"cell": gid or f"cell-{index}", "source": cell.source})
        for n, source in enumerate(extras.get(gid, [])):
            steps.append({"cell": f"{gid}+{n + 1}", "source": source})
    plan.extras = extras
    plan.job = {"steps": steps, "limits": limits}
    return plan


def lesson_imports(master: Master) -> tuple[str, ...]:
    """The modules of the scientific stack that the master's code cells import, tests included.

    The box imports them before it forks (``--preload``), so neither the student's
    process nor the tests import them again, and nothing the lesson does not use
    is imported at all. ``from a import b`` yields ``a`` and ``a.b``; the box skips
    the names that are not modules.
    """
    found = imported_modules(master)
    return tuple(sorted(name for name in found if name.split(".")[0] in PRELOADABLE))


def imported_modules(master: Master) -> set[str]:
    """Every module the master's code cells import: ``from a import b`` yields ``a`` and ``a.b``."""
    found: set[str] = set()
    for cell in master.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*")
    return found
