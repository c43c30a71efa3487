#!/usr/bin/env python3
"""Checks oracle/nprand_oracle/tokens.py's NaN rule (run by ctest as
unit.oracle_tokens; no NumPy needed): every NaN, whatever its sign and
payload, is the one token f:7ff8000000000000 (oracle/FORMAT.md), so a
digest does not depend on the sign the oracle machine gave a NaN."""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from nprand_oracle import tokens  # noqa: E402


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def main():
    nans = [float('nan'), -float('nan'), from_bits(0xfff8000000000000), from_bits(0x7ff0000000000001),
            from_bits(0xfffc000000000123)]
    for v in nans:
        assert tokens.token(v) == 'f:7ff8000000000000', (v, tokens.token(v))
    assert tokens.token(float('inf')) == 'f:7ff0000000000000'
    assert tokens.token(-0.0) == 'f:8000000000000000'
    assert tokens.token(1.5) == 'f:3ff8000000000000'
    negative = {'results': [[from_bits(0xfff8000000000000)] * 2]}
    positive = {'results': [[from_bits(0x7ff8000000000000)] * 2]}
    # the digest harness/conformance/test_oracle_nan.c expects
    assert tokens.reply_digest(negative) == tokens.reply_digest(positive) == '8826f10b9d60dd16'
    print('tokens: NaN rule ok')


if __name__ == '__main__':
    main()
