OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_first_step', hidden=False, failure_message='After one step the corrected moments are exactly g_1 and g_1**2.')
def test_first_step(adam_moments):
    """After one step the corrected moments are exactly g_1 and g_1**2."""
    m_hat, v_hat = adam_moments(np.array([0.3]), 0.9, 0.999)
    assert np.shape(m_hat) == (1,) and np.isclose(m_hat[0], 0.3) and np.isclose(v_hat[0], 0.09)
