"""The real tools on the built course: nbgrader generate_assignment and validate, otter check, otter run."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from llmath.catalog import Catalog
from llmath.lesson import read_master
from llmath.lesson.master import BEGIN_SOLUTION, END_SOLUTION

from conftest import REPO

pytestmark = pytest.mark.slow


def _sample() -> list[str]:
    """The first and last authored lesson of every module.

    Every lesson's master, release and bundle come from the same build, so the
    tools see the same format everywhere; what differs per lesson is its test code,
    which the audit runs for every lesson (in a kernel, and through the grader).
    Two lessons per module keep the real tools on every module's kind of test
    without the suite growing by a minute per lesson.
    """
    by_module: dict[str, list[str]] = {}
    for lesson in Catalog.load(REPO).authored():
        by_module.setdefault(lesson.id[:2], []).append(lesson.id)
    return sorted({ids[0] for ids in by_module.values()} | {ids[-1] for ids in by_module.values()})


AUTHORED = _sample()
BIN = Path(sys.executable).parent


def run(*args, cwd, timeout=600):
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A copy of the course directory as a fresh clone has it (no gradebook yet)."""
    root = tmp_path_factory.mktemp("clone") / "course"
    root.mkdir()
    for name in ("catalog.toml", "nbgrader_config.py", "pyproject.toml"):
        shutil.copy(REPO / name, root)
    for name in ("source", "release", "graders"):
        shutil.copytree(REPO / name, root / name)
    return root


def solved_copy(course: Path, lesson_id: str, dest: Path) -> Path:
    """The release notebook with every answer cell filled in with the master's solution."""
    master = read_master(course / "source" / lesson_id / f"{lesson_id}.ipynb", lesson_id)
    release = nbformat.read(course / "release" / lesson_id / f"{lesson_id}.ipynb", 4)
    answers = {}
    for ex in master.exercises:
        lines = [l for l in ex.solution_source.splitlines() if l.strip() not in (BEGIN_SOLUTION, END_SOLUTION)]
        answers[f"{ex.id}_answer"] = "\n".join(lines)
    filled = 0
    for cell in release.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            assert "raise NotImplementedError()" in cell.source
            cell.source = answers[grade_id]
            filled += 1
    assert filled == len(master.exercises)
    nbformat.write(release, dest)
    return dest


@pytest.mark.parametrize("lesson_id", AUTHORED)
def test_nbgrader_generate_assignment_accepts_the_master(course, lesson_id):
    result = run(BIN / "nbgrader", "generate_assignment", lesson_id, "--force", cwd=course)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (course / "release" / lesson_id / f"{lesson_id}.ipynb").is_file()


@pytest.mark.parametrize("lesson_id", AUTHORED)
def test_nbgrader_validate_solved_and_unsolved(course, lesson_id, tmp_path):
    solved = solved_copy(course, lesson_id, tmp_path / f"{lesson_id}.ipynb")
    ok = run(BIN / "nbgrader", "validate", solved, cwd=course)
    assert "Success! Your notebook passes all the tests." in ok.stdout, ok.stdout + ok.stderr
    unsolved = run(BIN / "nbgrader", "validate", course / "release" / lesson_id / f"{lesson_id}.ipynb", cwd=course)
    assert "NOTEBOOK FAILED" in unsolved.stdout or "cell failed" in unsolved.stdout.lower(), unsolved.stdout


@pytest.mark.parametrize("lesson_id", AUTHORED)
def test_otter_check_in_the_release_folder(course, lesson_id):
    folder = course / "release" / lesson_id
    untouched = run(BIN / "otter", "check", f"{lesson_id}.ipynb", cwd=folder)
    assert untouched.returncode == 0, untouched.stderr
    assert "All tests passed!" not in untouched.stdout
    assert "failed" in untouched.stdout.lower()
    solved = solved_copy(course, lesson_id, folder / "solved.ipynb")
    try:
        result = run(BIN / "otter", "check", solved.name, cwd=folder)
    finally:
        solved.unlink()
    assert "All tests passed!" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("lesson_id", AUTHORED)
def test_otter_run_with_the_grader_bundle(course, lesson_id, tmp_path):
    bundle = course / "graders" / f"{lesson_id}.zip"
    master = read_master(course / "source" / lesson_id / f"{lesson_id}.ipynb", lesson_id)
    solved = solved_copy(course, lesson_id, tmp_path / f"{lesson_id}.ipynb")
    scores = {}
    for name, notebook in [("solved", solved), ("stub", course / "release" / lesson_id / f"{lesson_id}.ipynb")]:
        out = tmp_path / name
        out.mkdir()
        result = run(BIN / "otter", "run", "--no-logo", "-a", bundle, "-o", out, notebook, cwd=tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        data = json.loads((out / "results.json").read_text())
        graded = [t for t in data["tests"] if "score" in t]  # otter adds an ungraded "Public Tests" entry
        assert sorted(t["name"] for t in graded) == sorted(ex.id for ex in master.exercises)
        scores[name] = sum(t["score"] for t in graded)
    assert scores["solved"] == pytest.approx(master.max_score)
    assert scores["stub"] == 0


def test_llmath_check_runs_otter_check(course):
    lesson_id = AUTHORED[0]
    result = run(BIN / "llmath", "check", lesson_id, "-q", "q1", cwd=course)
    assert "All tests passed!" not in result.stdout
    assert "q1" in result.stdout and "failed" in result.stdout.lower(), result.stdout + result.stderr
