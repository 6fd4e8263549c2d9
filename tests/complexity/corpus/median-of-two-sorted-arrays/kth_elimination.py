# class: O(log n)
# why: finds the k-th smallest (k ~ n/2) by discarding about half of the remaining k from one list per step, using indices, never slices
def find_median(nums1: list[int], nums2: list[int]) -> float:
    def kth(k):
        i = j = 0
        while True:
            if i == len(nums1):
                return nums2[j + k - 1]
            if j == len(nums2):
                return nums1[i + k - 1]
            if k == 1:
                return min(nums1[i], nums2[j])
            step = k // 2
            a = min(i + step, len(nums1)) - 1
            b = min(j + step, len(nums2)) - 1
            if nums1[a] <= nums2[b]:
                k -= a - i + 1
                i = a + 1
            else:
                k -= b - j + 1
                j = b + 1

    total = len(nums1) + len(nums2)
    if total % 2:
        return float(kth(total // 2 + 1))
    return (kth(total // 2) + kth(total // 2 + 1)) / 2
