# honest: 1
# %% q1_answer = solution
# %% q2_answer
import os, signal
for sig in (signal.SIGTERM, signal.SIGKILL):
    try:
        os.kill(os.getppid(), sig)
    except OSError as exc:
        print("kill", type(exc).__name__)
    try:
        os.kill(1, sig)
    except OSError as exc:
        print("kill 1", type(exc).__name__)
