"""Plain data as JSON: the only thing that crosses between student code and the tests.

``encode`` turns a value into JSON-able data and ``decode`` turns it back.
Allowed: None, bool, int, float, str, complex, Fraction, Decimal, bytes, range,
list, tuple, set, frozenset, dict, NumPy arrays and scalars of numeric, bool or
str dtype (and object arrays of allowed items), and SymPy expressions, matrices,
sets and logic as trees of allowlisted classes. Anything else is a ``CodecError``.
Decoding never evaluates a string and never unpickles: a tree is rebuilt by
calling allowlisted constructors with decoded arguments.

This module uses only the standard library at import time (NumPy and SymPy are
looked up when a value needs them), so the grading image can carry it as is.
"""

from __future__ import annotations

import base64
import decimal
import fractions
import re
import sys

MAX_DEPTH = 200
MAX_NODES = 2_000_000


class CodecError(Exception):
    """A value that cannot cross to the grader, or data that is not a valid value."""


# SymPy classes a tree may contain, by the name SymPy exports them under.
SYMPY_CLASSES = frozenset("""
Add Mul Pow Mod Abs sign floor ceiling frac re im arg conjugate Max Min
exp log LambertW sin cos tan cot sec csc asin acos atan acot asec acsc atan2 sinc
sinh cosh tanh coth sech csch asinh acosh atanh acoth
factorial factorial2 binomial gamma loggamma lowergamma uppergamma beta digamma polygamma
zeta erf erfc erfinv erfcinv harmonic fibonacci lucas bernoulli catalan
RisingFactorial FallingFactorial Heaviside DiracDelta KroneckerDelta LeviCivita
Sum Product Integral Derivative Limit Subs Lambda Tuple Poly UnevaluatedExpr
Equality Unequality StrictLessThan LessThan StrictGreaterThan GreaterThan
And Or Not Xor Nand Nor Implies Equivalent ITE
FiniteSet Interval Union Intersection Complement SymmetricDifference ProductSet
ImageSet ConditionSet Range Contains
Indexed IndexedBase Idx MatrixSymbol MatAdd MatMul MatPow Transpose Inverse Trace
Determinant Identity ZeroMatrix OneMatrix HadamardProduct
""".split())

# SymPy singletons, by class name, rebuilt from ``sympy.S``.
SYMPY_SINGLETONS = {
    "Pi": "Pi", "Exp1": "Exp1", "ImaginaryUnit": "ImaginaryUnit", "Infinity": "Infinity",
    "NegativeInfinity": "NegativeInfinity", "ComplexInfinity": "ComplexInfinity", "NaN": "NaN",
    "EulerGamma": "EulerGamma", "GoldenRatio": "GoldenRatio", "Catalan": "Catalan",
    "TribonacciConstant": "TribonacciConstant", "BooleanTrue": "true", "BooleanFalse": "false",
    "EmptySet": "EmptySet", "UniversalSet": "UniversalSet", "Reals": "Reals",
    "Integers": "Integers", "Naturals": "Naturals", "Naturals0": "Naturals0",
    "Complexes": "Complexes", "Rationals": "Rationals",
}

_DTYPE = re.compile(r"^[<|]?(b1|[iu][1248]|f[248]|c(8|16))$")
_STR_DTYPE = re.compile(r"^<?U\d{1,6}$")


def _np():
    return sys.modules.get("numpy")


def _sp():
    return sys.modules.get("sympy")


class Encoder:
    """Encode one value. ``callback`` maps a callable to an id, or is None (then a callable is an error)."""

    def __init__(self, callback=None):
        self.callback = callback
        self.nodes = 0

    def __call__(self, obj, depth: int = 0):
        self.nodes += 1
        if depth > MAX_DEPTH or self.nodes > MAX_NODES:
            raise CodecError("the value is too deeply nested or too large")
        d = depth + 1
        t = type(obj)
        if obj is None or t is bool or t is str:
            return obj
        if t is int:
            return obj if abs(obj) < 2**53 else {"__int__": str(obj)}
        if t is float:
            return obj
        np, sp = _np(), _sp()
        if np is not None and isinstance(obj, np.ndarray):
            return self.ndarray(obj, d)
        if np is not None and isinstance(obj, np.generic):
            return self.npscalar(obj)
        if sp is not None and isinstance(obj, sp.Basic):
            return {"__sympy__": self.sympy(obj, d)}
        if sp is not None and isinstance(obj, sp.MatrixBase):
            return {"__sympy__": self.sympy_matrix(obj, d)}
        if isinstance(obj, bool):
            return bool(obj)
        if isinstance(obj, int):
            return self(int(obj), d)
        if isinstance(obj, float):
            return float(obj)
        if isinstance(obj, str):
            return str(obj)
        if isinstance(obj, complex):
            return {"__complex__": [complex(obj).real, complex(obj).imag]}
        if isinstance(obj, fractions.Fraction):
            return {"__fraction__": [str(obj.numerator), str(obj.denominator)]}
        if isinstance(obj, decimal.Decimal):
            return {"__decimal__": str(obj)}
        if isinstance(obj, (bytes, bytearray)):
            return {"__bytes__": base64.b64encode(bytes(obj)).decode()}
        if isinstance(obj, range):
            return {"__range__": [obj.start, obj.stop, obj.step]}
        if isinstance(obj, list):
            return [self(x, d) for x in obj]
        if isinstance(obj, tuple):
            return {"__tuple__": [self(x, d) for x in obj]}
        if isinstance(obj, (set, frozenset)):
            tag = "__frozenset__" if isinstance(obj, frozenset) else "__set__"
            return {tag: [self(x, d) for x in obj]}
        if isinstance(obj, dict):
            return {"__dict__": [[self(k, d), self(v, d)] for k, v in obj.items()]}
        if callable(obj) and self.callback is not None:
            return {"__callback__": self.callback(obj)}
        if callable(obj):
            raise CodecError(f"a function ({_typename(obj)}) is not plain data")
        raise CodecError(f"a {_typename(obj)} is not plain data")

    def ndarray(self, a, d):
        np = _np()
        kind = a.dtype.kind
        shape = [int(n) for n in a.shape]
        if kind in "biufc" and _DTYPE.match(a.dtype.newbyteorder("<").str):
            le = a.astype(a.dtype.newbyteorder("<"), copy=False)
            raw = np.ascontiguousarray(le).tobytes()
            return {"__ndarray__": {"dtype": le.dtype.str, "shape": shape,
                                    "data": base64.b64encode(raw).decode()}}
        if kind == "U":
            return {"__ndarray__": {"dtype": a.dtype.newbyteorder("<").str, "shape": shape,
                                    "items": [str(x) for x in a.ravel().tolist()]}}
        if kind == "O":
            return {"__ndarray__": {"dtype": "O", "shape": shape,
                                    "items": [self(x, d) for x in a.ravel().tolist()]}}
        raise CodecError(f"a NumPy array of dtype {a.dtype} is not plain data")

    def npscalar(self, x):
        dt = x.dtype.newbyteorder("<").str
        if not _DTYPE.match(dt):
            raise CodecError(f"a NumPy scalar of dtype {x.dtype} is not plain data")
        value = x.item()
        if isinstance(value, complex):
            value = [value.real, value.imag]
        elif isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        return {"__npscalar__": {"dtype": dt, "value": value}}

    def sympy(self, e, d):
        if d > MAX_DEPTH:
            raise CodecError("the expression is too deeply nested")
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise CodecError("the expression is too large")
        sp = _sp()
        name = type(e).__name__
        if name in SYMPY_SINGLETONS:
            return ["S", name]
        if isinstance(e, sp.Dummy):
            return ["Dummy", e.name, _assumptions(e), int(e.dummy_index)]
        if isinstance(e, sp.Symbol):
            return ["Symbol", e.name, _assumptions(e)]
        if isinstance(e, sp.Integer):
            return ["Integer", str(int(e))]
        if isinstance(e, sp.Rational):
            return ["Rational", str(int(e.p)), str(int(e.q))]
        if isinstance(e, sp.Float):
            from mpmath.libmp import to_str
            return ["Float", to_str(e._mpf_, int(e._prec * 0.30103) + 3), int(e._prec)]
        if isinstance(e, sp.core.function.AppliedUndef):
            return ["Undef", type(e).__name__, [self.sympy(a, d + 1) for a in e.args]]
        if isinstance(e, sp.Piecewise):
            return ["Piecewise", [[self.sympy(x, d + 1), self.sympy(c, d + 1)] for x, c in e.args]]
        if isinstance(e, sp.core.symbol.Str):
            return ["Str", e.name]
        if isinstance(e, sp.MatrixBase):
            return self.sympy_matrix(e, d)
        if name in SYMPY_CLASSES and getattr(sp, name, None) is type(e):
            return ["Fn", name, [self.sympy(a, d + 1) for a in e.args]]
        raise CodecError(f"the SymPy class {name} is not on the grader's list")

    def sympy_matrix(self, m, d):
        sp = _sp()
        rows, cols = m.shape
        return ["Matrix", int(rows), int(cols), [self.sympy(sp.sympify(x), d + 1) for x in m],
                isinstance(m, sp.ImmutableMatrix)]


def _assumptions(sym) -> dict:
    return {k: bool(v) for k, v in sym._assumptions_orig.items() if v is not None}


def _typename(obj) -> str:
    t = type(obj)
    return t.__name__ if t.__module__ in ("builtins", "__main__") else f"{t.__module__}.{t.__name__}"


class Decoder:
    """Decode one value. ``callback`` turns a callback id into a callable, or is None."""

    def __init__(self, callback=None):
        self.callback = callback
        self.nodes = 0
        self.dummies: dict = {}

    def __call__(self, data, depth: int = 0):
        self.nodes += 1
        if depth > MAX_DEPTH or self.nodes > MAX_NODES:
            raise CodecError("the data is too deeply nested or too large")
        d = depth + 1
        t = type(data)
        if data is None or t in (bool, int, float, str):
            return data
        if t is list:
            return [self(x, d) for x in data]
        if t is not dict or len(data) != 1:
            raise CodecError("malformed data")
        (tag, v), = data.items()
        if tag == "__int__":
            return int(_str(v))
        if tag == "__tuple__":
            return tuple(self(x, d) for x in _list(v))
        if tag == "__set__":
            return {self(x, d) for x in _list(v)}
        if tag == "__frozenset__":
            return frozenset(self(x, d) for x in _list(v))
        if tag == "__dict__":
            out = {}
            for pair in _list(v):
                k, val = _list(pair, 2)
                out[self(k, d)] = self(val, d)
            return out
        if tag == "__complex__":
            re_, im_ = _list(v, 2)
            return complex(_num(re_), _num(im_))
        if tag == "__fraction__":
            p, q = _list(v, 2)
            return fractions.Fraction(int(_str(p)), int(_str(q)))
        if tag == "__decimal__":
            return decimal.Decimal(_str(v))
        if tag == "__bytes__":
            return base64.b64decode(_str(v), validate=True)
        if tag == "__range__":
            a, b, c = _list(v, 3)
            return range(_int(a), _int(b), _int(c))
        if tag == "__ndarray__":
            return self.ndarray(v, d)
        if tag == "__npscalar__":
            return self.npscalar(v)
        if tag == "__sympy__":
            return self.sympy(v, d)
        if tag == "__callback__":
            if self.callback is None:
                raise CodecError("a callback is not allowed here")
            return self.callback(_int(v))
        raise CodecError(f"unknown tag {tag[:40]!r}")

    def ndarray(self, v, d):
        np = _need("numpy")
        if type(v) is not dict:
            raise CodecError("malformed array")
        dtype, shape = _str(v.get("dtype")), [_int(n) for n in _list(v.get("shape"))]
        if any(n < 0 for n in shape) or len(shape) > 32:
            raise CodecError("malformed array shape")
        size = 1
        for n in shape:
            size *= n
        if _DTYPE.match(dtype):
            raw = base64.b64decode(_str(v.get("data")), validate=True)
            dt = np.dtype(dtype)
            if len(raw) != size * dt.itemsize:
                raise CodecError("array data does not match its shape")
            return np.frombuffer(raw, dtype=dt).reshape(shape).astype(dt.newbyteorder("="))
        items = _list(v.get("items"))
        if len(items) != size:
            raise CodecError("array items do not match its shape")
        if _STR_DTYPE.match(dtype):
            return np.array([_str(x) for x in items], dtype=np.dtype(dtype)).reshape(shape)
        if dtype == "O":
            out = np.empty(size, dtype=object)
            for i, x in enumerate(items):
                out[i] = self(x, d)
            return out.reshape(shape)
        raise CodecError(f"array dtype {dtype[:20]!r} is not allowed")

    def npscalar(self, v):
        np = _need("numpy")
        if type(v) is not dict:
            raise CodecError("malformed NumPy scalar")
        dtype = _str(v.get("dtype"))
        if not _DTYPE.match(dtype):
            raise CodecError(f"NumPy scalar dtype {dtype[:20]!r} is not allowed")
        value = v.get("value")
        dt = np.dtype(dtype)
        if dt.kind == "c":
            re_, im_ = _list(value, 2)
            value = complex(_num(re_), _num(im_))
        elif dt.kind in "iu":
            value = int(_str(value))
        elif dt.kind == "b":
            value = bool(value) if type(value) is bool else _fail("malformed bool")
        else:
            value = _num(value)
        return dt.newbyteorder("=").type(value)

    def sympy(self, node, d):
        sp = _need("sympy")
        self.nodes += 1
        if d > MAX_DEPTH or self.nodes > MAX_NODES:
            raise CodecError("the expression is too deeply nested or too large")
        node = _list(node)
        if not node:
            raise CodecError("malformed expression")
        kind, rest = node[0], node[1:]
        if kind == "S":
            name, = rest
            if name not in SYMPY_SINGLETONS:
                raise CodecError("unknown SymPy constant")
            return getattr(sp.S, SYMPY_SINGLETONS[name])
        if kind == "Symbol":
            name, assumptions = rest
            return sp.Symbol(_str(name), **_assume(assumptions))
        if kind == "Dummy":
            name, assumptions, index = rest
            key = (_str(name), _int(index))
            if key not in self.dummies:
                self.dummies[key] = sp.Dummy(key[0], **_assume(assumptions))
            return self.dummies[key]
        if kind == "Integer":
            return sp.Integer(int(_str(rest[0])))
        if kind == "Rational":
            return sp.Rational(int(_str(rest[0])), int(_str(rest[1])))
        if kind == "Float":
            digits, prec = rest
            return sp.Float(_str(digits), precision=max(2, min(_int(prec), 100_000)))
        if kind == "Str":
            return sp.core.symbol.Str(_str(rest[0]))
        if kind == "Undef":
            name, args = rest
            return sp.Function(_str(name))(*[self.sympy(a, d + 1) for a in _list(args)])
        if kind == "Piecewise":
            pairs = [_list(p, 2) for p in _list(rest[0])]
            return sp.Piecewise(*[(self.sympy(x, d + 1), self.sympy(c, d + 1)) for x, c in pairs])
        if kind == "Matrix":
            rows, cols, items, immutable = rest
            rows, cols, items = _int(rows), _int(cols), _list(items)
            if rows < 0 or cols < 0 or len(items) != rows * cols:
                raise CodecError("malformed matrix")
            cls = sp.ImmutableMatrix if immutable is True else sp.Matrix
            return cls(rows, cols, [self.sympy(x, d + 1) for x in items])
        if kind == "Fn":
            name, args = rest
            if name not in SYMPY_CLASSES:
                raise CodecError(f"SymPy class {str(name)[:40]!r} is not allowed")
            return getattr(sp, name)(*[self.sympy(a, d + 1) for a in _list(args)])
        raise CodecError("malformed expression")


_ASSUMPTIONS = frozenset("""
commutative real complex imaginary integer rational irrational algebraic transcendental
positive negative nonnegative nonpositive nonzero zero finite infinite extended_real
extended_positive extended_negative extended_nonnegative extended_nonpositive extended_nonzero
even odd prime composite hermitian antihermitian noninteger
""".split())


def _assume(a) -> dict:
    if type(a) is not dict:
        raise CodecError("malformed assumptions")
    out = {}
    for k, v in a.items():
        if k not in _ASSUMPTIONS or type(v) is not bool:
            raise CodecError("unknown assumption")
        out[k] = v
    return out


def _fail(msg):
    raise CodecError(msg)


def _need(name):
    module = sys.modules.get(name)
    if module is None:
        module = __import__(name)
    return module


def _str(v) -> str:
    if type(v) is not str:
        raise CodecError("malformed data: expected a string")
    return v


def _int(v) -> int:
    if type(v) is not int:
        raise CodecError("malformed data: expected an integer")
    return v


def _num(v) -> float:
    if type(v) not in (int, float):
        raise CodecError("malformed data: expected a number")
    return float(v)


def _list(v, n: int | None = None) -> list:
    if type(v) is not list or (n is not None and len(v) != n):
        raise CodecError("malformed data: expected a list")
    return v


def encode(obj, callback=None):
    return Encoder(callback)(obj)


def decode(data, callback=None):
    try:
        return Decoder(callback)(data)
    except CodecError:
        raise
    except (ValueError, TypeError, KeyError, OverflowError, RecursionError, AttributeError) as exc:
        raise CodecError(f"malformed data ({type(exc).__name__})") from None
