OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2


@test_case(name='test_two_by_two', hidden=False, failure_message='Returns an int; det [[1, 2], [3, 4]] = 1*4 - 2*3 = -2.')
def test_two_by_two(det_leibniz):
    """Returns an int; det [[1, 2], [3, 4]] = 1*4 - 2*3 = -2."""
    value = det_leibniz([[1, 2], [3, 4]])
    assert isinstance(value, int)
    assert value == -2
