# multivariate_normal in Python; multivariate_normal.c prints the same lines
# through nprand::linalg. multivariate_normal.expected is this script's output
# (NumPy on Debian's reference BLAS/LAPACK):
#   /usr/bin/python3 examples/linalg/multivariate_normal.py > examples/linalg/multivariate_normal.expected
import warnings

import numpy as np

mean, cov = [0, 0], [[1, 0.5], [0.5, 2]]
x = np.random.RandomState(0).multivariate_normal(mean, cov, size=3)
print('legacy', *('%.17g' % v for v in x.ravel()))
rng = np.random.Generator(np.random.PCG64(0))
for method in ('svd', 'eigh', 'cholesky'):
    x = rng.multivariate_normal(mean, cov, size=2, method=method)
    print(method, *('%.17g' % v for v in x.ravel()))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    x = rng.multivariate_normal(mean, [[1, 2], [2, 1]])
print('not psd', *('%.17g' % v for v in x.ravel()))
for w in caught:
    print('warning', '%s: %s' % (w.category.__name__, w.message))
try:
    rng.multivariate_normal(mean, [[1, 2], [2, 1]], method='cholesky')
except np.linalg.LinAlgError as e:
    print('error', '%s: %s' % (type(e).__name__, e))
