# Importing something missing raises ImportError.
try:
    import no_such_module_xyz
except ImportError:
    print('ImportError for a module')
try:
    from sys import no_such_name_xyz
except ImportError:
    print('ImportError for a name')
print(issubclass(ImportError, Exception))
