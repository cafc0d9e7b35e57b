"""The mutator: which plausible mistakes it makes, and that it only touches the solution region."""

from llmath.audit.mutate import mutants

CELL = '''def f(x, w):
    scale = 2
    ### BEGIN SOLUTION
    y = np.sum(x.T @ w, axis=0) + scale
    if y[1] > 0 and x[0:3].any():
        y += 1
    return -y
    ### END SOLUTION
'''
REGION = (2, 7)


def descriptions(source=CELL, region=REGION, cap=100):
    return [m.description for m in mutants(source, region, cap)]


def test_operators_cover_the_mistakes_named_in_the_brief():
    found = set(descriptions())
    for expected in ["Add -> Sub", "dropped a term", "removed a transpose", "axis -> 1", "sum -> mean",
                     "Gt -> GtE", "And -> Or", "index + 1", "slice start + 1", "slice stop - 1",
                     "augmented Add -> Sub", "removed unary USub", "0 -> 1", "1 -> 2",
                     "MatMult -> Mult"]:
        assert expected in found, expected


def test_only_the_solution_region_is_mutated():
    for m in mutants(CELL, REGION, 100):
        assert m.line > 3 and m.line < 8
        assert "scale = 2" in m.source  # the line outside the region never changes


def test_mutants_are_distinct_compilable_and_deterministic():
    first = mutants(CELL, REGION, 100)
    sources = [m.source for m in first]
    assert len(set(sources)) == len(sources)
    for s in sources:
        compile(s, "<m>", "exec")
    assert [m.source for m in mutants(CELL, REGION, 100)] == sources


def test_cap_thins_evenly():
    all_ = mutants(CELL, REGION, 100)
    capped = mutants(CELL, REGION, 5)
    assert len(capped) == 5 and len(all_) > 5
    assert [m.source for m in capped] == [all_[int(i * len(all_) / 5)].source for i in range(5)]


def test_range_and_reduction_swaps():
    cell = "def g(n):\n    ### BEGIN SOLUTION\n    return max(range(1, n))\n    ### END SOLUTION\n"
    found = descriptions(cell, (1, 3))
    assert "range stop - 1" in found and "max -> min" in found and "negated the return value" in found
    assert "swapped the first two arguments" in found
