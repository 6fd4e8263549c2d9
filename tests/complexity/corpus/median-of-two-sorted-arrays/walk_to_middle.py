# class: O(n)
# why: advances two pointers one element at a time until half of the n values are passed
def find_median(nums1: list[int], nums2: list[int]) -> float:
    total = len(nums1) + len(nums2)
    i = j = 0
    prev = cur = 0
    for _ in range(total // 2 + 1):
        prev = cur
        if j >= len(nums2) or (i < len(nums1) and nums1[i] <= nums2[j]):
            cur = nums1[i]
            i += 1
        else:
            cur = nums2[j]
            j += 1
    if total % 2:
        return float(cur)
    return (prev + cur) / 2
