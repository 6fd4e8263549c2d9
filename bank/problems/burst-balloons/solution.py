def max_coins(nums):
    vals = [1] + list(nums) + [1]
    m = len(vals)
    # best[i][j]: most coins from bursting every balloon strictly between i and j.
    best = [[0] * m for _ in range(m)]
    for gap in range(2, m):
        for i in range(0, m - gap):
            j = i + gap
            row_i = best[i]
            edge = vals[i] * vals[j]
            top = 0
            for k in range(i + 1, j):
                v = row_i[k] + edge * vals[k] + best[k][j]
                if v > top:
                    top = v
            row_i[j] = top
    return best[0][m - 1]
