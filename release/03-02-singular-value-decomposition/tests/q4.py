OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_dominant_value', hidden=False, failure_message='With s = [10, 1, 1] the first value alone keeps 100/102 of the energy, enough for 90%.')
def test_dominant_value(rank_for_energy):
    """With s = [10, 1, 1] the first value alone keeps 100/102 of the energy, enough for 90%."""
    k = rank_for_energy(np.array([10.0, 1.0, 1.0]), 0.9)
    assert isinstance(k, int) and k == 1
