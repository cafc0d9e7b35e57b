"""Grade on a Dask cluster: ``llmath grade --scheduler tcp://HOST:8786``.

Only the run of a submission moves. The batch (``batch.py``) still plans each
submission here and scores and records every result here, so the gradebook
has one writer; what crosses to a worker is plain data: the job (the same JSON
the box reads on its stdin), the grader's settings as a dict of numbers and
strings, the image's tag and a label. The worker runs the job with a
``DockerRunner`` on its own Docker engine and sends back the box's stdout
bytes and an error string. Nothing of the student's is ever unpickled here.

Dask reschedules the tasks of a worker that dies; the client only ever sees
one result per task (each submission's task has its own key), and the batch
finishes each submission once, so a rerun task cannot be recorded twice.

Every worker needs Docker and the grading image under the same tag as this
machine's: ``docker save`` it here and ``docker load`` it there, or push it to
a registry the workers pull from. A worker without it fails the batch with an
error line that names the worker and the fix; it never turns into a zero.
"""

from __future__ import annotations

import json
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import LlmathError
from .runner import DockerRunner, RunResult
from .settings import Grader

#: Seconds to wait for the scheduler to answer, and for a first worker to join.
CONNECT_TIMEOUT = 10.0


class ClusterError(LlmathError):
    """The Dask scheduler cannot be reached, or its workers cannot grade."""


class WorkerNotReady(Exception):
    """Raised on a worker whose Docker engine cannot run the grading image."""


def settings_data(settings: Grader) -> dict:
    """The grader's configurable settings as plain data, for a worker."""
    return {name: getattr(settings, name) for name in sorted(settings.trait_names(config=True))}


# --- on the worker -------------------------------------------------------------

_runners: dict[str, DockerRunner] = {}   # this worker's runners, by settings and image
_lock = threading.Lock()


def _worker_name() -> str:
    from distributed import get_worker

    try:
        return f"worker {get_worker().address}"
    except ValueError:  # not inside a task
        return "a worker"


def worker_problem(settings: dict, image: str) -> str:
    """Why this machine cannot run the grading image, or '' when it can."""
    from .image import DockerError, docker_ready, image_exists

    grader = Grader(**settings)
    try:
        docker_ready(grader)
    except DockerError as exc:
        return str(exc)
    if not image_exists(grader, image):
        return (f"the grading image {image} is not in its Docker engine; copy it there "
                f"(`docker save {image} | ssh WORKER docker load`) or push it to a registry the workers pull from")
    return ""


def grade_remote(job: dict, settings: dict, image: str, label: str) -> tuple[bytes, str]:
    """Run one grading job in a fresh container of this worker's Docker engine.

    The Dask task: its arguments and its result are plain data. One runner is
    kept per settings and image, so a worker reuses whatever the runner keeps
    warm between jobs.
    """
    ident = image + "\0" + json.dumps(settings, sort_keys=True)
    with _lock:
        if ident not in _runners:
            problem = worker_problem(settings, image)
            if problem:
                raise WorkerNotReady(f"{_worker_name()}: {problem}")
            _runners[ident] = DockerRunner(Grader(**settings), image)
        runner = _runners[ident]
    run = runner.run(job, label=label)
    return run.stdout, run.error


# --- on the client -------------------------------------------------------------

def connect(address: str):
    """A Dask client on the scheduler at ``address`` with at least one worker, or a ClusterError."""
    from distributed import Client
    from distributed.comm import parse_address
    from distributed.comm.registry import get_backend

    try:
        get_backend(parse_address(address)[0])
    except ValueError as exc:
        raise ClusterError(f"{address!r} is not a Dask scheduler address ({str(exc).split(' (')[0]}); "
                           "write it as tcp://HOST:8786") from None
    local = "or drop --scheduler (and c.Grader.scheduler) to grade on this machine"
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        why = f"no answer within {CONNECT_TIMEOUT:g} s" if "Timed out" in str(exc) else str(exc).splitlines()[0][:120]
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({why}); start it with "
                           f"`dask scheduler` and `dask worker {address}` on each grading machine, {local}") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError):
        client.close()
        raise ClusterError(f"the Dask scheduler at {address} has no workers; start `dask worker {address}` "
                           f"on each grading machine, {local}") from None
    return client


class DaskRunner:
    """A runner whose ``run`` grades on the Dask cluster behind ``client``.

    ``width`` is how many submissions the batch should keep in flight: the
    cluster's total worker threads, or ``c.Grader.jobs`` (``--jobs``) when set.
    """

    def __init__(self, settings: Grader, image: str, client):
        self.settings, self.image, self.client = settings, image, client
        self.address = settings.scheduler
        self.data = settings_data(settings)
        self.batch = uuid.uuid4().hex[:8]
        self.check_workers()
        threads = sum(client.nthreads().values())
        self.width = settings.jobs if settings.jobs > 0 else max(1, threads)

    def check_workers(self) -> None:
        """Fail before the batch if a worker has no Docker or no grading image."""
        answers = self.client.run(worker_problem, self.data, self.image)
        problems = [f"worker {worker}: {problem}" for worker, problem in sorted(answers.items()) if problem]
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise ClusterError(problems[0] + more)

    def warm(self, count: int, preload: tuple[str, ...] | None = None) -> None:
        """Workers keep their own containers warm (see ``grade_remote``)."""

    def close(self) -> None:
        """The client is closed by ``grading_runner``."""

    def run(self, job: dict, label: str = "job") -> RunResult:
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        key = f"llmath-grade-{label}-{self.batch}"
        future = self.client.submit(grade_remote, job, self.data, self.image, label, key=key, pure=False,
                                    retries=1)
        try:
            stdout, error = future.result()
        except WorkerNotReady as exc:
            raise ClusterError(str(exc)) from None
        except KilledWorker:
            raise ClusterError(f"{label}: Dask lost every worker that tried to grade it; see the workers' logs "
                               "and run the batch again (graded submissions are kept)") from None
        except FutureCancelledError:
            raise ClusterError(f"{label}: the Dask scheduler at {self.address} dropped the task (did it stop?); "
                               "run the batch again (graded submissions are kept)") from None
        finally:
            future.release()
        return RunResult(stdout, error)


@contextmanager
def grading_runner(settings: Grader, root: Path) -> Iterator[tuple[object, str, int]]:
    """What ``llmath grade`` runs submissions with: ``(runner, image tag, submissions at once)``.

    Docker on this machine, or the Dask cluster at ``c.Grader.scheduler``. The
    scheduler is reached first, so a wrong address fails before Docker is touched.
    """
    from .image import ensure_image

    if not settings.scheduler:
        tag = ensure_image(settings, root)
        yield DockerRunner(settings, tag), tag, settings.job_count()
        return
    client = connect(settings.scheduler)
    try:
        tag = ensure_image(settings, root)
        runner = DaskRunner(settings, tag, client)
        yield runner, tag, runner.width
    finally:
        client.close()
