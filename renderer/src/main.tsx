import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/queries';
import { NoticeProvider } from './components/notice';
import './i18n';
import { AppShell } from './shell/app-shell';
import './styles/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <NoticeProvider>
        <AppShell />
      </NoticeProvider>
    </QueryClientProvider>
  </StrictMode>,
);
