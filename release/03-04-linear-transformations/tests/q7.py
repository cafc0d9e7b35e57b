OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_axis', hidden=False, failure_message='Projecting (3, 4) onto the x-axis gives (3, 0).')
def test_axis(project_onto_columns):
    """Projecting (3, 4) onto the x-axis gives (3, 0)."""
    p = project_onto_columns(np.array([[1.0], [0.0]]), np.array([3.0, 4.0]))
    assert np.shape(p) == (2,) and np.allclose(p, [3.0, 0.0])
