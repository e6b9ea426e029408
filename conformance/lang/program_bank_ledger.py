# A double-entry ledger: accounts as classes with operator overloading,
# transfers inside transactions (context manager with rollback), audit
# trail via generators, validation errors, closures for fee schedules.

class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    pass


class FrozenAccount(LedgerError):
    pass


class Money:
    __slots__ = ()

    def __init__(self):
        raise TypeError('use Money.of')


def money(cents):
    return Amount(cents)


class Amount:
    def __init__(self, cents):
        if not isinstance(cents, int):
            raise TypeError('cents must be int')
        self.cents = cents

    def __add__(self, o):
        return Amount(self.cents + o.cents)

    def __sub__(self, o):
        return Amount(self.cents - o.cents)

    def __mul__(self, k):
        return Amount(self.cents * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Amount(-self.cents)

    def __lt__(self, o):
        return self.cents < o.cents

    def __le__(self, o):
        return self.cents <= o.cents

    def __eq__(self, o):
        return isinstance(o, Amount) and self.cents == o.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        sign = '-' if self.cents < 0 else ''
        return '%s$%d.%02d' % ((sign,) + divmod(abs(self.cents), 100))


ZERO = Amount(0)


class Account:
    def __init__(self, name, overdraft=ZERO):
        self.name = name
        self.balance = ZERO
        self.overdraft = overdraft
        self.frozen = False

    def can_pay(self, amount):
        return amount <= self.balance + self.overdraft

    def __repr__(self):
        return '%s[%r]' % (self.name, self.balance)


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.entries = []
        self.depth = 0

    def open(self, name, overdraft=ZERO):
        if name in self.accounts:
            raise LedgerError('duplicate account ' + name)
        acct = self.accounts[name] = Account(name, overdraft)
        return acct

    def post(self, debit, credit, amount, memo):
        src, dst = self.accounts[debit], self.accounts[credit]
        for a in (src, dst):
            if a.frozen:
                raise FrozenAccount(a.name)
        if not src.can_pay(amount):
            raise InsufficientFunds('%s cannot pay %r' % (src.name, amount))
        src.balance = src.balance - amount
        dst.balance = dst.balance + amount
        self.entries.append((debit, credit, amount, memo))

    def atomic(self):
        ledger = self

        class Atomic:
            def __enter__(self):
                ledger.depth += 1
                self.mark = len(ledger.entries)
                self.saved = {n: a.balance for n, a in ledger.accounts.items()}
                return ledger

            def __exit__(self, et, ev, tb):
                ledger.depth -= 1
                if et is None:
                    return False
                for n, bal in self.saved.items():
                    ledger.accounts[n].balance = bal
                del ledger.entries[self.mark:]
                print('  rollback (depth %d): %s' % (ledger.depth, ev))
                return issubclass(et, LedgerError) and ledger.depth == 0
        return Atomic()

    def history(self, name):
        running = ZERO
        for debit, credit, amount, memo in self.entries:
            if name == debit:
                running = running - amount
                yield memo, -amount, running
            elif name == credit:
                running = running + amount
                yield memo, amount, running

    def total(self):
        t = ZERO
        for a in self.accounts.values():
            t = t + a.balance
        return t


def fee_schedule(rate_per_mille, minimum):
    def fee(amount):
        f = Amount(amount.cents * rate_per_mille // 1000)
        return minimum if f < minimum else f
    return fee


ledger = Ledger()
bank = ledger.open('bank', overdraft=money(10 ** 9))
alice = ledger.open('alice')
bob = ledger.open('bob', overdraft=money(5000))
fees = ledger.open('fees')
fee = fee_schedule(15, money(50))

ledger.post('bank', 'alice', money(100000), 'opening deposit')
ledger.post('bank', 'bob', money(2500), 'opening deposit')


def transfer(src, dst, amount, memo):
    with ledger.atomic() as lg:
        lg.post(src, dst, amount, memo)
        lg.post(src, 'fees', fee(amount), 'fee: ' + memo)
        print('  ok', memo, amount, 'fee', fee(amount))


transfer('alice', 'bob', money(12345), 'rent')
transfer('bob', 'alice', money(20000), 'big refund')
transfer('bob', 'alice', money(1000), 'small refund')
bob.frozen = True
transfer('alice', 'bob', money(1), 'to frozen')
bob.frozen = False
try:
    ledger.open('alice')
except LedgerError as e:
    print('LedgerError', e)

try:
    with ledger.atomic():
        ledger.post('alice', 'bob', money(100), 'outer')
        with ledger.atomic():
            ledger.post('bob', 'alice', money(10 ** 7), 'inner too big')
except InsufficientFunds as e:
    print('escaped nested:', e)

for name in ('alice', 'bob', 'fees'):
    print(name, ledger.accounts[name].balance)
    for memo, delta, running in ledger.history(name):
        print('   %-18s %10r %10r' % (memo, delta, running))
print('sum of balances', ledger.total(), bool(ledger.total()))
print(sorted(ledger.accounts.values(), key=lambda a: a.balance.cents))
print(2 * money(150), -money(5), money(3) == money(3), len({money(1), money(1), money(2)}))
try:
    Money()
except TypeError as e:
    print('TypeError', e)
try:
    Amount(1.5)
except TypeError as e:
    print('TypeError', e)
