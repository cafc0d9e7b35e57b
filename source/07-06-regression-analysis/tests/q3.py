OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_perfect_and_mean', hidden=False, failure_message='A perfect fit has R^2 = 1; predicting the mean has R^2 = 0.')
def test_perfect_and_mean(r2_scores):
    """A perfect fit has R^2 = 1; predicting the mean has R^2 = 0."""
    y = np.array([1.0, 2.0, 4.0, 5.0])
    assert np.isclose(r2_scores(y, y, 2)[0], 1.0)
    assert np.isclose(r2_scores(y, np.full(4, 3.0), 1)[0], 0.0)
