"""``llmath demo --out DIR``: the whole cohort cycle on a real hub, graded in Docker, as a user runs it."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from llmath.lesson import read_master

from test_hub import requirements_or_skip

REPO = Path(__file__).resolve().parents[1]
LESSON = "01-04-summation-product-notation"

pytestmark = [pytest.mark.slow, pytest.mark.docker]


def test_demo_runs_the_full_cycle_and_keeps_grades_and_feedback(tmp_path):
    requirements_or_skip()
    out = tmp_path / "demo"
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    proc = subprocess.run([sys.executable, "-m", "llmath.cli", "demo", "--out", str(out)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "every score as expected" in proc.stdout

    master = read_master(REPO / "source" / LESSON / f"{LESSON}.ipynb", LESSON)
    half = master.exercises[: (len(master.exercises) + 1) // 2]
    expected = {"correct": master.max_score, "partial": sum(ex.points for ex in half), "wrong": 0.0,
                "hostile": 0.0}
    with open(out / "grades.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    got = {row["student_id"].split("-")[0]: float(row["raw_score"]) for row in rows}
    assert got == expected
    assert all(row["assignment"] == LESSON and float(row["max_score"]) == master.max_score for row in rows)

    feedback = out / "feedback"
    for row in rows:
        student = row["student_id"]
        nb = nbformat.read(feedback / f"{student}.ipynb", as_version=4)
        text = "\n".join(c.source for c in nb.cells)
        assert f"{float(row['raw_score']):g} / {master.max_score:g}" in text.replace("  ", " ")
        html = (feedback / f"{student}.html").read_text()  # what the student fetched through the hub
        assert f"Score: {float(row['raw_score']):g} / {master.max_score:g}" in html
        assert "BEGIN HIDDEN TESTS" not in html

    # The demo leaves no accounts, servers or folders behind (its folders carry the students' tag).
    tag = rows[0]["student_id"].split("-")[1]
    assert not list(Path("/srv").glob(f"llmath-demo-{tag}-*"))
    for row in rows:
        assert subprocess.run(["id", row["student_id"]], capture_output=True).returncode != 0
