# A configuration-file reader: a character-level state machine built from
# a class per state, a generator of tokens, a recursive section builder,
# validation with custom exceptions and schema closures.

class ConfigError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg

    def __str__(self):
        return 'line %d: %s' % (self.line, self.msg)


class State:
    def feed(self, m, ch):
        raise NotImplementedError


class Start(State):
    def feed(self, m, ch):
        if ch == '[':
            m.buf = ''
            return SECTION
        if ch == '#':
            return COMMENT
        if ch in ' \t':
            return self
        if ch == '\n':
            return self
        m.buf = ch
        return KEY


class Comment(State):
    def feed(self, m, ch):
        return START if ch == '\n' else self


class Section(State):
    def feed(self, m, ch):
        if ch == ']':
            m.emit('section', m.buf.strip())
            return START
        if ch == '\n':
            m.fail('unterminated section header')
        m.buf += ch
        return self


class Key(State):
    def feed(self, m, ch):
        if ch == '=':
            m.key = m.buf.strip()
            if not m.key:
                m.fail('empty key')
            m.buf = ''
            return VALUE
        if ch == '\n':
            m.fail('expected = after %r' % m.buf.strip())
        m.buf += ch
        return self


class Value(State):
    def feed(self, m, ch):
        if ch == '\n':
            m.emit('pair', (m.key, m.buf.strip()))
            return START
        m.buf += ch
        return self


START, COMMENT, SECTION, KEY, VALUE = Start(), Comment(), Section(), Key(), Value()


class Machine:
    def __init__(self):
        self.state = START
        self.buf = ''
        self.key = None
        self.line = 1
        self.out = []

    def emit(self, kind, value):
        self.out.append((kind, value, self.line))

    def fail(self, msg):
        raise ConfigError(self.line, msg)

    def run(self, text):
        for ch in text + '\n':
            self.state = self.state.feed(self, ch)
            if ch == '\n':
                self.line += 1
            while self.out:
                yield self.out.pop(0)
        if self.state is not START:
            self.fail('unexpected end of input')


def convert(raw):
    low = raw.lower()
    if low in ('true', 'yes', 'on'):
        return True
    if low in ('false', 'no', 'off'):
        return False
    try:
        return int(raw, 0)
    except ValueError:
        pass
    if raw.startswith('[') and raw.endswith(']'):
        return [convert(p.strip()) for p in raw[1:-1].split(',') if p.strip()]
    return raw


def build(tokens):
    root = {}
    current = root
    for kind, value, line in tokens:
        if kind == 'section':
            current = root
            for part in value.split('.'):
                if not part:
                    raise ConfigError(line, 'empty section name')
                current = current.setdefault(part, {})
        else:
            k, v = value
            if k in current:
                raise ConfigError(line, 'duplicate key ' + k)
            current[k] = convert(v)
    return root


def schema(**fields):
    def check(cfg, path=''):
        problems = []
        for name, rule in sorted(fields.items()):
            where = path + name
            if name not in cfg:
                problems.append(where + ' missing')
            elif callable(rule) and not isinstance(rule, type):
                problems.extend(rule(cfg[name], where + '.'))
            elif not isinstance(cfg[name], rule):
                problems.append('%s should be %s' % (where, rule.__name__))
        return problems
    return check


def show(d, indent=0):
    for k in sorted(d):
        v = d[k]
        if isinstance(v, dict):
            print('  ' * indent + '[%s]' % k)
            show(v, indent + 1)
        else:
            print('  ' * indent + '%s = %r' % (k, v))


TEXT = """
# service configuration
name = demo
debug = yes
workers = 0x10

[net]
port = 8080
hosts = [alpha, beta, 3]

[net.tls]
enabled = off
# trailing comment
"""

cfg = build(Machine().run(TEXT))
show(cfg)
check = schema(name=str, debug=bool, workers=int,
               net=schema(port=int, hosts=list, tls=schema(enabled=bool, cert=str)))
print(check(cfg))

bad_inputs = [
    'a = 1\n[broken\nb = 2',
    'x = 1\ny\n',
    'k = 1\nk = 2\n',
    '[a..b]\n',
    '= value\n',
    '[open',
]
for text in bad_inputs:
    try:
        build(Machine().run(text))
        print('parsed?!')
    except ConfigError as e:
        print('ConfigError', e)

tokens = Machine().run('a=1\n[s]\nb = two words \n')
print(next(tokens))
print(list(tokens))
print(convert('[1, [2], off]'), convert('0b101'), convert('-7'), convert('text'))
