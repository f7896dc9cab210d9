"""fieldlog: log volunteer ecological-restoration events offline and report SER's totals."""

__version__ = "0.1.0"
APP_NAME = "fieldlog"
