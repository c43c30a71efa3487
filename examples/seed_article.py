# The seed article's examples in Python; examples/seed_article.c prints the
# same lines through nprand. seed_article.expected is this script's output
# (Debian's /usr/bin/python3, NumPy 1.24.2): /usr/bin/python3 examples/seed_article.py > examples/seed_article.expected
import numpy as np

np.random.seed(101)
print('randint', *np.random.randint(1, 10, size=5))

np.random.seed(0)
first = np.random.rand(5)
np.random.seed(0)
second = np.random.rand(5)
print('rand', *('%.17g' % x for x in first))
print('rand again', *('%.17g' % x for x in second))

np.random.seed(4)
print('randint10', *np.random.randint(1, 10, size=10))

np.random.seed(0)
arr = np.arange(10)
np.random.shuffle(arr)
print('shuffle', *arr)

np.random.seed(0)
print('standard_exponential', *('%.17g' % x for x in np.random.standard_exponential(3)))

np.random.seed(0)
print('triangular', *('%.17g' % x for x in np.random.triangular(-3, 0, 8, size=3)))
