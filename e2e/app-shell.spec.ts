import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';
import { fetchCallLog } from './support/simulator-api';

test.describe('app shell on demo data', () => {
  test('shows the simulator’s calls with a Demo data badge and no page errors', async ({
    page,
    request,
  }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const expected = await fetchCallLog(request, 'page=1&limit=50&sort=-started_at');
    await page.goto('/');

    await expect(page.getByText('Demo data')).toBeVisible();
    const total = expected.pagination.total.toLocaleString('en-US');
    await expect(page.getByText(`1–50 of ${total}`)).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(51);
    expect(pageErrors).toEqual([]);
  });

  test('has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('the proxy serves reads only, to the allowlist', async ({ request }) => {
    const mode = await request.get('/api/mode');
    expect(await mode.json()).toEqual({ mode: 'demo' });

    const write = await request.post('/api/v1/call-log', { data: {} });
    expect(write.status()).toBe(405);

    const foreign = await request.get('/api/v1/admin/users');
    expect(foreign.status()).toBe(404);

    const html = await (await request.get('/')).text();
    expect(html).toContain('<div id="root">');
  });
});
