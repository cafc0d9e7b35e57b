"""Every authored lesson of the course passes the audit (the content gate CI enforces)."""

import pytest

from llmath.audit import Auditor
from llmath.catalog import Catalog

from conftest import REPO

pytestmark = pytest.mark.slow
CATALOG = Catalog.load(REPO)


@pytest.fixture(scope="module")
def auditor():
    return Auditor(CATALOG)


@pytest.mark.parametrize("lesson_id", [lesson.id for lesson in CATALOG.authored()])
def test_lesson_passes_the_audit(auditor, lesson_id):
    report = auditor.audit(CATALOG.lesson(lesson_id))
    assert report.passed, report.problems
    assert report.exercises >= 8
    assert report.solution_score == report.max_score and report.stub_score == 0
    assert report.hidden_leaks == 0 and report.kill_rate >= 0.8
