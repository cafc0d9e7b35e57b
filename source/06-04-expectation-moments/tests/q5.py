OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_standard_case', hidden=False, failure_message='Returns a float; with zero means and unit variances, Var(q . k) = d.')
def test_standard_case(dot_product_variance):
    """Returns a float; with zero means and unit variances, Var(q . k) = d."""
    value = dot_product_variance(64, 0.0, 1.0, 0.0, 1.0)
    assert isinstance(value, float)
    assert np.isclose(value, 64.0)
