# class: O(n)
# why: Boyer-Moore voting: one pass with a candidate and a counter
def majority_element(nums: list[int]) -> int:
    candidate, votes = None, 0
    for x in nums:
        if votes == 0:
            candidate = x
        votes += 1 if x == candidate else -1
    return candidate
