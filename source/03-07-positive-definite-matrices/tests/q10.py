OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2


@test_case(name='test_keys', hidden=False, failure_message='A dict with exactly the nine names as keys and Python bools as values.')
def test_keys(valid_kernels):
    """A dict with exactly the nine names as keys and Python bools as values."""
    names = {"rbf", "poly3", "exp_dot", "neg_sq_dist", "tanh", "cos_diff", "min", "max", "sum_sq"}
    assert isinstance(valid_kernels, dict) and set(valid_kernels) == names
    assert all(type(v) is bool for v in valid_kernels.values())
