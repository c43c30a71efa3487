# np.random.default_rng and SeedSequence spawning in Python; default_rng.c
# prints the same lines through nprand. default_rng.expected is this
# script's output: /usr/bin/python3 examples/default_rng.py > examples/default_rng.expected
import numpy as np

rng = np.random.default_rng(42)
print('random', *('%.17g' % x for x in rng.random(3)))
print('integers', *rng.integers(0, 10, size=5))
print('normal', *('%.17g' % x for x in rng.standard_normal(2)))

# One independent stream per parallel worker.
children = np.random.SeedSequence(42).spawn(4)
for i, child in enumerate(children):
    worker = np.random.default_rng(child)
    print('worker', i, *('%.17g' % x for x in worker.random(2)))
