def my_pow(x: float, n: int) -> float:
    # Correct but O(|n|): one multiplication per unit of the exponent.
    result = 1.0
    for _ in range(abs(n)):
        result *= x
    return 1 / result if n < 0 else result
