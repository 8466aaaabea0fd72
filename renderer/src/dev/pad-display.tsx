// The developer page: what the simulated window caller's display shows (the number the counter
// called) and how often it beeped, read again on every counter change.
import { useCall, useEvent } from '../api/hooks.ts';

export function PadDisplayView() {
  const shown = useCall('dev.padDisplay', {});
  const { reload } = shown;
  useEvent('counter.changed', () => reload());
  if (shown.state !== 'done' || shown.value === null) return null;
  return (
    <section data-testid="dev-pad-display">
      <h2>Window caller display</h2>
      <p>
        Shows: <strong data-testid="dev-pad-shows">{shown.value.shown.at(-1) ?? '—'}</strong> · beeps: <span data-testid="dev-pad-beeps">{shown.value.beeps}</span> · earlier: {shown.value.shown.slice(0, -1).join(' ')}{' '}
        <button type="button" onClick={reload}>
          Reload
        </button>
      </p>
    </section>
  );
}
