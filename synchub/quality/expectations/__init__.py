"""SyncHub's own GX expectations, one module each, named as the sentence the expectation says.

Importing this package imports Great Expectations (seconds) and registers every expectation
with it; ``synchub.quality.runner`` does that on first use, never at import time of the engine.
"""

from synchub.quality.expectations.expect_column_pair_values_to_be_dates_in_order import (
    ExpectColumnPairValuesToBeDatesInOrder,
)
from synchub.quality.expectations.expect_column_pair_values_to_be_e164_phone_numbers import (
    ExpectColumnPairValuesToBeE164PhoneNumbers,
)
from synchub.quality.expectations.expect_column_pair_values_to_be_valid_tax_ids_for_country import (
    ExpectColumnPairValuesToBeValidTaxIdsForCountry,
)
from synchub.quality.expectations.expect_column_values_to_be_iso3166_alpha2_country_codes import (
    ExpectColumnValuesToBeIso3166Alpha2CountryCodes,
)
from synchub.quality.expectations.expect_column_values_to_be_iso4217_currency_codes import (
    ExpectColumnValuesToBeIso4217CurrencyCodes,
)
from synchub.quality.expectations.expect_column_values_to_be_non_negative_numbers import (
    ExpectColumnValuesToBeNonNegativeNumbers,
)
from synchub.quality.expectations.expect_column_values_to_be_valid_gtins import ExpectColumnValuesToBeValidGtins
from synchub.quality.expectations.expect_column_values_to_be_valid_uscc import ExpectColumnValuesToBeValidUscc
from synchub.quality.expectations.expect_column_values_to_resolve_to_golden_records import (
    ExpectColumnValuesToResolveToGoldenRecords,
)
from synchub.quality.expectations.expect_table_row_count_to_be_within_range_of_last_run import (
    ExpectTableRowCountToBeWithinRangeOfLastRun,
)

__all__ = [
    "ExpectColumnPairValuesToBeDatesInOrder",
    "ExpectColumnPairValuesToBeE164PhoneNumbers",
    "ExpectColumnPairValuesToBeValidTaxIdsForCountry",
    "ExpectColumnValuesToBeIso3166Alpha2CountryCodes",
    "ExpectColumnValuesToBeIso4217CurrencyCodes",
    "ExpectColumnValuesToBeNonNegativeNumbers",
    "ExpectColumnValuesToBeValidGtins",
    "ExpectColumnValuesToBeValidUscc",
    "ExpectColumnValuesToResolveToGoldenRecords",
    "ExpectTableRowCountToBeWithinRangeOfLastRun",
]
