OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_positive_pair', hidden=False, failure_message='[2, 3] has product 6 = +exp(log 6).')
def test_positive_pair(signed_log_prod):
    """[2, 3] has product 6 = +exp(log 6)."""
    sign, log_abs = signed_log_prod(np.array([2.0, 3.0]))
    assert float(sign) == 1.0 and np.isclose(log_abs, np.log(6.0))
