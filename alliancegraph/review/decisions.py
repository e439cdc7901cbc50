"""Review decisions as data, and the one rule that turns them into changes to the claims.

A decision is what an analyst said about one claim: it is true (``accept``), false
(``reject``), true with another relation, subject or object (``correct``), or a claim the
extractor missed (``add``). Decisions are kept apart from the claims (a ``reviews`` table, a
``:Review`` node) and keyed by what the analyst actually read, (article, sentence, subject,
relation, object), so they outlive the claims: when the article is loaded again, or extracted
again by a newer extractor, the store re-applies them (:func:`plan`) and every query, ``ask``,
export and analysis reads the corrected claims without knowing that reviews exist.

>>> d = Decision("reject", "a1", "X soutient Y.", "X", "SUPPORTS", "Y", reviewer="ana")
>>> p = plan([d], {("X", "SUPPORTS", "Y", "a1"): "X soutient Y."})
>>> p.removes, p.statuses[d.key]
([('X', 'SUPPORTS', 'Y', 'a1')], 'applied')
"""

from __future__ import annotations

import getpass
import hashlib
import os
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime

ACTIONS = ("accept", "reject", "correct", "add")

# Written on a claim a review created or confirmed: such a claim is the analyst's, not a rule's.
REVIEW_CUE = "review"
REVIEW_CONFIDENCE = 1.0

# What a decision found the last time it was applied (``review list --decisions``).
STATUS_APPLIED = "applied"  # the extractor's claim was there and was removed or replaced
STATUS_CONFIRMED = "confirmed"  # accepted, and the extractor still reads it from that sentence
STATUS_ADDED = "added"  # added, and the extractor does not read it
STATUS_ALSO_EXTRACTED = "also extracted"  # added, and the extractor now reads it too
STATUS_NOT_EXTRACTED = "not extracted"  # the sentence no longer yields the claim judged


class ReviewError(ValueError):
    """A decision that cannot be recorded; the message names the value and the reason."""


ClaimKey = tuple[str, str, str, str]  # (subject, relation, object, article), as the stores key


def sentence_key(sentence: str) -> str:
    """A sentence as decisions compare it: whitespace collapsed (the extractor's evidence form).

    >>> sentence_key("  Hamon  invite\\nJadot. ")
    'Hamon invite Jadot.'
    """
    return " ".join(sentence.split())


def claim_id(article: str, subject: str, relation: str, obj: str) -> str:
    """A short handle for a stored claim, printed by ``review list`` and taken by the commands.

    The article id comes first, so a store finds the claim among that article's few claims.

    >>> claim_id("4c8f678b96f583dc", "François Loncle", "TEMPTED_BY", "Emmanuel Macron")
    '4c8f678b96f583dc-...'
    """
    digest = hashlib.sha256("\x1f".join((subject, relation, obj)).encode()).hexdigest()[:8]
    return f"{article}-{digest}"


def default_reviewer() -> str:
    """Who decides: ``ALLIANCEGRAPH_REVIEWER``, else ``USER``, else the login name."""
    name = os.environ.get("ALLIANCEGRAPH_REVIEWER") or os.environ.get("USER")
    if not name:
        try:
            name = getpass.getuser()
        except OSError:
            name = "unknown"
    return name


def now() -> str:
    """The time of a decision: UTC, to the second, ISO 8601."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Decision:
    """One analyst decision about one claim, with who and when.

    ``subject``, ``relation``, ``object`` are the claim judged (for ``add``, the claim added);
    ``new_*`` hold a correction's replacement. ``date`` is the article's date and the kinds are
    the actors' kinds, so the decision alone is enough to write its claim again.
    """

    action: str
    article: str
    sentence: str
    subject: str
    relation: str
    object: str
    new_subject: str | None = None
    new_relation: str | None = None
    new_object: str | None = None
    date: str = ""
    subject_kind: str = "person"
    object_kind: str = "person"
    new_subject_kind: str | None = None
    new_object_kind: str | None = None
    reviewer: str = field(default_factory=default_reviewer)
    at: str = field(default_factory=now)
    note: str | None = None
    status: str | None = None

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            known = ", ".join(ACTIONS)
            raise ReviewError(f"unknown review action {self.action!r} (one of {known})")
        object.__setattr__(self, "sentence", sentence_key(self.sentence))
        if not self.sentence:
            raise ReviewError("a review needs the sentence the claim was read in")

    @property
    def key(self) -> str:
        """The identity of a decision: a later one with the same key replaces it."""
        parts = (self.article, self.sentence, self.subject, self.relation, self.object)
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24]

    @property
    def judged(self) -> ClaimKey:
        return (self.subject, self.relation, self.object, self.article)

    @property
    def written(self) -> dict | None:
        """The claim this decision asserts (None for a rejection), as a store row."""
        if self.action == "reject":
            return None
        if self.action == "correct":
            return {
                "subject": self.new_subject, "relation": self.new_relation,
                "object": self.new_object, "article": self.article, "date": self.date,
                "evidence": self.sentence, "subject_kind": self.new_subject_kind,
                "object_kind": self.new_object_kind,
            }
        return {
            "subject": self.subject, "relation": self.relation, "object": self.object,
            "article": self.article, "date": self.date, "evidence": self.sentence,
            "subject_kind": self.subject_kind, "object_kind": self.object_kind,
        }

    def with_status(self, status: str) -> Decision:
        return replace(self, status=status)

    def to_dict(self) -> dict:
        return {"key": self.key, **asdict(self)}


FIELDS = tuple(f for f in Decision.__dataclass_fields__)


@dataclass
class Plan:
    """What applying decisions does to the claims: removals, then writes, and each status."""

    removes: list[ClaimKey] = field(default_factory=list)
    writes: list[dict] = field(default_factory=list)
    statuses: dict[str, str] = field(default_factory=dict)


def plan(decisions: list[Decision], extracted: dict[ClaimKey, str]) -> Plan:
    """The changes that apply ``decisions`` (oldest first) to the claims stored now.

    ``extracted`` maps each claim of the decisions' articles to its sentence. A claim
    "is read from" a decision's sentence when its key matches and its evidence is that sentence;
    when the sentence no longer yields it, the decision is still applied (a rejected claim
    stays absent, an accepted or added one is written) and its status says so.
    """
    result = Plan()
    current = dict(extracted)
    for decision in sorted(decisions, key=lambda d: d.at):
        read_here = current.get(decision.judged) == decision.sentence
        if decision.action in ("reject", "correct") and read_here:
            result.removes.append(decision.judged)
            del current[decision.judged]
        written = decision.written
        if written is not None:
            result.writes.append(written)
            key = (written["subject"], written["relation"], written["object"], decision.article)
            current[key] = decision.sentence
        if decision.action == "add":
            status = STATUS_ALSO_EXTRACTED if read_here else STATUS_ADDED
        elif decision.action == "accept":
            status = STATUS_CONFIRMED if read_here else STATUS_NOT_EXTRACTED
        else:
            status = STATUS_APPLIED if read_here else STATUS_NOT_EXTRACTED
        result.statuses[decision.key] = status
    return result
