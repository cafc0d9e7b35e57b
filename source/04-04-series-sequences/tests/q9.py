OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 1


@test_case(name='test_one_over_t', hidden=False, failure_message='eta_t = 1/t satisfies both conditions: (True, True).')
def test_one_over_t(robbins_monro):
    """eta_t = 1/t satisfies both conditions: (True, True)."""
    assert robbins_monro(1.0) == (True, True)
