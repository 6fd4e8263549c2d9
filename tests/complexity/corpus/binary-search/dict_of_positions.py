# class: O(n)
# why: the lookup is O(1) but building the value->index dict touches all n elements first
def binary_search(nums: list[int], target: int) -> int:
    where = {value: i for i, value in enumerate(nums)}
    return where.get(target, -1)
