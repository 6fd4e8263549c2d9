def calculate(expression: str) -> int:
    """Evaluate expression (+ - * / with parentheses and unary minus; / truncates toward zero)."""
