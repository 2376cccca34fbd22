import type { Locator } from 'playwright-core';

/** The chip's button that opens the card: "3 ways to make it a repair ▸" or "Details ▸". */
export const EXPAND = /ways? to make it a repair|Details/;

/** Opens the card from the chip, and its "more" steps when there are any. */
export async function openCard(nudge: Locator): Promise<void> {
  await nudge.getByRole('button', { name: EXPAND }).click();
  await nudge.getByRole('button', { name: 'Show less' }).waitFor();
  const more = nudge.getByRole('button', { name: /^\d+ more$/ });
  if ((await more.count()) > 0) await more.click();
}
