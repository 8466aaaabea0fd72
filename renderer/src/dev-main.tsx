import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToCore } from './api/port.ts';

// `/dev?view=keyboard` is the keyboard lab; each view brings its own styles, so only one is loaded.
const View = lazy(() => (new URLSearchParams(window.location.search).get('view') === 'keyboard' ? import('./dev/keyboard-lab.tsx') : import('./dev/dev-app.tsx').then((m) => ({ default: m.DevApp }))));

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
