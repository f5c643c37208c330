"""Matching benchmark: SyncHub's ``synchub match`` against Splink 5 on generated company master
data with ground truth.

``generate`` (records and truth; built from ``companies``, ``names`` and ``variants``),
``score`` (pairwise precision, recall, F1), ``splink_run`` (the Splink side, run in its own
virtualenv) and ``run`` (the benchmark: both engines, one table).
"""
