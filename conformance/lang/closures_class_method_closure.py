# Methods that close over function locals, and closures holding self.
def make(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + name
    return Greeter()
print(make('hi ').greet('ann'), make('yo ').greet('bo'))
class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0
    def handler(self):
        def on_click():
            self.clicks += 1
            return '%s clicked %d' % (self.label, self.clicks)
        return on_click
b = Button('ok')
h = b.handler()
h(); print(h(), b.clicks)
