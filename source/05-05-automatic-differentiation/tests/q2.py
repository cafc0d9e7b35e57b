OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 3

import numpy as np
def run(tape, x):
    values = [float(t) for t in x]
    for op in tape:
        name, args = op[0], op[1:]
        if name == "const":
            values.append(float(args[0]))
            continue
        a = values[args[0]]
        b = values[args[1]] if name in ("add", "sub", "mul", "div") else None
        values.append({"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b, "div": lambda: a / b,
                       "pow": lambda: a ** args[1], "exp": lambda: np.exp(a), "log": lambda: np.log(a),
                       "sin": lambda: np.sin(a), "cos": lambda: np.cos(a), "tanh": lambda: np.tanh(a)}[name]())
    return values[-1]


@test_case(name='test_example', hidden=False, failure_message='sin(x0 x1) + x0 at (2, 0.5) along e_0: value sin(1) + 2, tangent 0.5 cos(1) + 1.')
def test_example(forward_mode):
    """sin(x0 x1) + x0 at (2, 0.5) along e_0: value sin(1) + 2, tangent 0.5 cos(1) + 1."""
    value, tangent = forward_mode([("mul", 0, 1), ("sin", 2), ("add", 3, 0)], [2.0, 0.5], [1.0, 0.0])
    assert np.isclose(value, np.sin(1.0) + 2.0)
    assert np.isclose(tangent, 0.5 * np.cos(1.0) + 1.0)
