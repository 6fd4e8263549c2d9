# class: O(n log n)
# why: sorts the n numbers with a fixed-size string key (the digits repeated to 30 characters, enough for 10-digit numbers), C-speed comparisons
def largest_number(nums: list[int]) -> str:
    words = sorted(map(str, nums), key=lambda w: (w * (30 // len(w) + 1))[:30], reverse=True)
    result = "".join(words)
    return result.lstrip("0") or "0"
