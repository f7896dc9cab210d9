"""File formats: reading and writing files and records. Never touches the database."""
