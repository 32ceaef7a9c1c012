"""The int8 graph derived from the pinned model: built only from verified bytes, deterministic, the
same model's numbers (within activation quantisation), one sentence's vector whatever its batch.

The model tests use the real installed model file (skipped when it is not installed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from workbench.core.match import embedding, int8_graph

SENTENCES = ["Russia has sent 40 engineers to the region.",
             "Moscow has dispatched 40 engineers",
             "Oil prices rose sharply on Monday after the pipeline was closed.",
             "Witnesses said soldiers captured about 100 vehicles in Deir ez-Zor on 13 June",
             "The ministry denied the report.",
             "Clashes broke out in Homs on 3 March, according to activists, and at least twelve people "
             "were killed when government forces shelled the old city."]


@pytest.fixture
def source(semantic) -> bytes:
    path = embedding.model_path()
    assert path is not None
    return embedding.read_verified(path, embedding.MODEL_SHA256, "model")


def test_a_tampered_model_file_is_refused_before_anything_is_derived(source, tmp_path, monkeypatch):
    tampered = bytearray(source)
    tampered[len(tampered) // 2] ^= 0x01
    bad = tmp_path / "model.onnx"
    bad.write_bytes(bytes(tampered))
    monkeypatch.setenv("WORKBENCH_MODEL_PATH", str(bad))
    monkeypatch.setattr(embedding, "_DERIVED", {})
    embedding._load.cache_clear()
    try:
        with pytest.raises(embedding.ModelError, match="not the checked one"):
            embedding.get_embedder()
        assert embedding.model_problem() is not None
    finally:
        embedding._load.cache_clear()
    assert embedding._DERIVED == {}
    # and the rewrite itself refuses bytes that are not the checked model
    with pytest.raises(embedding.ModelError, match="unchecked model"):
        embedding.derived_model(bytes(tampered))


def test_the_derived_graph_is_deterministic_and_runs_the_products_in_int8(source):
    import onnx
    from onnx import numpy_helper

    src = {i.name: i for i in onnx.load_from_string(source).graph.initializer}
    for signed in (True, False):
        first = int8_graph.derive(source, signed_weights=signed)
        assert int8_graph.derive(source, signed_weights=signed) == first
        ops = [(n.domain, n.op_type) for n in onnx.load_from_string(first).graph.node]
        assert ops.count(("com.microsoft", "MatMulIntegerToFloat")) == 36
        assert ops.count(("com.microsoft", "Gelu")) == 6
        assert ("", "Erf") not in ops
        # the int8 weights are the file's own, bit for bit (or shifted by 128 to uint8)
        new = {i.name: i for i in onnx.load_from_string(first).graph.initializer}
        got = numpy_helper.to_array(new["node_MatMul_48_wq"]).astype(np.int16)
        want = numpy_helper.to_array(src["val_49_q"]).astype(np.int16)
        assert np.array_equal(got, want if signed else want + 128)


def test_both_weight_forms_give_the_same_vectors(source):
    """int8 weights (VNNI CPUs) and uint8 weights (never saturating): exact integer products."""
    import onnxruntime as ort

    if not int8_graph.has_vnni():
        pytest.skip("int8 x int8 products saturate without VNNI: only the uint8 form is used on this CPU")

    tok = embedding.get_embedder().tokenizer
    ids = np.array([tok.encode(SENTENCES[-1]).ids], np.int64)
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    outs = [ort.InferenceSession(embedding.derived_model(source, signed_weights=signed),
                                 providers=["CPUExecutionProvider"]).run(None, feed)[0]
            for signed in (True, False)]
    assert np.array_equal(outs[0], outs[1])


def test_a_graph_of_another_shape_is_refused():
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    w = numpy_helper.from_array(np.ones((4, 4), np.float32), "w")
    graph = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "g",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])], [w])
    model = helper.make_model(graph)
    with pytest.raises(int8_graph.GraphError, match="found 0 int8 weight products"):
        int8_graph.derive(model.SerializeToString())
    assert isinstance(onnx.load_from_string(model.SerializeToString()), onnx.ModelProto)


def _as_stored(texts: list[str]) -> np.ndarray:
    """The pinned file run as it is (float32 products), pooled as Embedder does."""
    import onnxruntime as ort

    path = embedding.model_path()
    assert path is not None
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    tok = embedding.get_embedder().tokenizer
    out = []
    for text in texts:
        ids = np.array([tok.encode(text).ids], np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                    "token_type_ids": np.zeros_like(ids)})[0][0]
        v = hidden.mean(axis=0)
        out.append(v / np.linalg.norm(v))
    return np.array(out)


def test_vectors_stay_within_quantisation_error_of_the_stored_model(semantic):
    got = embedding.get_embedder().embed(SENTENCES)
    want = _as_stored(SENTENCES)
    cosines = (got * want).sum(axis=1)
    assert cosines.min() >= 0.995, cosines
    assert np.allclose(np.linalg.norm(got, axis=1), 1, atol=1e-5)


def test_a_sentence_vector_does_not_depend_on_its_batch(semantic):
    embedder = embedding.get_embedder()
    alone = embedder.embed([SENTENCES[1]])[0]
    # padded to the longest sentence, among others: activations are quantised per token row
    together = embedder.embed(SENTENCES)[1]
    assert np.array_equal(alone, together)


def test_vectors_of_the_untransformed_model_are_not_reused(semantic, store):
    from test_matching_project import IRAQ_A, add

    from workbench.core.match.project import embed_claims

    assert f"rowq{int8_graph.TRANSFORM_VERSION}-slips{embedding.INPUT_VERSION}" in embedding.MODEL_ID
    add(store, IRAQ_A, title="A", outlet="Middle East Eye", published="2014-06-12")
    rows = store.claims_for_matching()
    # vectors a project stored before the int8 graph (float32 products): kept, but not read
    store.save_claim_vectors("all-MiniLM-L6-v2-int8", [
        (r["id"], embedding.text_key(r["text"]), embedding.to_blob(np.ones(embedding.DIM) / 19.6)) for r in rows])
    assert embed_claims(store) == len(rows)
    assert embed_claims(store) == 0


def test_the_derived_graph_is_never_written_next_to_the_model(semantic, tmp_path: Path):
    path = embedding.model_path()
    assert path is not None
    before = sorted(p.name for p in path.parent.iterdir())
    embedding._load.cache_clear()
    try:
        embedding.get_embedder()
    finally:
        embedding._load.cache_clear()
    assert sorted(p.name for p in path.parent.iterdir()) == before


def test_without_the_onnx_package_the_semantic_path_is_off_and_says_why(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "onnx", None)  # import onnx now raises ImportError
    assert not embedding.model_available()
    assert not embedding.semantic_enabled(flag=True)
    assert "onnx package is not installed" in (embedding.model_problem() or "")
