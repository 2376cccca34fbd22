import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../lib/apology';
import { launchExtension, type LoadedExtension } from './harness';

let extension: LoadedExtension;

beforeAll(async () => {
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
});

/** Types into the practice page's chat box and returns the nudge's text once it shows. */
async function nudgeTextFor(message: string): Promise<string> {
  const page = await extension.context.newPage();
  await page.goto(extension.extensionUrl('practice.html'));
  await page.getByLabel('A chat message').click();
  await page.keyboard.type(message);
  const nudge = page.getByRole('complementary', { name: 'Amends' });
  await nudge.waitFor();
  const text = (await nudge.textContent()) ?? '';
  await page.close();
  return text;
}

describe('what the nudge says', () => {
  test.each([
    'Sorry if you were offended by what I said.',
    "I'm sorry you feel that way.",
    'Sorry, but you were the one who started it.',
  ])('quotes the deflection in "%s" and says why it undercuts the repair', async (message) => {
    const [deflection] = analyzeMessage(message).deflections;
    if (!deflection) throw new Error(`the analysis found no deflection in ${message}`);
    const text = await nudgeTextFor(message);
    expect(text).toContain(`“${message.slice(deflection.start, deflection.end)}”`);
    expect(text).toContain(deflection.message);
  });

  test('a serious apology hears about talking in person and gets a phrase for each missing part', async () => {
    const message = 'Sam, I am sorry I snapped at you in front of everyone.';
    const { suggestions } = analyzeMessage(message);
    expect(suggestions.length).toBeGreaterThan(0);
    const text = await nudgeTextFor(message);
    expect(text).toContain('in person');
    for (const suggestion of suggestions) expect(text).toContain(suggestion.text);
  });

  test('a ritual apology gets a lighter touch, with nothing to add', async () => {
    const text = await nudgeTextFor('sorry for the late reply, Tuesday works for me');
    expect(text).toContain('A quick apology');
    expect(text).not.toContain('What a repair still needs');
  });
});
