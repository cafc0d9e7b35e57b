OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_exact_geometric', hidden=False, failure_message='For s_n = 2 + 3 * 0.5**n every window gives the limit 2 exactly; the output has length len(s) - 2.')
def test_exact_geometric(aitken):
    """For s_n = 2 + 3 * 0.5**n every window gives the limit 2 exactly; the output has length len(s) - 2."""
    s = 2 + 3 * 0.5 ** np.arange(6)
    out = aitken(s)
    assert np.shape(out) == (4,) and np.allclose(out, 2.0)
