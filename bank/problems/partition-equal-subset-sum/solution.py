def can_partition(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False
    target = total // 2
    # Bit s of reach is set when some subset of the numbers seen so far sums to s.
    reach = 1
    mask = (1 << (target + 1)) - 1        # sums above target can never help
    for x in nums:
        reach = (reach | (reach << x)) & mask
        if reach >> target & 1:
            return True
    return False
