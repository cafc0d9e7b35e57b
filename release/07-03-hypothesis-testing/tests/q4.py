OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_counts', hidden=False, failure_message='Discordant counts: A right and B wrong, then A wrong and B right.')
def test_counts(mcnemar_exact):
    """Discordant counts: A right and B wrong, then A wrong and B right."""
    a = np.array([True, True, False, True, False])
    b = np.array([True, False, True, False, False])
    n10, n01, p = mcnemar_exact(a, b)
    assert (n10, n01) == (2, 1)
    assert 0 < p <= 1
