# class: O(n^2)
# why: insertion sort moves each element past every larger one before it: work equals the inversions, ~n^2/3 for gen.py's random codes and ~n^2/4 for its 2s-then-0s layout
def sort_colors(nums: list[int]) -> list[int]:
    for i in range(1, len(nums)):
        v = nums[i]
        j = i - 1
        while j >= 0 and nums[j] > v:
            nums[j + 1] = nums[j]
            j -= 1
        nums[j + 1] = v
    return nums
