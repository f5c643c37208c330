"""Legal forms of companies: the data of ``legal_forms.yaml`` and the stripping of them off a name.

The YAML file is the vocabulary (canonical code -> variants, see its header); this module checks
it (pydantic, then across entries: one folded variant, one code) and compiles it once into
regular expressions over folded names (:mod:`~synchub.matching.normalise.text`): a Latin
variant ends the name after a space or a CJK character ("acme co ltd", "バイオネクスト物流llc"), a
CJK variant of two or more characters may be glued to the name ("星辰科技有限公司"), and a variant
listed ``at_start`` may also open it ("株式会社トヨタ").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from synchub.errors import ConfigError
from synchub.matching.normalise.text import CJK, fold
from synchub.matching.normalise.tries import trie_pattern

LEGAL_FORMS_FILE = Path(__file__).with_name("legal_forms.yaml")

MAX_STACKED = 2
"""Forms stripped off the end of one name at most (the ``at_end`` pattern holds two); a designator
and the form after it count as one ("Wuhan Baoyuan Group Co., Ltd.": "group co ltd" is one
variant of ``ltd``)."""

_CODE = r"^[a-z][a-z0-9_]*$"
_SCRIPTS = CJK + "\uac00-\ud7a3"
"""Chinese characters, kana and Hangul syllables: scripts whose forms may be glued to the name."""
_IS_CJK = re.compile(f"[{_SCRIPTS}]+")


class LegalForm(BaseModel):
    """One entry of ``legal_forms.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = Field(min_length=1, description="What the form is, for people.")
    countries: list[str] = Field(description="ISO 3166-1 alpha-2 countries whose companies use the form.")
    variants: list[str] = Field(min_length=1, description="Spellings matched at the end of a name.")
    at_start: list[str] = Field(default=[], description="Spellings also matched at the start of a name.")
    designator: bool = Field(default=False, description="Stripped like a form but never reported as one.")


class LegalFormTable(NamedTuple):
    """The compiled look-ups of the forms (keys are folded variants)."""

    at_end: re.Pattern
    """On the *reversed* text of folded names, each line started by "\x02" (see
    :func:`strip_legal_forms_many`): the marker and up to two forms after it, the outer one
    first. Groups: outer word form, outer glued form, inner word form, inner glued form."""
    reversed_codes: dict[str, str]
    """Reversed folded variant -> code."""
    at_start: re.Pattern
    """On folded names, each line started by "\x02": the marker and the form that opens the
    name (and the space after it). Groups: word form, glued form."""
    codes: dict[str, str]
    """Folded variant -> code, every variant: also what a bracketed group may hold ("(株)")."""
    designators: frozenset[str]


def load_legal_forms(path: Path = LEGAL_FORMS_FILE) -> dict[str, LegalForm]:
    """The entries of a legal-forms file by code; a ConfigError lists every problem."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the legal forms: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of code -> legal form, got {type(raw).__name__}")
    problems, forms, owner = [], {}, {}
    for code, entry in raw.items():
        if not isinstance(code, str) or not re.match(_CODE, code):
            problems.append(f"{path}: {code!r}: a code is lower case letters, digits and '_' (like 'co_ltd_cn')")
            continue
        try:
            forms[code] = form = LegalForm.model_validate(entry)
        except ValidationError as exc:
            problems += [f"{path}: {code}.{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
            continue
        for variant in form.variants + form.at_start:
            key = fold(variant)
            if key is None:
                problems.append(f"{path}: {code}: variant {variant!r} folds to nothing")
            elif owner.setdefault(key, code) != code:
                problems.append(f"{path}: {code}: variant {variant!r} (folded {key!r}) is also a variant of "
                                f"{owner[key]}; give it to one code")
    if problems:
        raise ConfigError(problems)
    return forms


def _is_glued(key: str) -> bool:
    return len(key) >= 2 and _IS_CJK.fullmatch(key) is not None


@cache
def legal_form_table() -> LegalFormTable:
    """The look-ups of ``legal_forms.yaml``, built on first use."""
    forms = load_legal_forms()
    codes = {fold(v): code for code, form in forms.items() for v in form.variants + form.at_start}
    ends = {fold(v): code for code, form in forms.items() for v in form.variants}
    designators = frozenset(code for code, form in forms.items() if form.designator)
    # A designator in front of a form ("group co ltd", "集团有限公司") is one more variant of the
    # form: the common stack then takes one look-up, not two.
    for lead in [k for k, code in ends.items() if code in designators]:
        for key, code in list(ends.items()):
            if code not in designators:
                ends.setdefault(lead + key if _is_glued(lead) and _is_glued(key) else f"{lead} {key}", code)
    starts = sorted({fold(v) for form in forms.values() for v in form.at_start})
    glued_starts = [v for v in starts if _is_glued(v)]
    # a single CJK character ("株" of "(株)") is a form only in brackets, never in running text
    word_starts = [v for v in starts if not _IS_CJK.search(v)]
    # Reversed, a form ends where the name goes on: a word form at a space (taken), a CJK
    # character or the start of the name (not taken); a glued CJK form anywhere.
    reversed_ends = sorted(key[::-1] for key in ends)
    words = trie_pattern([k for k in reversed_ends if not _IS_CJK.search(k)])
    glued = trie_pattern([k for k in reversed_ends if _is_glued(k)])
    one = f"(?:({words})(?: |(?=[\\n{_SCRIPTS}]|\\Z))|({glued}))"
    return LegalFormTable(
        at_end=re.compile(f"\x02(?:{one}{one}?)?"),
        reversed_codes={key[::-1]: code for key, code in ends.items()},
        at_start=re.compile(f"\x02(?:({trie_pattern(word_starts)})(?: |(?=[{_SCRIPTS}]))"
                            f"|({trie_pattern(glued_starts)}) ?)?"),
        codes=codes,
        designators=designators,
    )


def legal_form_codes() -> frozenset[str]:
    """The codes that may be reported as a legal form (every code but the designators')."""
    table = legal_form_table()
    return frozenset(table.codes.values()) - table.designators


@cache
def local_script_forms(country: str) -> frozenset[str]:
    """The codes of the forms that ``country`` writes in its own CJK script (CN: 有限公司 ...,
    JP: 株式会社 ...): a name with one of them is a name of that country."""
    return frozenset(code for code, form in load_legal_forms().items()
                     if country in form.countries and any(_is_glued(fold(v) or "") for v in form.variants))


def strip_legal_forms_many(folded: list[str | None]) -> tuple[list[str | None], list[str | None]]:
    """Per folded name, the name without the legal forms (and designators) at its end (up to
    :data:`MAX_STACKED`) and start, and the code of the outermost legal form (None where there
    is none). A name that is only a legal form keeps itself ("株式会社" -> "株式会社", kk)."""
    table = legal_form_table()
    names = [f or "" for f in folded]
    # All names in one text, reversed, each line opened by "\x02" (fold leaves no control
    # character in a name): the end of each name is where the regex finds it at once, and
    # split() hands back the cores and the forms without a Python step per name.
    parts = table.at_end.split(("\x02\n".join(names) + "\x02")[::-1])
    step = table.at_end.groups + 1
    cores = "".join(parts[step::step])[::-1].split("\n")
    get, designators = table.reversed_codes.get, table.designators
    outer = [get(w or g) for w, g in zip(parts[1::step][::-1], parts[2::step][::-1])]
    inner = [get(w or g) for w, g in zip(parts[3::step][::-1], parts[4::step][::-1])]
    found = [o if o not in designators else i if i not in designators else None for o, i in zip(outer, inner)]
    # a glued form after a space ("星辰科技 有限公司") leaves the space; only a form: the name itself
    cores = [c.rstrip(" ") or (n or None) for c, n in zip(cores, folded)]
    parts = table.at_start.split("\x02" + "\x02".join([c or "" for c in cores]))
    step = table.at_start.groups + 1
    for i, word, glued, rest in zip(range(len(cores)), parts[1::step], parts[2::step], parts[step::step]):
        if (word or glued) and rest:  # a form opens the name, and something follows it
            found[i] = found[i] or table.codes[word or glued]
            cores[i] = rest
    return cores, found


def strip_legal_forms(folded: str) -> tuple[str, str | None]:
    """One folded name without its legal forms, and the code of the outermost one; see
    :func:`strip_legal_forms_many`.

    >>> strip_legal_forms("wuhan baoyuan group co ltd"), strip_legal_forms("株式会社トヨタ")
    (('wuhan baoyuan', 'ltd'), ('トヨタ', 'kk'))
    """
    cores, codes = strip_legal_forms_many([folded])
    return cores[0], codes[0]
