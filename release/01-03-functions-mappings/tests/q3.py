OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_two_maps', hidden=False, failure_message='f = [1, 0, 1] then g = [5, 7]: (g ∘ f)(i) = g[f[i]] gives [7, 5, 7].')
def test_two_maps(compose):
    """f = [1, 0, 1] then g = [5, 7]: (g ∘ f)(i) = g[f[i]] gives [7, 5, 7]."""
    out = compose(np.array([5, 7]), np.array([1, 0, 1]))
    assert np.array_equal(out, [7, 5, 7])
