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


def opened(root: Path):
    """The course's gradebook, open; use it as a context manager. A batch keeps one open."""
    from nbgrader.api import Gradebook

    cfg = load_config(root)
    tools_on_path()
    return Gradebook(cfg.CourseDirectory.db_url, cfg.CourseDirectory.course_id)


def ensure_assignment(root: Path, lesson_id: str) -> None:
    """The gradebook knows the lesson's graded cells (a fresh clone has no gradebook yet)."""
    from nbgrader.api import MissingEntry

    with opened(root) as gb:
        try:
            gb.find_assignment(lesson_id)
            return
        except MissingEntry:
            pass
    generate_assignment(root, lesson_id)


def record(gb, master: Master, outcome: Outcome, timestamp: datetime | None,
           unanswered: set[str]) -> None:
    """Write one submission's scores and comments to the open gradebook ``gb``."""
    from nbgrader.api import Comment, Grade, GradeCell, SolutionCell

    lesson, student = master.lesson_id, outcome.student
    with warnings.catch_warnings():
        # nbgrader's add_submission trips a harmless SQLAlchemy autoflush warning.
        warnings.simplefilter("ignore")
        gb.update_or_create_student(student)
        if timestamp is not None:
            gb.update_or_create_submission(lesson, student, timestamp=timestamp)
        else:
            gb.update_or_create_submission(lesson, student)
        # One query each for the notebook's grades and comments, not several per cell.
        notebook = gb.find_submission_notebook(lesson, lesson, student)
        grades = dict(gb.db.query(GradeCell.name, Grade).join(Grade, Grade.cell_id == GradeCell.id)
                      .filter(Grade.notebook_id == notebook.id).all())
        comments = dict(gb.db.query(SolutionCell.name, Comment).join(Comment, Comment.cell_id == SolutionCell.id)
                        .filter(Comment.notebook_id == notebook.id).all())
        for ex in outcome.exercises:
            grade = grades.get(ex.id) or gb.find_grade(ex.id, lesson, lesson, student)
            grade.auto_score = ex.score
            grade.needs_manual_grade = grade.manual_score is not None
        for ex in master.exercises:
            name = f"{ex.id}_answer"
            comment = comments.get(name) or gb.find_comment(name, lesson, lesson, student)
            comment.auto_comment = "No response." if ex.id in unanswered else None
        gb.db.commit()


def scores(root: Path, lesson_id: str, student: str) -> dict[str, tuple[float, str]]:
    """Per exercise: the final score (a manual score overrides the automatic one) and any comment."""
    out: dict[str, tuple[float, str]] = {}
    with opened(root) as gb:
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
