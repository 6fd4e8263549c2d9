# class: O(n)
# why: a + b is two ascending runs; timsort merges them in linear time, so this library sort is O(n) here
def merge_sorted(a: list[int], b: list[int]) -> list[int]:
    return sorted(a + b)
