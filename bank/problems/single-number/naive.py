def single_number(nums: list[int]) -> int:
    # Correct but O(n^2): count the occurrences of every value by scanning the list again.
    for x in nums:
        if nums.count(x) == 1:
            return x
    raise ValueError("no value appears once")
