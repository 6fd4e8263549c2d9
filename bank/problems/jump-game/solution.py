def can_jump(nums: list[int]) -> bool:
    farthest = 0                       # every index up to here is reachable
    last = len(nums) - 1
    for i, jump in enumerate(nums):
        if i > farthest:
            return False               # a gap that nothing before can jump over
        if i + jump > farthest:
            farthest = i + jump
            if farthest >= last:
                return True
    return True
