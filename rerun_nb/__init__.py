"""rerun_nb: the Rerun logging SDK re-thought for notebooks (work in progress)."""

from .errors import BadTypeError, BadValueError, RerunNbError, RerunWarning
