"""Each module here registers one capability's indicators and validation rules (see
``desktop.models.reporting.indicators``); modules are discovered, never listed."""
