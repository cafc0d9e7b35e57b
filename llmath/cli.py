"""The ``llmath`` command: a thin layer over the library.

Every user error becomes one line, ``Error: ...``, naming the problem and the fix.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .bench import DEFAULT_LESSON, DEFAULT_SUBMISSIONS
from .errors import LlmathError


def _each(lessons, fn, failures: list[str]):
    """Apply ``fn`` to each lesson; a lesson's error is one line on stderr and does not stop the rest.

    Yields ``(lesson, result)`` for the lessons that worked and appends the ids of
    the others to ``failures``, so the command can exit non-zero at the end.
    """
    for lesson in lessons:
        try:
            yield lesson, fn(lesson)
        except LlmathError as exc:
            click.echo(f"Error: {exc}", err=True)
            failures.append(lesson.id)


def _catalog():
    from .catalog import Catalog

    return Catalog.load()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="llmath")
def cli():
    """llmath: build, check and audit the Math for LLMs course.

    Run it from the course directory (the folder with catalog.toml).

    \b
    Examples:
      llmath catalog
      llmath build --all
      llmath audit 01-01-number-systems --json
      llmath grade 01-01-number-systems
      llmath feedback 01-01-number-systems
      llmath bench --submissions 100
    """


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the catalog as JSON.")
def catalog(as_json: bool):
    """List modules and lessons in course order, marking authored lessons.

    \b
    Examples:
      llmath catalog
      llmath catalog --json | python -m json.tool
    """
    cat = _catalog()
    if as_json:
        click.echo(json.dumps(cat.to_json(), indent=2))
        return
    for module in cat.modules:
        click.echo(f"{module.id} {module.title}")
        for lesson in module.lessons:
            mark = "x" if cat.is_authored(lesson.id) else " "
            click.echo(f"  [{mark}] {lesson.id:45s} {lesson.title}")
    click.echo(f"{len(cat.authored())} of {len(cat.lessons)} lessons authored")


@cli.command()
@click.argument("ids", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Build every authored lesson.")
@click.option("--force", is_flag=True, help="Rebuild even the lessons that are unchanged since their last build.")
@click.option("--jobs", type=int, default=0, show_default=True,
              help="Lessons built at once, in worker processes; 0 means one per core.")
def build(ids: tuple[str, ...], all_: bool, force: bool, jobs: int):
    """Build lessons: release/<id>/ (student notebook and public tests) and graders/<id>.zip.

    A lesson whose master, build code and configuration are unchanged since its
    last build, and whose outputs are still as that build left them, is skipped
    (the record is build/lessons.json); --force rebuilds it anyway.

    \b
    Examples:
      llmath build 01-01-number-systems
      llmath build --all
      llmath build --all --force --jobs 4
    """
    import time

    from .build import build_lessons

    cat = _catalog()
    lessons = cat.resolve(list(ids), all_)
    started = time.monotonic()

    def built(result) -> None:
        if result.cached:
            click.echo(f"unchanged {result.lesson_id}")
        else:
            click.echo(f"built {result.lesson_id}: {result.exercises} exercises -> "
                       f"{result.release.relative_to(cat.root)}/, {result.bundle.relative_to(cat.root)}")

    results, errors = build_lessons(cat, lessons, jobs=jobs, force=force, on_result=built,
                                    on_error=lambda _, exc: click.echo(f"Error: {exc}", err=True))
    if len(lessons) > 1:
        rebuilt = sum(1 for r in results if not r.cached)
        click.echo(f"{rebuilt} built, {len(results) - rebuilt} unchanged, {len(errors)} failed "
                   f"in {time.monotonic() - started:.1f} s")
    if errors:
        sys.exit(2)


@cli.command()
@click.argument("ids", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Audit every authored lesson.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per lesson, in a list.")
@click.option("--no-kernel", is_flag=True, help="Skip executing the master in a Jupyter kernel.")
def audit(ids: tuple[str, ...], all_: bool, as_json: bool, no_kernel: bool):
    """Check that each lesson's tests separate right from wrong; exit 1 if any lesson fails.

    A lesson passes with at least 8 exercises, a master that executes, full
    marks for the solution, 0 for the released stub, no hidden text in
    release/, and a mutation kill rate of at least 0.8 with every exercise
    catching a mutant. Build the lessons first.

    \b
    Examples:
      llmath audit 01-01-number-systems
      llmath audit --all --json > audit.json
    """
    from .audit import Auditor

    cat = _catalog()
    lessons = cat.resolve(list(ids), all_)
    auditor = Auditor(cat, execute_kernel=not no_kernel)
    reports, failures = [], []
    for lesson, report in _each(lessons, auditor.audit, failures):
        reports.append(report)
        if as_json:
            continue
        status = "PASS" if report.passed else "FAIL"
        click.echo(f"{status} {report.id}: {report.exercises} exercises, solution "
                   f"{report.solution_score:g}/{report.max_score:g} (graded {report.grader_score:g}), stub {report.stub_score:g}, "
                   f"leaks {report.hidden_leaks}, mutants killed {report.killed}/{report.mutants} "
                   f"({report.kill_rate:.2f})")
        for ex in report.per_exercise:
            click.echo(f"    {ex.id}: killed {ex.killed}/{ex.mutants}"
                       + (f"; survivors: {'; '.join(ex.survivors)}" if ex.survivors else ""))
        for problem in report.problems:
            click.echo(f"    problem: {problem}")
    if as_json:
        click.echo(json.dumps([r.to_json() for r in reports], indent=2))
    if failures:
        sys.exit(2)
    if not all(r.passed for r in reports):
        sys.exit(1)


@cli.command()
@click.argument("script", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--id", "lesson_id", help="Lesson id (default: the script's file name).")
def author(script: Path, lesson_id: str | None):
    """Write source/<id>/<id>.ipynb from a plain-text lesson script (see docs/authoring.md).

    \b
    Examples:
      llmath export 01-01-number-systems > /tmp/lesson.py   # edit, then:
      llmath author /tmp/lesson.py --id 01-01-number-systems
    """
    import nbformat

    from .lesson import read_master
    from .lesson.script import script_to_notebook

    cat = _catalog()
    lesson = cat.lesson(lesson_id or script.stem)
    nb = script_to_notebook(script.read_text(encoding="utf-8"), lesson.id, lesson.title)
    path = cat.master_path(lesson.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".ipynb.tmp")
    nbformat.write(nb, str(tmp))
    try:
        read_master(tmp, lesson.id)  # refuse to write a master that breaks the format
    except LlmathError:
        tmp.unlink()
        raise
    tmp.replace(path)
    click.echo(f"wrote {path.relative_to(cat.root)}")


@cli.command()
@click.argument("lesson_id")
def export(lesson_id: str):
    """Print a master notebook as a plain-text lesson script.

    \b
    Example:
      llmath export 01-01-number-systems > 01-01-number-systems.py
    """
    from .lesson.master import load_notebook
    from .lesson.script import notebook_to_script

    cat = _catalog()
    lesson = cat.lesson(lesson_id)
    if not cat.is_authored(lesson.id):
        raise LlmathError(f"{lesson.id}: not authored yet")
    click.echo(notebook_to_script(load_notebook(cat.master_path(lesson.id), lesson.id)), nl=False)


@cli.command()
@click.argument("lesson_id")
@click.argument("notebook", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-q", "--question", help="Check one question only, e.g. q3.")
def check(lesson_id: str, notebook: Path | None, question: str | None):
    """Run a lesson's public tests on a notebook with otter check.

    NOTEBOOK defaults to release/<id>/<id>.ipynb. The same as running
    `otter check <id>.ipynb` inside release/<id>/.

    \b
    Examples:
      llmath check 01-01-number-systems
      llmath check 01-01-number-systems my-work.ipynb -q q2
    """
    import subprocess

    from .build import release_dir
    from .config import tools_on_path

    cat = _catalog()
    lesson = cat.lesson(lesson_id)
    folder = release_dir(cat.root, lesson.id)
    if not (folder / "tests").is_dir():
        raise LlmathError(f"{lesson.id}: no release/{lesson.id}/tests; run `llmath build {lesson.id}`")
    target = (notebook or folder / f"{lesson.id}.ipynb").resolve()
    if not target.is_file():
        raise LlmathError(f"{target} does not exist")
    tools_on_path()
    cmd = [str(Path(sys.executable).parent / "otter"), "check", str(target), "-t", str(folder / "tests")]
    if question:
        cmd += ["-q", question]
    sys.exit(subprocess.call(cmd, cwd=folder))


def _grader(cat):
    from .config import load_config
    from .grading.settings import Grader

    return Grader(config=load_config(cat.root))


@cli.command()
@click.option("--rebuild", is_flag=True, help="Build again even if the inputs did not change.")
def image(rebuild: bool):
    """Build the grading image (offline, from wheels downloaded on the host) if its inputs changed.

    The base is c.Grader.base_image, or a Debian made with debootstrap when that is
    empty. Prints the image's tag and size.

    \b
    Examples:
      llmath image
      llmath image --rebuild
    """
    from .grading.image import ensure_image, image_size

    cat = _catalog()
    settings = _grader(cat)
    tag = ensure_image(settings, cat.root, rebuild=rebuild)
    click.echo(f"{tag} {image_size(settings, tag) / 1e6:.0f} MB")


@cli.command()
@click.argument("lesson_id")
@click.option("--student", "students", multiple=True, help="Grade only this student (repeatable).")
@click.option("--force", is_flag=True, help="Grade again even if a submission is unchanged since its last grade.")
@click.option("--jobs", type=int, help="Submissions graded at once (default: c.Grader.jobs; 0 = one per core, "
              "or on a Dask cluster its total worker threads).")
@click.option("--json", "as_json", is_flag=True, help="Print every outcome as JSON instead of a table.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Grade on the Dask cluster of this scheduler, e.g. tcp://grading-head:8786 "
                   "(default: c.Grader.scheduler; empty = this machine).")
def grade(lesson_id: str, students: tuple[str, ...], force: bool, jobs: int | None, as_json: bool,
          scheduler: str | None):
    """Grade submitted/<student>/<LESSON_ID>/ in Docker, one fresh container per submission.

    Hidden tests run in a trusted process outside the student's code; scores go
    to the nbgrader gradebook, autograded notebooks to autograded/<student>/.
    Unchanged submissions that were graded before are skipped. With a Dask
    scheduler, the containers run on the cluster's workers (each with Docker
    and the grading image) and the results come back to this gradebook.

    \b
    Examples:
      llmath grade 01-04-summation-product-notation
      llmath grade 01-04-summation-product-notation --student alice --force
      llmath grade 01-04-summation-product-notation --scheduler tcp://grading-head:8786
    """
    from .grading.batch import find_submissions, grade_lesson
    from .grading.distributed import grading_runner

    cat = _catalog()
    cat.lesson(lesson_id)
    find_submissions(cat.root, lesson_id, list(students) or None, "")  # fail early, before Docker
    settings = _grader(cat)
    if jobs is not None:
        settings.jobs = jobs
    if scheduler is not None:
        settings.scheduler = scheduler
    with grading_runner(settings, cat.root) as (runner, tag, width):
        outcomes = grade_lesson(cat, lesson_id, runner, settings, students=list(students) or None,
                                force=force, runner_id=tag, jobs=width)
    if as_json:
        click.echo(json.dumps([o.to_json() for o in outcomes], indent=2))
        return
    click.echo(f"{'student':20s} {'score':>12s}  note")
    for o in outcomes:
        note = o.error or ("; ".join(o.notes) if o.notes else "")
        click.echo(f"{o.student:20s} {o.score:>6.2f} / {o.max_score:<4g} {note[:80]}")
    total = len(outcomes)
    full = sum(1 for o in outcomes if abs(o.score - o.max_score) < 1e-9)
    click.echo(f"{total} graded, {full} with full marks, {sum(1 for o in outcomes if o.error)} with a problem")


@cli.command()
@click.option("--submissions", "count", type=int, default=DEFAULT_SUBMISSIONS, show_default=True,
              help="Size of the synthetic cohort.")
@click.option("--lesson", "lesson_id", default=DEFAULT_LESSON, show_default=True,
              help="The lesson whose submissions are graded.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path),
              help="Leave the cohort and each grader's course in this new folder.")
def bench(count: int, lesson_id: str, as_json: bool, keep: Path | None):
    """Time llmath against nbgrader, otter and a no-isolation floor on one synthetic cohort.

    The cohort mixes correct, partial, wrong, crashing and slow submissions.
    The same submissions are graded by `llmath grade` (Docker, fully
    isolated), `nbgrader autograde`, `otter run` per submission with the
    lesson's grader bundle, and the floor: llmath's grading box in a bare
    Python process per submission, one per core. Reported per grader: wall
    time, submissions per minute, seconds per submission and peak memory
    (the machine's used memory above its value before that grader started;
    other work on the machine counts too). Also the ratios nbgrader/llmath,
    otter/llmath and llmath/floor, and whether all graders agree on every
    exercise of every submission (full marks or not; equal points for the
    graders that give partial credit). Needs Docker; otter makes it slow,
    several seconds per submission.

    \b
    Examples:
      llmath bench
      llmath bench --submissions 100 --json > bench.json
      llmath bench --lesson 02-04-determinants --submissions 10
    """
    from .bench.report import table
    from .bench.run import run_bench

    data = run_bench(_catalog(), lesson_id, count, keep=keep)
    click.echo(json.dumps(data, indent=2) if as_json else table(data))


@cli.command()
@click.argument("lesson_id")
@click.option("--student", "students", multiple=True, help="Only this student (repeatable).")
def feedback(lesson_id: str, students: tuple[str, ...]):
    """Write feedback/<student>/<LESSON_ID>/<LESSON_ID>.ipynb and .html for graded submissions.

    Scores come from the gradebook, so manual grades and comments from the
    formgrader are included. Hidden tests appear by name and message only.

    \b
    Examples:
      llmath feedback 01-04-summation-product-notation
      nbgrader release_feedback 01-04-summation-product-notation   # then, on a hub
    """
    from .grading.feedback import write_feedback

    cat = _catalog()
    for path in write_feedback(cat, lesson_id, list(students) or None):
        click.echo(str(path.relative_to(cat.root)))


def _hub(cat):
    from .hub.server import CourseHub

    return CourseHub(cat.root)


@cli.group()
def roster():
    """Manage the hub's accounts: one per student or instructor, each with its own password.

    \b
    Examples:
      llmath roster add alice bob carol
      llmath roster add --instructor prof
      llmath roster remove bob
      llmath roster list
    """


@roster.command("add")
@click.argument("usernames", nargs=-1)
@click.option("--instructor", is_flag=True, help="Add instructors (hub admins with the formgrader).")
@click.option("--file", "from_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Also add the usernames in this file: one per line, or a CSV with a 'username' column.")
def roster_add(usernames: tuple[str, ...], instructor: bool, from_file: Path | None):
    """Add accounts; print each new password once (also kept in the state dir's credentials.csv).

    \b
    Examples:
      llmath roster add alice bob
      llmath roster add --instructor prof
      llmath roster add --file class-list.csv
    """
    from .hub import accounts
    from .hub.roster import read_usernames

    names = list(usernames) + (read_usernames(from_file) if from_file else [])
    if not names:
        raise click.UsageError("name the accounts, or give --file")
    hub = _hub(_catalog())
    known = {m.username for m in hub.roster.members()}
    for name in dict.fromkeys(names):
        if name in known:  # a class list imported again keeps existing passwords
            click.echo(f"{name} is already on the roster (remove and add it to get a new password)", err=True)
            continue
        password = hub.roster.add(name, "instructor" if instructor else "student")
        accounts.ensure_user(name, instructor=instructor)
        click.echo(f"{name},{password}")


@roster.command("remove")
@click.argument("usernames", nargs=-1, required=True)
def roster_remove(usernames: tuple[str, ...]):
    """Remove accounts from the roster and lock their Unix users (their files are kept).

    \b
    Example:
      llmath roster remove bob
    """
    from .hub import accounts

    hub = _hub(_catalog())
    for name in usernames:
        hub.roster.remove(name)
        accounts.disable_user(name)


@roster.command("list")
def roster_list():
    """List the roster.

    \b
    Example:
      llmath roster list
    """
    for m in _hub(_catalog()).roster.members():
        click.echo(f"{m.username:20s} {m.role}")


@cli.command()
@click.option("--port", type=int, help="Port for the hub (default: c.Hub.port, 0 = a free one).")
def hub(port: int | None):
    """Run the course JupyterHub with nbgrader until interrupted (Ctrl-C).

    Students log in with their roster credentials and see JupyterLab with the
    Assignments tab; instructors also get the formgrader. Lessons are released
    as c.Hub.schedule says (every authored lesson when it is empty), checked
    again every minute. Without an instructor on the roster, one named
    c.Hub.default_instructor (`instructor`) is added and its password printed. Runs as root: every
    member's server runs as that member's own Unix user.

    \b
    Examples:
      llmath roster add alice bob && llmath roster add --instructor prof
      llmath hub --port 8000
    """
    import time

    cat = _catalog()
    h = _hub(cat)
    if port is not None:
        h.port = port
        h.url = f"http://{h.settings.ip}:{port}"
    h.due_lessons(cat)  # a bad schedule fails before anything starts
    if not h.roster.instructors():
        name = h.settings.default_instructor
        password = h.roster.add(name, "instructor")
        click.echo(f"added instructor account: {name},{password}")
    h.start()
    click.echo(f"hub running at {h.url} (Ctrl-C to stop); credentials in {h.roster.credentials}")
    try:
        checked = 0.0
        while h.proc.poll() is None:
            if time.monotonic() - checked > 60:
                for lesson_id, status in h.release(h.due_lessons(cat)):
                    if status == "released":
                        click.echo(f"released {lesson_id}")
                checked = time.monotonic()
            time.sleep(1)
        raise LlmathError(f"jupyterhub stopped unexpectedly; see {h.state / 'jupyterhub.log'}")
    except KeyboardInterrupt:
        pass
    finally:
        h.stop()


@cli.command()
@click.argument("ids", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Release every authored lesson.")
@click.option("--module", "modules", multiple=True, help="Release the authored lessons of a module, e.g. 02.")
def release(ids: tuple[str, ...], all_: bool, modules: tuple[str, ...]):
    """Release built lessons to the hub's students through nbgrader's exchange.

    A lesson whose released copy is unchanged is left alone. `llmath hub`
    releases by c.Hub.schedule on its own; this releases now.

    \b
    Examples:
      llmath release --module 01
      llmath release 02-04-determinants
    """
    cat = _catalog()
    lessons = cat.resolve(list(ids), all_) if (ids or all_) else []
    for mod in modules:
        if mod not in {m.id for m in cat.modules}:
            raise click.UsageError(f"unknown module {mod!r}; see `llmath catalog`")
        lessons += [l for l in cat.authored() if l.id.startswith(f"{mod}-")]
    if not lessons:
        raise click.UsageError("name lessons, --module or --all")
    for lesson_id, status in _hub(cat).release([l.id for l in dict.fromkeys(lessons)]):
        click.echo(f"{status} {lesson_id}")


@cli.command()
@click.argument("lesson_id")
def collect(lesson_id: str):
    """Collect a lesson's submissions from the hub's exchange into submitted/<student>/.

    Only folders owned by the Unix account of the student they name are
    accepted; the submission time is the server's, not the student's.

    \b
    Example:
      llmath collect 01-04-summation-product-notation && llmath grade 01-04-summation-product-notation
    """
    from .hub.exchange import collect as collect_submissions

    cat = _catalog()
    cat.lesson(lesson_id)
    h = _hub(cat)
    got, rejected = collect_submissions(cat.root, h.settings.exchange_root, h.course_id, lesson_id,
                                        set(h.roster.students()))
    for c in got:
        click.echo(f"collected {c.student} (submitted {c.timestamp})")
    for r in rejected:
        click.echo(f"rejected {r.folder}: {r.reason}", err=True)
    click.echo(f"{len(got)} collected, {len(rejected)} rejected")


@cli.command("release-feedback")
@click.argument("lesson_id")
@click.option("--student", "students", multiple=True, help="Only this student (repeatable).")
def release_feedback_cmd(lesson_id: str, students: tuple[str, ...]):
    """Return feedback to the hub's students, who fetch it from their Assignments tab.

    Each student's feedback/<student>/<LESSON_ID>/ HTML goes to the exchange
    under a name only that student's submission can find; nobody can list
    the others'.

    \b
    Example:
      llmath collect 01-04-summation-product-notation
      llmath grade 01-04-summation-product-notation
      llmath feedback 01-04-summation-product-notation
      llmath release-feedback 01-04-summation-product-notation
    """
    from .hub.exchange import release_feedback

    cat = _catalog()
    cat.lesson(lesson_id)
    h = _hub(cat)
    done, skipped = release_feedback(cat.root, h.settings.exchange_root, h.course_id, lesson_id,
                                     list(students) or None)
    for student in done:
        click.echo(f"released feedback for {student}")
    for s in skipped:
        click.echo(f"skipped {s.folder}: {s.reason}", err=True)
    click.echo(f"{len(done)} released, {len(skipped)} skipped")


@cli.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the gradebook export (grades.csv) and each student's feedback here.")
@click.option("--lesson", "lesson_id", default=None, help="The lesson the cohort works on (default: 01-04).")
def demo(out: Path | None, lesson_id: str | None):
    """Run one full cohort cycle on a real, throwaway hub, and check every score.

    A hub starts on a free port; four demo students (correct, partial, wrong,
    hostile) log in, fetch the lesson, answer and submit through it; the
    instructor collects, grades in Docker and releases feedback; the students
    fetch it; the hub stops and its accounts and files are removed. Exits 1
    when a score differs from what the student's answers deserve. Runs as root.

    \b
    Examples:
      llmath demo
      llmath demo --out demo-results
    """
    from .hub.demo import DEFAULT_LESSON, run_demo, summary

    cat = _catalog()
    if out is not None:
        out = out.resolve()
    report = run_demo(cat.root, lesson_id or DEFAULT_LESSON, out)
    click.echo(summary(report))
    if out is not None:
        click.echo(f"gradebook export and feedback in {out}")
    if not report.ok:
        sys.exit(1)


def _skip_slow_optional_imports() -> None:
    """Keep ``jsonschema`` (imported by nbformat) from importing ``rfc3987_syntax``.

    When that optional package is installed, jsonschema imports it to check the
    "iri" string format, and importing it compiles about forty grammars: a
    second of CPU on every command that reads a notebook, more than grading a
    submission. No llmath command checks that format.
    """
    sys.modules.setdefault("rfc3987_syntax", None)


def main() -> None:
    _skip_slow_optional_imports()
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except LlmathError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except SystemExit:
        raise


if __name__ == "__main__":
    main()
