"""Fracture lines of the left: structural balance on the signed graph of alliances.

Claims become a signed, weighted, undirected graph of persons (:func:`signed_graph`); the actors
are split into camps that minimise *frustration*, the weight of the ties the split contradicts
(a positive tie across camps, a negative tie inside one) (:func:`split_camps`); the report
(:func:`analyse`) names the camps, the fault lines between them, the brokers with friends on
both sides, and the actors at risk of leaving.

Choices, and why:

* **Signs come from the ontology.** A relation's polarity is read from ``alliancegraph.ttl``:
  *positive* (SUPPORTS, INVITED_TO_RALLY) and *negative* (REJECTS) ties count for balance;
  a *pull* (TEMPTED_BY) is no tie yet, only a risk, so it feeds the at-risk list; an
  *affiliation* (SPOKESPERSON_OF, MEMBER_OF) counts as positive when ``affiliations=True``
  (the default): a spokesperson's words are their principal's, so they stand together.
* **Persons, not parties** (``parties=False``): a party is not one side of a split of its own
  members (the PS holds both of its camps), so claims with a party at either end are left out.
  With ``parties=True`` parties become nodes like persons, and membership binds members to them.
* **Scope: the left.** Actors whose family (a party's gazetteer family, or a person's party's)
  is far-left, left or green, plus every actor tied to one of them (Macron, for the Socialists
  who back him); ties between two actors out of scope are dropped.
* **Parallel claims** between two actors, in either direction, make one tie. Its weight is the
  number of distinct articles that carry a claim of that sign. When both signs occur, the
  default (``conflict="negative"``) keeps the negative tie: a public refusal is a costlier
  signal than an overture, and overtures are routinely made to adversaries (Hamon invited
  Mélenchon twice; Mélenchon refused). ``conflict="net"`` keeps the sign of the difference
  instead (no tie when it is zero). Either way the tie records both counts and ``conflict``.
* **Exact when it can be.** :func:`split_camps` solves the frustration index as an integer
  program with HiGHS (binary side variables) up to :data:`EXACT_MAX_ACTORS` actors and proves
  optimality; beyond, a spectral start (signed Laplacian) refined by local search and
  Kernighan-Lin passes. The result says which method ran and whether it is proven optimal.
* **Deterministic camp numbers.** In each connected part of the graph, camp 1 is the camp of
  the actor with the most positive ties (by weight, then by name), and so on.

The code lives in modules named for what they hold: :mod:`.signed` (the signed graph from
claims, planted graphs), :mod:`.balance` (a split and its frustration), :mod:`.split`
(:func:`split_camps`), :mod:`.exact` (the HiGHS integer program), :mod:`.heuristic` (spectral
start, local search, Kernighan-Lin) and :mod:`.report` (:class:`FractureReport`,
:func:`analyse`).
"""

from alliancegraph.graph.fractures.balance import CampSplit, frustration
from alliancegraph.graph.fractures.heuristic import MAX_PASSES
from alliancegraph.graph.fractures.report import MONTHLY_RESTARTS, FractureReport, analyse
from alliancegraph.graph.fractures.signed import (
    CONFLICT_RULES,
    LEFT_FAMILIES,
    family_of,
    planted_signed_graph,
    signed_graph,
)
from alliancegraph.graph.fractures.split import (
    DEFAULT_TIME_LIMIT,
    EXACT_MAX_ACTORS,
    METHODS,
    split_camps,
)

__all__ = [
    "CONFLICT_RULES",
    "DEFAULT_TIME_LIMIT",
    "EXACT_MAX_ACTORS",
    "LEFT_FAMILIES",
    "MAX_PASSES",
    "METHODS",
    "MONTHLY_RESTARTS",
    "CampSplit",
    "FractureReport",
    "analyse",
    "family_of",
    "frustration",
    "planted_signed_graph",
    "signed_graph",
    "split_camps",
]
