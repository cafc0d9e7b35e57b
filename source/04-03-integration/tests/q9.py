OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_uniform_density', hidden=False, failure_message='A constant density on [2, 6] maps u to 2 + 4u.')
def test_uniform_density(inverse_cdf_sample):
    """A constant density on [2, 6] maps u to 2 + 4u."""
    xs = np.linspace(2.0, 6.0, 11)
    u = np.array([0.0, 0.25, 0.5, 1.0])
    assert np.allclose(inverse_cdf_sample(xs, np.ones(11), u), [2.0, 3.0, 4.0, 6.0])
