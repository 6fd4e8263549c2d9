# class: O(n log n)
# why: merge sort of (value, index) pairs, counting right-side elements that jump ahead during each merge: log n levels of O(n)
def count_smaller(nums: list[int]) -> list[int]:
    counts = [0] * len(nums)

    def sort(items):
        if len(items) <= 1:
            return items
        mid = len(items) // 2
        left, right = sort(items[:mid]), sort(items[mid:])
        merged = []
        j = 0
        for v, i in left:
            while j < len(right) and right[j][0] < v:
                merged.append(right[j])
                j += 1
            counts[i] += j
            merged.append((v, i))
        merged.extend(right[j:])
        return merged

    sort([(v, i) for i, v in enumerate(nums)])
    return counts
