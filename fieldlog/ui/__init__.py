"""The only Qt package: the main window, item models, editors, dialogs and background tasks."""
