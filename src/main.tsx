import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startCallsRequests } from '@/app/start-calls-requests';
import { startSessionRequest } from '@/app/start-session-request';
import { App } from './app/app';
import { queryClient } from './app/query-client';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

// Who is signed in, on every page, asked at once: the role shapes what the views show.
startSessionRequest(queryClient);
// The call log's first page is on its way while React mounts.
// Serves "time to first rows": 1419 ms with, 1513 ms without (docs/performance.md, "Mechanisms and what each pays for").
if (window.location.pathname === '/') startCallsRequests(queryClient, window.location.search);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
