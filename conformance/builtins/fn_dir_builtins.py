print([m in dir('') for m in ('capitalize', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find', 'format', 'zfill')])
print('append' in dir(list), 'keys' in dir(dict), 'add' in dir(set), 'decode' in dir(b''), 'bit_length' in dir(0))
class A:
    def method(self):
        pass
    cls_attr = 1
print([n for n in dir(A()) if not n.startswith('__')], dir() == sorted(dir()))
