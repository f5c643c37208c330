"""Demo systems for SyncHub: native schemas of a CRM, an ERP and an SCM, a seeded generator of
realistic, messy customer data with its ground truth, and a mutator for incremental runs.

    >>> from synchub.demo import seed, mutate
    >>> urls = {"crm": "sqlite:///crm.db", "erp": "sqlite:///erp.db", "scm": "sqlite:///scm.db"}
    >>> truth = seed(urls, customers=1000, seed=42)          # doctest: +SKIP
    >>> truth, stats = mutate(urls, truth, fraction=0.03)     # doctest: +SKIP
"""

from synchub.demo.generator import read_truth, reset, seed, uscc_check_char, write_truth
from synchub.demo.mutate import mutate

__all__ = ["mutate", "read_truth", "reset", "seed", "uscc_check_char", "write_truth"]
