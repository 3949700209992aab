import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadEnglish } from './i18n/english';
import './ui/global.css';

performance.mark('anxun:main');
// English users: its texts are fetched while React starts (I18nProvider shows zh-CN until then).
if (localStorage.getItem('anxun.language') === 'en') void loadEnglish();

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
