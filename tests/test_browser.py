"""The course hub in a real browser: Debian's chromium, driven headless by Playwright.

A student logs in, opens the Assignments tab, fetches a lesson, validates it,
submits it and, after the instructor has graded in Docker and released
feedback, fetches and opens the feedback. The instructor opens the formgrader
and sees the grade. Nothing is mocked: a real hub with its proxy on free ports,
real Unix accounts, nbgrader's exchange, the Docker grader.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from llmath.catalog import Catalog
from llmath.config import load_config
from llmath.grading.batch import grade_lesson
from llmath.grading.feedback import write_feedback
from llmath.grading.image import ensure_image
from llmath.grading.runner import DockerRunner
from llmath.grading.settings import Grader
from llmath.hub.exchange import collect, release_feedback
from llmath.hub.scratch import ScratchHub
from llmath.lesson import read_master

from test_hub import requirements_or_skip

REPO = Path(__file__).resolve().parents[1]
LESSON = "01-04-summation-product-notation"
CHROMIUM = "/usr/bin/chromium"
LONG = 180_000  # ms: a first server start on a busy machine is slow

pytestmark = [pytest.mark.slow, pytest.mark.docker]


def browser_or_skip():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    missing = [what for what, ok in (("playwright", sync_playwright), ("chromium", os.path.exists(CHROMIUM)),
                                     ("docker", shutil.which("docker"))) if not ok]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the browser test needs {', '.join(missing)}; scripts/setup.sh installs them")
        pytest.skip(f"needs {', '.join(missing)}")
    return sync_playwright


@pytest.fixture(scope="module")
def site():
    requirements_or_skip()
    sync_playwright = browser_or_skip()
    settings = Grader(config=load_config(REPO))
    image = ensure_image(settings, REPO, log=lambda m: None)
    with ScratchHub(REPO, [LESSON], {"stu-web": "student", "prof-web": "instructor"},
                    prefix="llmath-browser") as scratch:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM,
                                        args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
            try:
                yield scratch, browser, settings, image
            finally:
                browser.close()


def login(browser, scratch: ScratchHub, user: str):
    page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
    page.set_default_timeout(60_000)
    page.goto(scratch.hub.url + "/hub/login")
    page.fill("#username_input", user)
    page.fill("#password_input", scratch.passwords[user])
    page.click("#login_submit")
    page.wait_for_url(re.compile(rf".*/user/{user}/lab.*"), timeout=LONG)
    page.wait_for_selector("text=Nbgrader", timeout=LONG)
    return page


def open_assignments(page):
    page.click("text=Nbgrader")
    page.click("text=Assignment List")
    page.wait_for_selector(f"#released_assignments_list >> text={LESSON}")


def instructor_grades(scratch: ScratchHub, settings: Grader, image: str) -> None:
    """What the instructor runs: llmath collect, grade, feedback, release-feedback (as library calls)."""
    hub = scratch.hub
    got, rejected = collect(scratch.course, Path(hub.settings.exchange_root), hub.course_id, LESSON,
                            set(hub.roster.students()))
    assert [c.student for c in got] == ["stu-web"] and not rejected
    course = Catalog.load(scratch.course)
    outcomes = grade_lesson(course, LESSON, DockerRunner(settings, image), settings, runner_id=image)
    assert [o.student for o in outcomes] == ["stu-web"]
    write_feedback(course, LESSON)
    released, skipped = release_feedback(scratch.course, Path(hub.settings.exchange_root), hub.course_id, LESSON)
    assert released == ["stu-web"] and not skipped


def test_student_and_instructor_in_the_browser(site, tmp_path):
    scratch, browser, settings, image = site
    page = login(browser, scratch, "stu-web")
    try:
        student_and_instructor(scratch, browser, settings, image, page)
    except Exception:
        for i, ctx in enumerate(browser.contexts):  # what each page showed, kept for a failed run
            for j, shown in enumerate(ctx.pages):
                shown.screenshot(path=str(tmp_path / f"page-{i}-{j}.png"))
        print(f"screenshots in {tmp_path}")
        raise


def student_and_instructor(scratch, browser, settings, image, page):
    open_assignments(page)

    page.click("#released_assignments_list >> button:has-text('Fetch')")
    page.wait_for_selector(f"#fetched_assignments_list >> text={LESSON}", timeout=LONG)

    # The student works: the answers of the first two exercises, typed into the fetched notebook.
    master = read_master(REPO / "source" / LESSON / f"{LESSON}.ipynb", LESSON)
    solved = {f"{ex.id}_answer": ex.solution_source for ex in master.exercises[:2]}
    client = scratch.client("stu-web")
    assert client.login()
    path = f"{LESSON}/{LESSON}.ipynb"
    nb = nbformat.from_dict(client.read_file(path)["content"])
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if gid in solved:
            cell.source = solved[gid]
    client.write_notebook(path, nb)
    expected = sum(ex.points for ex in master.exercises[:2])

    # Run the checks: nbgrader's Validate, on the student's server, as the student.
    page.click(f"#fetched_assignments_list >> text={LESSON}")
    page.click("#fetched_assignments_list >> button:has-text('Validate')")
    dialog = page.wait_for_selector(".jp-Dialog", timeout=LONG)
    assert "fail" in dialog.inner_text().lower() or "error" in dialog.inner_text().lower()
    page.click(".jp-Dialog >> button:has-text('OK')")

    page.click("#fetched_assignments_list >> button:has-text('Submit')")
    page.wait_for_selector(f"#submitted_assignments_list >> text={LESSON}", timeout=LONG)

    instructor_grades(scratch, settings, image)

    page.click("#refresh_assignments_list")
    page.click("#submitted_assignments_list >> button:has-text('Fetch Feedback')", timeout=LONG)
    page.wait_for_selector("#submitted_assignments_list >> text=(view feedback)", timeout=LONG)
    page.click("#submitted_assignments_list >> text=(view feedback)")
    listing = client.read_file(f"{LESSON}/feedback")["content"]
    html_path = next(item["path"] for folder in listing
                     for item in client.read_file(folder["path"])["content"] if item["name"].endswith(".html"))
    feedback = page.context.new_page()
    feedback.goto(f"{scratch.hub.url}/user/stu-web/files/{html_path}")
    text = feedback.inner_text("body")
    assert LESSON in text or "Summation" in text
    assert re.search(rf"\b{expected:g}\s*/\s*{master.max_score:g}\b", text), text[:2000]
    assert "BEGIN HIDDEN TESTS" not in feedback.content()

    # The instructor's formgrader shows the grade, framed in the hub's own page.
    prof = login(browser, scratch, "prof-web")
    prof.click("text=Nbgrader")
    prof.click("text=Formgrader")
    framed = prof.frame_locator("iframe").locator("text=Manage Assignments")
    framed.first.wait_for(timeout=LONG)  # the formgrader loads inside JupyterLab's frame (CSP frame-ancestors)
    prof.goto(f"{scratch.hub.url}/user/prof-web/formgrader/manage_students")
    prof.wait_for_selector("text=stu-web", timeout=LONG)
    row = prof.inner_text("tr:has-text('stu-web')")
    assert f"{expected:g} / {master.max_score:g}" in row.replace("  ", " "), row
