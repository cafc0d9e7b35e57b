OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_prior_matches', hidden=False, failure_message='mu = 0 and logvar = 0 is the prior itself: KL 0 for every example, shape (B,).')
def test_prior_matches(vae_kl):
    """mu = 0 and logvar = 0 is the prior itself: KL 0 for every example, shape (B,)."""
    out = np.asarray(vae_kl(np.zeros((4, 3)), np.zeros((4, 3))))
    assert out.shape == (4,) and np.allclose(out, 0.0)
