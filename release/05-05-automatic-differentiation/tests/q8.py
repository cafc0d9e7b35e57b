OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np
def run_all(tape, x):
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
    return np.array(values)


@test_case(name='test_two_outputs', hidden=False, failure_message='Outputs x0 * x1 (slot 2) and x0 + x1 (slot 3): rows (x1, x0) and (1, 1).')
def test_two_outputs(tape_jacobian):
    """Outputs x0 * x1 (slot 2) and x0 + x1 (slot 3): rows (x1, x0) and (1, 1)."""
    J = tape_jacobian([("mul", 0, 1), ("add", 0, 1)], [2.0, 3.0], [2, 3])
    assert np.shape(J) == (2, 2)
    assert np.allclose(J, [[3.0, 2.0], [1.0, 1.0]])
