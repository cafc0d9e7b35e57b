"""``llmath feedback``: a feedback notebook, with HTML beside it, per graded submission.

It is the autograded notebook (the release with the student's answers and the
grading outputs) with a summary at the top: the final score per exercise from
the gradebook, so a grader's manual score or comment in the formgrader is what
the student sees, and the notes about the submission. It is written to
``feedback/<student>/<lesson>/<lesson>.ipynb`` and ``.html``, where
``nbgrader release_feedback`` picks the HTML up.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat

from ..catalog import Catalog
from ..errors import LlmathError
from . import gradebook
from .batch import KEPT, RECORD, _write_atomic
from .notebooks import feedback_notebook, to_html
from .results import Outcome


class NotGraded(LlmathError):
    pass


def write_feedback(catalog: Catalog, lesson_id: str, students: list[str] | None = None) -> list[Path]:
    root = catalog.root
    lesson = catalog.lesson(lesson_id)
    base = root / "autograded"
    if students:
        folders = [base / s / lesson.id for s in students]
        for folder in folders:
            if not (folder / RECORD).is_file():
                raise NotGraded(f"{folder.parent.name} has no graded submission of {lesson.id}; "
                                f"run `llmath grade {lesson.id}` first")
    else:
        folders = sorted(p.parent for p in base.glob(f"*/{lesson.id}/{RECORD}")) if base.is_dir() else []
        if not folders:
            raise NotGraded(f"no graded submissions of {lesson.id}; run `llmath grade {lesson.id}` first")
    written = []
    for folder in folders:
        student = folder.parent.name
        outcome = Outcome.from_json(json.loads((folder / RECORD).read_text())["outcome"])
        final = gradebook.scores(root, lesson.id, student)
        for ex in outcome.exercises:
            if ex.id in final:
                ex.score = final[ex.id][0]
                if final[ex.id][1]:
                    outcome.notes.append(f"Comment on {ex.id}: {final[ex.id][1]}")
        autograded = nbformat.read(folder / f"{lesson.id}.ipynb", as_version=4)
        nb = feedback_notebook(autograded, outcome, lesson.title)
        dest = root / "feedback" / student / lesson.id
        _write_atomic(dest / f"{lesson.id}.ipynb", nbformat.writes(nb))
        _write_atomic(dest / f"{lesson.id}.html", to_html(nb))
        for name in KEPT:  # what `llmath release-feedback` (and nbgrader's) needs to address the student
            if (folder / name).is_file():
                _write_atomic(dest / name, (folder / name).read_text())
        written.append(dest / f"{lesson.id}.ipynb")
    return written
