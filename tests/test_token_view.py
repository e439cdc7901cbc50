"""The per-document token arrays the rules read instead of spaCy ``Token`` objects.

``TokenView`` is read once per article with ``Doc.to_array``; the rules scan it and make a
``Token`` only where they need the parse tree. These tests hold it to what the Token objects
say, so a rule may switch from ``ctx.doc[j].dep_`` to ``ctx.view.deps[j]`` without a change.
"""

from __future__ import annotations

from alliancegraph.loaders.mentions import NameIndex, TokenView, cfold
from alliancegraph.loaders.nlp import load_nlp
from alliancegraph.ontology.gazetteer import load_gazetteer

TEXT = (
    "Européennes : la députée-maire de Lille soutient Yannick Jadot.\n\n"
    "« Je ne voterai pas pour lui », a répondu M. Dupont, lui-même socialiste.  Fin"
)


def test_every_array_agrees_with_the_token_objects():
    doc = load_nlp()(TEXT)
    view = TokenView.of(doc)
    assert view.texts == [t.text for t in doc]
    assert view.folded == [cfold(t.text) for t in doc]
    assert view.lemmas == [cfold(t.lemma_) for t in doc]
    assert view.pos == [t.pos_ for t in doc]
    assert view.spaces == [t.is_space for t in doc]
    assert view.puncts == [t.is_punct for t in doc]
    assert view.trailing == [bool(t.whitespace_) for t in doc]
    assert view.deps == [t.dep_ for t in doc]
    assert view.heads == [t.head.i for t in doc]


def test_heads_point_before_and_after_the_token():
    doc = load_nlp()(TEXT)
    heads = TokenView.of(doc).heads
    assert any(h < i for i, h in enumerate(heads)) and any(h > i for i, h in enumerate(heads))


def test_an_empty_document_has_empty_arrays():
    view = TokenView.of(load_nlp()(""))
    assert view.texts == [] and view.heads == [] and view.deps == []


def test_name_prefixes_lead_to_every_name():
    index = NameIndex.build(load_gazetteer())
    assert all(name[:n] in index.prefixes for name in index.names for n in range(1, len(name)))
    assert ("parti",) in index.prefixes and ("parti", "socialiste") in index.names
