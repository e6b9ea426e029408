# The builtin exception hierarchy as MicroPython 1.8.3 has it.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (IndexError, LookupError), (KeyError, LookupError),
    (ArithmeticError, Exception), (LookupError, Exception),
    (Exception, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (GeneratorExit, BaseException),
    (StopIteration, Exception), (NameError, Exception),
    (AttributeError, Exception), (TypeError, Exception),
    (ValueError, Exception), (RuntimeError, Exception),
    (NotImplementedError, RuntimeError), (OSError, Exception),
    (ImportError, Exception), (AssertionError, Exception),
    (MemoryError, Exception), (SyntaxError, Exception),
    (IndentationError, SyntaxError), (EOFError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(issubclass(KeyboardInterrupt, Exception), issubclass(ValueError, LookupError))
