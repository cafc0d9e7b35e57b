OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 1

import math


@test_case(name='test_first_terms', hidden=False, failure_message='catalan(3) is [1, 1, 2, 5]: a + b + c + d can be bracketed in 5 ways.')
def test_first_terms(catalan):
    """catalan(3) is [1, 1, 2, 5]: a + b + c + d can be bracketed in 5 ways."""
    assert list(catalan(3)) == [1, 1, 2, 5]
