"""``rx.compile``: re.compile, with the characters a match can start with checked first at every position.

Python's re tries a pattern at every position of the text. A pattern such as ``\\b(?:on examination|chest is
clear|crepitations|...)`` under re.I walks its whole alternation at every word boundary: a 5,000-character
sentence took 2-3 ms per pattern, and the SOAP generator and the triage extraction run dozens of them over the
whole text. ``compile`` puts a lookahead on the characters a match can begin with in front, ``(?=[...])``: the
same matches, spans and groups (the lookahead is zero-width and captures nothing), found 3-50 times faster.

The set is read from the pattern's parse (re._parser, as re itself does): literals, class members, and \\d or \\s
kept as written. A pattern that may start with anything else (\\w, ``.``, a negated class, a back-reference), that
can match the empty string, or that is verbose is compiled as it is.

Under re.I, each alternative of an alternation that begins with a letter begins, once compiled, with that letter
as a class of the characters re.I takes for it (``[kK\u212a]``, without re.I): re's matcher skips an alternative
whose first character or class does not fit at a glance, but only a case-sensitive one; a case-insensitive letter
made it enter each alternative in turn (a case-folding call, a saved state) at every position the gate let through.
The same characters match, so the same matches are found; a pattern this cannot rewrite is compiled as re does.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

try:        # private modules (Python 3.11-3.13): a Python without them compiles every pattern as it is
    import _sre  # type: ignore[import-not-found]
    from re import _casefix  # type: ignore[attr-defined]
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    _CATEGORIES = {sre.CATEGORY_DIGIT: "\\d", sre.CATEGORY_SPACE: "\\s"}
    _FIXES = {chr(k): "".join(map(chr, v)) for k, v in _casefix._EXTRA_CASES.items()}
except (ImportError, AttributeError):  # pragma: no cover - not on the Pythons this runs on
    _sre = _casefix = sre_compile = sre = sre_parse = None
    _CATEGORIES, _FIXES = {}, {}
# The characters beyond ASCII whose lower case (as re folds case: one character to one) is an ASCII letter;
# tests/models/test_rx.py checks this against every character the running Python knows.
FOLDS_TO_ASCII = {"i": "\u0130", "k": "\u212a"}

MAX_RANGE = 256  # a class range wider than this is left ungated (the lookahead would be as slow as the pattern)
# \d and \s are kept as written, in the lookahead's class and under the pattern's own flags; \w is not: it would let
# nearly every position through

_First = tuple[frozenset[str], bool]  # (what the first consumed character can be, whether nothing may be consumed)


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's drop-in
    """``re.compile(pattern, flags)``, gated on its first characters when they are a known set, its alternatives
    starting with a letter under re.I made quick to skip."""
    return gated(re.compile(pattern, flags))


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead on its possible first characters; ``pattern`` itself when they are unbounded."""
    chars = first_chars(pattern)
    if chars is None:
        return quick_branches(pattern)
    members = "".join(c if c in _CATEGORIES.values() else re.escape(c) for c in sorted(chars))
    return quick_branches(re.compile(f"(?=[{members}])(?:{pattern.pattern})", pattern.flags))


def quick_branches(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with each alternative's leading letter as a case-sensitive class of what re.I takes
    for it; ``pattern`` itself when it is not case-insensitive, or not a pattern this knows how to rewrite."""
    flags = pattern.flags
    if (_sre is None or not isinstance(pattern.pattern, str) or not flags & re.IGNORECASE
            or flags & (re.ASCII | re.LOCALE | re.VERBOSE)):
        return pattern
    try:
        parsed = sre_parse.parse(pattern.pattern, flags)
        if not _rewrite(parsed, parsed.state):
            return pattern
        code = sre_compile._code(parsed, flags)
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        return _sre.compile(pattern.pattern, flags | parsed.state.flags, code, parsed.state.groups - 1,
                            parsed.state.groupdict, tuple(indexgroup))
    except _Unknown:
        return pattern
    except (AttributeError, TypeError, ValueError, IndexError, re.error):  # an re whose internals differ
        return pattern


class _Unknown(Exception):
    """A parse node the rewrite does not know, or flags changed inside the pattern: compiled as it is."""


def _letter_class(code: int, state) -> tuple:
    """(SUBPATTERN without re.I: the class of the characters re.I matches for the ASCII letter ``code``)."""
    low = chr(code).lower()
    members = {low, low.upper(), *FOLDS_TO_ASCII.get(low, ""), *_FIXES.get(low, "")}
    cls = sre_parse.SubPattern(state, [(sre.IN, [(sre.LITERAL, ord(c)) for c in sorted(members)])])
    return sre.SUBPATTERN, (None, 0, re.IGNORECASE, cls)


def _rewrite(items, state) -> bool:  # noqa: C901 - one branch per kind of parse node
    """Rewrite the alternatives of every alternation in ``items`` (a SubPattern, in place); whether any was."""
    changed = False
    for n, (op, av) in enumerate(items.data):
        if op is sre.BRANCH:
            for alternative in av[1]:
                changed |= _rewrite(alternative, state)
                first = alternative.data[0] if alternative.data else None
                if first and first[0] is sre.LITERAL and chr(first[1]).isascii() and chr(first[1]).isalpha():
                    alternative.data[0] = _letter_class(first[1], state)
                    changed = True
        elif op is sre.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown  # (?i:...), (?-i:...): flags of its own
            changed |= _rewrite(av[3], state)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            changed |= _rewrite(av[2], state)
        elif op is sre.ATOMIC_GROUP:
            changed |= _rewrite(av, state)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            changed |= _rewrite(av[1], state)
        elif op is sre.GROUPREF_EXISTS:
            changed |= _rewrite(av[1], state)
            if av[2] is not None:
                changed |= _rewrite(av[2], state)
        elif op not in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN, sre.AT, sre.CATEGORY, sre.GROUPREF):
            raise _Unknown
    return changed


def any_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches a text wherever one of ``patterns`` does (their alternation: at each position every
    branch is tried in full), gated as ``compile`` gates: one pass tells that none of them matches a text, where
    each would have taken its own pass. The patterns must share their flags; the union's groups are not theirs."""
    patterns = list(patterns)
    flags = {p.flags for p in patterns}
    if len(flags) != 1:
        raise ValueError("any_of: the patterns' flags differ")
    return compile("|".join(f"(?:{p.pattern})" for p in patterns), flags.pop())


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with (``\\d``, ``\\s`` for those classes), or None when they
    are not a known set or the pattern can match the empty string."""
    if sre_parse is None or not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    try:
        first = _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except (AttributeError, TypeError, ValueError, re.error):  # a parse tree this does not know: no gate
        return None
    if first is None or first[1] or not first[0]:
        return None
    return first[0]


def _sequence(items: list) -> _First | None:
    chars: set[str] = set()
    for op, av in items:
        first = _item(op, av)
        if first is None:
            return None
        chars |= first[0]
        if not first[1]:
            return frozenset(chars), False
    return frozenset(chars), True


def _item(op, av) -> _First | None:  # noqa: C901 - one branch per kind of parse node
    if op is sre.LITERAL:
        return frozenset(chr(av)), False
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < MAX_RANGE:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                chars.add(_CATEGORIES[value])
            else:  # NEGATE, \w, \W, \D, \S, a wide range
                return None
        return frozenset(chars), False
    if op is sre.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            first = _sequence(list(alternative))
            if first is None:
                return None
            chars |= first[0]
            empty = empty or first[1]
        return frozenset(chars), empty
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _sequence(list(sub))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, sub = av
        first = _sequence(list(sub))
        return None if first is None else (first[0], first[1] or least == 0)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width: the first character is what follows
        return frozenset(), True
    return None  # ANY, NOT_LITERAL, GROUPREF, a category outside a class, ...
