# Cooperative multitasking with generators: a round-robin scheduler,
# tasks that sleep, wait on channels, spawn children and fail; closures
# for callbacks; exceptions thrown into tasks.

class Cancelled(Exception):
    pass


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Recv:
    def __init__(self, chan):
        self.chan = chan


class Spawn:
    def __init__(self, gen, name):
        self.gen = gen
        self.name = name


class Channel:
    def __init__(self, name):
        self.name = name
        self.items = []
        self.waiting = []

    def send(self, value):
        self.items.append(value)


class Task:
    count = 0

    def __init__(self, gen, name):
        Task.count += 1
        self.tid = Task.count
        self.gen = gen
        self.name = name
        self.send_value = None
        self.throw_value = None
        self.wake_at = 0
        self.result = None
        self.done = False

    def step(self):
        if self.throw_value is not None:
            exc, self.throw_value = self.throw_value, None
            return self.gen.throw(exc)
        v, self.send_value = self.send_value, None
        return self.gen.send(v)

    def __repr__(self):
        return '<Task %d %s>' % (self.tid, self.name)


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.blocked = {}
        self.tick = 0
        self.finished = []
        self.listeners = []

    def on_finish(self, fn):
        self.listeners.append(fn)
        return fn

    def spawn(self, gen, name):
        t = Task(gen, name)
        self.ready.append(t)
        return t

    def cancel(self, task):
        task.throw_value = Cancelled('cancelled at tick %d' % self.tick)
        for chan, waiters in self.blocked.items():
            if task in waiters:
                waiters.remove(task)
                self.ready.append(task)

    def _finish(self, task, result, error=None):
        task.done = True
        task.result = result if error is None else error
        self.finished.append(task)
        for fn in self.listeners:
            fn(task, error)

    def run(self, max_ticks=100):
        while (self.ready or self.sleeping or any(self.blocked.values())) and self.tick < max_ticks:
            self.tick += 1
            for t in [t for t in self.sleeping if t.wake_at <= self.tick]:
                self.sleeping.remove(t)
                self.ready.append(t)
            for chan, waiters in list(self.blocked.items()):
                while chan.items and waiters:
                    t = waiters.pop(0)
                    t.send_value = chan.items.pop(0)
                    self.ready.append(t)
            batch, self.ready = self.ready, []
            for task in batch:
                try:
                    req = task.step()
                except StopIteration as e:
                    self._finish(task, e.value)
                    continue
                except Exception as e:
                    self._finish(task, None, e)
                    continue
                if isinstance(req, Sleep):
                    task.wake_at = self.tick + req.ticks
                    self.sleeping.append(task)
                elif isinstance(req, Recv):
                    self.blocked.setdefault(req.chan, []).append(task)
                elif isinstance(req, Spawn):
                    task.send_value = self.spawn(req.gen, req.name)
                    self.ready.append(task)
                else:
                    self.ready.append(task)
        return self.tick


def producer(chan, n):
    for i in range(n):
        yield Sleep(1)
        chan.send(i * i)
    chan.send(None)
    return 'produced %d' % n


def consumer(chan):
    total = 0
    while True:
        v = yield Recv(chan)
        if v is None:
            return total
        total += v


def worker(name, steps):
    done = 0
    try:
        for _ in range(steps):
            yield
            done += 1
        return '%s finished %d' % (name, done)
    except Cancelled as c:
        return '%s cancelled after %d (%s)' % (name, done, c)


def failing():
    yield Sleep(2)
    raise ValueError('task blew up')


def parent():
    kids = []
    for i in range(3):
        kid = yield Spawn(worker('kid%d' % i, i + 1), 'kid%d' % i)
        kids.append(kid)
    yield Sleep(5)
    return [k.result for k in kids]


sched = Scheduler()
events = []


@sched.on_finish
def record(task, error):
    events.append((sched.tick, task.name, 'error' if error else 'ok'))


chan = Channel('numbers')
sched.spawn(producer(chan, 5), 'producer')
cons = sched.spawn(consumer(chan), 'consumer')
long_one = sched.spawn(worker('long', 50), 'long')
sched.spawn(failing(), 'failing')
par = sched.spawn(parent(), 'parent')


def canceller():
    yield Sleep(4)
    sched.cancel(long_one)
    return 'cancel sent'


sched.spawn(canceller(), 'canceller')
ticks = sched.run()
print('ticks', ticks)
for ev in events:
    print(ev)
for t in sorted(sched.finished, key=lambda t: t.tid):
    r = t.result
    if isinstance(r, Exception):
        r = '%s(%s)' % (type(r).__name__, r)
    print(t.tid, t.name, r)
print(cons.result, par.result)
print(Task.count, len(sched.finished))
