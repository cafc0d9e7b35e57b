OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_psd_is_empty', hidden=False, failure_message='The identity has no negative principal minor: an empty list.')
def test_psd_is_empty(negative_principal_minors):
    """The identity has no negative principal minor: an empty list."""
    assert list(negative_principal_minors(np.eye(3))) == []
