# expect: wrong_answer two-sum
# A value that claims to equal anything is compared outside the box, as plain data.
class Anything(list):
    def __eq__(self, other):
        return True
    __hash__ = None
def two_sum(nums, target):
    return Anything([-1, -1])
