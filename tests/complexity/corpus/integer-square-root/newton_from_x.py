# class: O(log n)
# why: Newton's iteration started at x roughly halves the guess each step until it nears sqrt(x): about log2(n)/2 steps, x being close to n
def int_sqrt(x: int) -> int:
    if x < 2:
        return x
    guess = x
    while True:
        better = (guess + x // guess) // 2
        if better >= guess:
            return guess
        guess = better
