OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_perfect_prediction', hidden=False, failure_message='Predicting exactly the gold set gives (1.0, 1.0, 1.0).')
def test_perfect_prediction(precision_recall_f1):
    """Predicting exactly the gold set gives (1.0, 1.0, 1.0)."""
    gold = [(0, 2, "PER"), (5, 7, "LOC")]
    assert np.allclose(precision_recall_f1(gold, gold), (1.0, 1.0, 1.0))
    assert len(precision_recall_f1(gold, gold)) == 3
