d = {'name': 'ann', 'n': 3, 'f': 2.5}
print('%(name)s has %(n)d items costing %(f).2f' % d, '%(n)05d' % d, '%(name)r' % d, '%%(n)s' % ())
class M:
    def __getitem__(self, k):
        return k.upper()
print('%(abc)s-%(x)s' % M())
try:
    '%(missing)s' % d
except KeyError as e:
    print('KeyError', e)
