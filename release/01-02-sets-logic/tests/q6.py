OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_keys_and_types', hidden=False, failure_message='Returns the four keys; a fully correct table is robust everywhere.')
def test_keys_and_types(robustness_report):
    """Returns the four keys; a fully correct table is robust everywhere."""
    report = robustness_report(np.ones((2, 3), dtype=bool))
    assert set(report) == {"all_robust", "every_input_breakable", "universal_attack", "robust_inputs"}
    assert report["all_robust"] is True and report["robust_inputs"] == [0, 1]
