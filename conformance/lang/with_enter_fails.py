# If __enter__ raises, __exit__ is not called.
class Fails:
    def __enter__(self):
        raise OSError('cannot enter')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with Fails():
        print('body should not run')
except OSError as e:
    print('OSError', e)
class Ok:
    def __enter__(self):
        print('ok enter')
    def __exit__(self, *a):
        print('ok exit')
try:
    with Ok(), Fails():
        pass
except OSError:
    print('outer exit ran first')
