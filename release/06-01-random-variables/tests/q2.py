OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 1

import numpy as np


@test_case(name='test_between_atoms', hidden=False, failure_message='An array of the shape of x; between the atoms the CDF is the mass to the left.')
def test_between_atoms(cdf_at):
    """An array of the shape of x; between the atoms the CDF is the mass to the left."""
    F = np.asarray(cdf_at(np.array([0.0, 1.0, 2.0]), np.array([0.2, 0.3, 0.5]), np.array([0.5, 1.5])))
    assert F.shape == (2,)
    assert np.allclose(F, [0.2, 0.5])
