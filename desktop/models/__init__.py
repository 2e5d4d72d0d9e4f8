"""Qt-free domain and storage layer: one module per capability, plus the db gateway."""
