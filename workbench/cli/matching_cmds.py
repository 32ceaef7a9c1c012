"""`workbench compare`, `workbench match`, `workbench cluster`: cross-source claim matching."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from workbench.cli import common
from workbench.core.vocab import LinkState, Relation


def register(subparsers) -> None:
    p = common.add_command(
        subparsers, "compare", "Compare two claims: score 0-100 and relation (duplicate, conflict, related, unrelated).",
        '  workbench compare "Some 500,000 people fled" "Half a million Iraqis have fled"\n'
        '  workbench compare "US sends 300 advisers" "US sends 3,000 advisers" --json\n'
        "  workbench compare --pairs pairs.tsv --json     # TSV with header, columns a and b -> JSON Lines\n",
    )
    p.add_argument("a", nargs="?", help="first claim")
    p.add_argument("b", nargs="?", help="second claim")
    p.add_argument("--pairs", metavar="PAIRS.tsv", help="TSV file with a header row and columns a and b")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _semantic_flag(p)
    p.set_defaults(func=cmd_compare)

    p = common.add_command(
        subparsers, "match", "Link duplicate and conflicting claims across a project's articles and cluster them.",
        "  workbench match iraq.db\n  workbench match iraq.db --json\n",
    )
    p.add_argument("project", help="project file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _semantic_flag(p)
    p.set_defaults(func=cmd_match)

    p = common.add_command(
        subparsers, "cluster", "Group a list of claims (one per line) that state the same fact.",
        "  workbench cluster claims.txt\n  workbench cluster claims.txt --json\n",
    )
    p.add_argument("claims_file", metavar="CLAIMS.txt", help="text file, one claim per line")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _semantic_flag(p, embed_all=True)
    p.add_argument("--no-vector-cache", dest="vector_cache", action="store_false", default=None,
                   help="embed every line again: do not read or keep sentence vectors in the user cache "
                        "folder (also WORKBENCH_VECTOR_CACHE=0)")
    p.set_defaults(func=cmd_cluster)


def _semantic_flag(p, embed_all: bool = False) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--no-semantic", dest="semantic", action="store_false", default=None,
                       help="word overlap only: do not use the sentence-embedding model "
                            "(also WORKBENCH_SEMANTIC=0, or the project setting)")
    if embed_all:
        from workbench.core.match.embedding import CLUSTER_NEW_VECTORS  # light: not matching

        group.add_argument("--semantic", dest="semantic", action="store_true",
                           help=f"embed every line the cache lacks, however many (by default a run embeds at "
                                f"most {CLUSTER_NEW_VECTORS:,}; past that, words only, said on stderr)")


def _check_model(args, derive: bool = True) -> None:
    """A model file that fails its checksum is an error, not a silent fallback. `derive`: prepare
    the graph too (`cluster` leaves it to its first line embedded: a warm cache needs none)."""
    from workbench.core.match.embedding import ModelError, get_embedder, semantic_enabled

    if semantic_enabled(flag=args.semantic):
        try:
            embedder = get_embedder()
            if derive:
                embedder.derive()
        except ModelError as exc:
            raise common.CliError(f"{exc} (use --no-semantic to match by words only)") from exc


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise common.CliError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise common.CliError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise common.CliError(f"{path}: {exc.strerror or exc}") from exc


def _read_pairs(path: str) -> list[tuple[str, str]]:
    lines = _read_text(path).splitlines()
    if not lines:
        raise common.CliError(f"{path}: empty file (expected a header row with columns a and b)")
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [h.strip().lower() for h in next(reader)]
    if "a" not in header or "b" not in header:
        raise common.CliError(f"{path}: the header row must name columns a and b (tab-separated)")
    ia, ib = header.index("a"), header.index("b")
    pairs = []
    for n, row in enumerate(reader, start=2):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) <= max(ia, ib):
            raise common.CliError(f"{path}: line {n} has {len(row)} columns, expected at least {max(ia, ib) + 1}")
        pairs.append((row[ia], row[ib]))
    return pairs


def _print_comparison(c, a: str, b: str) -> None:
    print(f"{c.relation} (score {c.score:.1f}, probability {c.probability:.2f})")
    print(f"  A: {a}")
    print(f"  B: {b}")
    for r in c.reasons:
        print(f"  - {r}")


def cmd_compare(args) -> int:
    from workbench.core.match.matching import compare_many

    if args.pairs:
        if args.a or args.b:
            raise common.CliError("give either two claims or --pairs FILE, not both")
        pairs = _read_pairs(args.pairs)
        _check_model(args)
        for (a, b), c in zip(pairs, compare_many(pairs, semantic=args.semantic), strict=True):
            if args.json:
                common.print_json_line(c.to_dict())
            else:
                _print_comparison(c, a, b)
                print()
        return 0
    if args.a is None or args.b is None:
        raise common.CliError('compare needs two claims ("CLAIM A" "CLAIM B") or --pairs FILE')
    _check_model(args)
    c = compare_many([(args.a, args.b)], semantic=args.semantic)[0]
    if args.json:
        common.print_json(c.to_dict())
    else:
        _print_comparison(c, args.a, args.b)
    return 0


def cmd_cluster(args) -> int:
    from workbench.core.match import vector_cache
    from workbench.core.match.embedding import ModelError
    from workbench.core.match.matching import CLUSTER_NEW_VECTORS, cluster_texts, default_workers

    lines = _read_text(args.claims_file).splitlines()
    # Line numbers stay those of the file; blank lines are skipped but keep their numbers.
    numbered = [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()]
    _check_model(args, derive=False)
    try:
        clusters, links = cluster_texts(
            [t for _, t in numbered], workers=default_workers(len(numbered)), semantic=args.semantic,
            progress=common.Progress("clustering", enabled=not args.json), vector_cache=vector_cache.enabled(args.vector_cache),
            max_new_vectors=None if args.semantic else CLUSTER_NEW_VECTORS,
            notice=lambda message: common.warn(f"{message} (--semantic embeds them all)"))
    except ModelError as exc:  # the graph is derived at the first line embedded, after the check
        raise common.CliError(f"{exc} (use --no-semantic to match by words only)") from exc
    to_line = [n for n, _ in numbered]
    out_clusters = [[to_line[i] for i in g] for g in clusters]
    out_links = [[to_line[i], to_line[j], rel, score] for i, j, rel, score in links]
    if args.json:
        common.print_json({"clusters": out_clusters, "links": out_links})
        return 0
    text = dict(numbered)
    if not out_clusters:
        print(f"{len(numbered)} claims, no two state the same fact.")
    for k, g in enumerate(out_clusters, start=1):
        print(f"cluster {k} ({len(g)} claims):")
        for n in g:
            print(f"  {n:>5}: {text[n]}")
    conflicts = [(to_line[i], to_line[j], score) for i, j, rel, score in links if rel == Relation.CONFLICT.value]
    if conflicts:
        print("conflicts:")
        for i, j, score in conflicts:
            print(f"  lines {i} and {j} (score {score:.1f}): {text[i]!r} vs {text[j]!r}")
    return 0


def cmd_match(args) -> int:
    from workbench.core.actions.matching import match_claims
    from workbench.core.match.matching import MatchCancelled, default_workers

    store = common.open_project(args.project, for_writing=True)
    progress = common.Progress("matching", enabled=not args.json)
    _check_model(args)
    try:
        summary = match_claims(store, progress=progress, workers=default_workers(store.count_claims()), semantic=args.semantic)
    except MatchCancelled as exc:
        raise common.CliError("matching cancelled; nothing was changed") from exc
    links = store.links()
    if args.json:
        common.print_json({
            "links": [{"a": lk["claim_a"], "b": lk["claim_b"], "relation": lk["relation"],
                       "score": lk["score"], "state": lk["state"]} for lk in links],
            "clusters": summary.clusters,
        })
        return 0
    print(f"{summary.claims} claims matched in {summary.seconds:.1f} s: {summary.duplicates} duplicates "
          f"({summary.auto_linked} linked automatically, {summary.exact_copies} exact copies), "
          f"{summary.conflicts} conflicts, {len(summary.clusters)} clusters, "
          f"{len(summary.wire_groups)} wire-copy groups.")
    texts = {c["id"]: c["text"] for c in store.claims_for_matching()}
    for lk in links:
        if lk["relation"] == Relation.CONFLICT.value and lk["state"] != LinkState.REJECTED.value:
            print(f"conflict {lk['claim_a']} / {lk['claim_b']} (score {lk['score']:.1f}, {lk['state']}):")
            print(f"  {texts.get(lk['claim_a'], '?')}")
            print(f"  {texts.get(lk['claim_b'], '?')}")
    sys.stdout.flush()
    return 0
