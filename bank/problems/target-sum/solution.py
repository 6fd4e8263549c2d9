def find_target_sum_ways(nums: list[int], target: int) -> int:
    # If the numbers given a plus sign sum to P and the rest to N, then P + N = total and
    # P - N = target, so P = (total + target) / 2: count the subsets (by position) whose sum
    # is P. A zero can go either way, and the DP below counts it twice, as it should.
    total = sum(nums)
    if abs(target) > total or (total + target) % 2:
        return 0
    want = (total + target) // 2
    ways = [1] + [0] * want          # ways[s]: subsets of the numbers so far summing to s
    for x in nums:
        for s in range(want, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[want]
