# CPython's random module, the seed article's way; python_random.c prints
# the same lines through nprand. python_random.expected is this script's
# output: /usr/bin/python3 examples/python_random.py > examples/python_random.expected
import random

random.seed(10)
print('randint', *(random.randint(1, 100) for _ in range(5)))

random.seed('hello')
print('random', '%.17g' % random.random())

random.seed(-2**70 + 3)          # any size and sign
print('choice', random.choice(['rock', 'paper', 'scissors']))
deck = list(range(10))
random.shuffle(deck)
print('shuffle', *deck)
print('gauss', '%.17g' % random.gauss(0, 1))
