"""``python -m rerun_nb.net serve ...`` — see :mod:`rerun_nb.net.cli`."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
