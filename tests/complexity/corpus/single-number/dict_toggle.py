# class: O(n)
# why: adds a value to a set the first time and removes it the second: n O(1) set operations
def single_number(nums: list[int]) -> int:
    odd = set()
    for x in nums:
        if x in odd:
            odd.remove(x)
        else:
            odd.add(x)
    return odd.pop()
