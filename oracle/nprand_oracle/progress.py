"""Progress of a long run (count, rate, time left) on stderr.

The same rules as the C runner's (harness/conformance/progress.c): a status
line redrawn in place on a terminal; when CI is set (to anything but "", "0",
"false") or stderr is not a terminal, a plain line every
NPRAND_PROGRESS_INTERVAL seconds (default 30), so short runs print nothing;
none at all with mode "none"."""
import os
import sys
import time

MODES = ('auto', 'tty', 'lines', 'none')


def _in_ci():
    return os.environ.get('CI', '') not in ('', '0', 'false')


def resolve_mode(name, stream=None):
    stream = stream or sys.stderr
    if name != 'auto':
        return name
    return 'lines' if _in_ci() or not stream.isatty() else 'tty'


def _duration(seconds):
    s = max(0, int(seconds + 0.5))
    if s >= 3600:
        return '%d:%02d:%02d' % (s // 3600, s // 60 % 60, s % 60)
    return '%d:%02d' % (s // 60, s % 60)


def format_line(label, unit, done, total, work_fraction, elapsed):
    """'label: 37/182 cases (20%), 4.1 cases/s, 0:35 left'"""
    percent = int(100.0 * done / total) if total else 100
    left = _duration(elapsed * (1 - work_fraction) / work_fraction) if work_fraction > 0 and elapsed > 0 else '?'
    rate = done / elapsed if elapsed > 0 else 0.0
    return '%s: %d/%d %s (%d%%), %.1f %s/s, %s left' % (label, done, total, unit, percent, rate, unit, left)


class Progress:
    def __init__(self, label, unit, total, total_work=None, mode='auto', stream=None):
        self.stream = stream or sys.stderr
        self.mode = resolve_mode(mode, self.stream)
        self.label, self.unit, self.total = label, unit, total
        self.total_work = total_work if total_work else total
        self.start = self.last_line = time.monotonic()
        self.interval = float(os.environ.get('NPRAND_PROGRESS_INTERVAL', '30'))
        self.drawn = False

    def hide(self):
        """Takes the status line off the terminal before other output."""
        if self.drawn:
            self.stream.write('\r\033[K')
            self.stream.flush()
            self.drawn = False

    def update(self, done, work_done=None):
        now = time.monotonic()
        if self.mode == 'none' or (self.mode == 'lines' and now - self.last_line < self.interval):
            return
        fraction = (work_done if work_done is not None else done) / self.total_work if self.total_work else 1.0
        line = format_line(self.label, self.unit, done, self.total, fraction, now - self.start)
        if self.mode == 'tty':
            self.stream.write('\r\033[K' + line)
            self.drawn = True
        else:
            self.stream.write(line + '\n')
            self.last_line = now
        self.stream.flush()

    def end(self):
        self.hide()
