"""placeholder"""
def fix_command() -> None:
    """Fix a crate."""
