for f in [0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 1e15, 1e16 + 1, 2.0**63, -2.0**63, 1e300, 123456789.987654321]:
    print(f, int(f), round(f), int(f) == f)
for f in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
