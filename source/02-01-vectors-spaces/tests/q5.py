OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import sympy as sp


@test_case(name='test_shape', hidden=False, failure_message='coords is a 3x1 SymPy Matrix in the symbols x, y, z.')
def test_shape(coords):
    """coords is a 3x1 SymPy Matrix in the symbols x, y, z."""
    assert isinstance(coords, sp.MatrixBase) and coords.shape == (3, 1)
