def product_except_self(nums):
    # Correct but O(n^2): multiply every other entry for each position.
    n = len(nums)
    answer = []
    for i in range(n):
        p = 1
        for j in range(n):
            if j != i:
                p *= nums[j]
        answer.append(p)
    return answer
