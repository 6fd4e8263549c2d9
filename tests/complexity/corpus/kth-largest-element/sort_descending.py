# class: O(n log n)
# why: a full sort of the n values (random in two of gen.py's three styles; its already-sorted style costs timsort only O(n)); indexing afterwards is O(1)
def find_kth_largest(nums: list[int], k: int) -> int:
    return sorted(nums, reverse=True)[k - 1]
