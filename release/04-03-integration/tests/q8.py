OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_perfect_classifier', hidden=False, failure_message='Scores that rank every positive above every negative give AUC 1; the curve starts at (0, 0).')
def test_perfect_classifier(roc_auc):
    """Scores that rank every positive above every negative give AUC 1; the curve starts at (0, 0)."""
    fpr, tpr, auc = roc_auc(np.array([0.9, 0.8, 0.3, 0.1]), np.array([1, 1, 0, 0]))
    assert np.isclose(auc, 1.0)
    assert fpr[0] == 0 and tpr[0] == 0 and len(fpr) == 5
