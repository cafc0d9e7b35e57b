OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_flat', hidden=False, failure_message="A flat prior and a flat likelihood give uniform weights and the grid's midpoint as mean.")
def test_flat(grid_posterior):
    """A flat prior and a flat likelihood give uniform weights and the grid's midpoint as mean."""
    theta = np.linspace(0, 1, 5)
    w, m = grid_posterior(theta, np.zeros(5), np.zeros(5))
    assert np.allclose(w, 0.2) and np.isclose(m, 0.5)
