OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np
import sympy as sp


@test_case(name='test_shape_dtype_and_exact_values', hidden=False, failure_message="Returns a float32 array of the input's shape; 1.0, 0.5 and -3.0 are already bfloat16.")
def test_shape_dtype_and_exact_values(round_to_bfloat16):
    """Returns a float32 array of the input's shape; 1.0, 0.5 and -3.0 are already bfloat16."""
    out = round_to_bfloat16(np.array([[1.0, 0.5, -3.0]], dtype=np.float32))
    assert isinstance(out, np.ndarray) and out.dtype == np.float32 and out.shape == (1, 3)
    assert out.tolist() == [[1.0, 0.5, -3.0]]
