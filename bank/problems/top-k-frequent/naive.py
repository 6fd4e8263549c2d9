def top_k_frequent(nums: list[int], k: int) -> list[int]:
    # Correct but O(n * d): counts every distinct value with a fresh scan of the whole list.
    distinct = list(set(nums))
    counted = [(nums.count(v), v) for v in distinct]
    counted.sort(reverse=True)
    return [v for _, v in counted[:k]]
