"""Company names split into what identifies the company and what any company may share.

``core`` is the folded name (:mod:`~synchub.matching.normalise.text`) without its legal form
(:mod:`~synchub.matching.normalise.legal_forms`) and, for a Chinese company, without the city or
province it is registered in (:mod:`~synchub.matching.normalise.places`), which clerks write in
front, in brackets or not at all:

    北京星辰科技有限公司, 北京市星辰科技有限公司, 星辰科技（北京）有限公司, 星辰科技有限公司
        -> core 星辰科技, legal_form co_ltd_cn, place 北京 (None for the last)
    Beijing Xingchen Technology Co., Ltd., Xingchen Technology (Beijing) Co., Ltd.
        -> core "xingchen technology", legal_form ltd, place 北京
    株式会社トヨタ, トヨタ株式会社, (株)トヨタ -> core トヨタ, legal_form kk

``place`` is the canonical name in the place's own script (北京 for "Beijing" too), so that a
Chinese record and the English record of the same company agree on it.

When a place prefix is stripped:

- a place in brackets is always taken out (a bracket holds nothing else that is worth keeping);
- a Chinese place in front of a Chinese name, when the name has a Chinese legal form (有限公司 ...)
  or the record's country is CN; never for a Japanese name (大阪, 京都 start many of them);
- a pinyin place in front of a Latin name ("Beijing ..."), when the country is CN, or when the
  country is unknown and the legal form is ``ltd`` ("Co., Ltd.", as Chinese companies write it).

A name written with its addressee keeps the company only: "Acme Ltd c/o Accounts Dept.", "Noreon
GmbH z.Hd. Einkauf", "Acme AG - Rechnungseingang", "Attn: Purchasing", 鑫源贸易有限公司（财务部）
are Acme Ltd, Noreon GmbH, Acme AG and 鑫源贸易有限公司 (:data:`DEPARTMENTS`).

A name is never left without a core: when stripping would leave nothing ("株式会社",
"Beijing Co., Ltd."), the place stays in the core, and a name that is only a legal form keeps
its folded self as the core.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series, distinct_texts, spread
from synchub.matching.normalise.legal_forms import legal_form_table, local_script_forms, strip_legal_forms_many
from synchub.matching.normalise.places import place_tables
from synchub.matching.normalise.text import fold, fold_many, fold_prepared, prepare_many

COLUMNS = ("core", "legal_form", "place")
"""The columns of :func:`company_names`."""

# NFKC has made full-width brackets ASCII; 【】 and 〔〕 have no ASCII form
_BRACKET = re.compile(r"[(\[【〔]([^()\[\]【】〔〕\n]*)[)\]】〕]")
_PARENTHESIS = re.compile(r"\(([^()\n]*)\)")


DEPARTMENTS: tuple[str, ...] = (
    # English
    "accounts payable", "accounts receivable", "accounts", "accounting", "purchasing", "procurement", "finance",
    "billing", "invoices", "invoicing", "receiving", "goods receiving", "shipping", "sales", "hr", "human resources",
    "it", "legal", "head office", "headquarters", "payables", "ap",
    # German
    "einkauf", "buchhaltung", "finanzbuchhaltung", "kreditorenbuchhaltung", "rechnungseingang", "rechnungsprufung",
    "wareneingang", "vertrieb", "verwaltung", "zentrale", "personalabteilung", "geschaftsleitung",
    # French, Spanish, Italian, Dutch
    "comptabilite", "service comptabilite", "achats", "service achats", "facturation", "direction",
    "contabilidad", "compras", "amministrazione", "contabilita", "ufficio acquisti", "inkoop", "boekhouding",
    "administratie", "crediteurenadministratie",
)
"""Departments an addressee line names after a company ("- Accounts Payable", "(Einkauf)"), as
:func:`~synchub.matching.normalise.text.prepare` leaves them (accents off)."""

_DEPARTMENT = "(?:" + "|".join(sorted(map(re.escape, DEPARTMENTS), key=len, reverse=True)) + ")"
_DEPARTMENT_WORD = r"(?:dept\.?|department|abteilung|abt\.?|service|office)"
_DEPT = r"(?:dept\.?|department|abteilung|abt\.?)"
_ADDRESSEE = re.compile(
    # c/o, attention, zu Handen: the rest of the name is whom the letter goes to
    r"[ \t]*[,;/-]?[ \t]*(?<![\w])(?:c/o|c\.o\.|z\.[ \t]?hd\.?|z\.[ \t]?h\.|zhd\.?|zu handen|attn\.?:?|attention:?|"
    r"a l'attention de|a l'att\.?|att\.:|per adres)[ \t].*$"
    # "- Accounts Payable", ", Einkauf", "/ Buchhaltung", "(Purchasing Dept.)", "Accounts Dept." at the end
    rf"|[ \t]*(?:[,;/\u2013-][ \t]*|\()[ \t]*(?:{_DEPARTMENT_WORD}[ \t]+)?{_DEPARTMENT}(?:[ \t]+{_DEPARTMENT_WORD})?[ \t]*\)?[ \t]*$"
    rf"|[ \t]+{_DEPARTMENT}[ \t]+{_DEPT}[ \t]*$"
    # a Chinese or Japanese department in brackets or after a space: （财务部）, 経理部
    r"|[ \t]*[(（][^()（）\n]{1,6}[部课課科][)）][ \t]*$"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff])[ \t]+[\u3400-\u9fff]{1,4}[部课課][ \t]*$",
    re.IGNORECASE | re.MULTILINE)


def _without_addressee(texts: list[str | None]) -> list[str | None]:
    """The texts without an addressee after the company (see the module doc); a text that would
    be left empty stays as it is."""
    out = list(texts)
    at = [i for i, t in enumerate(texts) if t]
    if not at:
        return out
    joined = "\n".join(texts[i].replace("\n", " ") for i in at)
    for i, text in zip(at, _ADDRESSEE.sub("", joined).split("\n")):
        if text.strip():
            out[i] = text
    return out


class CompanyName(NamedTuple):
    """One company name, split (see the module doc)."""

    core: str | None
    legal_form: str | None
    place: str | None


class _Parts(NamedTuple):
    """What the distinct names give, an array per field, before each record's country decides
    on the place prefix."""

    core: np.ndarray
    """The core with any place prefix kept."""
    stripped: np.ndarray
    """The core without the place prefix (None where no place starts the name)."""
    prefix: np.ndarray
    """The canonical name of the place that starts the name."""
    prefix_is_latin: np.ndarray
    bracket_place: np.ndarray
    legal_form: np.ndarray


def _without_brackets(texts: list[str | None]) -> tuple[list, list, list]:
    """The texts without the bracketed places and legal forms in them, and per text the first
    such place and form (the texts have been through :func:`prepare_many`)."""
    places, forms = place_tables().bracketed, legal_form_table().codes
    n = len(texts)
    out, place, form = list(texts), [None] * n, [None] * n
    filled = [t or "" for t in texts]
    # all bracketed groups of all texts at once (few: most names have none)
    joined = "\n".join(filled)
    # a pattern that starts with a literal is scanned for fast: most names know only "("
    pattern = _BRACKET if any(c in joined for c in "[【〔") else _PARENTHESIS
    found = [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(joined)]
    if not found:
        return out, place, form
    line_ends = np.cumsum(np.fromiter(map(len, filled), dtype=np.int64, count=n) + 1)
    lines = np.searchsorted(line_ends, [f[0] for f in found], side="right").tolist()
    contents = fold_many([f[2] for f in found])
    cut: dict[int, list[tuple[int, int]]] = {}
    for (start, end, _), line, content in zip(found, lines, contents):
        if content in places:
            place[line] = place[line] or places[content]
        elif content in forms:
            form[line] = form[line] or forms[content]
        else:
            continue
        offset = int(line_ends[line - 1]) if line else 0
        cut.setdefault(line, []).append((start - offset, end - offset))
    for line, spans in cut.items():
        text, pieces, last = filled[line], [], 0
        for start, end in spans:
            pieces.append(text[last:start] + " ")
            last = end
        out[line] = "".join(pieces) + text[last:]
    return out, place, form


def _place_prefixes(cores: list[str | None]) -> tuple[list, list, list]:
    """Per core the canonical place that starts it, the core after it, and whether the place is
    written in Latin letters; None, None, False where no place starts it or nothing would be left."""
    tables = place_tables()
    n = len(cores)
    places, rests, latin = [None] * n, [None] * n, [False] * n
    # one text, each core opened by "\x02": split() finds the places without a Python step per core
    parts = tables.prefix.split("\x02" + "\x02".join([c or "" for c in cores]))
    step = tables.prefix.groups + 1
    firsts, seconds, words, after = parts[1::step], parts[2::step], parts[3::step], parts[4::step]
    cn, provinces = tables.cn, tables.provinces
    for i in np.flatnonzero(np.array(firsts, dtype=object) != None).tolist():  # noqa: E711
        first, second, rest = firsts[i], seconds[i], after[i]
        if second and cn[first] in provinces and rest:  # 广东省深圳市...
            places[i], rests[i] = cn[second], rest
        elif second or rest:  # a second place after a city is the name going on
            places[i], rests[i] = cn[first], (second or "") + rest
    for i in np.flatnonzero(np.array(words, dtype=object) != None).tolist():  # noqa: E711
        places[i], rests[i], latin[i] = tables.latin[words[i]], after[i], True
    return places, rests, latin


def _parts_of(texts: list[str | None]) -> _Parts:
    """The parts of each distinct name; brackets are looked at before folding turns them
    into spaces."""
    prepared = _without_addressee(prepare_many(texts))
    prepared, bracket_place, bracket_form = _without_brackets(prepared)
    folded = fold_prepared(prepared)
    cores, legal_form = strip_legal_forms_many(folded.tolist())
    legal_form = [f or b for f, b in zip(legal_form, bracket_form)]
    no_prefix = [c if b is None else None for c, b in zip(cores, bracket_place)]
    prefix, stripped, latin = _place_prefixes(no_prefix)
    for i in np.flatnonzero([c is None and t is not None for c, t in zip(cores, texts)]):
        cores[i] = fold(texts[i])  # only brackets or only a form: the name itself, folded
    return _Parts(*(np.array(column, dtype=object) if column else np.empty(0, dtype=object)
                    for column in (cores, stripped, prefix, latin, bracket_place, legal_form)))


def _country_class(countries, n: int) -> np.ndarray:
    """Per row 0 for China, 1 for another country, 2 for unknown (None, NaN, "")."""
    if countries is None:
        return np.full(n, 2, dtype=np.int8)
    values = as_series(countries).to_numpy(dtype=object)
    unknown = pd.isna(values) | (values == "")
    return np.where(values == "CN", 0, np.where(unknown, 2, 1)).astype(np.int8)


def company_names(values: pd.Series, countries: pd.Series | None = None) -> pd.DataFrame:
    """Per name its ``core``, ``legal_form`` (a code of ``legal_forms.yaml``) and ``place``
    (see the module doc); a row without a name has None in all three.

    ``countries`` (ISO 3166-1 alpha-2 per row, upper case, optional) decides whether a Chinese
    place in front of the name is taken out of the core. Same index as ``values``.
    """
    series = as_series(values)
    codes, texts = distinct_texts(series)
    parts = _parts_of(texts)
    n = len(texts)
    # Per distinct name, whether to strip its place prefix for a record in China, elsewhere, or
    # of unknown country (columns 0, 1, 2; a last row for missing names).
    chinese, japanese = local_script_forms("CN"), local_script_forms("JP")
    form = parts.legal_form
    local = np.fromiter((f in chinese for f in form), dtype=bool, count=n)
    can = (parts.prefix != None) & ~np.fromiter((f in japanese for f in form), dtype=bool, count=n)  # noqa: E711
    latin = parts.prefix_is_latin.astype(bool)
    strip = np.zeros((n + 1, 3), dtype=bool)
    strip[:n, 0] = can
    strip[:n, 1] = can & ~latin & local
    strip[:n, 2] = can & ((~latin & local) | (latin & (form == "ltd")))
    take = np.where(codes < 0, 2 * n, codes + n * strip[codes, _country_class(countries, len(codes))])
    has_bracket, has_stripped = parts.bracket_place != None, parts.stripped != None  # noqa: E711
    cores = np.concatenate([parts.core, np.where(has_stripped, parts.stripped, parts.core), [None]])
    places = np.concatenate([parts.bracket_place, np.where(has_bracket, parts.bracket_place, parts.prefix), [None]])
    return pd.DataFrame({"core": cores[take], "legal_form": spread(codes, form), "place": places[take]},
                        index=series.index, columns=list(COLUMNS), dtype=object)


def company_name(value: str | None, country: str | None = None) -> CompanyName:
    """One name split as :func:`company_names` splits a column.

    >>> company_name("星辰科技（北京）有限公司")
    CompanyName(core='星辰科技', legal_form='co_ltd_cn', place='北京')
    """
    row = company_names(pd.Series([value], dtype=object), pd.Series([country], dtype=object)).iloc[0]
    return CompanyName(*(None if v is None else v for v in row))
