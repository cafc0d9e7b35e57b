OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np
def _log_pp(d, beta):
    d = np.asarray(d, dtype=float)
    a = -beta * (d - d.min())
    p = np.exp(a - np.log(np.sum(np.exp(a))))
    return float(-np.sum(np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0)))


@test_case(name='test_small_case', hidden=False, failure_message='For d = [0, 1, 2, 3] and target perplexity 2 the returned beta gives perplexity 2.')
def test_small_case(calibrate_beta):
    """For d = [0, 1, 2, 3] and target perplexity 2 the returned beta gives perplexity 2."""
    beta = calibrate_beta(np.array([0.0, 1.0, 2.0, 3.0]), 2.0, 1e-10)
    assert beta > 0 and abs(_log_pp([0.0, 1.0, 2.0, 3.0], beta) - np.log(2.0)) <= 1e-9
