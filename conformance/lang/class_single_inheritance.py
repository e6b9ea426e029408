# Overriding and extending methods.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'
for a in (Animal('generic'), Dog('rex'), Puppy('bit')):
    print(a.speak())
print(issubclass(Puppy, Animal), isinstance(Puppy('x'), Dog))
print(Puppy.__bases__ == (Dog,), Dog.__name__)
