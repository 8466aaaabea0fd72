import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToCore } from './api/port.ts';
import { DevApp } from './dev/dev-app.tsx';

const root = createRoot(document.getElementById('root')!);
const problem = connectToCore();
root.render(<StrictMode>{problem === 'noToken' ? <p data-testid="no-token">This page has no terminal token.</p> : <DevApp />}</StrictMode>);
