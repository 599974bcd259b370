"""placeholder"""
def eval_command() -> None:
    """Eval."""
