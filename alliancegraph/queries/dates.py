"""Time expressions in questions: "en mars 2017", "since January 2017", "entre février et avril".

A date names a period (a year, a month or a day) and a word before it says how the period bounds
the claims (:data:`~alliancegraph.queries.lexicon.DATE_CLASSES`): ``in`` keeps the period itself,
``since`` starts at it, ``after`` starts the day after it ends, ``before`` stops the day before
it starts, ``until`` stops at its end, ``between A and B`` runs from A's start to B's end,
``week`` (of a day) the Monday to Sunday around it. A bare
date ("Hamon's supporters, March 2017") is read as ``in``. The words are data
(``questions.toml``); days are read by ``dateparser`` when a day is named ("15 March 2017",
"1er mars 2017").

A month without a year takes the year of another date in the question ("entre février et avril
2017"), else ``default_year`` (the year of the store's latest article, so "avant avril" asks about
the corpus, not the calendar).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from alliancegraph.dates import end_of
from alliancegraph.queries.lexicon import Lexicon

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DAY = re.compile(r"^([0-3]?\d)(st|nd|rd|th|er)?$")


@dataclass(frozen=True)
class Period:
    """A year, a month or a day: its first and last ISO dates."""

    start: str
    end: str


@dataclass(frozen=True)
class DateSpan:
    """A time expression found in a question: token span and the window it sets."""

    start: int
    end: int
    since: str | None
    until: str | None
    text: str


@dataclass
class _Date:
    """A date as read, before its year may be borrowed from another date."""

    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int
    last_month: int | None = None  # a part of a year ("first quarter": months 1 to 3)
    days: tuple[int, int] | None = None  # a part of a month ("fin janvier": 21 to 31)
    fixed: Period | None = None  # a named period of the calendar ("the primary")
    ranged: bool = False  # both ends said ("from mid- to late January"): no "since" alone

    def period(self, default_year: int) -> Period:
        if self.fixed is not None:
            return self.fixed
        year = self.year or default_year
        if self.month is None:
            return Period(f"{year:04d}-01-01", end_of(f"{year:04d}"))
        if self.last_month is not None:
            return Period(f"{year:04d}-{self.month:02d}-01",
                          end_of(f"{year:04d}-{self.last_month:02d}"))
        if self.day is None:
            month = f"{year:04d}-{self.month:02d}"
            if self.days is not None:  # the last day of a part is at most the month's last;
                # a day of 0 or less counts back from it ("the last week of": [-6, 0])
                last_day = int(end_of(month)[-2:])
                first, last = (day if day > 0 else last_day + day for day in self.days)
                return Period(f"{month}-{first:02d}", f"{month}-{min(last, last_day):02d}")
            return Period(f"{month}-01", end_of(month))
        day = _dateparser_day(year, self.month, self.day)
        return Period(day, day)


def _dateparser_day(year: int, month: int, day: int) -> str:
    """A named day as ISO, through ``dateparser`` (imported only when a day is named)."""
    import dateparser

    parsed = dateparser.parse(f"{year:04d}-{month:02d}-{day:02d}",
                              settings={"DATE_ORDER": "YMD", "STRICT_PARSING": True})
    if parsed is None:
        raise ValueError(f"{year:04d}-{month:02d}-{day:02d} is not a day")
    return parsed.date().isoformat()


def _number(token: str, pattern: re.Pattern) -> int | None:
    match = pattern.match(token)
    return int(match.group(1)) if match else None


def _holiday(tokens: list[str], start: int, lexicon: Lexicon) -> tuple[int, tuple[int, int]] | None:
    """A holiday named from ``start`` (the longest of the lexicon's ``holidays``): where its
    name ends and its (month, day), or None."""
    for size in range(min(4, len(tokens) - start), 0, -1):
        found = lexicon.holidays.get(tuple(tokens[start:start + size]))
        if found is not None:
            return start + size, found
    return None


def _read_date(tokens: list[str], i: int, lexicon: Lexicon, after_word: bool) -> _Date | None:
    """A date starting at token ``i``: [day] month [year] | month day [year] | year | ISO."""
    n = len(tokens)
    ordinals = {p[0] for p in lexicon.dates["ordinals"] if len(p) == 1}

    def at(k: int) -> str:
        return tokens[k] if k < n else ""

    # ISO 2017-03-15 and 15/03/2017 fold to three numbers.
    if _YEAR.match(at(i)) and at(i + 1).isdigit() and 1 <= int(at(i + 1)) <= 12:
        day = int(at(i + 2)) if at(i + 2).isdigit() and 1 <= int(at(i + 2)) <= 31 else None
        return _Date(int(at(i)), int(at(i + 1)), day, i, i + (3 if day else 2))
    if (at(i).isdigit() and at(i + 1).isdigit() and _YEAR.match(at(i + 2))
            and 1 <= int(at(i)) <= 31 and 1 <= int(at(i + 1)) <= 12):
        return _Date(int(at(i + 2)), int(at(i + 1)), int(at(i)), i, i + 3)
    if at(i).isdigit() and 1 <= int(at(i)) <= 12 and len(at(i)) <= 2 and _YEAR.match(at(i + 1)):
        return _Date(int(at(i + 1)), int(at(i)), None, i, i + 2)  # "01/2017"
    if after_word and at(i).isdigit() and at(i + 1).isdigit() and len(at(i + 1)) <= 2 \
            and 1 <= int(at(i)) <= 31 and 1 <= int(at(i + 1)) <= 12:
        return _Date(None, int(at(i + 1)), int(at(i)), i, i + 2)  # "après le 1/02"
    if _YEAR.match(at(i)):
        return _Date(int(at(i)), None, None, i, i + 1)
    part = _part_of_month(tokens, i, lexicon)  # before "last week": "the last week of June"
    if part is not None:
        return part
    relative = _relative(tokens, i, lexicon)
    if relative is not None:
        return relative
    event = _event(tokens, i, lexicon, after_word)
    if event is not None:
        return event
    part = _part_of_year(tokens, i, lexicon, after_word)
    if part is not None:
        return part
    k, day = i, None
    weekdays = {p[0] for p in lexicon.dates["weekdays"]}
    if at(k) in weekdays or (at(k) in ordinals and at(k + 1) in weekdays):
        k += 1 if at(k) in weekdays else 2  # "(le) dimanche 29 janvier": the day says it
    if at(k) in ordinals and at(k) != "the" and _number(at(k + 1), _DAY):
        k += 1  # "le 15 mars"
    if at(k) == "the":
        k += 1
    first = _number(at(k), _DAY)
    if first and 1 <= first <= 31 and (at(k + 1) in lexicon.months or (
            (at(k + 1) in ordinals or at(k + 1) == "of") and at(k + 2) in lexicon.months)):
        day, k = first, k + (2 if at(k + 1) in ordinals or at(k + 1) == "of" else 1)
        if at(k) == "of":
            k += 1
    named = k + 1 if at(k) in ARTICLES else k  # « la Saint-Valentin »
    holiday = None if day is not None else _holiday(tokens, named, lexicon)
    if holiday is not None:  # "New Year 2017", « la Saint-Valentin »: a day of the calendar
        end, (month, day) = holiday  # by its name, its year after it
        year = int(at(end)) if _YEAR.match(at(end)) else None
        if not (after_word or year):
            return None  # "*Noël* Mamère soutient qui": a first name, no date word before
        return _Date(year, month, day, i, end + (1 if year else 0))
    month = lexicon.months.get(at(k))
    if month is None:
        return None
    end = k + 1
    if day is None and lexicon.month_langs.get(at(k)) == {"fr"} and len(at(end)) == 2 \
            and at(end).isdigit():
        return _Date(2000 + int(at(end)), month, None, i, end + 1)  # "janvier 17": 2017
    if day is None:
        later = _number(at(end), _DAY)
        if later and 1 <= later <= 31 and not _YEAR.match(at(end)):
            day, end = later, end + 1
            if at(end) in ordinals:
                end += 1
    year = int(at(end)) if _YEAR.match(at(end)) else None
    if year:
        end += 1
    else:  # "en mars de l'an dernier", "in March last year": the year counted back
        k = end + 1 if at(end) in ("of", "de", "d") else end
        relative = _relative(tokens, k, lexicon)
        if relative is not None and relative.fixed is not None \
                and relative.fixed.start[5:] == "01-01" and relative.fixed.end[5:] == "12-31":
            year, end = int(relative.fixed.start[:4]), relative.end
    if not (after_word or day or year):
        return None  # "may" alone is not a date ("who may join Macron")
    return _Date(year, month, day, i, end)


def _part_of_year(tokens: list[str], i: int, lexicon: Lexicon, after_word: bool) -> _Date | None:
    """A quarter, a half or a season, with its year if one follows ("premier trimestre 2017"),
    or a season across the turn of a year with both ("l'hiver 2016-2017", "winter 2016/17")."""
    k = i + 1 if i < len(tokens) and tokens[i] == "the" else i
    for size in (2, 1):
        words = tuple(tokens[k:k + size])
        months = lexicon.periods.get(words) if len(words) == size else None
        if months is None:
            continue
        end = k + size
        if end < len(tokens) and tokens[end] in ("of", "de", "d"):
            end += 1
        year = int(tokens[end]) if end < len(tokens) and _YEAR.match(tokens[end]) else None
        if year is None and not after_word:
            return None
        across = lexicon.across_years.get(words)
        if year and across and end + 1 < len(tokens) and tokens[end + 1] in (
                str(year + 1), f"{(year + 1) % 100:02d}"):
            # "the winter of 2016-2017", "winter 2016/17": from its first day in 2016 to its
            # last in 2017
            return _Date(year, months[0], None, i, end + 2, months[1], fixed=Period(
                f"{year:04d}-{across[0]}", f"{year + 1:04d}-{across[1]}"))
        return _Date(year, months[0], None, i, end + (1 if year else 0), months[1])
    return None


def _part_of_month(tokens: list[str], i: int, lexicon: Lexicon) -> _Date | None:
    """A part of a month named before it ("début mars", "late January 2017", "la deuxième
    quinzaine de février"): its days. Before a year or anything else that is no month
    ("début 2017", "early 2017"), the words say nothing more than the date they precede."""
    k = i + 1 if i < len(tokens) and tokens[i] in ARTICLES else i
    counted = _counted_part(tokens, k, lexicon)
    if counted is not None and counted[1] == "month":
        return _months_of_year(tokens, i, k, counted, lexicon)
    for size in range(min(5, len(tokens) - k), 0, -1):
        days = lexicon.month_parts.get(tuple(tokens[k:k + size]))
        if counted is not None and counted[0] >= size:
            size, days = counted[0], _counted_days(*counted[1:])
        if days is None:
            continue
        at = k + size
        joined = lexicon.phrase_at("and", tokens, at, table="dates") if days else 0
        later = _month_part_after(tokens, at + joined, lexicon) if joined else None
        if later is not None:  # "from mid- to late January": the first part's first day to
            at, days = later[0], (days[0], later[1][1])  # the second's last
        if at < len(tokens) and tokens[at] in ("of", "de", "d", "du") + ARTICLES:
            at += 1  # "fin *du* mois de janvier"
        at += lexicon.phrase_at("in", tokens, at, table="dates")  # "début de *l'année* 2017"
        date = _read_date(tokens, at, lexicon, True)
        if date is None or (date.month is None and any(
                tuple(tokens[k:k + n]) in lexicon.periods for n in range(1, size + 1))):
            return None  # "the first half of 2017": a part of the year
        if date.month is not None and date.day is None and date.fixed is None \
                and date.last_month is None:
            return replace(date, start=i, days=days, ranged=later is not None)
        return replace(date, start=i)
    return None


def _month_part_after(tokens: list[str], k: int, lexicon: Lexicon,
                      ) -> tuple[int, tuple[int, int]] | None:
    """The part of a month named at ``k`` as the second end of a range of parts ("mid *to
    late* January", « de mi- *à fin* janvier »): where it ends and its days, else None."""
    k += k < len(tokens) and tokens[k] in ARTICLES
    for size in range(min(5, len(tokens) - k), 0, -1):
        days = lexicon.month_parts.get(tuple(tokens[k:k + size]))
        if days is not None:
            return k + size, days
    return None


def _counted_part(tokens: list[str], k: int, lexicon: Lexicon) -> tuple[int, str, int, str] \
        | None:
    """A number of days, weeks or months at one end of a month or a year ("the last seven days
    of", "les deux premières semaines de", "the first three months of"): the phrase's length,
    its unit, the number and the end ("first" or "last"), else None."""
    for phrase, (unit, end) in lexicon.counted_parts.items():
        words = tokens[k:k + len(phrase)]
        if len(words) < len(phrase) or any(
                word != "#" and words[n] != word for n, word in enumerate(phrase)):
            continue
        typed = words[phrase.index("#")]
        number = int(typed) if typed.isdigit() else lexicon.numbers.get(typed)
        if number is None:
            return None
        return len(phrase), unit, number, end
    return None


def _counted_days(unit: str, number: int, end: str) -> tuple[int, int] | None:
    """The days of a month a counted part names, the last ones counted back from its last day
    as in [dates.<lang>.month_parts]; more than a month holds is none (None: the words stay
    unread, and the date is refused)."""
    days = number * (7 if unit == "week" else 1)
    if unit == "month" or not 0 < days <= 31:
        return None
    return (1, days) if end == "first" else (1 - days, 0)


def _months_of_year(tokens: list[str], i: int, k: int, counted: tuple[int, str, int, str],
                    lexicon: Lexicon) -> _Date | None:
    """The first or last months of the year that follows ("the first three months of 2017",
    « les deux derniers mois de 2016 »); None with no year after them ("ces six derniers mois"
    counts back from today) or more than twelve."""
    size, _, number, end = counted
    at = k + size
    if at < len(tokens) and tokens[at] in GENITIVES:
        at += 1
    if not (at < len(tokens) and _YEAR.match(tokens[at]) and 0 < number <= 12):
        return None
    first, last = (1, number) if end == "first" else (13 - number, 12)
    return _Date(int(tokens[at]), first, None, i, at + 1, last)


def _relative(tokens: list[str], i: int, lexicon: Lexicon,
              today: dt.date | None = None) -> _Date | None:
    """A period counted back from the day the question is asked ("l'an dernier", "last
    month", "il y a deux ans", "3 years ago"), or the days up to it ("over the past month",
    "ces six derniers mois", "in the last 12 months"): the relative and recent dates of the
    lexicon, longest first, ``#`` standing for a number in figures or words."""
    best: tuple[int, Period] | None = None
    today = today or dt.date.today()
    tables = [(phrase, unit, offset, False) for phrase, (unit, offset)
              in lexicon.relative.items()] + [
        (phrase, unit, -1, True) for phrase, unit in lexicon.recent.items()]
    for phrase, unit, offset, recent in tables:
        size, number = len(phrase), None
        if i + size > len(tokens) or any(word != "#" and tokens[i + k] != word
                                         for k, word in enumerate(phrase)):
            continue
        if tokens[i + size:i + size + 1] == ["la"]:
            continue  # "cette semaine-là": a week of the story, not this one
        if "#" in phrase:
            typed = tokens[i + phrase.index("#")]
            number = int(typed) if typed.isdigit() else lexicon.numbers.get(typed)
            if number is None or not 0 < number < 100:
                continue
        if best is None or size > best[0]:
            count = number if number is not None else -int(offset)
            best = (size, recent_period(unit, count, today) if recent
                    else relative_period(unit, -count, today))
    if best is None:
        return None
    size, period = best
    return _Date(None, None, None, i, i + size, fixed=period)


def recent_period(unit: str, count: int, today: dt.date) -> Period:
    """The ``count`` days, weeks, months or years up to ``today``, today included ("the past
    month": from the same day a month ago, the day after it).

    >>> recent_period("month", 6, dt.date(2026, 12, 6))
    Period(start='2026-06-07', end='2026-12-06')
    >>> recent_period("year", 1, dt.date(2024, 2, 29))
    Period(start='2023-03-01', end='2024-02-29')
    >>> recent_period("week", 2, dt.date(2026, 12, 6))
    Period(start='2026-11-23', end='2026-12-06')
    """
    if unit in ("month", "year"):
        months = today.year * 12 + today.month - 1 - count * (12 if unit == "year" else 1)
        year, month = divmod(months, 12)
        last = int(end_of(f"{year:04d}-{month + 1:02d}")[8:])
        start = dt.date(year, month + 1, min(today.day, last))
    else:
        start = today - dt.timedelta(days=count * (7 if unit == "week" else 1))
    return Period((start + dt.timedelta(days=1)).isoformat(), today.isoformat())


def relative_period(unit: str, offset: int, today: dt.date) -> Period:
    """The day, week (Monday to Sunday), month or year ``offset`` units from ``today``'s.

    >>> relative_period("year", -1, dt.date(2026, 12, 6))
    Period(start='2025-01-01', end='2025-12-31')
    >>> relative_period("month", -1, dt.date(2026, 1, 15))
    Period(start='2025-12-01', end='2025-12-31')
    >>> relative_period("week", 0, dt.date(2026, 12, 6))
    Period(start='2026-11-30', end='2026-12-06')
    """
    if unit == "year":
        year = today.year + offset
        return Period(f"{year:04d}-01-01", end_of(f"{year:04d}"))
    if unit == "month":
        months = today.year * 12 + today.month - 1 + offset
        month = f"{months // 12:04d}-{months % 12 + 1:02d}"
        return Period(f"{month}-01", end_of(month))
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=offset)
        return Period(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())
    day = (today + dt.timedelta(days=offset)).isoformat()
    return Period(day, day)


ARTICLES = ("the", "le", "la", "l", "les")
GENITIVES = ("of", "de", "d", "du", "des")
LIST_WORDS = ("or", "and", "ou", "et")  # a second month listed after a date
CLAUSE = ("que", "qu")  # a date word opening a clause: "avant qu'il ne gagne"


def _event(tokens: list[str], i: int, lexicon: Lexicon, after_word: bool) -> _Date | None:
    """A named period of the calendar at ``i`` (an article before it allowed), longest first:
    "the first round of the primary", "l'entre-deux-tours de la primaire"; not one owned by
    someone ("porte-parole de *la campagne de* Mélenchon", "*the campaign of* Hamon": that
    actor's campaign, no period), where a year or a month after "de" still dates it."""
    k = i + 1 if i < len(tokens) and tokens[i] in ARTICLES else i
    for size in range(min(10, len(tokens) - k), 0, -1):
        event = lexicon.events.get(tuple(tokens[k:k + size]))
        after = tokens[k + size:k + size + 2]
        if event is not None and len(after) == 2 and (after[0],) in lexicon.words[
                "genitives"] and not after[1].isdigit() and after[1] not in lexicon.months:
            continue
        if event is not None and (after_word or event.bare):
            return _Date(int(event.since[:4]), None, None, i, k + size,
                         fixed=Period(event.since, event.until))
    return None


def _month_before_month(tokens: list[str], i: int, lexicon: Lexicon) -> _Date | None:
    """A month right before another one, with nothing between them but a dash or a slash
    ("January–March 2017", "janvier/février"): the first month of a range, else None."""
    if i + 1 >= len(tokens) or tokens[i] not in lexicon.months \
            or tokens[i + 1] not in lexicon.months:
        return None
    first = _read_date(tokens, i, lexicon, True)
    return first if first is not None and first.end == i + 1 else None


def _day_before_range(tokens: list[str], i: int, lexicon: Lexicon) -> _Date | None:
    """A day alone opening a range whose end names the month ("du 1er au 25 février",
    "entre le 20 et le 30 janvier")."""
    if i + 1 < len(tokens) and tokens[i] in {p[0] for p in lexicon.dates["ordinals"]
                                             if len(p) == 1}:
        i += 1  # "entre *le* 20 et le 30 janvier", "between *the* 24th and the 30th of January"
    day = _number(tokens[i], _DAY) if i < len(tokens) else None
    if not day or not 1 <= day <= 31:
        return None
    end = i + 1
    if end < len(tokens) and (tokens[end],) in lexicon.dates["ordinals"]:
        end += 1
    link = lexicon.phrase_at("and", tokens, end, table="dates")
    if link and _read_date(tokens, end + link, lexicon, True) is not None:
        return _Date(None, None, day, i, end)
    return None


def find_dates(
    tokens: list[str], lexicon: Lexicon, default_year: Callable[[], int | None] | None = None,
) -> list[DateSpan]:
    """Every time expression in the folded ``tokens``, each with the window it sets.

    ``default_year`` is called only when a month has no year anywhere in the question.

    >>> from alliancegraph.queries.lexicon import load_lexicon
    >>> [(d.since, d.until) for d in find_dates("entre fevrier et avril 2017".split(),
    ...                                         load_lexicon())]
    [('2017-02-01', '2017-04-30')]
    """
    found: list[tuple[str, int, int, list[_Date]]] = []
    i = 0
    while i < len(tokens):
        word, size = None, 0
        if any(tuple(tokens[k:i + 1]) in lexicon.words["sources"] for k in range(max(0, i - 2), i)):
            i += 1  # the end of a source: "*d'après* la presse de février" is no "after"
            continue
        named = _event(tokens, i, lexicon, False)
        if named is not None:  # "entre les deux tours de la primaire": the name says it all
            found.append(("in", i, named.end, [named]))
            i = named.end
            continue
        classes = ("week", "between", "since", "after", "before", "until", "in")
        for cls in sorted(classes, key=lambda c: -lexicon.phrase_at(c, tokens, i, "dates")):
            # the longest words first: "*before the end of* January" bounds by its end
            size = lexicon.phrase_at(cls, tokens, i, table="dates")
            if size:
                first = _read_date(tokens, i + size, lexicon, True)
                if cls == "week" and (first is None or first.day is None):
                    continue  # "the week of" a day only
                if first is None and i + size < len(tokens) and tokens[i + size] in CLAUSE:
                    size += 1  # "depuis *que* Hamon a gagné la primaire"
                    first = _read_date(tokens, i + size, lexicon, True)
                modifier = 0 if first is not None or cls == "in" or tuple(
                    tokens[i:i + size]) in lexicon.words["prepositions"] else lexicon.phrase_at(
                    "in", tokens, i + size, table="dates")  # "endorsed *by in* February":
                # a wording's preposition, then the date
                if modifier > 1:  # "avant *le mois de* février"; one word opens the date
                    # itself: "which party is X *from* *on* 29 January" is a date "on" it
                    first = _read_date(tokens, i + size + modifier, lexicon, True)
                if first is None and cls == "between":
                    first = _day_before_range(tokens, i + size, lexicon)
                if first is None:
                    continue
                word = cls
                break
        if word is None:
            # "in January *or February*": a month right after a date and "or" / "and" is one
            listed = bool(found) and found[-1][2] == i - 1 and tokens[i - 1] in LIST_WORDS \
                and not lexicon.match_forms(tokens, i)  # "and *may join* Macron"
            last = i == len(tokens) - 1 and (tokens[i],) in lexicon.dates["bare"]
            bare = _read_date(tokens, i, lexicon, listed or last) or _month_before_month(
                tokens, i, lexicon)  # "opposants de Hamon *février*": a month said last
            if bare is None:
                i += 1
                continue
            word, size, first = "in", 0, bare
        dates = [first]
        end = first.end
        if word in ("between", "since"):
            link = lexicon.phrase_at("and", tokens, end, table="dates")
            second = _read_date(tokens, end + link, lexicon, True) if link else None
            if second is not None:
                if first.month is None and first.day is not None:  # "du 1er au 25 février"
                    first = _Date(second.year, second.month, first.day, first.start, first.end)
                word, dates, end = "between", [first, second], second.end
            elif word == "between":
                word = "in" if first.ranged else "since"  # "from January" alone
        second = _read_date(tokens, end, lexicon, True) if word == "in" and first.month \
            and first.day is None and first.last_month is None and first.days is None \
            and first.year is None and end < len(tokens) and tokens[end] in lexicon.months \
            else None
        if second is not None:  # "January–March 2017", "en janvier-mars": a range
            word, dates, end = "between", [first, second], second.end
        found.append((word, i, end, dates))
        i = end
    if not found:
        return []
    years = [d.year for *_, dates in found for d in dates if d.year]
    year = years[-1] if years else ((default_year and default_year()) or dt.date.today().year)
    spans = []
    for word, start, end, dates in found:
        periods = [d.period(year) for d in dates]
        since, until = _window(word, periods)
        spans.append(DateSpan(start, end, since, until, " ".join(tokens[start:end])))
    return spans


def partly_read(tokens: list[str], spans: list[DateSpan],
                lexicon: Lexicon) -> tuple[int, int] | None:
    """The token span of a date expression only partly understood, else None: a noun that names
    a part of the date left unread right before it ("the closing *stretch* of January 2017"), a
    number ("the *25* last days of January"), or two dates with nothing but "of" / "de" between
    them, each a reading of half of one ("*the last 40 days* of *2016*"). Answered, any of them
    would widen the window the question asks about (to the whole month, or to the union of two
    periods) without saying so.

    >>> from alliancegraph.queries.lexicon import load_lexicon
    >>> words = "who spoke in the closing stretch of january 2017".split()
    >>> partly_read(words, find_dates(words, load_lexicon()), load_lexicon())
    (5, 9)
    """
    for n, span in enumerate(spans):
        k = span.start
        while k > 0 and tokens[k - 1] in GENITIVES:
            k -= 1
        if n and spans[n - 1].end == k and (k < span.start or tokens[k] in GENITIVES):
            return spans[n - 1].start, span.end  # not "2016-2017", "le soir du 29, le 29 mars"
        for size in (2, 1):
            if k >= size and tuple(tokens[k - size:k]) in lexicon.dates["unread"]:
                return k - size, span.end
        if k and ((tokens[k - 1].isdigit() and not _YEAR.match(tokens[k - 1]))
                  or lexicon.numbers.get(tokens[k - 1], 0) > 1):
            return k - 1, span.end  # "the *25* last days of January" ("un", "one": articles)
    return None


def _window(word: str, periods: list[Period]) -> tuple[str | None, str | None]:
    first, last = periods[0], periods[-1]
    if word == "week":  # "la semaine du 23 janvier": Monday to Sunday around that day
        day = dt.date.fromisoformat(first.start)
        monday = day - dt.timedelta(days=day.weekday())
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if word == "between":
        return first.start, last.end
    if word == "since":
        return first.start, None
    if word == "after":
        return _shift(first.end, 1), None
    if word == "before":
        return None, _shift(first.start, -1)
    if word == "until":
        return None, first.end
    return first.start, first.end


def _shift(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
