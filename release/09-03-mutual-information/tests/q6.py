OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_independent_counts', hidden=False, failure_message='Counts proportional to an outer product: every pmi is 0, shape kept.')
def test_independent_counts(ppmi_matrix):
    """Counts proportional to an outer product: every pmi is 0, shape kept."""
    out = np.asarray(ppmi_matrix(np.outer([1.0, 3.0], [2.0, 2.0, 4.0])))
    assert out.shape == (2, 3) and np.allclose(out, 0.0)
