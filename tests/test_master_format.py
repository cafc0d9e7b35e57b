"""The master-notebook format: parsing, and one clear error per kind of broken master."""

import json

import nbformat
import pytest

from llmath.errors import FormatError
from llmath.lesson import read_master
from llmath.lesson.script import notebook_to_script, script_to_notebook

from conftest import FIXTURES, TINY_ID


def master_path(course):
    return course / "source" / TINY_ID / f"{TINY_ID}.ipynb"


def test_parses_exercises_and_tests(course):
    m = read_master(master_path(course), TINY_ID)
    assert [e.id for e in m.exercises] == ["q1", "q2"]
    assert m.max_score == 3
    q1 = m.exercise("q1")
    assert [t.name for t in q1.public_tests] == ["test_shape"]
    assert [t.name for t in q1.hidden_tests] == ["test_columns_have_zero_mean"]
    assert q1.tests[0].params == ("mean_centre",)
    assert q1.tests[0].message == "mean_centre keeps the shape of its input."
    assert q1.solution_lines() == ["    x = np.asarray(x, dtype=float)", "    return x - x.mean(axis=0)"]
    assert "Exercise 1" in q1.prompt
    assert "test_columns_have_zero_mean" not in q1.test_program(hidden=False)
    assert "test_columns_have_zero_mean" in q1.test_program(hidden=True)


def test_script_round_trip(course):
    nb = nbformat.read(master_path(course), 4)
    text = notebook_to_script(nb)
    again = script_to_notebook(text, TINY_ID, "Tiny lesson")
    assert [(c.cell_type, c.source, c.get("metadata")) for c in again.cells] == [
        (c.cell_type, c.source, c.get("metadata")) for c in nb.cells]
    assert text == (FIXTURES / "tiny.py").read_text()


def _edit(course, fn):
    path = master_path(course)
    nb = nbformat.read(path, 4)
    fn(nb)
    nbformat.write(nb, path)
    return path


def _cell(nb, grade_id):
    return next(c for c in nb.cells if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id)


@pytest.mark.parametrize("edit, message", [
    (lambda nb: setattr(_cell(nb, "q1_answer"), "source", "def mean_centre(x):\n    return x"),
     "q1_answer: missing solution region"),
    (lambda nb: setattr(_cell(nb, "q1"), "source", _cell(nb, "q1").source.replace("### BEGIN HIDDEN TESTS", "")),
     "q1: the test cell needs one ### BEGIN HIDDEN TESTS"),
    (lambda nb: setattr(_cell(nb, "q2"), "source", _cell(nb, "q2").source.replace("run_tests(globals())", "")),
     "q2: the test cell must end with run_tests"),
    (lambda nb: nb.cells.remove(_cell(nb, "q2_answer")), "q2: missing solution cell q2_answer"),
    (lambda nb: nb.cells.remove(_cell(nb, "setup")), "no setup cell"),
    (lambda nb: setattr(_cell(nb, "q1"), "source", _cell(nb, "q1").source.replace('"""mean_centre keeps the shape of its input."""', "")),
     "test_shape needs a docstring"),
    (lambda nb: setattr(_cell(nb, "q1"), "source", _cell(nb, "q1").source.replace("def test_shape(mean_centre)", "def test_shape(env)")),
     "may only take the student's names"),
    (lambda nb: _cell(nb, "q1").metadata.nbgrader.__setitem__("points", 0), "q1: test cell needs positive points"),
])
def test_broken_masters_name_the_lesson_and_problem(course, edit, message):
    path = _edit(course, edit)
    with pytest.raises(FormatError) as info:
        read_master(path, TINY_ID)
    assert message in str(info.value)
    assert str(info.value).startswith(TINY_ID + ": ")
    assert "\n" not in str(info.value)


def test_invalid_json(course):
    path = master_path(course)
    path.write_text(path.read_text()[:200])
    with pytest.raises(FormatError, match=r"00-01-tiny: 00-01-tiny.ipynb is not valid JSON \(line \d+"):
        read_master(path, TINY_ID)


def test_not_a_notebook(course):
    path = master_path(course)
    path.write_text(json.dumps({"cells": "nope"}))
    with pytest.raises(FormatError, match="is not a valid notebook"):
        read_master(path, TINY_ID)


def test_text_form_is_lossless_for_every_authored_lesson():
    """`llmath export` then `llmath author` gives back every cell's source and metadata."""
    from llmath.catalog import Catalog

    from conftest import REPO

    cat = Catalog.load(REPO)
    for lesson in cat.authored():
        nb = nbformat.read(cat.master_path(lesson.id), 4)
        again = script_to_notebook(notebook_to_script(nb), lesson.id, lesson.title)
        assert [(c.id, c.cell_type, c.source, c.get("metadata")) for c in again.cells] == [
            (c.id, c.cell_type, c.source, c.get("metadata")) for c in nb.cells], lesson.id
