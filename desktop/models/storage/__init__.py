"""Where the database file lives and why it could not be opened (full disk, read-only, damage)."""
