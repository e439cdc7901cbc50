"""Interviews: who "je" and "vous" are when the article is a conversation, not a report.

An interview prints its answers without quotation marks, so the quotation rules never see a
speaker there: "Je voterai pour X" in an answer is the interviewee's word, and "X vous invite
à le rejoindre" in a question is addressed to the interviewee. Two layouts are read:

* questions and answers in turns, the article announcing itself as an interview in its
  headline or lede (an ``interview_markers`` word of ``ontology/cues.toml``): the interviewee
  is the one person the headline names; a paragraph that ends with "?" or "…" is a question
  (two at least), and so is one put as a statement after an answer that addresses the
  interviewee with no first person (« X vous accuse de … »; right after a question, « Vous
  savez, … » is an answer); the paragraphs after a question until the next one are the answer;
* a transcript whose paragraphs open with the speaker's name in capitals ("NADIA FERHAT.",
  "JOURNALISTE :"): a paragraph labelled with a person's name is that person's turn, another
  label is the interviewer's; "vous" is the interviewee only when a single person speaks.

First person in an answer (je, j', me, m', moi: not "nous", which may be a party) is its
speaker; "vous" in a question is the interviewee. Words inside quotation marks keep the
quotation's own speaker. The same holds for a statement a paragraph introduces with a colon
("X a déclaré sur LCI :" then "Je soutiendrai Y …" as the next paragraph, a block quotation
whose marks web pages lose).
"""

from __future__ import annotations

import re
from itertools import compress

from alliancegraph.loaders.context import SUBJECT_DEPS, Context, resolution_list
from alliancegraph.loaders.mentions import HONORIFICS, WRITTEN_SOURCES, Mention, cfold
from alliancegraph.ontology.grammar import grammar_words

SPEAKING = grammar_words("interviews", "speaking")
ADDRESSED = grammar_words("interviews", "addressed")
ADDRESSING = grammar_words("interviews", "addressing")
FIRST_PERSON = SPEAKING | grammar_words("interviews", "owning")
QUESTION_ENDS = frozenset({"?", "…", "..."})
CLOSERS = frozenset({"»", '"', "”", ")"})
OPENERS = frozenset({"«", "“"})
# A capitalised speaker label opening a paragraph ("NADIA FERHAT. Bonjour.").
LABEL = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' -]+[.:]\s", re.MULTILINE)


def _paragraphs(ctx: Context) -> list[tuple[int, int]]:
    """Token ranges of the article's paragraphs: the tokenizer makes every line break a
    whitespace token of its own, so only those are looked at."""
    view = ctx.view
    breaks = [k for k in compress(range(len(view.spaces)), view.spaces) if "\n" in view.texts[k]]
    bounds, start = [], 0
    for k in breaks:
        if k > start:
            bounds.append((start, k))
        start = k + 1
    if start < len(view.texts):
        bounds.append((start, len(view.texts)))
    return bounds


def _announced(folded: str) -> bool:
    """Whether folded text holds an interview marker as whole words."""
    padded = f" {folded} "
    return any(f" {marker} " in padded for marker in resolution_list("interview_markers"))


def _is_question(ctx: Context, start: int, end: int) -> bool:
    k = end - 1
    while k > start and (ctx.doc[k].text in CLOSERS or ctx.doc[k].is_space):
        k -= 1
    return ctx.doc[k].text in QUESTION_ENDS


def _is_prompt(ctx: Context, start: int, end: int) -> bool:
    """A prompt put as a statement (« X vous accuse de « … » », « Votre suppléante a pris sa
    carte au MoDem. »): the paragraph addresses the interviewee and says nothing in the first
    person, outside quotation marks."""
    words = {cfold(ctx.doc[k].text) for k in range(start, end) if not ctx.in_quote(k)}
    return bool(words & ADDRESSING) and not words & FIRST_PERSON


def _persons_in(ctx: Context, start: int, end: int) -> set[str]:
    return {
        m.name
        for m in ctx.mentions
        if start <= m.start < end and m.kind == "person" and m.name and not ctx.in_quote(m.start)
        and m.source in WRITTEN_SOURCES
    }


def _label(ctx: Context, start: int, end: int) -> tuple[str, int] | None:
    """The capitalised label opening a paragraph and where its text starts, or None."""
    words = []
    k = start
    while k < end and ctx.doc[k].text.isupper() and ctx.doc[k].is_alpha:
        words.append(ctx.doc[k].text)
        k += 1
    if not words or k >= end or ctx.doc[k].text not in {".", ":"}:
        return None
    return " ".join(words), k + 1


def _turns(ctx: Context) -> tuple[list[tuple[int, int, str]], str | None] | None:
    """The answer turns ((start, end, speaker)) and the interviewee, or None when the article
    is no interview."""
    paragraphs = _paragraphs(ctx)
    text = ctx.article.text
    if len(LABEL.findall(text)) >= 2:
        persons = {cfold(name): name for name, e in ctx.entities.items() if e.kind == "person"}
        answers, speakers = [], set()
        for start, end in paragraphs:
            found = _label(ctx, start, end)
            if found is None:
                continue
            speaker = persons.get(cfold(found[0]))
            if speaker is not None:
                answers.append((found[1], end, speaker))
                speakers.add(speaker)
        if answers:
            return answers, (speakers.pop() if len(speakers) == 1 else None)
    if not _announced(" ".join(cfold(ctx.doc[a:b].text) for a, b in paragraphs[:2])):
        return None
    headline = _persons_in(ctx, *paragraphs[0]) if paragraphs else set()
    if len(headline) != 1:
        return None
    interviewee = headline.pop()
    answers, asked = [], 0
    answered = False  # whether the paragraph before was an answer: a prompt only follows one
    for start, end in paragraphs[1:]:
        if _is_question(ctx, start, end) or (answered and _is_prompt(ctx, start, end)):
            asked += 1
            answered = False
        elif asked:
            answers.append((start, end, interviewee))
            answered = True
    # one question in a report ("Y aura-t-il une alliance ?") makes no interview
    return (answers, interviewee) if asked >= 2 else None


def introduced_statements(ctx: Context) -> None:
    """ "X a réagi dans un entretien :" closing a paragraph, and the statement printed as the
    next paragraph without quotation marks ("Je soutiendrai Y …"): first person there is the
    one person subject of the sentence that introduced it (as in an interview's answer).
    Nothing when that sentence has no single person subject or the statement is quoted."""
    if ":\n" not in ctx.article.text and ": \n" not in ctx.article.text:
        return  # most articles: no paragraph ends with a colon
    paragraphs = _paragraphs(ctx)
    for (start, end), (nxt, nxt_end) in zip(paragraphs, paragraphs[1:], strict=False):
        k = end - 1
        while k > start and ctx.doc[k].is_space:
            k -= 1
        if ctx.doc[k].text != ":" or ctx.doc[nxt].text in CLOSERS | OPENERS:
            continue
        sent = ctx.sents[ctx.sent_of[k]]
        subjects = {
            m.name
            for m in ctx.mentions
            if sent.start <= m.start < k and m.kind == "person" and m.name
            and not ctx.in_quote(m.start) and not m.details.get("first_person")
            and _main_subject(ctx, m, k)
        }
        if len(subjects) == 1:
            _bind(ctx, range(nxt, nxt_end), SPEAKING, subjects.pop(), True, "statement speaker")


def _main_subject(ctx: Context, m: Mention, colon: int) -> bool:
    """Whether mention ``m`` is the subject of the main verb before the colon at ``colon``
    (not of a clause inside it, nor a name completing the subject: "l'ancien ministre de X
    a dit :"). The statement after the colon may share its sentence, so the verb's own head,
    if any, lies past the colon."""
    token = ctx.doc[m.start]
    while token.dep_ in {"flat:name", "appos"} and token.head.i < token.i:
        token = token.head  # "La sénatrice Anne Vidal a dit :": the title is the subject
    verb = token.head
    if token.dep_ not in SUBJECT_DEPS or verb.i >= colon:
        return False
    if any(c.dep_ == "conj" for c in token.children):
        return False  # "A et B ont répondu :": either may speak
    return verb.dep_ in {"ROOT", "conj", "parataxis"} or verb.head.i >= colon


def interview_voices(ctx: Context) -> None:
    """Bind "je" in an interview's answers to who answers, "vous" in its questions to the
    interviewee (see the module's docstring); nothing when the article is no interview."""
    text = ctx.article.text
    if len(LABEL.findall(text)) < 2 and not _announced(cfold(text[:600])):
        return  # most articles: no paragraph is looked at
    found = _turns(ctx)
    if found is None or not found[0]:
        return
    answers, interviewee = found
    answered: set[int] = set()
    for start, end, speaker in answers:
        answered.update(range(start, end))
        _bind(ctx, range(start, end), SPEAKING, speaker, first_person=True)
    if interviewee is not None:
        asked = range(_questions_start(ctx, answers[0][0]), len(ctx.doc))
        _bind(ctx, [k for k in asked if k not in answered], ADDRESSED, interviewee, False)


def _questions_start(ctx: Context, first_answer: int) -> int:
    """Where the questions start: the paragraph before the first answer (the headline and
    the lede before it speak of the interviewee in the third person)."""
    starts = [a for a, _ in _paragraphs(ctx) if a < first_answer]
    return starts[-1] if starts else 0


def _bind(
    ctx: Context,
    tokens,
    words: frozenset[str],
    name: str,
    first_person: bool,
    binding: str = "interviewee",
) -> None:
    for i in tokens:
        if cfold(ctx.doc[i].text) not in words or ctx.at.get(i) is not None or ctx.in_quote(i):
            continue
        if ctx.view.texts[i].endswith(".") and ctx.view.texts[i].lower() in HONORIFICS:
            continue  # « M. Fradin m'écrit »: the title folds to the clitic « m »
        mention = Mention(i, i + 1, "person", ctx.doc[i].text, "pronoun", name, confidence=0.8,
                          binding=binding)
        if first_person:
            mention.details["first_person"] = True
        ctx.add(mention)
