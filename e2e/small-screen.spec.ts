import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * The KPIs and the charts on a phone and on a laptop: every label readable (none drawn over
 * another, none cut off) and nothing wider than the screen.
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface LabelBox extends Box {
  text: string;
}

const DURATION_TICKS = ['0–29s', '30–59s', '1–2m', '2–5m', '5–10m', '10m+'];

const charts = (page: Page) => page.getByRole('region', { name: 'Summary of all matching calls' });
const durationChart = (page: Page) => charts(page).getByRole('figure', { name: 'Call duration' });

async function openCharts(page: Page) {
  await page.goto('/');
  // Generous: these machines are shared, and a fan of counts may queue behind other suites.
  await expect(charts(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
}

/** Where each SVG text is drawn on the screen. */
async function boxesOf(texts: Locator): Promise<LabelBox[]> {
  return Promise.all(
    (await texts.all()).map(async (text) => {
      const box = await text.boundingBox();
      if (!box) throw new Error('a label is not on screen');
      return { ...box, text: (await text.textContent()) ?? '' };
    }),
  );
}

const isOverlapping = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each pair of labels drawn over each other, as "a / b". */
function overlapsOf(boxes: readonly LabelBox[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b) => (isOverlapping(a, b) ? [`${a.text} / ${b.text}`] : [])),
  );
}

const isInside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 640 };
const LAPTOP = { width: 1280, height: 800 };

for (const viewport of [PHONE, LAPTOP]) {
  test.describe(`${String(viewport.width)}×${String(viewport.height)}`, () => {
    test.use({ viewport });

    test('the duration chart names every bucket on its axis, no label over another', async ({
      page,
    }) => {
      await openCharts(page);
      const plot = durationChart(page).locator('.recharts-surface');
      // Recharts 3 draws the tick labels apart from the tick marks (`.recharts-cartesian-axis-tick`).
      const ticks = durationChart(page).locator('.recharts-xAxis-tick-labels text');
      await expect(ticks).toHaveText(DURATION_TICKS);
      const plotBox = await plot.boundingBox();
      if (!plotBox) throw new Error('the duration chart is not on screen');
      for (const tick of await ticks.all()) await expect(tick).toBeVisible();
      const tickBoxes = await boxesOf(ticks);
      expect({
        // Cut off by the chart's edge.
        cutOff: tickBoxes.filter((box) => !isInside(box, plotBox)).map((box) => box.text),
        overlapping: overlapsOf(tickBoxes),
      }).toEqual({ cutOff: [], overlapping: [] });
      // The counts over the bars, too.
      const counts = durationChart(page).locator('.recharts-label-list text');
      await expect(counts).toHaveCount(DURATION_TICKS.length);
      expect(overlapsOf(await boxesOf(counts))).toEqual([]);
    });
  });
}

for (const viewport of [SMALL_PHONE, PHONE, LAPTOP]) {
  test.describe(`${String(viewport.width)}×${String(viewport.height)}`, () => {
    test.use({ viewport });

    test('the KPIs and both charts fit the screen’s width', async ({ page }) => {
      await openCharts(page);
      const cards = charts(page).locator('.kpi, figure');
      await expect(cards).toHaveCount(6);
      for (const card of await cards.all()) {
        const fit = await card.evaluate((element) => ({
          name: element.textContent.slice(0, 20),
          left: element.getBoundingClientRect().left,
          right: element.getBoundingClientRect().right,
          // Content wider than the card spills out of it.
          spill: element.scrollWidth - element.clientWidth,
        }));
        expect(fit.left, fit.name).toBeGreaterThanOrEqual(0);
        expect(fit.right, fit.name).toBeLessThanOrEqual(viewport.width);
        expect(fit.spill, fit.name).toBe(0);
      }
      const document_ = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(document_.scrollWidth).toBe(document_.clientWidth);
    });
  });
}
