"""The grading box: the program a grading container runs for one submission.

Two processes, one trust boundary:

* The **box** (this process, the trusted one) imports NumPy, SciPy and SymPy,
  makes itself non-dumpable (so no other process of the same user can read its
  memory or file descriptors through /proc or ptrace), and forks the student
  process *before* it reads anything. Only then does it read the job from its
  stdin: the cells to run and the tests with their hidden parts. The tests stay
  in this process's memory; they are never written to a file.
* The **student process** runs the notebook's code cells in one namespace. Its
  stdin is /dev/null, its stdout and stderr go to a pipe the box reads (with a
  size cap), and it talks to the box over two more pipes, one JSON message per
  line. It never sees the test code.

The tests run in the box. A test's parameters name the student's functions and
variables: a variable arrives as decoded plain data (``codec``), a function as a
proxy whose calls are sent to the student process as data, and whose results
come back as data. Comparisons happen here, with libraries the student could not
patch. Only this process writes the result, one JSON line on stdout.

Run as ``python -I box.py [--preload=numpy,sympy]`` (in the image, or on the
host for tests); ``--preload`` names the lesson's imports, imported before the
fork. The box starts, imports and forks before any job exists, so a container
can be started ahead and wait, warm, for its one submission. The job is one JSON
line on stdin::

    {"steps": [{"cell": "setup", "source": "import numpy as np ..."},
               {"cell": "q1_answer", "source": "def f(x): ..."},
               {"exercise": "q1", "source": "def test_a(f): ...", "tests": ["test_a"]}, ...],
     "limits": {"cell_timeout": 30, "test_timeout": 10, "output_limit": 65536}}

Cells run in order in the student process; an exercise step runs its tests
against the student's state at that point, as the notebook would.
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import sys
import time
import traceback

try:  # inside the llmath package
    from . import codec
except ImportError:  # run as a script in the grading image, beside codec.py
    import importlib.util

    _spec = importlib.util.spec_from_file_location(
        "llmath_codec", os.path.join(os.path.dirname(os.path.abspath(__file__)), "codec.py"))
    codec = importlib.util.module_from_spec(_spec)
    sys.modules["llmath_codec"] = codec
    _spec.loader.exec_module(codec)

PROTOCOL = 1
MESSAGE_LIMIT = 16 * 2**20   # one control message from the student process
GRACE = 2.0                  # seconds between SIGINT and SIGKILL


#: Packages the box may import before the fork: the scientific stack the image holds.
PRELOADABLE = ("numpy", "scipy", "sympy", "mpmath")
#: What is imported when the command line names nothing.
DEFAULT_PRELOAD = ("numpy", "scipy", "scipy.linalg", "scipy.special", "scipy.stats", "sympy")
_MODULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


def preload_arg(argv: list[str]) -> tuple[str, ...]:
    """The modules named by ``--preload=a,b.c`` (the lesson's imports), or the default set.

    Only modules of ``PRELOADABLE`` packages are accepted; anything else is ignored.
    """
    for arg in argv:
        if arg.startswith("--preload="):
            names = [n.strip() for n in arg.split("=", 1)[1].split(",")]
            return tuple(n for n in names if _MODULE.match(n) and n.split(".")[0] in PRELOADABLE)
    return DEFAULT_PRELOAD


def preload(modules: tuple[str, ...] = DEFAULT_PRELOAD) -> None:
    """Import what both processes need before the fork, so neither pays for it twice.

    The host names the lesson's own imports: importing a library costs more than
    most submissions' tests, so nothing else is imported. A name that is not a
    module (``from sympy import symbols`` gives ``sympy.symbols``) is skipped.
    """
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def make_undumpable() -> None:
    """PR_SET_DUMPABLE=0: /proc/<pid>/{mem,fd,environ,...} and ptrace become root-only."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE
    except (OSError, AttributeError):
        pass


# ---------------------------------------------------------------------------
# The student process
# ---------------------------------------------------------------------------

def _install_stubs() -> None:
    """The setup cell imports otter and llmath.runtime for self-checks; in grading they are inert."""
    import types

    otter = types.ModuleType("otter")

    class Notebook:
        def __init__(self, *args, **kwargs):
            pass

        def check(self, *args, **kwargs):
            print("Checks run when your work is graded.")

        def check_all(self, *args, **kwargs):
            print("Checks run when your work is graded.")

    otter.Notebook = Notebook
    runtime = types.ModuleType("llmath.runtime")
    runtime.run_tests = lambda namespace=None: None
    package = sys.modules.get("llmath") or types.ModuleType("llmath")
    package.runtime = runtime
    sys.modules.update({"otter": otter, "llmath": package, "llmath.runtime": runtime})


def _strip_magics(source: str) -> str:
    """IPython magics and shell escapes do nothing when grading; keep line numbers."""
    lines = source.split("\n")
    if lines and lines[0].lstrip().startswith("%%"):
        lines[0] = ""
    out = []
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):
            line = line[: len(line) - len(stripped)] + "pass"
        out.append(line)
    return "\n".join(out)


def _format_error(exc: BaseException) -> str:
    """The exception and the part of its traceback that is in the student's cells."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith("<cell")]
    lines = traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines).rstrip()


def _error_line(exc: BaseException) -> str:
    text = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return text[:2000]


class StudentSide:
    """The loop of the student process: exec cells, answer lookups and calls."""

    def __init__(self, ctrl_in: int, ctrl_out: int):
        self.rfile = os.fdopen(ctrl_in, "rb", buffering=0)
        self.wfd = ctrl_out
        self.buffer = b""
        self.rid = None
        self.ns: dict = {"__name__": "__main__", "display": print}

    def send(self, msg: dict) -> None:
        if "op" in msg and msg["op"] != "callback":
            msg["rid"] = self.rid
        data = (json.dumps(msg) + "\n").encode()
        view = memoryview(data)
        while view:
            n = os.write(self.wfd, view)
            view = view[n:]

    def recv(self) -> dict:
        while b"\n" not in self.buffer:
            chunk = self.rfile.read(1 << 16)
            if not chunk:
                os._exit(0)
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        msg = json.loads(line)
        if msg.get("op") not in ("ret", "raise"):
            self.rid = msg.get("rid")
        return msg

    def callback(self, cid: int):
        def call(*args, **kwargs):
            enc = codec.Encoder()
            self.send({"op": "callback", "id": cid, "args": enc(list(args)),
                       "kwargs": enc(kwargs)})
            reply = self.recv()
            if reply.get("op") == "ret":
                return codec.decode(reply.get("value"), self.callback)
            raise RuntimeError(f"the grader's function raised {reply.get('error', 'an error')}")
        return call

    def flush(self) -> None:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass

    def run(self) -> None:
        while True:
            msg = self.recv()
            op = msg.get("op")
            if op == "exec":
                self.exec_cell(msg["cell"], msg["source"])
            elif op == "get":
                self.get(msg["name"])
            elif op == "call":
                self.call(msg["name"], msg["args"], msg["kwargs"])
            elif op == "bye":
                self.flush()
                os._exit(0)

    def exec_cell(self, cell: str, source: str) -> None:
        try:
            code = compile(_strip_magics(source), f"<cell {cell}>", "exec")
            exec(code, self.ns)
        except BaseException as exc:  # noqa: BLE001 - the student's error is data here
            self.flush()
            self.send({"op": "done", "status": "error", "error": _format_error(exc)[:20000]})
            return
        self.flush()
        self.send({"op": "done", "status": "ok"})

    def get(self, name: str) -> None:
        if name not in self.ns:
            self.send({"op": "value", "kind": "missing"})
            return
        value = self.ns[name]
        if callable(value) and not _is_data(value):
            self.send({"op": "value", "kind": "function"})
            return
        try:
            self.send({"op": "value", "kind": "value", "value": codec.encode(value)})
        except BaseException as exc:  # noqa: BLE001
            self.send({"op": "value", "kind": "unencodable", "error": _error_line(exc)})

    def call(self, name: str, args, kwargs) -> None:
        try:
            fn = self.ns[name]
            a = codec.decode(args, self.callback)
            k = codec.decode(kwargs, self.callback)
            out = fn(*a, **k)
        except BaseException as exc:  # noqa: BLE001
            self.flush()
            self.send({"op": "error", "error": _error_line(exc), "type": _exception_type(exc)})
            return
        self.flush()
        try:
            self.send({"op": "result", "value": codec.encode(out)})
        except BaseException as exc:  # noqa: BLE001
            self.send({"op": "error", "error": "returned a value that is not plain data: "
                       + _error_line(exc), "codec": True})


def _exception_type(exc: BaseException) -> str:
    """The nearest exception type the tests can catch: a builtin one, or NumPy's LinAlgError."""
    import builtins

    for cls in type(exc).__mro__:
        if cls.__module__ == "builtins" and getattr(builtins, cls.__name__, None) is cls:
            return cls.__name__
        if cls.__name__ == "LinAlgError" and cls.__module__.startswith("numpy"):
            return "LinAlgError"
    return "Exception"


def _is_data(value) -> bool:
    """SymPy objects and arrays can be callable; they are still data."""
    sp, np = sys.modules.get("sympy"), sys.modules.get("numpy")
    if sp is not None and isinstance(value, (sp.Basic, sp.MatrixBase)):
        return not isinstance(value, sp.FunctionClass) and not isinstance(value, sp.Lambda)
    if np is not None and isinstance(value, (np.ndarray, np.generic)):
        return True
    return False


def student_main(ctrl_in: int, ctrl_out: int, out_w: int) -> None:
    """In the forked child: rewire descriptors, then serve the box until told to stop."""
    os.setpgid(0, 0)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(out_w, 1)
    os.dup2(out_w, 2)
    keep = {0, 1, 2, ctrl_in, ctrl_out}
    for fd in range(3, 1024):
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
    try:
        with open("/proc/self/oom_score_adj", "w") as f:
            f.write("1000")  # under memory pressure, the student's process goes first
    except OSError:
        pass
    sys.stdin = os.fdopen(0, "r")
    sys.stdout = os.fdopen(1, "w", buffering=1, errors="replace")
    sys.stderr = os.fdopen(2, "w", buffering=1, errors="replace")
    signal.signal(signal.SIGINT, signal.default_int_handler)
    _install_stubs()
    os.chdir(os.environ.get("HOME", "/tmp") if os.path.isdir(os.environ.get("HOME", "/tmp")) else "/")
    StudentSide(ctrl_in, ctrl_out).run()


# ---------------------------------------------------------------------------
# The box
# ---------------------------------------------------------------------------

class StudentGone(Exception):
    """The student process exited or was killed."""


class StudentTimeout(Exception):
    """The student process did not answer in time."""


class StudentRaised(Exception):
    """The student's function raised; the message is the student's exception."""


_RAISED: dict = {}


def student_exception(type_name: str, message: str) -> StudentRaised:
    """A StudentRaised that is also the builtin type the student raised, so tests can catch it.

    Only Exception subclasses from builtins (and NumPy's LinAlgError) qualify;
    anything else, SystemExit and KeyboardInterrupt included, is a plain StudentRaised.
    """
    import builtins

    base = None
    if type_name == "LinAlgError":
        import numpy.linalg
        base = numpy.linalg.LinAlgError
    else:
        cand = getattr(builtins, str(type_name), None)
        if isinstance(cand, type) and issubclass(cand, Exception) and cand.__module__ == "builtins":
            base = cand
    if base is None:
        return StudentRaised(message)
    if base not in _RAISED:
        try:
            _RAISED[base] = type(f"Student{base.__name__}", (StudentRaised, base), {})
        except TypeError:  # a builtin that cannot be a base alongside Exception
            return StudentRaised(message)
    return _RAISED[base](message)


class Unreadable(Exception):
    """The student's value or result is not plain data."""


class TestTimeout(Exception):
    pass


class Child:
    """The box's handle on the student process."""

    def __init__(self, output_limit: int):
        ctrl_in_r, ctrl_in_w = os.pipe()     # box -> student
        ctrl_out_r, ctrl_out_w = os.pipe()   # student -> box
        out_r, out_w = os.pipe()             # student's stdout and stderr
        pid = os.fork()
        if pid == 0:
            try:
                os.close(ctrl_in_w)
                os.close(ctrl_out_r)
                os.close(out_r)
                student_main(ctrl_in_r, ctrl_out_w, out_w)
            finally:
                os._exit(1)
        os.close(ctrl_in_r)
        os.close(ctrl_out_w)
        os.close(out_w)
        self.pid = pid
        self.wfd, self.rfd, self.ofd = ctrl_in_w, ctrl_out_r, out_r
        os.set_blocking(self.rfd, False)
        os.set_blocking(self.ofd, False)
        self.buffer = b""
        self.alive = True
        self.exit_reason = ""
        self.output_limit = output_limit
        self.capture = True
        self.out = bytearray()
        self.dropped = 0
        self.callbacks: list = []
        self.rid = 0

    # -- output -------------------------------------------------------------
    def take_output(self) -> tuple[str, int]:
        self._drain_output()
        text, dropped = bytes(self.out).decode("utf-8", "replace"), self.dropped
        self.out, self.dropped = bytearray(), 0
        return text, dropped

    def _drain_output(self) -> None:
        while True:
            try:
                chunk = os.read(self.ofd, 1 << 16)
            except BlockingIOError:
                return
            except OSError:
                return
            if not chunk:
                return
            self._keep(chunk)

    def _keep(self, chunk: bytes) -> None:
        if not self.capture:
            return
        room = self.output_limit - len(self.out)
        self.out += chunk[:max(room, 0)]
        self.dropped += max(len(chunk) - max(room, 0), 0)

    # -- messages -----------------------------------------------------------
    def send(self, msg: dict) -> None:
        if not self.alive:
            raise StudentGone(self.exit_reason)
        data = (json.dumps(msg) + "\n").encode()
        try:
            view = memoryview(data)
            while view:
                _, w, _ = select.select([], [self.wfd], [], 5.0)
                if not w:
                    raise StudentTimeout("the notebook's process stopped reading")
                n = os.write(self.wfd, view)
                view = view[n:]
        except (BrokenPipeError, OSError):
            self._gone()
            raise StudentGone(self.exit_reason) from None

    def recv(self, timeout: float, rid: int | None = None) -> dict:
        """The reply to request ``rid``, serving output and callbacks while waiting."""
        deadline = time.monotonic() + timeout
        while True:
            if b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                try:
                    msg = json.loads(line)
                except ValueError:
                    msg = None
                if type(msg) is not dict:
                    continue  # the student wrote junk on the channel: ignore it
                if msg.get("op") == "callback":
                    self._serve_callback(msg)
                    continue
                if msg.get("rid") != rid:
                    continue  # a late answer to a request that timed out
                return msg
            if not self.alive:
                raise StudentGone(self.exit_reason)
            left = deadline - time.monotonic()
            if left <= 0:
                raise StudentTimeout()
            r, _, _ = select.select([self.rfd, self.ofd], [], [], min(left, 1.0))
            if self.ofd in r:
                self._drain_output()
            if self.rfd in r:
                try:
                    chunk = os.read(self.rfd, 1 << 20)
                except BlockingIOError:
                    chunk = None
                if chunk == b"":
                    self._gone()
                    continue
                if chunk:
                    self.buffer += chunk
                    if len(self.buffer) > MESSAGE_LIMIT:
                        self.kill("sent a message larger than the grader accepts")
            elif not r:
                self._poll_exit()

    def request(self, msg: dict, timeout: float) -> dict:
        """Send ``msg``; on timeout interrupt the student (SIGINT), then kill it."""
        self.rid += 1
        rid = msg["rid"] = self.rid
        self.send(msg)
        try:
            return self.recv(timeout, rid)
        except StudentTimeout:
            pass
        try:
            os.kill(self.pid, signal.SIGINT)
            self.recv(GRACE, rid)  # the interrupted request's answer, discarded
        except (StudentTimeout, ProcessLookupError):
            self.kill("was stopped after a timeout")
        raise StudentTimeout()

    def _serve_callback(self, msg: dict) -> None:
        try:
            fn = self.callbacks[msg["id"]]
            dec = codec.Decoder(None)
            args = dec(msg.get("args"))
            kwargs = dec(msg.get("kwargs"))
            if type(args) is not list or type(kwargs) is not dict:
                raise codec.CodecError("malformed callback arguments")
            out = fn(*args, **{str(k): v for k, v in kwargs.items()})
            reply = {"op": "ret", "value": codec.encode(out, self.register)}
        except Exception as exc:  # noqa: BLE001 - only the type crosses back
            reply = {"op": "raise", "error": type(exc).__name__}
        self.send(reply)

    def register(self, fn) -> int:
        self.callbacks.append(fn)
        return len(self.callbacks) - 1

    # -- life ---------------------------------------------------------------
    def _poll_exit(self) -> None:
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            pid, status = self.pid, 0
        if pid:
            self._record_exit(status)

    def _gone(self) -> None:
        if self.alive:
            try:
                _, status = os.waitpid(self.pid, 0)
            except ChildProcessError:
                status = 0
            self._record_exit(status)

    def _record_exit(self, status: int) -> None:
        if not self.alive:
            return
        self.alive = False
        if not self.exit_reason:
            if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
                self.exit_reason = "was killed (out of memory, or a limit was reached)"
            elif os.WIFSIGNALED(status):
                self.exit_reason = f"was killed by signal {os.WTERMSIG(status)}"
            else:
                self.exit_reason = f"exited with code {os.WEXITSTATUS(status) if os.WIFEXITED(status) else '?'}"
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except OSError:
            pass

    def kill(self, reason: str) -> None:
        if not self.alive:
            return
        self.exit_reason = reason
        for target in (lambda: os.killpg(self.pid, signal.SIGKILL), lambda: os.kill(self.pid, signal.SIGKILL)):
            try:
                target()
            except OSError:
                pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self.alive = False

    def close(self) -> None:
        if self.alive:
            try:
                self.send({"op": "bye"})
            except (StudentGone, StudentTimeout):
                pass
            self.kill(self.exit_reason or "finished")


class Remote:
    """A student's function, seen from the tests: calls cross as data."""

    def __init__(self, child: Child, name: str, timeout: float):
        self._child, self._name, self._timeout = child, name, timeout
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        msg = {"op": "call", "name": self._name,
               "args": codec.encode(list(args), self._child.register),
               "kwargs": codec.encode({str(k): v for k, v in kwargs.items()}, self._child.register)}
        reply = self._child.request(msg, self._timeout)
        if reply.get("op") == "result":
            try:
                return codec.decode(reply.get("value"))
            except codec.CodecError as exc:
                raise Unreadable(f"`{self._name}` returned data the grader cannot read: {exc}") from None
        if reply.get("op") == "error":
            if reply.get("codec"):
                raise Unreadable(f"`{self._name}` {str(reply.get('error'))[:500]}")
            raise student_exception(reply.get("type", ""), f"`{self._name}` raised {str(reply.get('error'))[:500]}")
        raise StudentRaised(f"`{self._name}` gave no answer")

    def __repr__(self):
        return f"<student function {self._name}>"


def _alarm(signum, frame):
    raise TestTimeout()


class Box:
    def __init__(self, job: dict, child: Child):
        self.job = job
        self.child = child
        limits = job.get("limits", {})
        self.cell_timeout = float(limits.get("cell_timeout", 30))
        self.test_timeout = float(limits.get("test_timeout", 10))
        self.cells: list[dict] = []
        self.tests: list[dict] = []

    def run(self) -> None:
        for step in self.job.get("steps", []):
            if "exercise" in step:
                self.run_tests(step)
            else:
                self.exec_cell(step)
        self.child.close()

    def exec_cell(self, cell: dict) -> None:
        record = {"id": cell["cell"], "status": "ok", "error": "", "output": "", "dropped": 0}
        self.child.capture = True
        if not self.child.alive:
            record["status"] = "not-run"
            record["error"] = f"Not run: the notebook's process {self.child.exit_reason}."
        else:
            try:
                reply = self.child.request({"op": "exec", "cell": cell["cell"], "source": cell["source"]},
                                           self.cell_timeout)
                if reply.get("op") != "done":
                    record["status"], record["error"] = "error", "The cell gave no answer."
                elif reply.get("status") != "ok":
                    record["status"], record["error"] = "error", str(reply.get("error", ""))[:20000]
            except StudentTimeout:
                record["status"] = "timeout"
                record["error"] = f"The cell did not finish within {self.cell_timeout:g} s and was stopped."
            except StudentGone as exc:
                record["status"] = "died"
                record["error"] = f"The notebook's process {exc}."
        record["output"], record["dropped"] = self.child.take_output()
        self.cells.append(record)

    def resolve(self, name: str):
        reply = self.child.request({"op": "get", "name": name}, self.test_timeout)
        kind = reply.get("kind")
        if kind == "function":
            return Remote(self.child, name, self.test_timeout)
        if kind == "value":
            try:
                return codec.decode(reply.get("value"))
            except codec.CodecError as exc:
                raise Unreadable(f"`{name}` holds data the grader cannot read: {exc}") from None
        if kind == "unencodable":
            raise Unreadable(f"`{name}` is not plain data: {str(reply.get('error'))[:300]}")
        raise NameError(f"`{name}` is not defined: run the cell that defines it, and keep its name")

    def run_tests(self, ex: dict) -> None:
        import inspect

        self.child.capture = False  # what the student prints during tests is not shown
        ns: dict = {"__name__": "llmath_tests"}
        try:
            exec(compile(ex["source"], f"<tests {ex['exercise']}>", "exec"), ns)
            setup_error = None
        except Exception as exc:  # noqa: BLE001 - a broken test cell is the course's bug
            setup_error = f"the test cell could not be loaded ({type(exc).__name__})"
        for name in ex["tests"]:
            outcome = {"exercise": ex["exercise"], "name": name, "passed": False, "kind": "", "detail": ""}
            if setup_error:
                outcome["kind"], outcome["detail"] = "grader", setup_error
            else:
                self.run_one(ns.get(name), outcome, inspect)
            self.tests.append(outcome)
        self.child.take_output()

    def run_one(self, fn, outcome: dict, inspect) -> None:
        if not callable(fn):
            outcome["kind"], outcome["detail"] = "grader", "the test is missing"
            return
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, self.test_timeout * 3)
        try:
            params = list(inspect.signature(fn).parameters)
            args = [self.resolve(p) for p in params]
            fn(*args)
            outcome["passed"] = True
        except AssertionError as exc:
            outcome["kind"], outcome["detail"] = "assert", str(exc)[:500]
        except StudentRaised as exc:
            outcome["kind"], outcome["detail"] = "raised", str(exc)
        except Unreadable as exc:
            outcome["kind"], outcome["detail"] = "data", str(exc)
        except NameError as exc:
            outcome["kind"], outcome["detail"] = "missing", str(exc)[:300]
        except (StudentTimeout, TestTimeout):
            outcome["kind"], outcome["detail"] = "timeout", "did not finish in time"
        except StudentGone as exc:
            outcome["kind"], outcome["detail"] = "gone", f"the notebook's process {exc}"
        except codec.CodecError as exc:
            outcome["kind"], outcome["detail"] = "data", str(exc)[:300]
        except Exception as exc:  # noqa: BLE001
            outcome["kind"], outcome["detail"] = "error", _error_line(exc)[:300]
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def read_job(stream) -> dict:
    line = stream.buffer.readline()
    job = json.loads(line)
    if type(job) is not dict:
        raise ValueError("the job is not an object")
    return job


def main(argv: list[str] | None = None) -> int:
    started = time.monotonic()
    make_undumpable()
    out = sys.stdout
    result: dict = {"protocol": PROTOCOL, "cells": [], "tests": [], "fatal": None}
    try:
        preload(preload_arg(sys.argv[1:] if argv is None else argv))
        child = Child(output_limit=65536)
        job = read_job(sys.stdin)  # only now, after the fork, do the tests arrive
        child.output_limit = int(job.get("limits", {}).get("output_limit", 65536))
        box = Box(job, child)
        try:
            box.run()
        finally:
            result["cells"], result["tests"] = box.cells, box.tests
    except Exception as exc:  # noqa: BLE001 - report, never hang
        result["fatal"] = f"the grader failed: {type(exc).__name__}: {str(exc)[:300]}"
    result["elapsed"] = round(time.monotonic() - started, 3)
    out.write(json.dumps(result) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # The result is out and the student's process is gone: skip the interpreter's
    # teardown of NumPy, SciPy and SymPy, which takes longer than most tests.
    os._exit(code)
