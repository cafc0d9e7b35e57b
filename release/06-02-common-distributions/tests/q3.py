OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_small_case', hidden=False, failure_message='Binomial(2, 1/2) has PMF [1/4, 1/2, 1/4].')
def test_small_case(binomial_pmf):
    """Binomial(2, 1/2) has PMF [1/4, 1/2, 1/4]."""
    pmf = np.asarray(binomial_pmf(2, 0.5))
    assert pmf.shape == (3,)
    assert np.allclose(pmf, [0.25, 0.5, 0.25])
