"""管理: accounts, permissions, the audit log, backups and the centre profile."""
