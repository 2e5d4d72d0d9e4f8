"""Qt user interface: windows, pages, dialogs and Qt item models over desktop.models."""
