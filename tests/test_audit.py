"""The audit gate on a tiny lesson: passing, and each way a lesson must fail."""

import json

import nbformat
import pytest
from click.testing import CliRunner

from llmath.audit import Audit, Auditor
from llmath.build import build_lesson
from llmath.catalog import Catalog
from llmath.cli import cli

from conftest import TINY_ID

SETTINGS = dict(min_exercises=2)


def built(course):
    cat = Catalog.load(course)
    build_lesson(cat, cat.lesson(TINY_ID))
    return cat


def audit(cat, kernel=False, **settings):
    auditor = Auditor(cat, settings=Audit(**{**SETTINGS, **settings}), execute_kernel=kernel)
    return auditor.audit(cat.lesson(TINY_ID))


def edit_master(course, grade_id, old, new):
    path = course / "source" / TINY_ID / f"{TINY_ID}.ipynb"
    nb = nbformat.read(path, 4)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)
    assert old in cell.source
    cell.source = cell.source.replace(old, new)
    nbformat.write(nb, path)


def test_good_lesson_passes(course):
    report = audit(built(course))
    assert report.passed, report.problems
    assert (report.solution_score, report.max_score, report.stub_score, report.hidden_leaks) == (3, 3, 0, 0)
    assert report.mutants > 0 and report.kill_rate >= 0.8
    assert [e.id for e in report.per_exercise] == ["q1", "q2"]
    assert all(e.killed > 0 for e in report.per_exercise)


def test_too_few_exercises_fails(course):
    report = audit(built(course), min_exercises=8)
    assert not report.passed
    assert "2 exercises; at least 8 are required" in report.problems


def test_weak_hidden_tests_fail_on_kill_rate(course):
    # Replace the checks of q1 by ones that any answer passes.
    edit_master(course, "q1", "assert np.shape(mean_centre(np.ones((3, 2)))) == (3, 2)", "pass")
    edit_master(course, "q1", "assert np.allclose(mean_centre(x).mean(axis=0), 0.0)", "assert True")
    edit_master(course, "q1", "assert np.allclose(mean_centre(x)[0], [-20 / 3, -32 / 3])", "pass")
    report = audit(built(course))
    assert not report.passed
    q1 = report.per_exercise[0]
    assert q1.killed == 0 and q1.survivors
    assert any("q1: no mutant is caught" in p for p in report.problems)


def test_wrong_solution_fails(course):
    edit_master(course, "q1_answer", "axis=0", "axis=1")
    report = audit(built(course))
    assert report.solution_score < report.max_score
    assert any("the solution fails test_columns_have_zero_mean" in p for p in report.problems)


def test_stub_that_earns_points_fails(course):
    # A value answer placed outside the solution region survives into the release.
    edit_master(course, "q2_answer", "### BEGIN SOLUTION\n", "x = sp.symbols('x')\narea = sp.Integer(9)\n### BEGIN SOLUTION\n")
    report = audit(built(course))
    assert report.stub_score > 0 and not report.passed


def test_leak_in_release_is_found(course):
    cat = built(course)
    release = course / "release" / TINY_ID / f"{TINY_ID}.ipynb"
    nb = nbformat.read(release, 4)
    nb.cells.append(nbformat.v4.new_markdown_cell("Hint: `return x - x.mean(axis=0)`"))
    nbformat.write(nb, release)
    (course / "release" / TINY_ID / "tests" / "extra.py").write_text(
        "# copied by mistake\n    assert np.allclose(mean_centre(x).mean(axis=0), 0.0)\n")
    report = audit(cat)
    assert report.hidden_leaks == 2 and not report.passed
    assert any("extra.py" in leak for leak in report.leaks)


@pytest.mark.slow
def test_master_must_execute_in_a_kernel(course):
    edit_master(course, "q2_answer", "### END SOLUTION", "### END SOLUTION\n1 / 0")
    report = audit(built(course), kernel=True)
    assert not report.executes and not report.passed
    assert any("ZeroDivisionError" in p for p in report.problems)


@pytest.mark.slow
def test_cli_json(course, monkeypatch):
    built(course)
    (course / "nbgrader_config.py").write_text((course / "nbgrader_config.py").read_text() + "\nc.Audit.min_exercises = 2\n")
    monkeypatch.chdir(course)
    result = CliRunner().invoke(cli, ["audit", TINY_ID, "--json"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.output)
    for key in ["id", "exercises", "solution_score", "max_score", "stub_score", "hidden_leaks",
                "mutants", "killed", "kill_rate", "passed"]:
        assert key in report
    assert report["passed"] is True and report["executes"] is True


def test_stale_release_is_reported(course):
    cat = built(course)
    edit_master(course, "q1", '"""mean_centre keeps the shape of its input."""', '"""Same shape as the input."""')
    report = audit(cat)
    assert not report.passed
    assert any("older than the master (tests/q1.py differs)" in p for p in report.problems)
