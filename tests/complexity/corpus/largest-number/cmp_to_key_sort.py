# class: O(n log n)
# why: a comparison sort of the n numbers as strings with a Python comparator (a + b vs b + a on strings of at most 20 digits)
from functools import cmp_to_key


def largest_number(nums: list[int]) -> str:
    words = [str(x) for x in nums]

    def order(a, b):
        if a + b > b + a:
            return -1
        if a + b < b + a:
            return 1
        return 0

    words.sort(key=cmp_to_key(order))
    joined = "".join(words)
    return "0" if joined[0] == "0" else joined
