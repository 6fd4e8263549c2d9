from functools import cmp_to_key


def largest_number(nums: list[int]) -> str:
    parts = [str(x) for x in nums]

    def order(a, b):
        # a goes first when a + b is the bigger concatenation.
        if a + b > b + a:
            return -1
        if a + b < b + a:
            return 1
        return 0

    parts.sort(key=cmp_to_key(order))
    joined = "".join(parts)
    return "0" if joined[0] == "0" else joined
