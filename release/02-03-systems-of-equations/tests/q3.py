OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2


@test_case(name='test_invertible', hidden=False, failure_message='An invertible 2x2 system has a unique solution.')
def test_invertible(classify_system):
    """An invertible 2x2 system has a unique solution."""
    assert classify_system([[1, 1], [1, -1]], [3, 1]) == "unique"
