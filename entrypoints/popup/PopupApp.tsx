import { browser } from 'wxt/browser';
import { AppShell } from '../../components/AppShell';

export function PopupApp() {
  const openPractice = () => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') });
  const openReview = () => void browser.runtime.openOptionsPage();
  return (
    <AppShell title="Amends" subtitle="Before a hard conversation: take stock, then plan the talk.">
      <div className="actions">
        <button type="button" onClick={openPractice}>
          Try it on the practice page
        </button>{' '}
        <button type="button" onClick={openReview}>
          Review repairs
        </button>
      </div>
    </AppShell>
  );
}
