"""Canonical tokens of a reply, shared with the C runner (harness/engine/values.c).

Each value becomes one line: ``i:<decimal>`` for integers of any size,
``f:<16 hex digits>`` for the IEEE-754 bits of a float (float32 values are
widened exactly; every NaN, whatever its sign and payload, is
``f:7ff8000000000000``, the bits of ``float('nan')``, since the sign of a
NaN made by an invalid operation is the hardware's), ``b:0``/``b:1`` for booleans, ``x:<hex>`` for bytes and
``s:<text>`` for strings. A call's values follow a ``#`` line; an error ends
the text as ``!Class: message``. The digest is the first 16 hex digits of the
SHA-512 of that text.
"""
import hashlib
import math
import struct

NAN_TOKEN = 'f:7ff8000000000000'


def token(v):
    if isinstance(v, bool):
        return 'b:1' if v else 'b:0'
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        if math.isnan(v):
            return NAN_TOKEN
        return 'f:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    if isinstance(v, (bytes, bytearray)):
        return 'x:' + bytes(v).hex()
    if isinstance(v, str):
        return 's:' + v
    raise TypeError('no token for %r' % (v,))


def reply_tokens(reply):
    """The token lines of a reply, calls as lists."""
    return [[token(v) for v in values] for values in reply.get('results', [])]


def reply_text(reply):
    out = []
    for values in reply.get('results', []):
        out.append('#\n')
        out.extend(token(v) + '\n' for v in values)
    for w in reply.get('warnings') or []:
        out.append('?' + w + '\n')
    if reply.get('error') is not None:
        out.append('!' + reply['error'] + '\n')
    return ''.join(out)


def reply_digest(reply):
    return hashlib.sha512(reply_text(reply).encode('utf-8')).hexdigest()[:16]
