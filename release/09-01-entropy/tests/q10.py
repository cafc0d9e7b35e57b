OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_iid_chain', hidden=False, failure_message='If every row is the same distribution q, the symbols are i.i.d. and the rate is H(q): here 1 bit.')
def test_iid_chain(entropy_rate):
    """If every row is the same distribution q, the symbols are i.i.d. and the rate is H(q): here 1 bit."""
    P = np.full((2, 2), 0.5)
    value = entropy_rate(P)
    assert isinstance(value, float)
    assert np.isclose(value, 1.0)
