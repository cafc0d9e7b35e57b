"""The grader's parts that do not need Docker: the JSON codec, the box protocol and the batch.

The box runs here as a bare subprocess (``ProcessRunner``): the same program the
container runs, without the isolation, which ``test_grading_docker.py`` covers.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import nbformat
import numpy as np
import pytest
import sympy as sp

from llmath.catalog import Catalog
from llmath.grading import results
from llmath.grading.batch import grade_lesson
from llmath.grading.codec import CodecError, decode, encode
from llmath.grading.feedback import write_feedback
from llmath.grading.box import DEFAULT_PRELOAD, preload_arg
from llmath.grading.plan import lesson_imports, make_plan, read_submission
from llmath.grading.runner import ProcessRunner
from llmath.grading.settings import Grader
from llmath.lesson import read_master
from llmath.lesson.master import nbgrader_meta

from conftest import TINY_ID


def roundtrip(value):
    return decode(json.loads(json.dumps(encode(value))))


# --- codec -------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    None, True, 3, -2**70, 2.5, float("inf"), "text", 1 + 2j, Fraction(3, 7),
    [1, [2.0, "x"]], (1, (2, 3)), {1, 2}, frozenset({"a"}), {"a": 1, 2: (3,)}, range(2, 9, 3),
])
def test_codec_python_values_roundtrip_with_their_types(value):
    out = roundtrip(value)
    assert out == value and type(out) is type(value)


@pytest.mark.parametrize("array", [
    np.arange(6, dtype=np.int64).reshape(2, 3), np.linspace(0, 1, 5, dtype=np.float32),
    np.array([[1 + 2j]], dtype=np.complex128), np.array([True, False]), np.zeros((0, 3)),
    np.array(["ab", "c"]), np.arange(8.0).reshape(2, 2, 2).transpose(2, 0, 1),
    np.array([1.5], dtype=">f8"),
])
def test_codec_arrays_keep_dtype_shape_and_values(array):
    out = roundtrip(array)
    assert isinstance(out, np.ndarray) and out.shape == array.shape
    assert out.dtype == array.dtype.newbyteorder("=") and np.array_equal(out, array)


def test_codec_numpy_scalars_keep_their_type():
    for value in (np.float32(1.25), np.int8(-3), np.bool_(True), np.complex64(1j), np.float64(0.1)):
        out = roundtrip(value)
        assert type(out) is type(value) and out == value


def test_codec_sympy_trees():
    x = sp.Symbol("x", positive=True)
    n = sp.Symbol("n", integer=True)
    f = sp.Function("f")
    values = [
        sp.sin(x) ** 2 + sp.exp(-x) / 3, sp.Rational(2, 7) * sp.pi, sp.Float("0.1", 30), sp.oo, sp.I,
        sp.Matrix([[1, x], [0, 2]]), sp.Interval.Lopen(0, 1), sp.FiniteSet(1, 2, 3), sp.Eq(x, 2),
        sp.Sum(1 / n**2, (n, 1, sp.oo)), sp.Piecewise((x, x > 1), (0, True)), f(x).diff(x),
        sp.And(sp.Symbol("p"), sp.Not(sp.Symbol("q"))), sp.Lambda(x, x + 1), sp.EmptySet,
    ]
    for value in values:
        out = roundtrip(value)
        assert out == value, value
    assert roundtrip(x).is_positive is True


@pytest.mark.parametrize("bad", [
    {"__sympy__": ["Fn", "__import__", [["Str", "os"]]]},
    {"__sympy__": ["Fn", "sympify", [["Str", "1+1"]]]},
    {"__sympy__": ["Fn", "Function", [["Str", "f"]]]},
    {"__ndarray__": {"dtype": "V8", "shape": [1], "data": "AAAAAAAAAAA="}},
    {"__ndarray__": {"dtype": "<f8", "shape": [2], "data": "AAAAAAAAAAA="}},
    {"__pickle__": "gASVAAAAAAAAAAB9lC4="},
    {"__callback__": 0},
    {"a": 1, "b": 2},
    {"__sympy__": ["Symbol", "x", {"__class__": True}]},
])
def test_codec_rejects_anything_else(bad):
    with pytest.raises(CodecError):
        decode(bad)


def test_codec_refuses_objects_that_are_not_data():
    class AlwaysEqual:
        def __eq__(self, other):
            return True
    for value in (AlwaysEqual(), lambda x: x, np.array([object()]), sys):
        with pytest.raises(CodecError):
            encode(value)


# --- the box -----------------------------------------------------------------

@pytest.fixture(scope="module")
def tiny(built_course):
    cat = Catalog.load(built_course)
    master = read_master(cat.master_path(TINY_ID), TINY_ID)
    release = nbformat.read(built_course / "release" / TINY_ID / f"{TINY_ID}.ipynb", as_version=4)
    return master, release


def grade_notebook(master, nb, **limits):
    settings = Grader()
    plan = make_plan(master, nb, {**settings.box_limits(), **limits})
    run = ProcessRunner(settings).run(plan.job)
    assert not run.error, run.error
    return results.score(master, "s", results.parse_output(run.stdout), plan.notes), plan


def with_answer(nb, grade_id, source):
    nb = copy.deepcopy(nb)
    cell = next(c for c in nb.cells if nbgrader_meta(c).get("grade_id") == grade_id)
    cell.source = source
    return nb


def test_lesson_imports_name_only_the_scientific_stack(tiny):
    master, _ = tiny
    assert lesson_imports(master) == ("numpy", "sympy")  # not otter, not llmath.runtime


def test_box_preload_argument_accepts_only_the_image_libraries():
    assert preload_arg([]) == DEFAULT_PRELOAD
    assert preload_arg(["--preload=numpy,scipy.stats"]) == ("numpy", "scipy.stats")
    assert preload_arg(["--preload=os,numpy,../x,sympy;rm,subprocess"]) == ("numpy",)
    assert preload_arg(["--preload="]) == ()


def test_box_gives_the_solution_full_marks_and_the_stub_zero(tiny):
    master, release = tiny
    assert grade_notebook(master, master.notebook)[0].score == master.max_score
    stub = grade_notebook(master, release)[0]
    assert stub.score == 0
    assert all(not t.passed for ex in stub.exercises for t in ex.tests)


def test_box_partial_credit_and_hidden_details(tiny):
    master, release = tiny
    nb = with_answer(release, "q1_answer", "def mean_centre(x):\n    x = np.asarray(x, float)\n    return x - x.mean(axis=1, keepdims=True)\n")
    outcome = grade_notebook(master, nb)[0]
    q1 = outcome.exercises[0]
    assert [t.passed for t in q1.tests] == [True, False]
    assert q1.score == pytest.approx(1.0)  # 2 points shared by 2 tests
    assert q1.tests[1].hidden and q1.tests[1].detail == ""  # the hidden assertion is not echoed


def test_box_reports_student_errors_missing_names_and_timeouts(tiny):
    master, release = tiny
    nb = with_answer(release, "q1_answer", "def mean_centre(x):\n    raise ValueError('nope')\n")
    nb = with_answer(nb, "q2_answer", "while True:\n    pass\n")
    outcome = grade_notebook(master, nb, cell_timeout=1.0)[0]
    assert "raised ValueError: nope" in outcome.exercises[0].tests[0].detail
    assert "is not defined" in outcome.exercises[1].tests[0].detail
    q2_cell = next(c for c in outcome.cells if c.id == "q2_answer")
    assert q2_cell.status == "timeout"


def test_box_calls_back_into_test_functions():
    """A test may hand the student's function its own plain function (e.g. a loss)."""
    nb = nbformat.v4.new_notebook()
    job = {"steps": [
        {"cell": "a", "source": "def grad(f, x, h=1e-5):\n    return (f(x + h) - f(x - h)) / (2 * h)\n"},
        {"exercise": "q1", "tests": ["test_grad"], "source":
            "import math\ndef test_grad(grad):\n    assert abs(grad(lambda t: t ** 3, 2.0) - 12.0) < 1e-4\n"
            "    assert abs(grad(math.sin, 0.0) - 1.0) < 1e-6\n"},
    ], "limits": {"cell_timeout": 10, "test_timeout": 10, "output_limit": 1000}}
    del nb
    run = ProcessRunner(Grader()).run(job)
    data = results.parse_output(run.stdout)
    assert data["tests"] == [{"exercise": "q1", "name": "test_grad", "passed": True, "kind": "", "detail": ""}]


def test_box_output_is_capped(tiny):
    master, release = tiny
    nb = with_answer(release, "q1_answer", "print('x' * 10_000_000)\n")
    outcome = grade_notebook(master, nb, output_limit=1000)[0]
    cell = next(c for c in outcome.cells if c.id == "q1_answer")
    assert len(cell.output) == 1000 and cell.dropped > 9_000_000


def test_student_process_has_no_handle_on_the_job(tiny):
    """The job, tests included, arrives on the box's stdin; the student's stdin is /dev/null
    and the student process holds no descriptor other than its own pipes."""
    master, release = tiny
    probe = ("import os\nprint('STDIN', os.read(0, 100))\n"
             "print('FDS', sorted(int(f) for f in os.listdir('/proc/self/fd')))\n")
    nb = with_answer(release, "q1_answer", probe)
    outcome = grade_notebook(master, nb)[0]
    cell = next(c for c in outcome.cells if c.id == "q1_answer")
    assert "STDIN b''" in cell.output
    fds = eval(cell.output.split("FDS ", 1)[1].splitlines()[0])  # a list of ints we printed
    assert len(fds) <= 6, fds  # 0, 1, 2, two channel pipes, and the listing itself


def test_unreadable_submissions_get_a_reason(tmp_path):
    for content in (b"{", b"\xff\xfe", b"[]", b'{"cells": 3}'):
        path = tmp_path / "nb.ipynb"
        path.write_bytes(content)
        with pytest.raises(Exception) as info:
            read_submission(path)
        assert "\n" not in str(info.value) and str(info.value)


# --- the batch, with the box as a bare process --------------------------------

def submit(root: Path, student: str, nb) -> None:
    folder = root / "submitted" / student / TINY_ID
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(folder / f"{TINY_ID}.ipynb"))
    (folder / "timestamp.txt").write_text("2026-11-20 08:00:00.000000 UTC")


def gradebook_rows(root: Path):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        subs = gb.assignment_submissions(TINY_ID)
        return sorted((s.student.id, round(s.score, 6)) for s in subs)


def test_batch_writes_gradebook_skips_unchanged_and_resumes(built_course, tiny, tmp_path):
    import shutil

    root = tmp_path / "course"
    shutil.copytree(built_course, root)
    master, release = tiny
    submit(root, "ann", master.notebook)
    submit(root, "bob", release)
    submit(root, "cat", with_answer(release, "q2_answer", "area = sp.Integer(9)\n"))
    cat = Catalog.load(root)
    settings = Grader()
    runner = ProcessRunner(settings)

    # Interrupt the batch after its first result is saved.
    class Stop(Exception):
        pass

    def stop_after_first(outcome, skipped):
        raise Stop()

    settings.jobs = 1
    with pytest.raises(Stop):
        grade_lesson(cat, TINY_ID, runner, settings, on_result=stop_after_first)
    assert len(gradebook_rows(root)) == 1

    seen = []
    outcomes = grade_lesson(cat, TINY_ID, runner, settings, on_result=lambda o, skipped: seen.append((o.student, skipped)))
    assert [(o.student, o.score) for o in outcomes] == [("ann", 3.0), ("bob", 0.0), ("cat", 1.0)]
    assert sum(skipped for _, skipped in seen) == 1  # the one saved before the interruption
    assert gradebook_rows(root) == [("ann", 3.0), ("bob", 0.0), ("cat", 1.0)]

    # A manual score from the formgrader survives a forced re-grade and reaches the feedback.
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        grade = gb.find_grade("q1", TINY_ID, TINY_ID, "bob")
        grade.manual_score = 1.5
        gb.find_comment("q1_answer", TINY_ID, TINY_ID, "bob").manual_comment = "Close: check the axis."
        gb.db.commit()
    grade_lesson(cat, TINY_ID, runner, settings, students=["bob"], force=True)
    assert dict(gradebook_rows(root))["bob"] == 1.5
    write_feedback(cat, TINY_ID)
    fb = (root / "feedback" / "bob" / TINY_ID / f"{TINY_ID}.ipynb").read_text()
    assert "Score: 1.5 / 3" in fb and "Close: check the axis." in fb
    assert (root / "feedback" / "bob" / TINY_ID / f"{TINY_ID}.html").is_file()
    assert "columns_have_zero_mean(mean_centre):" not in fb  # hidden test code never appears


def test_grade_errors_are_one_line(built_course):
    llmath = str(Path(sys.executable).parent / "llmath")
    cases = [
        (["grade", "00-01-tyni"], "unknown lesson id"),
        (["grade", TINY_ID, "--student", "nobody"], "no submission of 00-01-tiny by nobody"),
        (["feedback", TINY_ID], "no graded submissions"),
    ]
    for args, expected in cases:
        proc = subprocess.run([llmath, *args], cwd=built_course, capture_output=True, text=True)
        lines = proc.stderr.strip().splitlines()
        assert proc.returncode != 0 and len(lines) == 1 and lines[0].startswith("Error: "), proc.stderr
        if expected:
            assert expected in lines[0]


def test_missing_docker_names_the_fix(built_course, tmp_path):
    llmath = str(Path(sys.executable).parent / "llmath")
    config = (built_course / "nbgrader_config.py").read_text()
    root = tmp_path / "course"
    import shutil

    shutil.copytree(built_course, root)
    submit(root, "ann", nbformat.read(root / "release" / TINY_ID / f"{TINY_ID}.ipynb", as_version=4))
    (root / "nbgrader_config.py").write_text(config + '\nc.Grader.docker = "no-such-docker"\n')
    proc = subprocess.run([llmath, "grade", TINY_ID], cwd=root, capture_output=True, text=True)
    assert proc.stderr.strip() == ("Error: Docker is not installed; run `bash scripts/docker.sh` "
                                   "as root (installs docker.io)")
    (root / "nbgrader_config.py").write_text(config)
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin:/usr/local/bin",
           "DOCKER_HOST": f"unix://{tmp_path}/no.sock"}
    proc = subprocess.run([llmath, "grade", TINY_ID], cwd=root, capture_output=True, text=True, env=env)
    assert proc.stderr.strip().startswith("Error: the Docker daemon is not running; start it")
