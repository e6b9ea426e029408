# A small language: tokenizer (generator), recursive-descent parser
# (classes), evaluator with closures and environments, custom errors.

class LangError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.msg = msg
        self.pos = pos

    def __str__(self):
        if self.pos is None:
            return self.msg
        return '%s at %d' % (self.msg, self.pos)


class TokenError(LangError):
    pass


class ParseError(LangError):
    pass


class EvalError(LangError):
    pass


KEYWORDS = {'let', 'in', 'fn', 'if', 'then', 'else'}


def tokenize(text):
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            yield ('num', int(text[i:j]), i)
            i = j
            continue
        if c.isalpha() or c == '_':
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_'):
                j += 1
            word = text[i:j]
            yield ('kw' if word in KEYWORDS else 'name', word, i)
            i = j
            continue
        two = text[i:i + 2]
        if two in ('==', '<=', '>=', '!=', '->'):
            yield ('op', two, i)
            i += 2
            continue
        if c in '+-*/%()<>=,':
            yield ('op', c, i)
            i += 1
            continue
        raise TokenError('unexpected character %r' % c, i)
    yield ('eof', None, n)


class Node:
    fields = ()

    def __init__(self, *args):
        for f, a in zip(self.fields, args):
            setattr(self, f, a)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join(repr(getattr(self, f)) for f in self.fields))


class Num(Node):
    fields = ('value',)


class Var(Node):
    fields = ('name',)


class BinOp(Node):
    fields = ('op', 'left', 'right')


class Let(Node):
    fields = ('name', 'value', 'body')


class Fn(Node):
    fields = ('params', 'body')


class Call(Node):
    fields = ('fn', 'args')


class If(Node):
    fields = ('cond', 'then', 'other')


PRECEDENCE = [('==', '!=', '<', '>', '<=', '>='), ('+', '-'), ('*', '/', '%')]


class Parser:
    def __init__(self, text):
        self.toks = list(tokenize(text))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, value=None):
        t = self.next()
        if t[0] != kind or (value is not None and t[1] != value):
            raise ParseError('expected %s' % (value or kind), t[2])
        return t

    def parse(self):
        e = self.expr()
        self.expect('eof')
        return e

    def expr(self):
        t = self.peek()
        if t[0] == 'kw' and t[1] == 'let':
            self.next()
            name = self.expect('name')[1]
            self.expect('op', '=')
            value = self.expr()
            self.expect('kw', 'in')
            return Let(name, value, self.expr())
        if t[0] == 'kw' and t[1] == 'fn':
            self.next()
            params = []
            while self.peek()[0] == 'name':
                params.append(self.next()[1])
            self.expect('op', '->')
            return Fn(params, self.expr())
        if t[0] == 'kw' and t[1] == 'if':
            self.next()
            cond = self.expr()
            self.expect('kw', 'then')
            then = self.expr()
            self.expect('kw', 'else')
            return If(cond, then, self.expr())
        return self.binary(0)

    def binary(self, level):
        if level == len(PRECEDENCE):
            return self.call()
        left = self.binary(level + 1)
        while self.peek()[0] == 'op' and self.peek()[1] in PRECEDENCE[level]:
            op = self.next()[1]
            left = BinOp(op, left, self.binary(level + 1))
        return left

    def call(self):
        e = self.atom()
        while self.peek()[0] == 'op' and self.peek()[1] == '(':
            self.next()
            args = []
            if not (self.peek()[0] == 'op' and self.peek()[1] == ')'):
                args.append(self.expr())
                while self.peek()[1] == ',':
                    self.next()
                    args.append(self.expr())
            self.expect('op', ')')
            e = Call(e, args)
        return e

    def atom(self):
        t = self.next()
        if t[0] == 'num':
            return Num(t[1])
        if t[0] == 'name':
            return Var(t[1])
        if t[0] == 'op' and t[1] == '(':
            e = self.expr()
            self.expect('op', ')')
            return e
        if t[0] == 'op' and t[1] == '-':
            return BinOp('-', Num(0), self.atom())
        raise ParseError('unexpected %s' % (t[1],), t[2])


class Env:
    def __init__(self, names=None, parent=None):
        self.names = names or {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.names:
                return env.names[name]
            env = env.parent
        raise EvalError('unbound name ' + name)


OPS = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a // b,
    '%': lambda a, b: a % b,
    '==': lambda a, b: int(a == b),
    '!=': lambda a, b: int(a != b),
    '<': lambda a, b: int(a < b),
    '>': lambda a, b: int(a > b),
    '<=': lambda a, b: int(a <= b),
    '>=': lambda a, b: int(a >= b),
}


def evaluate(node, env, depth=0):
    if depth > 200:
        raise EvalError('too deep')
    kind = type(node)
    if kind is Num:
        return node.value
    if kind is Var:
        return env.lookup(node.name)
    if kind is BinOp:
        a = evaluate(node.left, env, depth + 1)
        b = evaluate(node.right, env, depth + 1)
        try:
            return OPS[node.op](a, b)
        except ZeroDivisionError:
            raise EvalError('division by zero')
    if kind is Let:
        value = evaluate(node.value, env, depth + 1)
        return evaluate(node.body, Env({node.name: value}, env), depth + 1)
    if kind is Fn:
        def closure(*args):
            if len(args) != len(node.params):
                raise EvalError('arity mismatch')
            return evaluate(node.body, Env(dict(zip(node.params, args)), env), depth + 1)
        return closure
    if kind is Call:
        fn = evaluate(node.fn, env, depth + 1)
        if not callable(fn):
            raise EvalError('not a function')
        return fn(*[evaluate(a, env, depth + 1) for a in node.args])
    if kind is If:
        if evaluate(node.cond, env, depth + 1):
            return evaluate(node.then, env, depth + 1)
        return evaluate(node.other, env, depth + 1)
    raise EvalError('bad node')


def run(src):
    try:
        tree = Parser(src).parse()
        return evaluate(tree, Env({'max': max, 'abs': abs}))
    except LangError as e:
        return '%s: %s' % (type(e).__name__, e)


programs = [
    '1 + 2 * 3',
    '(1 + 2) * 3',
    '-4 + 10 % 3',
    'let x = 5 in x * x',
    'let sq = fn n -> n * n in sq(7) + sq(2)',
    'let add = fn a b -> a + b in add(add(1, 2), 3)',
    'let mk = fn n -> fn m -> n + m in mk(10)(5)',
    'if 3 < 2 then 100 else 200',
    'max(3, abs(-9), 4)',
    'let x = 1 in let x = x + 1 in x * 10',
    '1 / 0',
    'y + 1',
    '1 +',
    '3 $ 4',
    'let f = fn a -> a in f(1, 2)',
    '5(1)',
    'let fact = fn n -> if n <= 1 then 1 else n * fact(n - 1) in fact(5)',
]
for p in programs:
    print('%-45s => %s' % (p, run(p)))

print(Parser('let a = 1 in a + 2 * b').parse())
print([t[:2] for t in tokenize('fn x -> x >= 10')])
