people = [('ann', 31), ('bob', 25), ('cid', 31), ('dee', 22)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted('Banana apple Cherry'.split(), key=str.lower), sorted([3, -1, 2], key=abs, reverse=True))
print(sorted({'b': 2, 'a': 3}.items(), key=lambda kv: kv[1]), sorted(range(10), key=lambda x: x % 3 == 0))
print(sorted([[3, 1], [1, 2, 3], [2]], key=len), sorted(['10', '9', '100'], key=int), sorted([0.5, -2, 1], key=None))
