"""The match-rules language: how records of one master entity are recognised as the same.

A rules file declares, per master entity:

- ``fields``: which column each feature is read from and how it is normalised (a
  :data:`Normaliser` from :mod:`synchub.matching.normalise`); a normaliser may add derived
  features, named ``<field>.<part>`` (``name.legal_form``, ``address.tokens``);
- ``blocking``: rules whose keys pair up candidate records, so cost grows with the records, not
  with their square;
- ``comparisons``: one per feature, each with levels (exact, similarity at thresholds, distance
  at thresholds); the levels' weights are declared (``m`` and ``u`` probabilities) and, with
  ``weights: estimate``, re-estimated from the data itself (Fellegi-Sunter, EM, no labels);
- ``bands``: merge above one match probability, send to the steward review queue between two.

The models are plain data; :mod:`synchub.matching` compiles them.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

Normaliser = Literal["text", "country", "city", "company_name", "person_name", "phone", "email", "tax_id", "postcode", "address",
                     "gtin", "sku", "number", "date", "none"]
NORMALISERS: frozenset[str] = frozenset(get_args(Normaliser))

DERIVED: dict[str, tuple[str, ...]] = {
    "company_name": ("legal_form", "place", "sound", "role", "numbers"),
    "email": ("domain", "company_domain"),
    "tax_id": ("valid", "check_digits"),
    "gtin": ("valid",),
    "address": ("number", "numbers", "tokens"),
}
"""The derived features (``<field>.<part>``) each normaliser adds beside the field itself."""

ComparisonType = Literal["exact", "jaro_winkler", "ratio", "levenshtein", "token_set", "overlap", "numeric_distance",
                         "date_distance", "levels"]
COMPARISON_TYPES: frozenset[str] = frozenset(get_args(ComparisonType))
SIMILARITIES = frozenset({"jaro_winkler", "ratio", "token_set", "overlap"})
"""Comparison types whose thresholds are similarities (0-1, highest first); the others are distances
(Levenshtein edits, absolute numeric difference, days), lowest first."""

KeyPart = Literal["value", "first_token", "last_token", "sorted_tokens", "prefix", "suffix", "digits_suffix"]
"""How a blocking key takes a feature: whole, its first or last token, its tokens sorted, the
first or last ``length`` characters, or the last ``length`` digits."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldPrep(_Strict):
    """Where a match feature comes from and how it is normalised."""

    column: str | None = Field(None, description="Source column (default: the field's own name)",
                               examples=["name"])
    normalise: Normaliser = Field("text", description="Normaliser: " + ", ".join(sorted(NORMALISERS)))
    country: str | None = Field(None, description="Column with the record's country, a code or a name (phones: the "
                                "default region; tax ids and names: the country's rules); where a field with the "
                                "'country' normaliser reads that column, its values (gaps inferred) are used",
                                examples=["country"])
    max_records: int | None = Field(None, ge=2, description="A value more records share than this is no "
                                    "identifier (a shared inbox, a switchboard, a brand's free-mail address): it "
                                    "counts as missing", examples=[20])
    max_names: int | None = Field(None, ge=1, description="A value that records of more than this many unlike "
                                  "names write is no identifier (the switchboard or reception mailbox of a serviced "
                                  "office, an agent's address for its clients): it counts as missing. Two names are "
                                  "alike when similar (Indel ratio at least 0.75) or of one sound (name.sound)",
                                  examples=[3])
    names_from: str | None = Field(None, description="max_names: the company_name field whose names count "
                                   "(default: the first one)", examples=["name"])
    infer_from: list[str] = Field(default_factory=list, description="normalise: country: fields (phone, tax_id, "
                                  "city, company_name) to read a missing country from, strongest first",
                                  examples=[["phone", "tax_id", "city", "name"]])


class KeyPartSpec(_Strict):
    """One part of a blocking key."""

    feature: str = Field(description="A feature (field or derived '<field>.<part>')", examples=["name"])
    take: KeyPart = Field("value", description="value, first_token, last_token, sorted_tokens, prefix, suffix, "
                          "digits_suffix")
    length: int | None = Field(None, ge=1, le=64, description="prefix, suffix, digits_suffix: how many characters")

    @model_validator(mode="after")
    def _length(self) -> "KeyPartSpec":
        if self.take in ("prefix", "suffix", "digits_suffix") and self.length is None:
            raise ValueError(f"take: {self.take} needs 'length'")
        return self


class BlockingRule(_Strict):
    """Records whose key parts are all equal (and present) become candidate pairs."""

    name: str = Field(description="Name of the rule, shown in the figures", examples=["tax_id"])
    keys: list[KeyPartSpec] = Field(min_length=1, description="Key parts, all of which must be equal")
    max_block_size: int = Field(500, ge=2, description="A larger block (a very common key) is cut into windows "
                                "of this size over the records sorted by the first comparison's feature")


Similarity = Literal["jaro_winkler", "ratio", "token_set"]


class Condition(_Strict):
    """One test on one feature of both records: equal, or similar at least so much."""

    feature: str = Field(description="A feature", examples=["postcode"])
    similar: Similarity | None = Field(None, description="Similarity measure; without it the values must be equal")
    at_least: float | None = Field(None, gt=0, le=1, description="With 'similar': the least similarity")

    @model_validator(mode="after")
    def _pair(self) -> "Condition":
        if (self.similar is None) != (self.at_least is None):
            raise ValueError("'similar' and 'at_least' go together")
        return self


class LevelSpec(_Strict):
    """A level of a ``levels`` comparison: it holds when all its conditions hold."""

    name: str = Field(description="Name of the level", examples=["same_address"])
    all: list[Condition] = Field(min_length=1, description="Conditions, all of which must hold")


class ComparisonSpec(_Strict):
    """How one feature of two records compares, in levels (best first)."""

    name: str = Field(description="Name of the comparison", examples=["name"])
    type: ComparisonType = Field(description=", ".join(sorted(COMPARISON_TYPES)))
    feature: str | None = Field(None, description="The feature compared (all types but 'levels')",
                                examples=["name"])
    levels: list[LevelSpec] = Field(default_factory=list, description="levels: the levels, best first; the "
                                    "first that holds is the pair's. Several features in one comparison count "
                                    "their evidence once: address, postcode and city are not independent")
    thresholds: list[float] = Field(default_factory=list, description="Similarity (0-1, descending) or distance "
                                    "(ascending) thresholds, one level each; exact has none")
    exact_first: bool = Field(True, description="Similarity types: an exact level before the thresholds")
    m: list[float] | None = Field(None, description="Declared m probabilities per level, best first, the last "
                                  "for 'else' (the starting point of estimation)")
    u: list[float] | None = Field(None, description="Declared u probabilities per level, as m")
    term_frequency: bool = Field(False, description="exact levels (and levels of one equal feature): weigh a "
                                 "shared rare value more than a shared common one (u from the value's frequency)")
    across_scripts: Literal["compare", "missing", "only"] = Field(
        "compare", description="A pair whose values are written in different scripts (one in Chinese or Japanese "
        "characters, one in Latin letters: 华捷电气 / Huajie Electric; all types but 'levels'): compare them as "
        "they are, count the comparison as missing (no evidence either way: two scripts do not disagree), or "
        "compare only such pairs (the others: missing; for a feature that bridges scripts, such as name.sound)")
    differs_when_disjoint: str | None = Field(
        None, description="A feature of space-separated tokens (address.numbers): a pair whose two values of it "
        "share no token is at 'else' whatever its similarity (two street numbers are two addresses, however "
        "alike the street and district)", examples=["address.numbers"])
    scripts_of: str | None = Field(None, description="across_scripts: the feature whose scripts count (default: "
                                   "the compared one)", examples=["name"])

    @property
    def level_names(self) -> list[str]:
        """The levels' labels, best first; 'else' last (a missing side is no level: weight 0)."""
        if self.type == "exact":
            return ["exact", "else"]
        if self.type == "levels":
            return [level.name for level in self.levels] + ["else"]
        names = ["exact"] if self.exact_first else []
        op = ">=" if self.type in SIMILARITIES else "<="
        return names + [f"{op}{t:g}" for t in self.thresholds] + ["else"]

    @property
    def features(self) -> list[str]:
        """Every feature the comparison reads."""
        if self.type == "levels":
            return list(dict.fromkeys(c.feature for level in self.levels for c in level.all))
        return [f for f in (self.feature, self.scripts_of, self.differs_when_disjoint) if f]

    @model_validator(mode="after")
    def _levels(self) -> "ComparisonSpec":
        if self.type == "levels":
            if not self.levels or self.thresholds or self.feature:
                raise ValueError("levels takes 'levels' (not 'feature' or 'thresholds')")
            if self.across_scripts != "compare" or self.scripts_of:
                raise ValueError("levels takes no 'across_scripts' (set it on a comparison of one feature)")
            if self.differs_when_disjoint:
                raise ValueError("levels takes no 'differs_when_disjoint' (set it on a comparison of one feature)")
        elif not self.feature:
            raise ValueError(f"{self.type} needs 'feature'")
        elif self.levels:
            raise ValueError(f"{self.type} takes no 'levels'")
        if self.type == "exact" and self.thresholds:
            raise ValueError("exact takes no thresholds")
        if self.type not in ("exact", "levels") and not self.thresholds:
            raise ValueError(f"{self.type} needs 'thresholds'")
        if self.type in SIMILARITIES:
            if sorted(self.thresholds, reverse=True) != self.thresholds or not all(0 < t <= 1 for t in self.thresholds):
                raise ValueError("similarity thresholds are between 0 and 1, highest first")
        elif sorted(self.thresholds) != self.thresholds:
            raise ValueError("distance thresholds go lowest first")
        n = len(self.level_names)
        for key in ("m", "u"):
            given = getattr(self, key)
            if given is not None:
                if len(given) != n:
                    raise ValueError(f"{key} needs {n} probabilities, one per level ({', '.join(self.level_names)})")
                if not all(0 < p < 1 for p in given):
                    raise ValueError(f"{key} probabilities are between 0 and 1 (exclusive)")
        return self


class Evidence(_Strict):
    """A comparison at one of its levels or better (and, optionally, other comparisons too)."""

    comparison: str = Field(description="Name of a comparison", examples=["name"])
    at_least: str = Field(description="One of its levels (e.g. 'exact', '>=0.9'): that level or a better one",
                          examples=[">=0.88"])
    together_with_any: list["Evidence"] = Field(
        default_factory=list, description="And at least one of these as well (e.g. a similar name and the same "
        "city or postcode: one name in two cities is often two companies)")
    unless_disagree: list[str] = Field(
        default_factory=list, description="Comparisons that, at their 'else' level (both sides present, no level "
        "reached: two cities), take this evidence away (one e-mail domain, but two cities: namesakes)",
        examples=[["location"]])


class Bands(_Strict):
    """What a pair's match probability leads to."""

    merge: float = Field(0.95, gt=0, lt=1, description="At or above: the records are merged")
    review: float = Field(0.5, gt=0, lt=1, description="At or above (and below merge): a steward reviews the pair")
    merge_needs_any: list[Evidence] = Field(
        default_factory=list, description="A pair is merged automatically only with at least one of these (e.g. a "
        "similar name, or the same tax id); otherwise it goes to review. Fellegi-Sunter adds evidence as if fields "
        "were independent; two companies in one building share a whole address, which must not outweigh their "
        "different names")

    @model_validator(mode="after")
    def _order(self) -> "Bands":
        if self.review > self.merge:
            raise ValueError(f"review ({self.review}) must not be above merge ({self.merge})")
        return self


class ExactKey(_Strict):
    """Records with the same non-null value of this canonical field are the same entity."""

    field: str = Field(description="Canonical field", examples=["tax_id"])


class MatchSpec(_Strict):
    """How records are recognised as one entity: exact keys and/or probabilistic matching."""

    exact_keys: list[ExactKey] = Field(default_factory=list, description="Fields that identify an entity on "
                                       "their own (after their normaliser, when the field is prepared)")
    record_id: str | None = Field(None, description="synchub match: the CSV column with the record id",
                                  examples=["record_id"])
    source: str | None = Field(None, description="synchub match: a column naming each record's source (linking)")
    fields: dict[str, FieldPrep] = Field(default_factory=dict, description="Feature name -> where from, how "
                                         "normalised")
    blocking: list[BlockingRule] = Field(default_factory=list, description="Candidate pairs: union of the rules")
    comparisons: list[ComparisonSpec] = Field(default_factory=list, description="One per compared feature")
    weights: Literal["declared", "estimate"] = Field("estimate", description="declared: the m/u given; estimate: "
                                                     "u from random pairs and m by EM, starting from the given")
    prior: float = Field(0.05, gt=0, lt=1, description="Share of matches among all pairs of records, the scale of "
                         "u (shares among random pairs): declared weights use it; 'estimate' estimates it")
    min_pairs_to_estimate: int = Field(20000, ge=0, description="Fewer candidate pairs than this: declared weights")
    bands: Bands = Field(default_factory=Bands)
    conflicts: list[str] = Field(default_factory=list, description="Features whose different (present) values keep "
                                 "two records apart in every case, even through a chain of other matches: two "
                                 "different valid tax ids are two companies", examples=[["tax_id"]])
    on_changed_match: Literal["merge", "review"] = Field(
        "merge", description="A record already in a golden record that now matches another one: merge them, or "
        "send the pair to review")

    @property
    def probabilistic(self) -> bool:
        return bool(self.comparisons)

    def features(self) -> list[str]:
        """Every feature the fields produce (derived ones included)."""
        out = []
        for name, prep in self.fields.items():
            out.append(name)
            out.extend(f"{name}.{part}" for part in DERIVED.get(prep.normalise, ()))
        return out

    @model_validator(mode="after")
    def _references(self) -> "MatchSpec":
        known = set(self.features())
        if self.comparisons and not self.blocking:
            raise ValueError("comparisons need at least one blocking rule")
        for i, rule in enumerate(self.blocking):
            for j, part in enumerate(rule.keys):
                if part.feature not in known:
                    raise ValueError(f"blocking.{i}.keys.{j}.feature: unknown feature {part.feature!r}; "
                                     f"features are {', '.join(sorted(known))}")
        for i, comparison in enumerate(self.comparisons):
            for feature in comparison.features:
                if feature not in known:
                    raise ValueError(f"comparisons.{i}: unknown feature {feature!r}; "
                                     f"features are {', '.join(sorted(known))}")
        for i, feature in enumerate(self.conflicts):
            if feature not in known:
                raise ValueError(f"conflicts.{i}: unknown feature {feature!r}; features are {', '.join(sorted(known))}")
        inferable = {"phone", "tax_id", "city", "company_name"}
        company_names = [n for n, p in self.fields.items() if p.normalise == "company_name"]
        for name, prep in self.fields.items():
            if prep.names_from and not prep.max_names:
                raise ValueError(f"fields.{name}.names_from goes with max_names")
            if prep.max_names and (prep.names_from or (company_names or [None])[0]) not in company_names:
                raise ValueError(f"fields.{name}.max_names: names_from must be a field with 'normalise: "
                                 f"company_name' ({', '.join(company_names) or 'there is none'})")
            if prep.infer_from and prep.normalise != "country":
                raise ValueError(f"fields.{name}.infer_from: only a field with 'normalise: country' infers a "
                                 "missing value")
            for j, other in enumerate(prep.infer_from):
                kind = self.fields[other].normalise if other in self.fields else None
                if kind not in inferable:
                    raise ValueError(f"fields.{name}.infer_from.{j}: {other!r} is not a field with one of the "
                                     f"normalisers {', '.join(sorted(inferable))}; fields are "
                                     f"{', '.join(self.fields)}")
        names = [c.name for c in self.comparisons]
        if len(set(names)) != len(names):
            raise ValueError("comparison names must be unique")
        by_name = {c.name: c for c in self.comparisons}
        def check(evidence: Evidence, where: str) -> None:
            if evidence.comparison not in by_name:
                raise ValueError(f"{where}.comparison: unknown comparison {evidence.comparison!r}; "
                                 f"comparisons are {', '.join(names)}")
            levels = by_name[evidence.comparison].level_names[:-1]
            if evidence.at_least not in levels:
                raise ValueError(f"{where}.at_least: {evidence.comparison} has no level "
                                 f"{evidence.at_least!r}; its levels are {', '.join(levels)}")
            for j, also in enumerate(evidence.together_with_any):
                check(also, f"{where}.together_with_any.{j}")
            for j, other in enumerate(evidence.unless_disagree):
                if other not in by_name:
                    raise ValueError(f"{where}.unless_disagree.{j}: unknown comparison {other!r}; "
                                     f"comparisons are {', '.join(names)}")

        for i, evidence in enumerate(self.bands.merge_needs_any):
            check(evidence, f"bands.merge_needs_any.{i}")
        return self
