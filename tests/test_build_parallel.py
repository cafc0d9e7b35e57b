"""Parallel builds and the build cache: same files and gradebook as a plain build, unchanged lessons skipped."""

from __future__ import annotations

import json
import shutil

import nbformat
import pytest

from llmath.build import build_lesson, build_lessons, generate_assignment
from llmath.build.gradebook import read_assignment
from llmath.catalog import Catalog
from llmath.errors import BuildError

from conftest import TINY_ID, make_course

COPY_ID = "00-02-copy"


def two_lessons(root):
    """The tiny course with a second lesson, a copy of the first."""
    make_course(root)
    (root / "catalog.toml").write_text((root / "catalog.toml").read_text().replace(
        '}]', f'}}, {{ id = "{COPY_ID}", title = "Copy" }}]'))
    (root / "source" / COPY_ID).mkdir()
    shutil.copy(root / "source" / TINY_ID / f"{TINY_ID}.ipynb", root / "source" / COPY_ID / f"{COPY_ID}.ipynb")
    return root


def outputs(root) -> dict[str, bytes]:
    files = [p for d in ("release", "graders") for p in (root / d).rglob("*") if p.is_file()]
    files += [p for p in (root / "source").rglob("tests/*.py")]
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}


def db(root) -> str:
    return f"sqlite:///{root / 'gradebook.db'}"


def build(root, **kwargs):
    cat = Catalog.load(root)
    results, errors = build_lessons(cat, cat.authored(), **kwargs)
    assert not errors, errors
    return {r.lesson_id: r for r in results}


def test_gradebook_rows_equal_nbgraders_own(tmp_path):
    """The rows copied from the scratch gradebook are the rows nbgrader writes itself."""
    ours = make_course(tmp_path / "ours")
    cat = Catalog.load(ours)
    build_lesson(cat, cat.lesson(TINY_ID))
    theirs = make_course(tmp_path / "theirs")
    build_lesson(Catalog.load(theirs), Catalog.load(theirs).lesson(TINY_ID))  # public tests in source/
    (theirs / "gradebook.db").unlink()
    generate_assignment(theirs, TINY_ID)  # nbgrader straight into the course gradebook
    mine, nbgraders = read_assignment(db(ours), TINY_ID), read_assignment(db(theirs), TINY_ID)
    assert mine == nbgraders
    assert {c["name"] for c in mine[0]["grade_cells"]} == {"q1", "q2"}
    assert sum(c["max_score"] for c in mine[0]["grade_cells"]) == 3


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_parallel_build_equals_sequential(tmp_path, monkeypatch, start):
    from llmath.build import parallel

    monkeypatch.setattr(parallel, "_start_method", lambda: start)
    seq = two_lessons(tmp_path / "seq")
    par = two_lessons(tmp_path / "par")
    build(seq, jobs=1)
    results = build(par, jobs=2)
    assert sorted(results) == [TINY_ID, COPY_ID] and not any(r.cached for r in results.values())
    assert outputs(seq) == outputs(par)
    for lesson in (TINY_ID, COPY_ID):
        assert read_assignment(db(seq), lesson) == read_assignment(db(par), lesson)


def test_unchanged_lessons_are_skipped_and_force_rebuilds(tmp_path):
    root = two_lessons(tmp_path / "course")
    build(root)
    before = outputs(root)
    again = build(root)
    assert all(r.cached for r in again.values()) and outputs(root) == before
    assert all(not r.cached for r in build(root, force=True).values())
    assert outputs(root) == before
    record = json.loads((root / "build" / "lessons.json").read_text())
    assert sorted(record["lessons"]) == [TINY_ID, COPY_ID]


def test_a_changed_master_is_rebuilt(tmp_path):
    root = two_lessons(tmp_path / "course")
    build(root)
    master = root / "source" / TINY_ID / f"{TINY_ID}.ipynb"
    nb = nbformat.read(master, 4)
    nb.cells[0].source += "\nA sentence added by the author."
    nbformat.write(nb, str(master))
    results = build(root)
    assert not results[TINY_ID].cached and results[COPY_ID].cached
    release = (root / "release" / TINY_ID / f"{TINY_ID}.ipynb").read_text()
    assert "A sentence added by the author." in release


def test_a_deleted_or_edited_output_is_rebuilt(tmp_path):
    root = two_lessons(tmp_path / "course")
    build(root)
    before = outputs(root)
    for output in (f"release/{TINY_ID}/{TINY_ID}.ipynb", f"release/{TINY_ID}/tests/q1.py",
                   f"source/{TINY_ID}/tests/q2.py", f"graders/{TINY_ID}.zip"):
        (root / output).unlink()
        results = build(root)
        assert not results[TINY_ID].cached and results[COPY_ID].cached, output
        assert outputs(root) == before, output
    (root / "release" / TINY_ID / "tests" / "q1.py").write_text("edited by hand\n")
    assert not build(root)[TINY_ID].cached
    assert outputs(root) == before


def test_a_lost_gradebook_rebuilds(tmp_path):
    root = two_lessons(tmp_path / "course")
    build(root)
    (root / "gradebook.db").unlink()
    results = build(root)
    assert not any(r.cached for r in results.values())
    assert read_assignment(db(root), COPY_ID)


@pytest.mark.filterwarnings("ignore:Object of type")  # nbgrader's add_submission, harmless
def test_rebuild_keeps_cell_ids_and_grades(tmp_path):
    """Re-recording a lesson with submissions updates rows in place, as nbgrader does."""
    from nbgrader.api import Gradebook

    root = make_course(tmp_path / "course")
    cat = Catalog.load(root)
    build_lesson(cat, cat.lesson(TINY_ID))
    with Gradebook(db(root)) as gb:
        gb.add_student("alice")
        gb.add_submission(TINY_ID, "alice")
        grade = gb.find_grade("q1", TINY_ID, TINY_ID, "alice")
        grade.auto_score, cell_id = 2.0, grade.cell_id
        gb.db.commit()
    build_lesson(cat, cat.lesson(TINY_ID))
    with Gradebook(db(root)) as gb:
        grade = gb.find_grade("q1", TINY_ID, TINY_ID, "alice")
        assert grade.auto_score == 2.0 and grade.cell_id == cell_id
    # Removing an exercise under a submission is refused, and the new release removed.
    master = root / "source" / TINY_ID / f"{TINY_ID}.ipynb"
    nb = nbformat.read(master, 4)
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in ("q2", "q2_answer")]
    nbformat.write(nb, str(master))
    with pytest.raises(BuildError, match="submissions"):
        build_lesson(cat, cat.lesson(TINY_ID))
    assert not (root / "release" / TINY_ID).exists()


def test_cli_reports_unchanged_lessons(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = two_lessons(tmp_path / "course")
    llmath = [str(Path(sys.executable).parent / "llmath"), "build", "--all"]
    first = subprocess.run(llmath, cwd=root, capture_output=True, text=True, check=True).stdout
    assert f"built {TINY_ID}: 2 exercises" in first and "2 built, 0 unchanged, 0 failed" in first
    second = subprocess.run(llmath, cwd=root, capture_output=True, text=True, check=True).stdout
    assert f"unchanged {COPY_ID}" in second and "0 built, 2 unchanged, 0 failed" in second
