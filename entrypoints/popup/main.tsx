import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/app.css';
import { PopupApp } from './PopupApp';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
