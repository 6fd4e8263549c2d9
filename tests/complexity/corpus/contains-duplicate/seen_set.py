# class: O(n)
# why: one loop with O(1) set membership; gen.py's duplicate (when there is one) is the last element, so the loop reads all n
def contains_duplicate(nums: list[int]) -> bool:
    seen = set()
    for value in nums:
        if value in seen:
            return True
        seen.add(value)
    return False
