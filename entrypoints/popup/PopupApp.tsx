import { browser } from 'wxt/browser';
import { AppShell } from '../../components/AppShell';
import { FiveSteps } from '../../components/FiveSteps';
import { amendsSteps } from '../../lib/repairs/five-steps';

export function PopupApp() {
  const openPractice = () => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') });
  const openReview = () => void browser.runtime.openOptionsPage();
  return (
    <AppShell title="Amends" subtitle="Before a hard conversation, walk through the five steps.">
      <FiveSteps steps={amendsSteps} />
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
