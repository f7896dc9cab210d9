"""The domain: records, units, quality checks and the SER summary. Standard library only."""
