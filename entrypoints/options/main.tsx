import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/app.css';
import '../../components/review.css';
import { OptionsApp } from './OptionsApp';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
