"""Write grades to nbgrader's gradebook, the way ``nbgrader autograde`` does.

One ``auto_score`` per graded cell. A manual score that a grader already set in
the formgrader is kept (the cell is flagged for review, as nbgrader does), and
manual comments are never touched, so re-grading is safe. Everything for one
submission is committed at once.
"""

from __future__ import annotations

import warnings
from datetime import datetime
from pathlib import Path

from ..build import generate_assignment
from ..config import load_config, tools_on_path
from ..lesson import Master
from .results import Outcome


def _open(root: Path):
    from nbgrader.api import Gradebook

    cfg = load_config(root)
    tools_on_path()
    return Gradebook(cfg.CourseDirectory.db_url, cfg.CourseDirectory.course_id)


def ensure_assignment(root: Path, lesson_id: str) -> None:
    """The gradebook knows the lesson's graded cells (a fresh clone has no gradebook yet)."""
    from nbgrader.api import MissingEntry

    with _open(root) as gb:
        try:
            gb.find_assignment(lesson_id)
            return
        except MissingEntry:
            pass
    generate_assignment(root, lesson_id)


def record(root: Path, master: Master, outcome: Outcome, timestamp: datetime | None,
           unanswered: set[str]) -> None:
    lesson, student = master.lesson_id, outcome.student
    with _open(root) as gb, warnings.catch_warnings():
        # nbgrader's add_submission trips a harmless SQLAlchemy autoflush warning.
        warnings.simplefilter("ignore")
        gb.update_or_create_student(student)
        if timestamp is not None:
            gb.update_or_create_submission(lesson, student, timestamp=timestamp)
        else:
            gb.update_or_create_submission(lesson, student)
        for ex in outcome.exercises:
            grade = gb.find_grade(ex.id, lesson, lesson, student)
            grade.auto_score = ex.score
            grade.needs_manual_grade = grade.manual_score is not None
        for ex in master.exercises:
            comment = gb.find_comment(f"{ex.id}_answer", lesson, lesson, student)
            comment.auto_comment = "No response." if ex.id in unanswered else None
        gb.db.commit()


def scores(root: Path, lesson_id: str, student: str) -> dict[str, tuple[float, str]]:
    """Per exercise: the final score (a manual score overrides the automatic one) and any comment."""
    out: dict[str, tuple[float, str]] = {}
    with _open(root) as gb:
        notebook = gb.find_submission_notebook(lesson_id, lesson_id, student)
        comments = {c.name: (c.manual_comment or "") for c in notebook.comments}
        for grade in notebook.grades:
            out[grade.name] = (float(grade.score or 0.0), comments.get(f"{grade.name}_answer", ""))
    return out


def parse_timestamp(folder: Path) -> datetime | None:
    path = folder / "timestamp.txt"
    if not path.is_file():
        return None
    from nbgrader.utils import parse_utc

    try:
        return parse_utc(path.read_text().strip())
    except Exception:  # an unreadable timestamp is as good as none
        return None
