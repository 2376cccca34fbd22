// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isComposeBox, siteForHost } from '../../../lib/compose/compose-box-filter';
import { sites } from '../../../lib/compose/sites';

describe('siteForHost', () => {
  test.each([
    ['mail.google.com', 'Gmail'],
    ['app.slack.com', 'Slack'],
    ['web.whatsapp.com', 'WhatsApp'],
    ['teams.microsoft.com', 'Teams'],
    ['127.0.0.1', undefined],
    ['evil-mail.google.com.example', undefined],
  ])('%s → %s', (host, name) => {
    expect(siteForHost(host)?.name).toBe(name);
  });
});

describe('isComposeBox', () => {
  const slack = sites.find((site) => site.name === 'Slack');

  test('on a known site only its compose selectors count', () => {
    const composer = document.createElement('div');
    composer.className = 'ql-editor';
    const search = document.createElement('textarea');
    expect(isComposeBox(composer, slack)).toBe(true);
    expect(isComposeBox(search, slack)).toBe(false);
  });

  test('anywhere else any editable counts', () => {
    expect(isComposeBox(document.createElement('textarea'), undefined)).toBe(true);
  });
});

describe('sites as data', () => {
  test.each(sites.map((site) => [site.name, site] as const))('%s has https match patterns and compose selectors that parse', (_name, site) => {
    expect(site.matches.length).toBeGreaterThan(0);
    for (const pattern of site.matches) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/.*\*$/);
    for (const selector of site.composeSelectors) expect(() => document.querySelector(selector)).not.toThrow();
  });
});
