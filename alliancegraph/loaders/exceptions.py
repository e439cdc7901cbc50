"""Names an exception sets apart: "tous sauf X soutiennent Y", "à l'exception de X, les élus
rallient Y", "tout le bureau, hormis X, a désavoué Y".

The subject finder climbs to the verb and takes the names it finds, and a name after "sauf"
is as near to the verb as any: it would be given the stance the sentence denies it. This
post-stage reads the words right before each mention; a claim one of whose ends is named in
a sentence only after an exception word (the ontology's ``exception`` phrases) is dropped,
with the reason in the trace. A name also written elsewhere in the sentence without one keeps
its claims ("X soutient Y, sauf Z", where X is not excepted), and what describes the name
itself stays ("Hormis X (Les Patriotes), …" is X MEMBER_OF Les Patriotes).

>>> from alliancegraph.loaders.extractor import Extractor
>>> from alliancegraph.model import Article
>>> text = "Tous sauf Hélène Marchand soutiennent Paul Girard."
>>> Extractor().run(Article("a", "2019-05-01", "", text)).claims
[]
"""

from __future__ import annotations

from alliancegraph.loaders.claims import Found
from alliancegraph.loaders.context import Context


def excepted_names(ctx: Context, s: int) -> set[str]:
    """The actors sentence ``s`` names only right after an exception phrase."""
    sent = ctx.sents[s]
    folded = ctx.view.folded
    phrases = ctx.lexicon.phrases["exception"]
    excepted, plain = set(), set()
    for mention in ctx.mentions_in(s):
        if mention.name is None:
            continue
        before = tuple(folded[max(sent.start, mention.start - 4) : mention.start])
        if any(before[len(before) - len(p) :] == p for p in phrases if len(p) <= len(before)):
            excepted.add(mention.name)
        else:
            plain.add(mention.name)
    return excepted - plain


def drop_excepted(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` less the claims of which one end is a name set apart by an exception."""
    by_sentence: dict[int, set[str]] = {}
    kept = []
    for f in found:
        if f.sentence not in by_sentence:
            by_sentence[f.sentence] = excepted_names(ctx, f.sentence)
        names = by_sentence[f.sentence]
        about_the_clause = not f.rule.startswith("description")  # "sauf X (PS)": X's own label
        if about_the_clause and names and (f.subject.name in names or f.object.name in names):
            ctx.trace.drop_found(f, "excepted", "named after an exception word")
            continue
        kept.append(f)
    return kept
