OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_correct_derivative_passes', hidden=False, failure_message="sin' = cos passes at every point: the result is an empty list.")
def test_correct_derivative_passes(gradcheck):
    """sin' = cos passes at every point: the result is an empty list."""
    assert gradcheck(lambda t: np.sin(t), lambda t: np.cos(t), np.linspace(-2, 2, 7), 1e-6, 1e-5, 1e-3) == []
