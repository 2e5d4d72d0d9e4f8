"""The main window and what frames every page: theme, sign-in, help, error dialog."""
