for v in [0, -0, 7, -7, 10**18, 2**63, -(2**63), 10**40 + 1, -(10**40) - 1, int('9' * 60)]:
    print(v, repr(v), str(v), len(str(v)), '%d' % v, '{}'.format(v), int(str(v)) == v)
