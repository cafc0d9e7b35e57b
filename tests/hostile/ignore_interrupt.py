# honest: 2
# %% q1_answer
import signal
signal.signal(signal.SIGINT, signal.SIG_IGN)
while True:
    pass
# %% q5_answer = solution
