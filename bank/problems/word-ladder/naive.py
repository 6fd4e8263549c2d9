from collections import deque


def ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int:
    # Correct but O(n^2 * L): BFS that finds each word's neighbours by comparing it with the
    # whole list.
    if end_word not in word_list:
        return 0
    dist = {begin_word: 1}
    queue = deque([begin_word])
    while queue:
        w = queue.popleft()
        for v in word_list:
            if v not in dist and sum(a != b for a, b in zip(w, v)) == 1:
                dist[v] = dist[w] + 1
                if v == end_word:
                    return dist[v]
                queue.append(v)
    return 0
