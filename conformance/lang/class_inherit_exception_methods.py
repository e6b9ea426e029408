# Exception subclasses with methods and class attributes.
class HTTPError(Exception):
    status = 500
    def describe(self):
        return '%d %s' % (self.status, self.args[0] if self.args else '')
class NotFound(HTTPError):
    status = 404
for cls in (HTTPError, NotFound):
    try:
        raise cls('problem')
    except HTTPError as e:
        print(e.describe())
