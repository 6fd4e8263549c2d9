# expect: none
def lcs_table(s):
    n = len(s)
    dp = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if s[i] == s[j] else max(dp[i][j + 1], dp[i + 1][j])
    return dp[n][n]


def symmetric(m):
    for i in range(len(m)):
        for j in range(len(m)):
            if m[i][j] != m[j][i]:
                return False
    return True
