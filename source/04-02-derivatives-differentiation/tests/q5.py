OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_at_zero', hidden=False, failure_message="At x = 0: sigmoid' = 1/4, tanh' = 1, softplus' = 1/2, GELU' = 1/2.")
def test_at_zero(activation_grads):
    """At x = 0: sigmoid' = 1/4, tanh' = 1, softplus' = 1/2, GELU' = 1/2."""
    g = activation_grads(np.array([0.0]))
    assert set(g) == {"relu", "sigmoid", "tanh", "softplus", "gelu"}
    assert np.allclose([g["sigmoid"][0], g["tanh"][0], g["softplus"][0], g["gelu"][0]], [0.25, 1.0, 0.5, 0.5])
