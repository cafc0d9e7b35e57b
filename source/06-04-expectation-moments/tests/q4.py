OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_first_step', hidden=False, failure_message='After one step the corrected estimates are exactly g_1 and g_1**2.')
def test_first_step(adam_moments):
    """After one step the corrected estimates are exactly g_1 and g_1**2."""
    m_hat, v_hat = adam_moments(np.array([[0.5, -2.0]]))
    assert np.shape(m_hat) == (2,) and np.shape(v_hat) == (2,)
    assert np.allclose(m_hat, [0.5, -2.0]) and np.allclose(v_hat, [0.25, 4.0])
