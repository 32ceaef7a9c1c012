"""What makes lexical `cluster` cheaper, changing no output: `compare_normalized(links_only=True)`
(what `find_links` asks when it keeps only duplicates and conflicts) leaves a pair that knowledge
makes related at best unscored, and changes no link (every pair it cuts short is a non-link in the
full comparison, every other pair comes back as the full comparison says); `cluster_texts` groups
with the collector's heap frozen; a claim without a reporting frame is rewritten once when read."""

from __future__ import annotations

import gc
import itertools

from workbench.core import figures as fig
from workbench.core.match import link_groups, matching
from workbench.core.match.compare import compare_normalized
from workbench.core.match.events import EventContext
from workbench.core.match.scoring import LexicalScorer
from workbench.core.vocab import LINKED_RELATIONS

CLAIMS = [
    "Russian forces shelled Kharkiv on 3 March, killing 12 civilians.",
    "Russian forces shelled Kherson on 3 March, killing 12 civilians.",
    "Russian forces shelled Kharkiv on March 3, killing twelve civilians, officials said.",
    "Russian forces shelled Kharkiv on 3 March, killing 12 soldiers.",
    "Russian forces shelled Kharkiv on 3 March, killing 15 civilians.",
    "Russian forces shelled Kharkiv on 3 September, killing 12 civilians.",
    "Rebels captured 300 vehicles in Deir ez-Zor on 3 March.",
    "Witnesses said rebels seized 300 vehicles in Dayr az-Zawr on March 3rd.",
    "Rebels captured 300 vehicles in Hama on 3 March.",
    "Rebels did not capture 300 vehicles in Deir ez-Zor on 3 March.",
    "Police arrested 120 protesters in Nairobi on Tuesday.",
    "Police arrested 120 protesters in Mombasa on Tuesday.",
    "Police released 120 protesters in Nairobi on Tuesday.",
    "The Taliban captured the town of Kunduz on 3 March.",  # two named doers: cut short before the figures
    "Afghan forces captured the town of Kunduz on 3 March.",
    "Afghan forces seized the town of Kunduz on March 3, officials said.",
]


class _CountingScorer(LexicalScorer):
    calls = 0

    def similarity(self, *args, **kwargs):
        type(self).calls += 1
        return super().similarity(*args, **kwargs)


def _pairs(contexts=None):
    prep = matching.prepare(CLAIMS)
    dates = [fig.dates_of(t) for t in CLAIMS]
    for i, j in itertools.combinations(range(len(CLAIMS)), 2):
        yield dict(a=CLAIMS[i], b=CLAIMS[j], na=prep.norms[i], nb=prep.norms[j], qa=prep.quantities[i],
                   qb=prep.quantities[j], dates_a=dates[i], dates_b=dates[j],
                   context_a=contexts[i] if contexts else None, context_b=contexts[j] if contexts else None)


def test_links_only_cuts_only_non_links_short_and_keeps_every_link():
    contexts = [EventContext(article_id=k, published="2014-03-04" if k % 3 else "2011-09-20")
                for k in range(len(CLAIMS))]
    for ctx in (None, contexts):
        cut = linked = 0
        for kw in _pairs(ctx):
            for explain in (True, False):
                full = compare_normalized(**kw, explain=explain)
                scorer = _CountingScorer()
                _CountingScorer.calls = 0
                short = compare_normalized(**kw, explain=explain, links_only=True, scorer=scorer)
                if _CountingScorer.calls == 0:  # cut short: knowledge alone says related at best
                    cut += 1
                    assert full.relation not in LINKED_RELATIONS, (kw["a"], kw["b"], full.reasons)
                    assert (short.relation, short.score) == ("related", 0.0)
                else:
                    assert (short.relation, short.score, short.probability, short.reasons) == \
                        (full.relation, full.score, full.probability, full.reasons)
                    linked += full.relation in LINKED_RELATIONS
        # another place, kind, date, event; the retellings and clashes ("shelled Kherson" / "shelled Kharkiv" is
        # another place since `bare_places`, no longer a duplicate)
        assert cut >= 10 and linked >= 4


def test_find_links_asks_links_only_only_when_it_keeps_links_only():
    all_links = matching.find_links(CLAIMS, reasons=True, relations=("duplicate", "conflict", "related"))
    links = matching.find_links(CLAIMS, reasons=True)
    want = [(i, j, c.relation, c.score, c.reasons) for i, j, c in all_links if c.relation in LINKED_RELATIONS]
    assert [(i, j, c.relation, c.score, c.reasons) for i, j, c in links] == want
    assert any(c.relation == "related" and c.score > 0 for _i, _j, c in all_links)  # related pairs fully scored


def test_cluster_groups_with_the_heap_frozen(monkeypatch):
    frozen: list[int] = []
    group_links = link_groups.group_links

    def spy(links, days=None):
        frozen.append(gc.get_freeze_count())
        return group_links(links, days)

    monkeypatch.setattr(link_groups, "group_links", spy)
    groups, links = matching.cluster_texts(CLAIMS, semantic=False)
    assert frozen and all(n > 0 for n in frozen)
    assert gc.get_freeze_count() == 0
    assert any(len(g) >= 2 for g in groups) and links


def test_a_claim_is_rewritten_once_when_read(monkeypatch):
    from workbench.core.match import compare as compare_mod
    from workbench.core.match import knowledge

    calls: list[str] = []
    rewrite = knowledge.rewrite

    def spy(text):
        calls.append(text)
        return rewrite(text)

    monkeypatch.setattr(knowledge, "rewrite", spy)
    text = "Moscow dispatched 40 engineers to the plant near Zaporizhzhia on 3 March."  # no reporting frame
    knowledge.rewritten.cache_clear()
    matching.prepare([text])
    assert calls.count(text) == 1
    assert compare_mod.prepared(text)[1] == list(rewrite(text)[1])  # the hits, a list of its own
    assert compare_mod.prepared(text)[1] is not compare_mod.prepared(text)[1]
