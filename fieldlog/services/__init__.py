"""Use cases over the database and the file formats: record, summarize, check, back up, demo data."""
