"""The database: tables, engine settings, opening and migrating, backups, row <-> record mapping."""
