"""Record a built lesson's assignment and cells in the course gradebook.

nbgrader's ``GenerateAssignment`` writes the gradebook as it converts: one
commit per cell, through an ORM that reloads every object after each commit.
That is most of a lesson's build time, and it cannot run in several processes
at once against one SQLite file. So each lesson is converted against its own
*scratch* gradebook (nbgrader's own code decides every row), the rows are read
back as plain data, and the build process copies them into the course
gradebook in one transaction per lesson, one lesson at a time.

The copy gives the rows nbgrader itself would leave: the assignment is created
if missing; the notebook and its grade, solution, task and source cells are
matched by name, so existing rows keep their ids (and the grades that point at
them); cells the master no longer has are removed. As in nbgrader, cells cannot
be added or removed once a notebook has submissions.
"""

from __future__ import annotations

from pathlib import Path

from ..config import load_config, tools_on_path
from ..errors import BuildError

#: Cell kinds as (the notebook's attribute, nbgrader's model class name).
KINDS = (("grade_cells", "GradeCell"), ("solution_cells", "SolutionCell"),
         ("task_cells", "TaskCell"), ("source_cells", "SourceCell"))
#: Columns that tie a row to others; everything else is copied.
KEYS = {"id", "notebook_id", "type"}


def create_scratch(path: Path) -> str:
    """An empty gradebook at ``path``; return its URL.

    Creating the tables here skips what ``Gradebook()`` does on a new file,
    asking ``alembic`` (a subprocess, several seconds) for its schema version:
    a scratch gradebook is never migrated.
    """
    from nbgrader.api import Base
    from sqlalchemy import create_engine

    url = f"sqlite:///{path}"
    engine = create_engine(url)
    try:
        Base.metadata.create_all(bind=engine)
    finally:
        engine.dispose()
    return url


def _columns(row) -> dict:
    from sqlalchemy import inspect

    return {attr.key: getattr(row, attr.key) for attr in inspect(row).mapper.column_attrs
            if attr.key not in KEYS}


def read_assignment(db_url: str, lesson_id: str) -> list[dict]:
    """The assignment's notebooks and cells in a gradebook, as JSON-able data."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gb:
        assignment = gb.find_assignment(lesson_id)
        return [{"name": nb.name, "kernelspec": nb.kernelspec,
                 **{kind: sorted((_columns(c) for c in getattr(nb, kind)), key=lambda c: c["name"])
                    for kind, _ in KINDS}}
                for nb in assignment.notebooks]


def _course_gradebook(root: Path):
    import nbgrader.api as api

    tools_on_path()  # a new gradebook asks `alembic` for its schema version
    cfg = load_config(root)
    return api.Gradebook(cfg.CourseDirectory.db_url, cfg.CourseDirectory.course_id)


def record_assignment(root: Path, lesson_id: str, notebooks: list[dict]) -> None:
    """Make the course gradebook hold exactly ``notebooks`` for the lesson, in one commit."""
    import nbgrader.api as api

    with _course_gradebook(root) as gb:
        db = gb.db
        try:
            assignment = gb.find_assignment(lesson_id)
        except api.MissingEntry:
            assignment = api.Assignment(name=lesson_id, course_id=gb.course_id)
            db.add(assignment)
        wanted = {nb["name"] for nb in notebooks}
        for old in list(assignment.notebooks):
            if old.name not in wanted:
                if assignment.submissions:
                    raise BuildError(f"{lesson_id}: cannot remove notebook {old.name!r} from the gradebook: "
                                     "the assignment has submissions")
                _delete_notebook(db, old)
        for data in notebooks:
            notebook = next((nb for nb in assignment.notebooks if nb.name == data["name"]), None)
            if notebook is None:
                notebook = api.Notebook(name=data["name"], assignment=assignment)
                db.add(notebook)
            if notebook.submissions:
                _check_same_cells(lesson_id, notebook, data)
            else:
                notebook.kernelspec = data["kernelspec"]
            for kind, model in KINDS:
                existing = {c.name: c for c in getattr(notebook, kind)}
                for info in data[kind]:
                    cell = existing.pop(info["name"], None)
                    if cell is None:
                        db.add(getattr(api, model)(notebook=notebook, **info))
                    else:
                        for key, value in info.items():
                            setattr(cell, key, value)
                for gone in existing.values():
                    db.delete(gone)
        try:
            db.commit()
        except Exception:
            db.rollback()
            raise


def _check_same_cells(lesson_id: str, notebook, data: dict) -> None:
    for kind, _ in KINDS:
        if {c.name for c in getattr(notebook, kind)} != {c["name"] for c in data[kind]}:
            raise BuildError(f"{lesson_id}: cannot add or remove cells of notebook {notebook.name!r}: "
                             "it has submissions in the gradebook (as in nbgrader)")


def _delete_notebook(db, notebook) -> None:
    for kind, _ in KINDS:
        for cell in getattr(notebook, kind):
            db.delete(cell)
    db.delete(notebook)


def recorded_lessons(root: Path) -> set[str]:
    """Lessons whose assignment and notebook the course gradebook holds."""
    import nbgrader.api as api

    url = load_config(root).CourseDirectory.db_url
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        return set()  # none yet: creating it (slow, see create_scratch) waits for the first record
    with _course_gradebook(root) as gb:
        rows = gb.db.query(api.Assignment.name, api.Notebook.name).join(
            api.Notebook, api.Notebook.assignment_id == api.Assignment.id).all()
    return {a for a, n in rows if a == n}
