"""Helpers the tests import as a package (`from tests.support.behaviour import ...`); no `sys.path` tricks."""
