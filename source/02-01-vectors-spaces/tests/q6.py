OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_onto_an_axis', hidden=False, failure_message='Projecting (2, 3) onto the x-axis (1, 0) gives (2, 0).')
def test_onto_an_axis(project_onto):
    """Projecting (2, 3) onto the x-axis (1, 0) gives (2, 0)."""
    assert np.allclose(project_onto(np.array([2.0, 3.0]), np.array([1.0, 0.0])), [2.0, 0.0])
