OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_scalar_loss', hidden=False, failure_message='dims = [1000, 100, 100, 1]: a scalar loss of 1000 inputs. Reverse is about 100 times cheaper.')
def test_scalar_loss(jacobian_costs):
    """dims = [1000, 100, 100, 1]: a scalar loss of 1000 inputs. Reverse is about 100 times cheaper."""
    assert tuple(jacobian_costs([1000, 100, 100, 1])) == (10_100_000, 110_000)
