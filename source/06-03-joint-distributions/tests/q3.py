OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_one_observation', hidden=False, failure_message='One observation: posterior proportional to prior times likelihood of that symbol.')
def test_one_observation(naive_bayes_posterior):
    """One observation: posterior proportional to prior times likelihood of that symbol."""
    post = np.asarray(naive_bayes_posterior(np.array([0.5, 0.5]), np.array([[0.9, 0.1], [0.2, 0.8]]), [0]))
    assert post.shape == (2,)
    assert np.allclose(post, [0.9 / 1.1, 0.2 / 1.1])
