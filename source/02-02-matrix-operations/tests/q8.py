OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_zero_B', hidden=False, failure_message='At initialisation B = 0, so the adapted layer equals the frozen one: X W^T.')
def test_zero_B(lora_forward):
    """At initialisation B = 0, so the adapted layer equals the frozen one: X W^T."""
    rng = np.random.default_rng(6)
    X, W, A = rng.standard_normal((3, 4)), rng.standard_normal((2, 4)), rng.standard_normal((1, 4))
    out = lora_forward(X, W, A, np.zeros((2, 1)), 8.0)
    assert np.shape(out) == (3, 2) and np.allclose(out, X @ W.T)
