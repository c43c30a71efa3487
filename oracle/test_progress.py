#!/usr/bin/env python3
"""Checks oracle/nprand_oracle/progress.py (run by ctest as unit.oracle_progress;
needs no NumPy)."""
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from nprand_oracle import progress  # noqa: E402


def main():
    line = progress.format_line('oracle', 'cases', 37, 182, 0.2, 10.0)
    assert line == 'oracle: 37/182 cases (20%), 3.7 cases/s, 0:40 left', line
    assert progress.format_line('x', 'cases', 1, 2, 0.5, 4000.0).endswith(', 1:06:40 left')

    os.environ['NPRAND_PROGRESS_INTERVAL'] = '0'
    out = io.StringIO()
    shown = progress.Progress('oracle', 'cases', 3, 30, 'lines', out)
    for k in (1, 2, 3):
        shown.update(k, 10 * k)
    shown.end()
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and lines[-1].startswith('oracle: 3/3 cases (100%), ') and lines[-1].endswith(' 0:00 left'), lines

    os.environ['NPRAND_PROGRESS_INTERVAL'] = '30'
    os.environ['CI'] = 'true'
    out = io.StringIO()
    shown = progress.Progress('oracle', 'cases', 3, None, 'auto', out)
    shown.update(3)
    shown.end()
    assert shown.mode == 'lines' and out.getvalue() == '', out.getvalue()

    out = io.StringIO()
    shown = progress.Progress('oracle', 'cases', 3, None, 'tty', out)
    shown.update(1)
    shown.hide()
    text = out.getvalue()
    assert text.startswith('\r\033[Koracle: 1/3 cases (33%), ') and text.endswith(' left\r\033[K'), repr(text)
    print('ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
