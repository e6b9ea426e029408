# A `return` runs the enclosing finally blocks with its value waiting; a `break`,
# `continue` or `return` in one of those finally blocks replaces that pending return.


def continue_in_outer_finally():
    out = []
    for i in range(3):
        try:
            try:
                return out
            finally:
                out.append('inner%d' % i)
        finally:
            continue
    out.append('loop done')
    return out


def break_in_outer_finally():
    out = []
    for i in range(3):
        try:
            try:
                return 'never'
            finally:
                out.append(i)
        finally:
            break
    return out + ['after break']


def return_in_outer_finally():
    try:
        try:
            return 'first'
        finally:
            pass
    finally:
        return 'second'


def nested_loops():
    log = []
    for i in range(2):
        for j in range(2):
            try:
                try:
                    return log
                finally:
                    log.append((i, j))
            finally:
                if j == 0:
                    continue
                break
    return log


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print('exit', exc[0])
        return False


def with_inside():
    for i in range(2):
        try:
            with Ctx():
                return 'from with'
        finally:
            continue
    return 'loop finished'


print(continue_in_outer_finally())
print(break_in_outer_finally())
print(return_in_outer_finally())
print(nested_loops())
print(with_inside())
