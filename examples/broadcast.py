# Array parameters and NumPy's broadcasting in Python; broadcast.c prints the
# same lines through nprand. broadcast.expected is this script's output:
# /usr/bin/python3 examples/broadcast.py > examples/broadcast.expected
import numpy as np

np.random.seed(1)
print('normal', *('%.17g' % x for x in np.random.normal([0, 10, 100], 1)))

rng = np.random.default_rng(42)
u = rng.uniform([[0], [10]], [20, 30, 40])  # (2, 1) with (3,): shape (2, 3)
print('uniform', u.shape, *('%.17g' % x for x in u.ravel()))
