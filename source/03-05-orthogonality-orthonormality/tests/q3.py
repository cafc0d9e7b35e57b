OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_onto_a_line', hidden=False, failure_message='Projecting [1, 2] onto the line spanned by [1, 1] gives [1.5, 1.5].')
def test_onto_a_line(project_onto_columns):
    """Projecting [1, 2] onto the line spanned by [1, 1] gives [1.5, 1.5]."""
    p = np.asarray(project_onto_columns(np.array([[1.0], [1.0]]), np.array([1.0, 2.0])))
    assert p.shape == (2,)
    assert np.allclose(p, [1.5, 1.5])
