def daily_temperatures(temps: list[int]) -> list[int]:
    # Correct but O(n^2): scan forward from every day.
    n = len(temps)
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temps[j] > temps[i]:
                answer[i] = j - i
                break
    return answer
