"""The normalisers of master-data matching: one canonical spelling per value, column at a time.

Each takes a pandas Series (object values; None, NaN and "" are missing) and returns a Series or
DataFrame with the same index, None where there is nothing. They work on distinct values and
with whole-column string operations, for a million records in seconds; each has a one-value
form for tests and for reading what it does.

=====================  ==================================================  =====================
column                 Series / DataFrame                                  one value
=====================  ==================================================  =====================
any text               :func:`fold_text`                                   :func:`fold`
country (ISO alpha-2)  :func:`countries`, :func:`infer_countries`          :func:`country`
city                   :func:`cities` (a CN/JP place in any script: one)   :func:`city`
company name           :func:`company_names` -> core, legal_form, place   :func:`company_name`
name's sound           :func:`name_sounds` (one key in Han, kana, Latin)    :func:`name_sound`
name's role in a group :func:`company_roles` (holding, group)              :func:`company_role`
phone                  :func:`phones_e164`                                 :func:`phone_e164`
e-mail                 :func:`emails`, :func:`email_domains`               :func:`email`
tax id                 :func:`tax_ids` -> tax_id, valid                    :func:`tax_id`
postcode               :func:`postcodes`                                   :func:`postcode`
street address         :func:`addresses` -> text, house_number, tokens     :func:`address`
GTIN (EAN, UPC)        :func:`gtins` -> gtin (GTIN-14), valid              :func:`gtin`
SKU                    :func:`skus`                                        :func:`sku`
=====================  ==================================================  =====================

Vocabularies are data: ``legal_forms.yaml`` (legal-form codes and their spellings), the places
of :mod:`.places`, :data:`FREE_MAIL_DOMAINS`, :data:`STREET_WORDS`, :data:`VAT_PREFIX`.
"""

from synchub.matching.normalise.addresses import STREET_WORDS, address, addresses, numbers
from synchub.matching.normalise.cities import cities, city
from synchub.matching.normalise.countries import countries, country, infer_countries
from synchub.matching.normalise.emails import FREE_MAIL_DOMAINS, email, email_domains, emails
from synchub.matching.normalise.legal_forms import legal_form_codes, load_legal_forms
from synchub.matching.normalise.names import CompanyName, company_name, company_names
from synchub.matching.normalise.phones import phone_e164, phones_e164
from synchub.matching.normalise.places import CN_PLACES, JP_PLACES, Place
from synchub.matching.normalise.postcodes import postcode, postcodes
from synchub.matching.normalise.roles import ROLE_WORDS, company_role, company_roles
from synchub.matching.normalise.sounds import name_sound, name_sounds
from synchub.matching.normalise.products import gtin, gtin_check_digit, gtins, sku, skus
from synchub.matching.normalise.tax_ids import VAT_PREFIX, tax_id, tax_ids
from synchub.matching.normalise.text import fold, fold_text

__all__ = [
    "CN_PLACES",
    "FREE_MAIL_DOMAINS",
    "JP_PLACES",
    "ROLE_WORDS",
    "STREET_WORDS",
    "VAT_PREFIX",
    "CompanyName",
    "Place",
    "address",
    "addresses",
    "numbers",
    "company_name",
    "company_names",
    "company_role",
    "company_roles",
    "cities",
    "city",
    "countries",
    "country",
    "email",
    "email_domains",
    "emails",
    "fold",
    "fold_text",
    "infer_countries",
    "name_sound",
    "name_sounds",
    "gtin",
    "gtin_check_digit",
    "gtins",
    "legal_form_codes",
    "load_legal_forms",
    "phone_e164",
    "phones_e164",
    "postcode",
    "postcodes",
    "sku",
    "skus",
    "tax_id",
    "tax_ids",
]
