"""The command line: help with examples for every command, one clean error line for user mistakes."""

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from llmath.cli import cli

from conftest import TINY_ID

LLMATH = str(Path(sys.executable).parent / "llmath")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"llmath {command}" in result.output


def test_every_documented_command_exists():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for command in cli.commands:
        assert f"llmath {command}" in readme, f"README does not mention llmath {command}"


def one_line_error(args, cwd):
    result = subprocess.run([LLMATH, *args], cwd=cwd, capture_output=True, text=True)
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_unknown_lesson_id(course):
    line = one_line_error(["build", "00-01-tyni"], course)
    assert "unknown lesson id '00-01-tyni'" in line


def test_corrupt_master(course):
    master = course / "source" / TINY_ID / f"{TINY_ID}.ipynb"
    master.write_text("{ not json")
    for command in ("build", "audit"):
        line = one_line_error([command, TINY_ID], course)
        assert line.startswith(f"Error: {TINY_ID}: ") and "not valid JSON" in line


def test_missing_solution_region(course):
    master = course / "source" / TINY_ID / f"{TINY_ID}.ipynb"
    master.write_text(master.read_text().replace("### BEGIN SOLUTION", "# begin"))
    line = one_line_error(["build", TINY_ID], course)
    assert f"{TINY_ID}: q1_answer: missing solution region" in line


def test_audit_before_build(course):
    line = one_line_error(["audit", TINY_ID], course)
    assert f"run `llmath build {TINY_ID}` first" in line


def test_outside_a_course_directory(tmp_path):
    line = one_line_error(["catalog"], tmp_path)
    assert "no course directory" in line


def test_one_broken_lesson_does_not_stop_the_others(course):
    """With --all, a corrupt master gets its error line and the other lessons are still built."""
    import shutil

    other = "00-02-copy"
    (course / "catalog.toml").write_text((course / "catalog.toml").read_text().replace(
        '}]', f'}}, {{ id = "{other}", title = "Copy" }}]'))
    (course / "source" / other).mkdir()
    shutil.copy(course / "source" / TINY_ID / f"{TINY_ID}.ipynb", course / "source" / other / f"{other}.ipynb")
    (course / "source" / TINY_ID / f"{TINY_ID}.ipynb").write_text("{ not json")
    result = subprocess.run([LLMATH, "build", "--all"], cwd=course, capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: {TINY_ID}: {TINY_ID}.ipynb is not valid JSON (line 1: Expecting property name enclosed in double quotes)"]
    assert f"built {other}" in result.stdout
    assert (course / "release" / other / f"{other}.ipynb").is_file()
