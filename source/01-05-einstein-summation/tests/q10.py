OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 3

import numpy as np


@test_case(name='test_single_token', hidden=False, failure_message='With one position, attention weights are 1, so Y = X W^V W^O summed over heads; shape (b, 1, m).')
def test_single_token(mha_forward):
    """With one position, attention weights are 1, so Y = X W^V W^O summed over heads; shape (b, 1, m)."""
    rng = np.random.default_rng(0)
    X = rng.standard_normal((2, 1, 6))
    Wq, Wk, Wv = (rng.standard_normal((6, 2, 3)) for _ in range(3))
    Wo = rng.standard_normal((2, 3, 6))
    Y = mha_forward(X, Wq, Wk, Wv, Wo)
    assert np.shape(Y) == (2, 1, 6)
    assert np.allclose(Y, np.einsum("bnm,mhe,hek->bnk", X, Wv, Wo))
