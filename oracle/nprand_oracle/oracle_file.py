"""Writing oracle files (format: ../FORMAT.md)."""
import hashlib
import json
import os
import tempfile

from . import execute, tokens

FORMAT = 'nprand-oracle/1'


def _dump(obj):
    return json.dumps(obj, separators=(',', ':'), sort_keys=True, allow_nan=False)


SEED_LIST = 'seeds.json'


def render_seed_list(seeds):
    """The family's seed list, shared by its cases: one JSON array."""
    return _dump(seeds) + '\n'


def render(case, seeds, full_count, seed_list_text, replies=None, versions=None):
    """The whole text of one oracle file; entries name seeds by their index
    in the family's seed list (full entries repeat the seed itself).
    replies: the oracle's reply per seed, when computed elsewhere (CPython
    3.12+ in pyodide); versions: the header's interpreter versions then."""
    header = dict(versions or execute.versions(), format=FORMAT, family=case.family, case=case.name,
                  request=case.request, seeds=len(seeds), full=min(full_count, len(seeds)),
                  seed_list=SEED_LIST,
                  seed_list_sha512=hashlib.sha512(seed_list_text.encode('utf-8')).hexdigest()[:32])
    lines = [_dump(header)]
    for i, seed in enumerate(seeds):
        request = dict(case.request, seed=seed)
        reply = replies[i] if replies is not None else execute.run(request)
        entry = {'i': i}
        if i < full_count:
            entry['s'] = seed
            entry['t'] = tokens.reply_tokens(reply)
            if reply.get('error') is not None:
                entry['e'] = reply['error']
            if reply.get('warnings'):
                entry['w'] = reply['warnings']
        else:
            entry['d'] = tokens.reply_digest(reply)
        lines.append(_dump(entry))
    body = '\n'.join(lines) + '\n'
    trailer = {'end': True, 'entries': len(seeds),
               'sha512': hashlib.sha512(body.encode('utf-8')).hexdigest()[:32]}
    return body + _dump(trailer) + '\n'


def write_atomic(path, text):
    """Writes text to path via a temporary file and a rename: never a partial file."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix='.tmp-')
    try:
        with os.fdopen(fd, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
