big = 2**64
print(big > 2**63, -big < 5, big == 2**64, big != big + 1)
print(1 < 2.5, 3 >= 3.0, -1 < -0.5, 2**53 + 1 > float(2**53), 2**53 + 1 == float(2**53 + 1))
print(10**400 > 1e308, -10**400 < -1e308, 10**400 < float('inf'))
print(float('nan') == 1, float('nan') < 1, 1 < float('nan'))
print(True == 1, False < 1, True > 0.5)
print(sorted([3, -2**70, 2.5, 2**70, -1, 0, True]))
print(max(2**70, 1e30), min(-2**70, -1e30))
