"""Callboard: a job board for customer-service and contact-center work that reads every ad into a profile.

>>> from callboard import analyze
>>> p = analyze("Konsultant infolinii (k/m). Umowa o pracę, pełny etat, 5 000 – 6 500 zł brutto.")
>>> p.conditions.pay.min, p.conditions.pay.max, p.conditions.pay.currency
(5000.0, 6500.0, 'PLN')
"""

from callboard.analyzer import ANALYZER_VERSION, analyze
from callboard.errors import CallboardError, DataError, InputError
from callboard.profile import Profile

__version__ = "0.1.0"

__all__ = ["ANALYZER_VERSION", "CallboardError", "DataError", "InputError", "Profile", "analyze"]
