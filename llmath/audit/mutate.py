"""A small mutator: plausible mistakes injected into a solution region.

Each operator mimics a slip a learner makes: a wrong operator or comparison, a
constant off by one, a flipped sign, an off-by-one index or range, swapped
arguments, a dropped term, a missing transpose, the wrong axis, the wrong
reduction (sum for mean, max for min). Only nodes that lie entirely inside the
``### BEGIN SOLUTION`` region are touched, so the released scaffolding is kept.
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass
from typing import Callable, Iterator

BINOP_SWAP = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
              ast.FloorDiv: ast.Div, ast.Mod: ast.FloorDiv, ast.Pow: ast.Mult, ast.MatMult: ast.Mult}
CMP_SWAP = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
            ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}
NAME_SWAP = {"sum": "mean", "mean": "sum", "max": "min", "min": "max", "argmax": "argmin",
             "argmin": "argmax", "sin": "cos", "cos": "sin", "floor": "ceil", "ceil": "floor",
             "std": "var", "var": "std", "all": "any", "any": "all", "exp": "log", "log": "exp",
             "real": "imag", "imag": "real", "cumsum": "cumprod", "prod": "sum"}


@dataclass(frozen=True)
class Mutant:
    description: str
    line: int  # 1-based line in the solution cell
    source: str  # the whole mutated cell


def _const(value) -> ast.expr:
    return ast.Constant(value=value)


def _plus(node: ast.expr, k: int) -> ast.expr:
    return ast.BinOp(left=node, op=ast.Add() if k > 0 else ast.Sub(), right=_const(abs(k)))


def _site_mutations(node: ast.AST) -> Iterator[tuple[str, Callable[[ast.AST], ast.AST | None]]]:
    """Yield (description, apply) pairs; ``apply`` edits a copy of ``node`` in place or returns a replacement."""
    if isinstance(node, ast.BinOp) and type(node.op) in BINOP_SWAP:
        new = BINOP_SWAP[type(node.op)]
        yield f"{type(node.op).__name__} -> {new.__name__}", lambda n: setattr(n, "op", new()) or n
        if isinstance(node.op, (ast.Add, ast.Sub)):
            yield "dropped a term", lambda n: n.left
    if isinstance(node, ast.AugAssign) and type(node.op) in BINOP_SWAP:
        new = BINOP_SWAP[type(node.op)]
        yield f"augmented {type(node.op).__name__} -> {new.__name__}", lambda n: setattr(n, "op", new()) or n
    if isinstance(node, ast.Compare) and type(node.ops[0]) in CMP_SWAP:
        new = CMP_SWAP[type(node.ops[0])]
        yield f"{type(node.ops[0]).__name__} -> {new.__name__}", lambda n: n.ops.__setitem__(0, new()) or n
    if isinstance(node, ast.BoolOp):
        new = ast.Or if isinstance(node.op, ast.And) else ast.And
        yield f"{type(node.op).__name__} -> {new.__name__}", lambda n: setattr(n, "op", new()) or n
    if isinstance(node, ast.Constant) and type(node.value) in (int, float, bool):
        v = node.value
        if isinstance(v, bool):
            yield f"{v} -> {not v}", lambda n: _const(not v)
        elif isinstance(v, int):
            yield f"{v} -> {v + 1}", lambda n: _const(v + 1)
        else:
            yield f"{v!r} -> {v * 1.5 if v else 1.0!r}", lambda n: _const(v * 1.5 if v else 1.0)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Not)):
        yield f"removed unary {type(node.op).__name__}", lambda n: n.operand
    if isinstance(node, ast.Return) and node.value is not None and isinstance(
            node.value, (ast.Name, ast.BinOp, ast.Call, ast.Subscript, ast.Attribute)):
        yield "negated the return value", lambda n: setattr(n, "value", ast.UnaryOp(ast.USub(), n.value)) or n
    if isinstance(node, ast.Subscript):
        sl = node.slice
        if isinstance(sl, ast.Slice):
            if sl.lower is not None:
                yield "slice start + 1", lambda n: setattr(n.slice, "lower", _plus(n.slice.lower, 1)) or n
            if sl.upper is not None:
                yield "slice stop - 1", lambda n: setattr(n.slice, "upper", _plus(n.slice.upper, -1)) or n
        elif isinstance(sl, (ast.Name, ast.BinOp)) or (isinstance(sl, ast.Constant) and isinstance(sl.value, int)):
            yield "index + 1", lambda n: setattr(n, "slice", _plus(n.slice, 1)) or n
    if isinstance(node, ast.Attribute) and node.attr == "T":
        yield "removed a transpose", lambda n: n.value
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name == "range" and node.args:
            i = 0 if len(node.args) == 1 else 1
            yield "range stop - 1", lambda n: n.args.__setitem__(i, _plus(n.args[i], -1)) or n
        if name in NAME_SWAP:
            other = NAME_SWAP[name]

            def swap(n, other=other):
                if isinstance(n.func, ast.Attribute):
                    n.func.attr = other
                else:
                    n.func.id = other
                return n
            yield f"{name} -> {other}", swap
        if len(node.args) >= 2 and ast.dump(node.args[0]) != ast.dump(node.args[1]) and not any(
                isinstance(a, ast.Starred) for a in node.args[:2]):
            yield "swapped the first two arguments", lambda n: (
                n.args.__setitem__(slice(0, 2), [n.args[1], n.args[0]]) or n)
        for k, kw in enumerate(node.keywords):
            if kw.arg == "axis":
                v = kw.value
                new_axis = 0 if not (isinstance(v, ast.Constant) and v.value == 0) else 1
                yield f"axis -> {new_axis}", lambda n, k=k, a=new_axis: setattr(n.keywords[k], "value", _const(a)) or n


class _Replace(ast.NodeTransformer):
    def __init__(self, target: int, apply):
        self.target, self.apply, self.count = target, apply, -1

    def visit(self, node):
        self.count += 1
        if self.count == self.target:
            return self.apply(node)
        return self.generic_visit(node)


def mutants(source: str, region: tuple[int, int], cap: int) -> list[Mutant]:
    """All distinct, compilable mutants of ``source`` inside ``region``, thinned evenly to ``cap``."""
    tree = ast.parse(source)
    baseline = ast.unparse(tree)
    first, last = region[0] + 1, region[1] + 1  # marker lines, 1-based
    sites = []
    for index, node in enumerate(_walk(tree)):
        line = getattr(node, "lineno", None)
        if line is None or not (first < line and getattr(node, "end_lineno", line) < last):
            continue
        for description, apply in _site_mutations(node):
            sites.append((index, line, description, apply))
    seen = {baseline}
    found: list[Mutant] = []
    for index, line, description, apply in sites:
        mutated = _Replace(index, apply).visit(copy.deepcopy(tree))
        try:
            text = ast.unparse(ast.fix_missing_locations(mutated))
            compile(text, "<mutant>", "exec")
        except (SyntaxError, ValueError, TypeError):
            continue
        if text in seen:
            continue
        seen.add(text)
        found.append(Mutant(description, line, text))
    if len(found) <= cap:
        return found
    step = len(found) / cap
    return [found[int(i * step)] for i in range(cap)]


def _walk(tree: ast.AST) -> Iterator[ast.AST]:
    """Pre-order traversal in the same order as ``_Replace`` visits nodes."""
    yield tree
    for _, value in ast.iter_fields(tree):
        if isinstance(value, list):
            for item in value:
                if isinstance(item, ast.AST):
                    yield from _walk(item)
        elif isinstance(value, ast.AST):
            yield from _walk(value)

