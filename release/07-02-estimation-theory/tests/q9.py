OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 3

import numpy as np


@test_case(name='test_binary_closed_form', hidden=False, failure_message='Logits (1, 0) for four examples, three labelled 0: the fitted sigmoid(1/T) is 3/4, so T = 1/log 3.')
def test_binary_closed_form(fit_temperature):
    """Logits (1, 0) for four examples, three labelled 0: the fitted sigmoid(1/T) is 3/4, so T = 1/log 3."""
    T = fit_temperature(np.array([[1.0, 0.0]] * 4), np.array([0, 0, 0, 1]))
    assert isinstance(T, float)
    assert np.isclose(T, 1 / np.log(3.0), rtol=1e-6)
