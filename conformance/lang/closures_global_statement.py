# global declares module-level names inside functions.
count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def create():
    global created
    created = 'yes'
create()
print(created)
def reader():
    return count * 10
print(reader())
def shadow():
    count = 'local'
    return count
print(shadow(), count)
def nested():
    def inner():
        global count
        count = 100
    inner()
nested()
print(count)
