import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { TeamMember } from '../server/auth/roles.ts';
import { expectNoSeriousAxeViolations } from './support/axe';
import { bodyRows, waitForRows } from './support/call-explorer';
import { MANAGER_EMAIL, startTeamAccessStack } from './support/team-access-stack';
import type { TeamAccessStack } from './support/team-access-stack';

// Sign-in and roles in Chromium, through the production server, the proxy and the simulator: a
// real OpenID Connect provider for the sign-in, and header mode for what each role sees.
let stack: TeamAccessStack;
let rep: TeamMember;

test.beforeAll(async () => {
  stack = await startTeamAccessStack();
  const first = stack.team[0];
  if (first === undefined) throw new Error('The simulator has no team');
  rep = first;
});

test.afterAll(async () => {
  await stack.close();
});

/** From wherever the browser was sent, through the provider's sign-in form and consent. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${stack.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test.describe('OpenID Connect sign-in', () => {
  test('a shared link goes through sign-in and back to the same view; sign-out ends the session', async ({
    page,
  }) => {
    const link = `${stack.oidcUrl}/?filters%5Boutcome%5D=answered`;
    await page.goto(link);
    await signInAtProvider(page, MANAGER_EMAIL);

    await expect(page).toHaveURL(link);
    await waitForRows(page);
    await expect(bodyRows(page).first()).toBeVisible();
    // The header says who is signed in and as what.
    const account = page.getByRole('group', { name: 'Signed in' });
    await expect(account).toContainText('Maria Manager');
    await expect(account).toContainText('Manager');

    // Sign out is the header's form POST; afterwards nothing is readable and a page load asks
    // for sign-in again.
    await account.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(`${stack.oidcUrl}/auth/signed-out`);
    await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
    expect((await page.request.get(`${stack.oidcUrl}/api/v1/call-log`)).status()).toBe(401);
    const again = await page.request.get(`${stack.oidcUrl}/`, {
      headers: { accept: 'text/html' },
      maxRedirects: 0,
    });
    expect(again.status()).toBe(302);
    expect(again.headers().location).toBe('/auth/login');
  });

  test('a session that ends while the app is open: one notice, the rows stay, and sign-in leads back to the view', async ({
    page,
    context,
  }) => {
    await page.goto(`${stack.oidcUrl}/`);
    await signInAtProvider(page, MANAGER_EMAIL);
    await waitForRows(page);
    const firstRow = await bodyRows(page).first().innerText();

    await context.clearCookies({ name: 'sf_session' });
    await page.getByRole('radio', { name: 'Answered', exact: true }).check();
    const notice = page.getByRole('alert');
    await expect(notice.first()).toContainText('Your session has ended');
    // Every request of the new view (rows, chart counts) has been answered, and refused.
    await page.waitForLoadState('networkidle');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('Your session has ended');
    expect(await bodyRows(page).first().innerText()).toBe(firstRow);

    await notice.getByRole('link', { name: 'Sign in again' }).click();
    // The provider remembers the browser: straight back, signed in, to the same view.
    await expect(page).toHaveURL(
      (url) =>
        url.origin === stack.oidcUrl &&
        url.pathname === '/' &&
        url.searchParams.get('filters[outcome]') === 'answered',
    );
    await waitForRows(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    for (const text of await page.locator('tbody [data-column-id="outcome"]').allInnerTexts()) {
      expect(text).toMatch(/answered/i);
    }
  });

  test('a tampered session cookie signs the user out', async ({ page, context }) => {
    await page.goto(`${stack.oidcUrl}/team`);
    await signInAtProvider(page, MANAGER_EMAIL);
    await expect(page).toHaveURL(`${stack.oidcUrl}/team`);

    const cookies = await context.cookies(stack.oidcUrl);
    const session = cookies.find((cookie) => cookie.name === 'sf_session');
    if (session === undefined) throw new Error('No session cookie after sign-in');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await context.addCookies([{ ...session, value: `${session.value.slice(0, -6)}AAAAAA` }]);

    const answer = await page.request.get(`${stack.oidcUrl}/api/session`);
    expect(answer.status()).toBe(401);
    const left = await context.cookies(stack.oidcUrl);
    expect(left.some((cookie) => cookie.name === 'sf_session')).toBe(false);
  });
});

test.describe('header mode', () => {
  test('a signed-in stranger gets a page naming them and whom to ask, and no data', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-email': 'stranger@example.org' },
    });
    const page = await context.newPage();
    const response = await page.goto(`${stack.headerUrl}/`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
    await expect(page.getByText('stranger@example.org')).toBeVisible();
    await expect(page.getByText('MANAGER_EMAILS')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign out' })).toHaveAttribute(
      'href',
      '/oauth2/sign_out',
    );
    await context.close();
  });

  test("a manager's link opens for a rep with their own calls only, and says the rep filter was not applied", async ({
    browser,
  }) => {
    const other = stack.team[1];
    if (other === undefined) throw new Error('The simulator has one rep only');
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-email': rep.email },
    });
    const page = await context.newPage();
    const callLogRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/call-log?')) callLogRequests.push(request.url());
    });
    await page.goto(
      `${stack.headerUrl}/?filters%5Boutcome%5D=answered&filters%5Buser_ids%5D%5B%5D=${other.userId}`,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Your calls' })).toBeVisible();
    const account = page.getByRole('group', { name: 'Signed in' });
    await expect(account).toContainText(rep.name ?? rep.email);
    await expect(account).toContainText('Rep');
    await expect(account.getByRole('link', { name: 'Sign out' })).toHaveAttribute(
      'href',
      '/oauth2/sign_out',
    );
    await expect(page.getByRole('status').filter({ hasText: 'Part of this link' })).toContainText(
      'the rep filter was not applied: you see only your own calls',
    );
    // No rep filter to offer: the sidebar has none.
    await expect(page.getByRole('button', { name: /^Reps/ })).toHaveCount(0);

    await waitForRows(page);
    const repCells = page.locator('tbody [data-column-id="rep"]');
    await expect(repCells.first()).toBeVisible();
    for (const text of await repCells.allInnerTexts()) expect(text).toContain(rep.name ?? '');
    const outcomes = page.locator('tbody [data-column-id="outcome"]');
    for (const text of await outcomes.allInnerTexts()) expect(text).toMatch(/answered/i);
    // The last request asked for what is shown: no other rep's id.
    expect(callLogRequests.at(-1)).not.toContain(other.userId);

    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: 'Your numbers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your numbers' })).toBeVisible();
    const leaderboardRows = page.locator('.team-page tbody tr');
    await expect(leaderboardRows).toHaveCount(1);
    await expect(leaderboardRows.first()).toContainText(rep.name ?? '');
    await context.close();
  });

  test("a manager's coaching link opens for a rep with their own scored calls, and says the rep filter was not applied", async ({
    browser,
  }) => {
    const other = stack.team[1];
    if (other === undefined) throw new Error('The simulator has one rep only');
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-email': rep.email },
    });
    const page = await context.newPage();
    const scoredRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/scored-calls?')) scoredRequests.push(request.url());
    });
    await page.goto(`${stack.headerUrl}/coaching?min_score=20&user_id=${other.userId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Your coaching' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Part of this link' })).toContainText(
      'user_id=' + other.userId + ' (the rep filter was not applied: you see only your own calls)',
    );
    // No rep filter to offer.
    await expect(page.getByLabel('Rep', { exact: true })).toHaveCount(0);
    await expect(page.getByLabel('Min score')).toHaveValue('20');

    const repCells = page.locator('tbody tr[data-row-id] [data-column-id="rep"]');
    await expect(repCells.first()).toBeVisible();
    for (const text of await repCells.allInnerTexts()) expect(text).toContain(rep.name ?? '');
    expect(scoredRequests.length).toBeGreaterThan(0);
    for (const url of scoredRequests) expect(url).not.toContain(other.userId);
    await context.close();
  });

  test('a manager sees every rep and the rep filter', async ({ browser }) => {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-email': MANAGER_EMAIL },
    });
    const page = await context.newPage();
    await page.goto(`${stack.headerUrl}/team`);
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
    await expect(page.locator('.team-page tbody tr')).toHaveCount(stack.team.length);
    await page.getByRole('link', { name: 'Call log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Call log' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Reps/ })).toHaveCount(1);
    await context.close();
  });
});
