# An order-processing system: classes with properties and class methods,
# exception hierarchy, generators for reports, closures for pricing rules,
# context managers for transactions.

class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku = sku

    def __str__(self):
        return '%s: wanted %d, have %d' % self.args


class UnknownItem(InventoryError, KeyError):
    pass


class Item:
    _next_id = 1

    def __init__(self, sku, name, price_cents, qty=0):
        self.id = Item._next_id
        Item._next_id += 1
        self.sku = sku
        self.name = name
        self._price = price_cents
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, cents):
        if cents < 0:
            raise ValueError('negative price')
        self._price = cents

    @classmethod
    def from_line(cls, line):
        sku, name, price, qty = [p.strip() for p in line.split(',')]
        return cls(sku, name, int(price), int(qty))

    def __repr__(self):
        return 'Item(%s, %r, %d, qty=%d)' % (self.sku, self.name, self._price, self.qty)

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(('add', item.sku, item.qty))

    def __getitem__(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku)

    def __contains__(self, sku):
        return sku in self.items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        for sku in sorted(self.items):
            yield self.items[sku]

    def take(self, sku, n):
        item = self[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(('take', sku, n))
        return item

    def transaction(self):
        return Transaction(self)

    def low_stock(self, limit):
        return (i for i in self if i.qty <= limit)


class Transaction:
    def __init__(self, inv):
        self.inv = inv

    def __enter__(self):
        self.snapshot = {sku: it.qty for sku, it in self.inv.items.items()}
        self.log_len = len(self.inv.log)
        return self.inv

    def __exit__(self, et, ev, tb):
        if et is not None:
            for sku, qty in self.snapshot.items():
                self.inv.items[sku].qty = qty
            del self.inv.log[self.log_len:]
            print('  rolled back:', type(ev).__name__, ev)
            return issubclass(et, InventoryError)
        return False


def make_pricing(*rules):
    def price(item, n):
        total = item.price * n
        for rule in rules:
            total = rule(item, n, total)
        return total
    return price


def bulk_discount(min_qty, percent):
    def rule(item, n, total):
        if n >= min_qty:
            return total - total * percent // 100
        return total
    return rule


def flat_fee(cents):
    return lambda item, n, total: total + cents


class Order:
    def __init__(self, customer):
        self.customer = customer
        self.lines = []

    def add(self, sku, n):
        self.lines.append((sku, n))
        return self

    def fulfil(self, inv, pricing):
        total = 0
        with inv.transaction():
            for sku, n in self.lines:
                item = inv.take(sku, n)
                cost = pricing(item, n)
                total += cost
                print('  %-8s x%-3d %7s' % (item.name, n, cents(cost)))
            print('  total for %s: %s' % (self.customer, cents(total)))
            return total
        return None


def cents(v):
    return '%d.%02d' % divmod(v, 100)


STOCK = """
A1, widget, 250, 40
B2, gadget, 1299, 5
C3, doohickey, 75, 300
D4, gizmo, 4000, 1
"""

inv = Inventory()
for line in STOCK.strip().split('\n'):
    inv.add(Item.from_line(line))
inv.add(Item('A1', 'widget', 250, 10))
print(len(inv), inv['A1'].qty, 'B2' in inv, 'Z9' in inv)
for it in inv:
    print(it)

pricing = make_pricing(bulk_discount(10, 10), flat_fee(99))

orders = [
    Order('ann').add('A1', 12).add('C3', 100),
    Order('bob').add('B2', 3).add('D4', 2),
    Order('cy').add('B2', 2).add('X0', 1),
    Order('dee').add('D4', 1),
]
results = []
for o in orders:
    print('order', o.customer)
    results.append(o.fulfil(inv, pricing))
print(results)
print('low stock:', [i.sku for i in inv.low_stock(5)])
print('log:', inv.log)

try:
    inv['A1'].price = -5
except ValueError as e:
    print('ValueError', e)
try:
    inv['nope']
except KeyError as e:
    print('UnknownItem is a KeyError:', type(e).__name__, e.args)
try:
    inv.take('D4', 1)
except OutOfStock as e:
    print('OutOfStock', e.sku, str(e))
print(Item('A1', 'x', 1) == inv['A1'], len({Item('A1', 'x', 1), inv['A1']}))
print(sorted(set(i.name[0] for i in inv)))
