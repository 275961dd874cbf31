"""sqlite-utils, imported without pandas.

sqlite-utils imports pandas whenever it is installed (``datasets`` brings it along) to
convert DataFrame column types, which this project never hands it; that import took
about 1.6 s of the 2.3 s every `aligner` command and the app spent starting. Hidden
while sqlite-utils loads, pandas stays importable for whoever needs it afterwards.
"""

from __future__ import annotations

import sys

if "pandas" in sys.modules or "sqlite_utils" in sys.modules:
    import sqlite_utils
else:
    sys.modules["pandas"] = None  # type: ignore[assignment] - `import pandas` now raises ImportError
    try:
        import sqlite_utils
    finally:
        del sys.modules["pandas"]

__all__ = ["sqlite_utils"]
