import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToCore } from './api/port.ts';
import { App } from './app.tsx';
import { translate } from './i18n/i18n.tsx';
import './ui/styles.css';

const root = createRoot(document.getElementById('root')!);
const problem = connectToCore();
root.render(
  <StrictMode>
    {problem === 'noToken' ? <div className="center-message" data-testid="no-token">{translate('zh-CN', 'error.noToken')}</div> : <App />}
  </StrictMode>,
);
