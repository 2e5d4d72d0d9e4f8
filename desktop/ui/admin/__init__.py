"""管理: accounts, the audit log, backups, restore and the settings page."""
