OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np
def without_inverse(d):
    return {k: v for k, v in d.items() if k != "left_inverse"}


@test_case(name='test_identity', hidden=False, failure_message='The identity of R^2 has rank 2, nullity 0, is a bijection and is its own left inverse; rank is an int, the flags bools.')
def test_identity(linear_map_properties):
    """The identity of R^2 has rank 2, nullity 0, is a bijection and is its own left inverse; rank is an int, the flags bools."""
    out = linear_map_properties(np.eye(2))
    assert without_inverse(out) == {"rank": 2, "nullity": 0, "injective": True, "surjective": True}
    assert type(out["rank"]) is int and type(out["injective"]) is bool
    assert np.allclose(out["left_inverse"], np.eye(2))
