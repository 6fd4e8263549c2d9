# class: O(n log n)
# why: sorts both lists (n values in all), then a single greedy two-pointer pass
def max_content_children(greed: list[int], cookies: list[int]) -> int:
    greed = sorted(greed)
    cookies = sorted(cookies)
    child = 0
    for size in cookies:
        if child < len(greed) and size >= greed[child]:
            child += 1
    return child
