def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    # Correct but O(n^2): simulate the loop from every depot in turn.
    n = len(gas)
    for s in range(n):
        tank = 0
        for k in range(n):
            i = (s + k) % n
            tank += gas[i] - cost[i]
            if tank < 0:
                break
        else:
            return s
    return -1
