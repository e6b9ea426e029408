# User exception classes with attributes and hierarchies.
class MyError(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
        self.text = text
class NotFound(MyError):
    pass
try:
    raise NotFound(404, 'missing')
except MyError as e:
    print(type(e).__name__, e.code, e.text, e.args)
print(issubclass(NotFound, Exception), issubclass(NotFound, MyError))
class Plain(Exception): pass
try:
    raise Plain('a', 'b')
except Exception as e:
    print(e.args, str(e))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr()))
