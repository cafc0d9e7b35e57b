OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_chain', hidden=False, failure_message='A chain 0 -> 1 -> 2 with local derivatives 3 and 5: adjoints (15, 5, 1).')
def test_chain(backprop_graph):
    """A chain 0 -> 1 -> 2 with local derivatives 3 and 5: adjoints (15, 5, 1)."""
    adj = backprop_graph(3, [(0, 1, 3.0), (1, 2, 5.0)])
    assert np.shape(adj) == (3,)
    assert np.allclose(adj, [15.0, 5.0, 1.0])
