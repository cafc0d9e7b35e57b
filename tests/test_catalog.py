import json
import re

import pytest
from click.testing import CliRunner

from llmath.catalog import Catalog
from llmath.cli import cli
from llmath.errors import CatalogError, NotAuthoredError, UnknownLessonError

from conftest import REPO

CAPSTONE = [
    "Vector Spaces for Token Embeddings",
    "Matrix Transformations in a Transformer Layer",
    "Eigen-analysis of Weight Matrices",
    "Weight Matrices: Parameter Counts and Low-Rank Structure",
    "Dimensionality Reduction of Embeddings",
    "Attention as Linear Algebra",
    "Linear-Complexity Attention",
    "Derivatives and Gradients of the LM Loss",
    "Integration for Expectations and Normalisers",
    "Gradient Vectors through a Transformer Block",
    "Jacobians and Hessians of Softmax and LayerNorm",
    "Advanced Optimizers for LLM Training",
    "Token Probability Distributions and Decoding",
    "Statistical Inference and Bayesian Thinking for LLM Evaluation",
    "Loss Function Design and Learning Theory",
    "Model Evaluation Metrics: Perplexity, Calibration, pass@k",
]


def test_course_shape():
    cat = Catalog.load(REPO)
    assert len(cat.modules) == 26
    assert len(cat.lessons) == 161
    assert [m.id for m in cat.modules] == [f"{i:02d}" for i in range(1, 27)]
    assert sum(len(m.lessons) for m in cat.modules[:25]) == 145
    assert cat.modules[25].title == "Mathematical Foundations for LLMs: Capstone"
    assert [l.title for l in cat.modules[25].lessons] == CAPSTONE


def test_ids_are_unique_and_valid_nbgrader_ids():
    ids = [l.id for l in Catalog.load(REPO).lessons]
    assert len(set(ids)) == len(ids)
    for lesson_id in ids:
        # nbgrader assignment ids become folder names and must not contain '+', spaces or slashes.
        assert re.fullmatch(r"[0-9]{2}-[0-9]{2}-[a-z0-9-]+", lesson_id)
    assert "02-04-determinants" in ids


def test_catalog_json_lists_modules_in_order(monkeypatch):
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(cli, ["catalog", "--json"], catch_exceptions=False)
    data = json.loads(result.output)
    assert len(data) == 26 and sum(len(m["lessons"]) for m in data) == 161
    assert set(data[0]) == {"id", "title", "lessons"}
    assert set(data[0]["lessons"][0]) == {"id", "title", "authored"}
    authored = {l["id"] for m in data for l in m["lessons"] if l["authored"]}
    assert authored == {l.id for l in Catalog.load(REPO).authored()}
    # Authored is derived from the course directory, never stored.
    assert all((REPO / "source" / i / f"{i}.ipynb").is_file() for i in authored)


def test_module_01_is_authored():
    cat = Catalog.load(REPO)
    assert [cat.is_authored(l.id) for l in cat.modules[0].lessons] == [True] * 6


def test_lookup_errors(course):
    cat = Catalog.load(course)
    with pytest.raises(UnknownLessonError, match="unknown lesson id 'nope'"):
        cat.lesson("nope")
    with pytest.raises(UnknownLessonError, match="pass lesson ids or --all"):
        cat.resolve([], all_authored=False)
    (course / "catalog.toml").write_text((course / "catalog.toml").read_text().replace(
        '}]', '}, { id = "00-02-later", title = "Later" }]'))
    with pytest.raises(NotAuthoredError, match="00-02-later: not authored yet"):
        Catalog.load(course).resolve(["00-02-later"], all_authored=False)


@pytest.mark.parametrize("text, message", [
    ("[[module]\n", "not valid TOML"),
    ('[[module]]\nid = "00"\ntitle = "x"\nlessons = [{ id = "00-01-Bad Id", title = "x" }]\n', "must look like"),
    ('[[module]]\nid = "00"\ntitle = "x"\n', "lacks a field"),
])
def test_malformed_catalog(course, text, message):
    (course / "catalog.toml").write_text(text)
    with pytest.raises(CatalogError, match=message):
        Catalog.load(course)
