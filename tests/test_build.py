"""Build: nbgrader's release, public otter tests, the grader bundle; checked against expected files."""

import filecmp
import json
import shutil
import zipfile

import nbformat
import pytest

from llmath.build import build_lesson
from llmath.catalog import Catalog

from conftest import REPO, TINY_ID, check_golden, make_course


def release_summary(path) -> str:
    """The release notebook's cells as stable JSON: id, type, source and nbgrader metadata."""
    nb = nbformat.read(path, 4)
    cells = [{"id": c.id, "type": c.cell_type, "source": c.source,
              "nbgrader": c.get("metadata", {}).get("nbgrader")} for c in nb.cells]
    return json.dumps(cells, indent=1, sort_keys=True) + "\n"


def test_release_notebook_matches_expected(built_course, update_goldens):
    release = built_course / "release" / TINY_ID / f"{TINY_ID}.ipynb"
    text = release_summary(release)
    check_golden(text, "tiny/release.json", update_goldens)
    # What the transform must do, independent of the expected file:
    assert "BEGIN SOLUTION" not in text and "x.mean(axis=0)" not in text
    assert "test_columns_have_zero_mean" not in text and "test_shape" in text
    assert "raise NotImplementedError()" in text


@pytest.mark.parametrize("name", ["q1.py", "q2.py"])
def test_public_test_files_match_expected(built_course, update_goldens, name):
    text = (built_course / "release" / TINY_ID / "tests" / name).read_text()
    check_golden(text, f"tiny/public-{name}", update_goldens)
    assert "hidden=True" not in text


def test_bundle_matches_expected(built_course, update_goldens):
    with zipfile.ZipFile(built_course / "graders" / f"{TINY_ID}.zip") as zf:
        assert sorted(zf.namelist()) == ["otter_config.json", "requirements.txt", "tests/q1.py", "tests/q2.py"]
        q1 = zf.read("tests/q1.py").decode()
        requirements = zf.read("requirements.txt").decode()
    check_golden(q1, "tiny/bundle-q1.py", update_goldens)
    assert "hidden=True" in q1 and "hidden=False" in q1
    assert "numpy==" in requirements and "sympy==" in requirements


def test_gradebook_records_the_assignment(built_course):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{built_course / 'gradebook.db'}") as gb:
        assignment = gb.find_assignment(TINY_ID)
        notebook = assignment.notebooks[0]
        assert notebook.name == TINY_ID
        assert sorted(c.name for c in notebook.grade_cells) == ["q1", "q2"]
        assert sum(c.max_score for c in notebook.grade_cells) == 3


def test_build_is_deterministic(tmp_path):
    roots = []
    for name in ("a", "b"):
        root = make_course(tmp_path / name)
        cat = Catalog.load(root)
        build_lesson(cat, cat.lesson(TINY_ID))
        roots.append(root)
    for rel in (f"release/{TINY_ID}/{TINY_ID}.ipynb", f"release/{TINY_ID}/tests/q1.py", f"graders/{TINY_ID}.zip"):
        assert (roots[0] / rel).read_bytes() == (roots[1] / rel).read_bytes(), rel


@pytest.mark.slow
def test_committed_release_equals_a_fresh_build(tmp_path):
    """release/ and graders/ are committed; they must be exactly what a build makes today."""
    root = tmp_path / "course"
    root.mkdir()
    for name in ("catalog.toml", "nbgrader_config.py", "pyproject.toml"):
        shutil.copy(REPO / name, root)
    shutil.copytree(REPO / "source", root / "source", ignore=shutil.ignore_patterns("tests"))
    cat = Catalog.load(root)
    authored = cat.authored()
    assert authored, "no authored lessons"
    for lesson in authored:
        build_lesson(cat, lesson)
    for folder in ("source", "release", "graders"):
        cmp = filecmp.dircmp(REPO / folder, root / folder)
        _assert_same(cmp, folder)


def _assert_same(cmp, where):
    assert not cmp.left_only and not cmp.right_only, (where, cmp.left_only, cmp.right_only)
    _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
    assert not mismatch and not errors, f"{where}: stale {mismatch or errors}; run `llmath build --all`"
    for name, sub in cmp.subdirs.items():
        if name != "__pycache__":
            _assert_same(sub, f"{where}/{name}")
