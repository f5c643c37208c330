"""Demo systems for SyncHub: native schemas of a CRM, an ERP and an SCM, a seeded generator of
realistic, messy customer data with its ground truth, and a mutator for incremental runs.

Modules, each with one job: ``vocabulary`` (word lists and country tables), ``companies_by_country``
and ``companies`` (the real-world companies), ``random_tax_ids`` (valid ids to give them, checked
by :mod:`synchub.tax_ids`), ``crm_style``, ``erp_style``, ``scm_style`` (how each system writes a
company, using ``spellings``, ``mess`` and ``phones``), ``business_tables`` (products, orders,
...), ``writer`` (the databases), ``generator`` (``seed``) and ``mutate``.

    >>> from synchub.demo import seed, mutate
    >>> urls = {"crm": "sqlite:///crm.db", "erp": "sqlite:///erp.db", "scm": "sqlite:///scm.db"}
    >>> truth = seed(urls, customers=1000, seed=42)          # doctest: +SKIP
    >>> truth, stats = mutate(urls, truth, fraction=0.03)     # doctest: +SKIP
"""

from synchub.demo.generator import read_truth, reset, seed, write_truth
from synchub.demo.mutate import mutate
from synchub.tax_ids import uscc_check_char

__all__ = ["mutate", "read_truth", "reset", "seed", "uscc_check_char", "write_truth"]
