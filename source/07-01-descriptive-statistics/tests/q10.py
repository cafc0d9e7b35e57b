OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_train_is_standardised', hidden=False, failure_message='Training columns end up with mean 0 and (population) standard deviation 1; shapes are kept.')
def test_train_is_standardised(standardize):
    """Training columns end up with mean 0 and (population) standard deviation 1; shapes are kept."""
    X = np.array([[1.0, 10.0], [2.0, 30.0], [3.0, 50.0]])
    Z_train, Z_test = standardize(X, X[:1])
    Z_train = np.asarray(Z_train)
    assert Z_train.shape == (3, 2) and np.asarray(Z_test).shape == (1, 2)
    assert np.allclose(Z_train.mean(axis=0), 0.0) and np.allclose(Z_train.std(axis=0), 1.0)
