# Handlers and finally blocks in every nesting with return, continue,
# break and bare raise; a saved exception raised again.
def f(n):
    try:
        try:
            if n == 0:
                raise KeyError('k')
            if n == 1:
                raise ValueError('v')
            return 'none'
        except KeyError as e:
            return 'inner ' + type(e).__name__
        finally:
            print('inner finally', n)
    except ValueError as e:
        return 'outer ' + type(e).__name__
    finally:
        print('outer finally', n)
print(f(0), f(1), f(2))
def g():
    for i in range(3):
        try:
            try:
                raise IndexError(i)
            except IndexError:
                if i == 0:
                    continue
                if i == 1:
                    raise
                break
        except IndexError as e:
            print('reraised', e.args)
    return i
print(g())
def h():
    e = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        e = exc
    try:
        raise e
    except ZeroDivisionError:
        return 'raised a saved exception'
print(h())
def k():
    try:
        return 1
    except Exception:
        return 2
    else:
        return 3
    finally:
        print('k finally')
print(k())
def m():
    try:
        pass
    except Exception:
        return 2
    else:
        return 3
print(m())
def nested_handlers():
    try:
        raise TypeError('t')
    except TypeError:
        try:
            raise ValueError('v')
        except ValueError:
            pass
        try:
            raise
        except TypeError as e:
            return 'bare raise restored ' + str(e)
print(nested_handlers())
