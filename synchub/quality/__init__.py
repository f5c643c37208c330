"""Data quality: the GX expectation suites of ``quality/`` and the code that runs them.

The suites are data, one per canonical entity (``quality/<entity>.json`` in GX's own format, or
``quality/<entity>.yaml`` with the same keys); this package is code, so it lives in the
installed ``synchub`` distribution beside the mapping engine, the way ``mappings/`` (data) sits
beside ``synchub.config`` (code). Great Expectations takes seconds to import: nothing here
imports it at module level; ``synchub.quality.runner`` does, on first use.
"""

from synchub.quality.suites import Suite, load_suite, quality_dir

__all__ = ["Suite", "load_suite", "quality_dir"]
