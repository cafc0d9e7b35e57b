OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_at_anchor', hidden=False, failure_message='At theta = theta_star the penalty is 0; fisher_diag has shape (d,).')
def test_at_anchor(ewc_penalty):
    """At theta = theta_star the penalty is 0; fisher_diag has shape (d,)."""
    X = np.array([[1.0, 2.0], [0.5, -1.0], [2.0, 0.0]])
    pen, F = ewc_penalty(np.array([0.2, -0.1]), np.array([0.2, -0.1]), X, 5.0)
    assert np.isclose(pen, 0.0) and np.shape(F) == (2,)
