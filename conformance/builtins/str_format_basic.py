print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{0}{1}{0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2))
print('{{}} {{{}}}'.format(5), '{0[1]}'.format([7, 8]), '{0[k]}'.format({'k': 'v'}), '{x.real}'.format(x=3))
print('{!r} {!s} {!r}'.format('a', 'b', 1), '{0!r:>6}'.format('q'), '{:}'.format(1.5))
class P:
    def __init__(self):
        self.name = 'pp'
        self.items = [10, 20]
print('{0.name} {0.items[1]}'.format(P()), '{p.name}'.format(p=P()))
for f in ['{', '}', '{0}{}', '{}{0}', '{5}', '{a}', '{!x}', '{0[}', '{:d}']:
    try:
        print(f.format('s'))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
