import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';
import { fetchCallLog } from './support/simulator-api';
import type { RawCall } from './support/simulator-api';

function contactName(call: RawCall): string {
  const contact = call.contact as { first_name: string; last_name: string };
  return `${contact.first_name} ${contact.last_name}`;
}

const ANSWERED = 'filters[outcome]=answered&filters[answered_by]=human';

test.describe('the call panel', () => {
  test('opens from a row with the filters kept, and Back closes it', async ({ page, request }) => {
    const [call] = (await fetchCallLog(request, `page=1&limit=50&sort=-started_at&${ANSWERED}`))
      .data;
    if (!call) throw new Error('no answered call');

    await page.goto(`/?${ANSWERED}`);
    await page.getByRole('table').getByRole('row').nth(1).getByRole('rowheader').click();

    const panel = page.getByRole('dialog', { name: contactName(call) });
    await expect(panel).toBeVisible();
    expect(new URL(page.url()).searchParams.get('call')).toBe(call._id);
    expect(new URL(page.url()).searchParams.get('filters[outcome]')).toBe('answered');
    await expect(panel.getByRole('heading', { name: 'Transcript' })).toBeVisible();

    await page.goBack();
    await expect(panel).toBeHidden();
    expect(new URL(page.url()).searchParams.get('filters[outcome]')).toBe('answered');
  });

  test('opens from a link to a call on another page, with a searchable transcript', async ({
    page,
    request,
  }) => {
    const { data } = await fetchCallLog(
      request,
      `page=3&limit=50&sort=-started_at&${ANSWERED}&filters[min_duration]=60`,
    );
    const call = data.find((item) => typeof item.transcription === 'string');
    if (!call) throw new Error('no call with a transcript');

    const detail = page.waitForRequest((req) => req.url().endsWith(`/api/v1/call-log/${call._id}`));
    await page.goto(`/?call=${call._id}`);
    await detail;
    const panel = page.getByRole('dialog', { name: contactName(call) });
    await expect(panel).toBeVisible();
    const transcript = panel.getByRole('region', { name: 'Transcript' });
    await expect(transcript.getByRole('listitem').first()).toContainText(/^(Rep|Prospect): /);

    await transcript.getByLabel('Search transcript').fill('the');
    await expect(transcript.locator('mark').first()).toHaveText(/^the$/i);
    const count = await transcript.locator('mark').count();
    await expect(transcript.getByRole('status')).toHaveText(`${String(count)} matches`);
  });

  test('axe is clean with the panel and the player open', async ({ page, request }) => {
    // axe over a full table, a panel and a dock is slow on a busy two-core machine.
    test.setTimeout(60_000);
    const [call] = (
      await fetchCallLog(
        request,
        `page=1&limit=1&sort=-started_at&${ANSWERED}&filters[has_recording]=true`,
      )
    ).data;
    if (!call) throw new Error('no call with a recording');

    await page.goto(`/?${ANSWERED}&filters[has_recording]=true&limit=10&call=${call._id}`);
    const panel = page.getByRole('dialog', { name: contactName(call) });
    await panel.getByRole('button', { name: 'Play recording' }).click();
    await expect(page.getByRole('region', { name: 'Player' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Pause recording' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
