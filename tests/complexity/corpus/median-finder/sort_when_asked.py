# class: O(n^2)
# why: find_median re-sorts the list whenever something was added; the list is a sorted run plus a short tail, so each sort is O(size), and about half of gen.py's n calls ask
class MedianFinder:
    def __init__(self):
        self.values = []
        self.dirty = False

    def add_num(self, num: int) -> None:
        self.values.append(num)
        self.dirty = True

    def find_median(self) -> float:
        if self.dirty:
            self.values.sort()
            self.dirty = False
        v = self.values
        mid = len(v) // 2
        if len(v) % 2:
            return float(v[mid])
        return (v[mid - 1] + v[mid]) / 2
