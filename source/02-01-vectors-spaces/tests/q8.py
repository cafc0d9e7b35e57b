OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np
TOY_VOCAB = ["man", "woman", "king", "queen", "apple", "prince"]
TOY_E = np.array([[0.0, 1.0, 0.0, 0.1], [0.0, 0.0, 1.0, 0.1], [1.0, 1.0, 0.0, 0.0],
                  [1.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0], [0.8, 1.0, 0.0, 0.3]])


@test_case(name='test_king_queen', hidden=False, failure_message='man : king = woman : queen, returned as a str.')
def test_king_queen(analogy):
    """man : king = woman : queen, returned as a str."""
    word = analogy(TOY_E, TOY_VOCAB, "man", "king", "woman")
    assert isinstance(word, str) and word == "queen"
