# try/except/else/finally ordering.
def run(x):
    log = []
    try:
        log.append('try')
        if x:
            raise ValueError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(0))
print(run(1))
def early():
    try:
        pass
    except Exception:
        pass
    else:
        return 'from else'
    finally:
        print('finally after else')
print(early())
