import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToCore } from './api/port.ts';

// `/dev?view=keyboard` is the keyboard lab, `/dev?view=intake` the counter's intake panel on its own,
// `/dev?view=widgets` the form inputs;
// each view brings its own styles, so only one is loaded.
// Each view its own lazy import, so the build links each chunk's stylesheet to it.
const view = new URLSearchParams(window.location.search).get('view');
const View =
  view === 'keyboard'
    ? lazy(() => import('./dev/keyboard-lab.tsx'))
    : view === 'intake'
      ? lazy(() => import('./dev/intake-harness.tsx'))
      : view === 'widgets'
        ? lazy(() => import('./dev/form-widgets-view.tsx'))
        : lazy(() => import('./dev/dev-app.tsx').then((m) => ({ default: m.DevApp })));

const root = createRoot(document.getElementById('root')!);
const problem = connectToCore();
root.render(
  <StrictMode>
    {problem === 'noToken' ? (
      <p data-testid="no-token">This page has no terminal token.</p>
    ) : (
      <Suspense fallback={<p>…</p>}>
        <View />
      </Suspense>
    )}
  </StrictMode>,
);
