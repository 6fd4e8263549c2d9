from itertools import permutations


def largest_number(nums: list[int]) -> str:
    # Correct but factorial: try every order of the numbers. All orders give strings of the
    # same length, so comparing them as strings compares them as numbers.
    best = max("".join(order) for order in permutations(str(x) for x in nums))
    return best.lstrip("0") or "0"
