"""A regular expression that matches any of many words, written as a trie.

``re`` tries the alternatives of ``a|b|c`` one after the other; with hundreds of legal-form
variants or place names that is hundreds of tries per value. Factored by common prefixes
(``北京(?:市)?|上海(?:市)?`` -> a tree), a match costs about one step per character. An optional
longer continuation is greedy, so the longest word wins, and the engine backtracks to a shorter
one where what follows the longer does not fit.
"""

from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """A regex (no anchors, no groups that capture) matching exactly the given words, longest first.

    >>> re.fullmatch(trie_pattern(["co", "co ltd", "corp"]), "co ltd") is not None
    True
    """
    root: dict = {}
    for word in words:
        if not word:
            raise ValueError("a trie pattern cannot hold the empty word")
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _pattern(root)


def _pattern(node: dict) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here; a longer one is tried first
        return f"(?:{body}|)"
    return body
