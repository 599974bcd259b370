"""placeholder"""
def undo_command() -> None:
    """Undo."""
