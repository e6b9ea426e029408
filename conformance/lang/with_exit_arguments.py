# __exit__ receives the exception type and value.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('type', et.__name__ if et else None)
        print('value', repr(ev) if ev else None)
        return True
with Inspect():
    raise ValueError('bad value')
with Inspect():
    pass
with Inspect():
    raise KeyError
