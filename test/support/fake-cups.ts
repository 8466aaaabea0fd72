// Stand-in `lp` and `lpstat` programs (POSIX sh) in a temporary folder, to put first on PATH: lp
// keeps each job's PDF and argv under jobs/ and answers with a job id; lpstat describes the queue
// as idle and accepting, with the printer-state-reasons written to `alerts` (setAlerts). Jobs are
// done at once, unless held (hold(true)): then `lpstat -o` lists them as not completed until finish().
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface FakeCups {
  readonly dir: string;
  /** PATH with the stand-ins first. */
  readonly path: string;
  /** Jobs lp took: the argv and the PDF bytes, oldest first. */
  jobs(): { args: string[]; pdf: Buffer }[];
  /** printer-state-reasons lpstat reports ("media-empty-error"...); none when empty. */
  setAlerts(reasons: string[]): void;
  /** Held: each new job stays in the queue (listed by `lpstat -o`) until finish(). */
  hold(on: boolean): void;
  /** Every held job is printed (no longer listed). */
  finish(): void;
  remove(): void;
}

export function createFakeCups(queue: string): FakeCups {
  const dir = mkdtempSync(join(tmpdir(), 'hall-fake-cups-'));
  mkdirSync(join(dir, 'jobs'));
  const script = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/bin/sh\ndir=${JSON.stringify(dir)}\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  script(
    'lp',
    `n=$(ls "$dir/jobs" | grep -c '\\.pdf$'); n=$((n + 1))
printf '%s\\n' "$@" > "$dir/jobs/$n.args"
cat > "$dir/jobs/$n.pdf"
[ -f "$dir/held" ] && echo "${queue}-$n kiosk 20480 Tue 24 Nov 2026 10:00:00 AM CST" >> "$dir/pending"
echo "request id is ${queue}-$n (1 file(s))"`,
  );
  script(
    'lpstat',
    `case " $* " in *" -o "*) cat "$dir/pending" 2>/dev/null; exit 0 ;; esac
alerts=$(cat "$dir/alerts" 2>/dev/null); [ -n "$alerts" ] || alerts=none
echo "scheduler is running"
echo "printer ${queue} is idle.  enabled since Tue 24 Nov 2026 10:00:00 AM CST"
printf '\\tAlerts: %s\\n' "$alerts"
echo "${queue} accepting requests since Tue 24 Nov 2026 10:00:00 AM CST"`,
  );
  return {
    dir,
    path: `${dir}${delimiter}${process.env['PATH'] ?? ''}`,
    jobs() {
      const files = readdirSync(join(dir, 'jobs')).filter((f) => f.endsWith('.pdf'));
      return files
        .map((f) => Number(f.slice(0, -4)))
        .sort((a, b) => a - b)
        .map((n) => ({ args: readFileSync(join(dir, 'jobs', `${n}.args`), 'utf8').trim().split('\n'), pdf: readFileSync(join(dir, 'jobs', `${n}.pdf`)) }));
    },
    setAlerts(reasons) {
      writeFileSync(join(dir, 'alerts'), reasons.join(' '));
    },
    hold(on) {
      if (on) writeFileSync(join(dir, 'held'), '');
      else rmSync(join(dir, 'held'), { force: true });
    },
    finish() {
      rmSync(join(dir, 'pending'), { force: true });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
