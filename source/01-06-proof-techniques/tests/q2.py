OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 1

import numpy as np


@test_case(name='test_first_primes', hidden=False, failure_message='For [2, 3, 5], N = 31, which is prime.')
def test_first_primes(euclid_new_prime):
    """For [2, 3, 5], N = 31, which is prime."""
    assert euclid_new_prime([2, 3, 5]) == 31
