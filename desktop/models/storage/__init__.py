"""The gateway's parts that need no open database (``desktop.models.db`` re-exports them): where
the file lives, the checks before it is opened, why it could not be (full disk, read-only,
damage), and backup files read or copied without opening them."""
