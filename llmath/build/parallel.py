"""``llmath build``: many lessons at once, unchanged ones skipped.

Lessons whose inputs and outputs match the cache (``cache.py``) and whose
assignment the gradebook holds are not rebuilt. The others are built in worker
processes, one lesson each at a time (``make_outputs``: public tests, nbgrader's
conversion against a scratch gradebook, the grader bundle); this process
records each finished lesson in the course gradebook, one at a time, so SQLite
never sees two writers. A lesson's error is reported and the others go on.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Callable

from ..catalog import Catalog, Lesson
from ..errors import BuildError, LlmathError
from . import BuildResult, bundle_path, make_outputs, record, release_dir
from .cache import BuildCache
from .gradebook import recorded_lessons


def build_lessons(catalog: Catalog, lessons: list[Lesson], *, jobs: int = 0, force: bool = False,
                  on_result: Callable[[BuildResult], None] | None = None,
                  on_error: Callable[[str, LlmathError], None] | None = None,
                  ) -> tuple[list[BuildResult], dict[str, LlmathError]]:
    """Build ``lessons``; return the results in course order and the errors by lesson id.

    ``jobs`` is the number of worker processes (0: one per core); ``force``
    rebuilds every lesson whatever the cache says. ``on_result`` and
    ``on_error`` are called as each lesson finishes.
    """
    root = catalog.root
    cache = BuildCache(root)
    recorded = recorded_lessons(root)
    results: dict[str, BuildResult] = {}
    errors: dict[str, LlmathError] = {}

    def failed(lesson_id: str, exc: LlmathError) -> None:
        errors[lesson_id] = exc
        cache.forget(lesson_id)
        if on_error:
            on_error(lesson_id, exc)

    def finished(lesson_id: str, key: str, built: dict) -> None:
        try:
            result = record(root, built)
        except LlmathError as exc:
            failed(lesson_id, exc)
            return
        cache.store(lesson_id, key, result.exercises)
        results[lesson_id] = result
        if on_result:
            on_result(result)

    todo: list[tuple[str, str]] = []
    for lesson in lessons:
        key = cache.key(lesson.id)
        entry = None if force or lesson.id not in recorded else cache.fresh(lesson.id, key)
        if entry is None:
            todo.append((lesson.id, key))
            continue
        results[lesson.id] = BuildResult(lesson.id, release_dir(root, lesson.id), bundle_path(root, lesson.id),
                                         entry["exercises"], cached=True)
        if on_result:
            on_result(results[lesson.id])

    width = min(len(todo), jobs if jobs > 0 else (os.cpu_count() or 1))
    try:
        if width <= 1:
            for lesson_id, key in todo:
                try:
                    built = make_outputs(root, lesson_id)
                except LlmathError as exc:
                    failed(lesson_id, exc)
                else:
                    finished(lesson_id, key, built)
        else:
            _in_workers(root, todo, width, finished, failed)
    finally:
        cache.save()
    return [results[lesson.id] for lesson in lessons if lesson.id in results], errors


def _start_method() -> str:
    """``fork`` when this process runs no other thread (the command line): the workers
    inherit the nbgrader already imported here. Forking a threaded process can
    deadlock, so then (a test session, a notebook) ``spawn``."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _in_workers(root, todo, width, finished, failed) -> None:
    import nbgrader.converters  # noqa: F401  (imported once here, inherited by forked workers)

    context = multiprocessing.get_context(_start_method())
    with ProcessPoolExecutor(max_workers=width, mp_context=context) as pool:
        running = {pool.submit(make_outputs, root, lesson_id): (lesson_id, key) for lesson_id, key in todo}
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                lesson_id, key = running.pop(fut)
                try:
                    built = fut.result()
                except LlmathError as exc:
                    failed(lesson_id, exc)
                except BrokenProcessPool:
                    failed(lesson_id, BuildError(f"{lesson_id}: the build process stopped unexpectedly "
                                                 "(out of memory?); run the build again"))
                else:
                    finished(lesson_id, key, built)
