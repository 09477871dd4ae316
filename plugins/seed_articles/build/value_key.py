"""A digest of plain values (dataclasses, lists, strings, numbers), to tell whether a result can be reused.

Pickled in the pickler's "fast" mode: without its memo, equal values give equal
bytes whatever objects they share, and it is far quicker than ``repr`` of nested
dataclasses. A value that cannot be pickled gives no key: its result is never reused.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from typing import Any


def value_key(*values: Any) -> str | None:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: the bytes follow the values, not which objects are shared
    try:
        pickler.dump(values)
    except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
        return None
    return hashlib.sha256(buffer.getbuffer()).hexdigest()
