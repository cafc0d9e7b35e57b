OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_simple_counts', hidden=False, failure_message='Sequence 0 1 0 0 with alpha = 0: from 0 we saw 0->1 and 0->0; from 1 we saw 1->0.')
def test_simple_counts(fit_bigram):
    """Sequence 0 1 0 0 with alpha = 0: from 0 we saw 0->1 and 0->0; from 1 we saw 1->0."""
    P = np.asarray(fit_bigram(np.array([0, 1, 0, 0]), 2, 0.0))
    assert P.shape == (2, 2) and np.allclose(P, [[0.5, 0.5], [1.0, 0.0]])
