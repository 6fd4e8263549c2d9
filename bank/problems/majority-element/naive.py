def majority_element(nums):
    # Correct but O(n^2): count the occurrences of each value by scanning the whole list.
    n = len(nums)
    for x in nums:
        count = 0
        for y in nums:
            if y == x:
                count += 1
        if count > n // 2:
            return x
    return None
