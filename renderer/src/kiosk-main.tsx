import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToCore, takeToken } from './api/port.ts';
import { App } from './app.tsx';
import { browserHostBeat, startHeartbeat } from './heartbeat.ts';
import { translate } from './i18n/i18n.tsx';
import './ui/styles.css';

const root = createRoot(document.getElementById('root')!);
const problem = connectToCore();
// The kiosk, counter and display screens all start here: one heartbeat for the host's watchdog.
const beat = browserHostBeat(takeToken());
if (beat) {
  startHeartbeat({
    beat,
    every: (fn, ms) => {
      const id = window.setInterval(fn, ms);
      return () => window.clearInterval(id);
    },
  });
}
root.render(
  <StrictMode>
    {problem === 'noToken' ? <div className="center-message" data-testid="no-token">{translate('zh-CN', 'error.noToken')}</div> : <App />}
  </StrictMode>,
);
