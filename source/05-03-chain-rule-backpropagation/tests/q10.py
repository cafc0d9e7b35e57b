OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 3

import numpy as np


@test_case(name='test_zero_output_layer', hidden=False, failure_message="With W2 = 0 and b2 = 0 all V = 3 logits are 0: the loss is log 3 and the gradients have the parameters' shapes.")
def test_zero_output_layer(mlp_loss_and_grads):
    """With W2 = 0 and b2 = 0 all V = 3 logits are 0: the loss is log 3 and the gradients have the parameters' shapes."""
    rng = np.random.default_rng(0)
    out = mlp_loss_and_grads(rng.standard_normal((4, 2)), np.array([0, 1, 2, 1]), rng.standard_normal((5, 2)),
                             np.zeros(5), np.zeros((3, 5)), np.zeros(3))
    assert np.isclose(out["loss"], np.log(3.0))
    assert np.shape(out["W1"]) == (5, 2) and np.shape(out["b1"]) == (5,)
    assert np.shape(out["W2"]) == (3, 5) and np.shape(out["b2"]) == (3,)
