"""The vocabularies: defined once in workbench.core.vocab, with labels, and never re-typed elsewhere."""

from __future__ import annotations

import ast
import re

import pytest
from conftest import ROOT

from workbench.core import vocab
from workbench.core.report import build
from workbench.core.store.schema import MIGRATIONS
from workbench.core.vocab import (
    CLAIM_KINDS,
    CONFIDENCE_LABELS,
    LINK_STATE_LABELS,
    LINK_STATE_VERBS,
    RELATION_LABELS,
    SOURCE_KIND_LABELS,
    STANCE_ADJECTIVES,
    STANCE_LABELS,
    STATUS_DESCRIPTIONS,
    STATUS_LABELS,
    STATUS_REPORT_ORDER,
    STATUS_SORT_ORDER,
    ClaimKind,
    Confidence,
    LinkState,
    Relation,
    SourceKind,
    Stance,
    Status,
    sql_value,
    sql_values,
)

#: Values distinctive enough that a string literal equal to one is a re-typed vocabulary.
DISTINCT = ({str(v) for enum in (Status, Stance, Relation, LinkState) for v in enum} | {
    ClaimKind.MANUAL.value, ClaimKind.BOILERPLATE.value, ClaimKind.OPINION.value, Confidence.MODERATE.value,
}) - {Relation.RELATED.value, Status.FALSE.value}
#: Literals that are words of English, not the vocabulary (cue words for hedges and reporting verbs).
ALLOWED = {("claimkind.py", "unverified"), ("attribution.py", "confirmed"),
           ("counted_sorts.py", "confirmed")}  # an English word before a count ("confirmed cases"), no status


@pytest.mark.parametrize(("enum", "labels"), [
    (Status, STATUS_LABELS), (Status, STATUS_DESCRIPTIONS), (Confidence, CONFIDENCE_LABELS),
    (Stance, STANCE_LABELS), (Stance, STANCE_ADJECTIVES), (Relation, RELATION_LABELS),
    (LinkState, LINK_STATE_LABELS), (LinkState, LINK_STATE_VERBS), (SourceKind, SOURCE_KIND_LABELS),
])
def test_every_value_has_a_label(enum, labels):
    assert set(labels) == {m.value for m in enum}
    assert all(isinstance(k, str) and type(k) is str for k in labels)  # plain strings: JSON and SQL safe


def test_orders_list_every_status_once():
    assert sorted(STATUS_REPORT_ORDER) == sorted(s.value for s in Status)
    assert sorted(STATUS_SORT_ORDER) == sorted(s.value for s in Status)


def test_claim_kinds_are_claims_and_hand_made_claims():
    assert set(CLAIM_KINDS) == {ClaimKind.CLAIM, ClaimKind.MANUAL}
    assert ClaimKind.BOILERPLATE not in CLAIM_KINDS


def test_the_report_and_the_window_take_status_labels_from_vocab():
    assert build.STATUS_ORDER == STATUS_REPORT_ORDER
    source = (ROOT / "workbench/core/report/build.py").read_text("utf-8")
    assert '"Verified"' not in source and '"Unverifiable"' not in source
    style = (ROOT / "workbench/ui/models/status_style.py").read_text("utf-8")
    assert '"Verified"' not in style and '"Unverified"' not in style


def test_sql_literals_are_built_from_the_enums():
    assert sql_values(CLAIM_KINDS) == "('claim', 'manual')"
    assert sql_value(Status.UNVERIFIED) == "'unverified'"
    with pytest.raises(ValueError):
        sql_values(["x'); DROP TABLE claims; --"])


def test_the_schema_defaults_and_checks_are_vocabulary_values():
    """The first migration is frozen text (never edited once released); it must agree with vocab."""
    schema = MIGRATIONS[0]
    assert f"kind TEXT NOT NULL DEFAULT '{SourceKind.PERSON.value}'" in schema
    assert f"kind TEXT NOT NULL DEFAULT '{ClaimKind.CLAIM.value}'" in schema
    assert f"status TEXT NOT NULL DEFAULT '{Status.UNVERIFIED.value}'" in schema
    assert f"stance IN {sql_values(Stance)}" in schema
    assert f"state TEXT NOT NULL DEFAULT '{LinkState.SUGGESTED.value}'" in schema


def _string_literals(tree: ast.AST):
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value


def test_no_vocabulary_literal_outside_vocab():
    quoted = re.compile(r"'(" + "|".join(sorted(DISTINCT)) + r")'")
    offenders = []
    for path in sorted((ROOT / "workbench").rglob("*.py")):
        if path.name == "vocab.py" or (path.name == "schema.py" and path.parent.name == "store"):
            continue
        for text in _string_literals(ast.parse(path.read_text("utf-8"))):
            if text in DISTINCT and (path.name, text) not in ALLOWED:
                offenders.append(f"{path.relative_to(ROOT)}: {text!r}")
            for m in quoted.finditer(text):  # SQL with a hand-typed value: "kind IN ('claim', 'manual')"
                offenders.append(f"{path.relative_to(ROOT)}: SQL {m.group(0)}")
    assert offenders == []


def test_model_keeps_only_records():
    tree = ast.parse((ROOT / "workbench/core/model.py").read_text("utf-8"))
    enums = [n.name for n in tree.body if isinstance(n, ast.ClassDef)
             and any(getattr(b, "id", "") in ("StrEnum", "Enum") for b in n.bases)]
    assert enums == []
    assert not hasattr(__import__("workbench.core.model", fromlist=["x"]), "RELIABILITY_GRADES")
    assert vocab.RELIABILITY_GRADES["A"] == "Completely reliable"
