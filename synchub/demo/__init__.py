"""Demo systems for SyncHub: native schemas of a CRM, an ERP and an SCM, a seeded generator of
realistic, messy customer and product data with its ground truth, and a mutator for incremental
runs.

Modules, each with one job: ``vocabulary`` (word lists and country tables), ``companies_by_country``
and ``companies`` (the real-world companies), ``random_tax_ids`` (valid ids to give them, checked
by :mod:`synchub.tax_ids`), ``crm_style``, ``erp_style``, ``scm_style`` (how each system writes a
company, using ``spellings``, ``mess`` and ``phones``), ``catalogue`` (the real-world products),
``product_styles`` (how each system writes a product), ``product_tables`` (seeding and mutating
them), ``business_tables`` (stock, orders, ...), ``writer`` (the databases), ``generator``
(``seed``, ``seed_systems``) and ``mutate``.

    >>> from synchub.demo import seed, mutate
    >>> urls = {"crm": "sqlite:///crm.db", "erp": "sqlite:///erp.db", "scm": "sqlite:///scm.db"}
    >>> truth = seed(urls, customers=1000, seed=42)          # doctest: +SKIP
    >>> truth, stats = mutate(urls, truth, fraction=0.03)     # doctest: +SKIP
    >>> both = seed_systems(urls, customers=1000, seed=42)     # doctest: +SKIP
    >>> products, stats = mutate_products(urls, both.products)  # doctest: +SKIP
"""

from synchub.demo.generator import DemoTruth, read_truth, reset, seed, seed_systems, write_truth
from synchub.demo.mutate import mutate
from synchub.demo.product_tables import mutate_products
from synchub.tax_ids import uscc_check_char

__all__ = ["DemoTruth", "mutate", "mutate_products", "read_truth", "reset", "seed", "seed_systems", "uscc_check_char",
           "write_truth"]
