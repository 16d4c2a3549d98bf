import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The seeded database holds three reports of the first Astana – Xi'an flight (14 April 2026), in
// Kazakh, Russian and English, and two of a forum planned in Astana (18–19 March 2027).

const locales = [
  { locale: 'kk', flight: '3 хабар · kk ru en', forum: '2 хабар · kk en', reportsHeading: 'Бұл туралы хабарлар', notFound: 'Бет табылмады' },
  { locale: 'ru', flight: '3 сообщения · kk ru en', forum: '2 сообщения · kk en', reportsHeading: 'Сообщения об этом', notFound: 'Страница не найдена' },
  { locale: 'en', flight: '3 reports · kk ru en', forum: '2 reports · kk en', reportsHeading: 'The reports', notFound: 'Page not found' },
] as const;

/** The report sentences, one per language, as the seeded articles state them. */
const SENTENCES = [
  { lang: 'kk', text: /Air Astana әуе компаниясы Астана – Сиань бағыты бойынша алғашқы тікелей рейсін орындады/ },
  { lang: 'ru', text: /Air Astana 14 апреля 2026 года выполнила первый прямой рейс по маршруту Астана – Сиань/ },
  { lang: 'en', text: /Air Astana operated its first direct flight from Astana to Xi'an on 14 April 2026/ },
] as const;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const l of locales) {
  test.describe(l.locale, () => {
    test('timeline: the flight is one story with its three reports, linking to its page', async ({ page }) => {
      await page.goto(`/${l.locale}/timeline`);
      const flight = page.getByTestId('event').filter({ has: page.getByTestId('story-reports').getByText(l.flight, { exact: true }) });
      await expect(flight).toHaveCount(1);
      const link = flight.getByRole('link').first();
      await expect(link).toHaveAttribute('href', new RegExp(`^/${l.locale}/events/\\d+$`));
      // No other entry on the timeline is a report of the same flight.
      await expect(page.getByRole('link', { name: await link.innerText(), exact: true })).toHaveCount(1);
      await expectNoAxeViolations(page);
    });

    test('dashboard: the timeline draws the flight once, and the upcoming forum shows its two reports', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      await expect(page.getByTestId('story-reports').filter({ hasText: l.flight })).toHaveCount(1);
      await expect(page.getByTestId('story-reports').filter({ hasText: l.forum }).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('story page: every report with its article and its sentence, in its language', async ({ page }) => {
      await page.goto(`/${l.locale}/timeline?type=FLIGHT_LAUNCH`);
      await page.getByTestId('event').filter({ has: page.getByText(l.flight, { exact: true }) }).getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/events/\\d+$`));
      await expect(page.locator('html')).toHaveAttribute('lang', l.locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: l.reportsHeading })).toBeVisible();
      await expect(page.getByTestId('story-reports')).toHaveText(l.flight);
      const reports = page.getByTestId('story-report');
      await expect(reports).toHaveCount(3);
      for (const [index, sentence] of SENTENCES.entries()) {
        const report = reports.nth(index);
        await expect(report.locator('blockquote')).toHaveAttribute('lang', sentence.lang);
        await expect(report.locator('blockquote')).toHaveText(sentence.text);
        await expect(report.getByRole('link')).toHaveAttribute('href', new RegExp(`^/${l.locale}/articles/00${index + 1}-astana-xian-flight-${sentence.lang}$`));
        await expect(report.locator('time[datetime^="2026-04-1"]')).toBeVisible();
      }
      await expect(page.locator(`a[href="/${l.locale}/entities/air-astana"]`)).toBeVisible();
      await expect(page.locator(`a[href="/${l.locale}/entities/xian"]`)).toBeVisible();
      await expect(page.locator(`a[href="/${l.locale}/entities/astana"]`)).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('an unknown story is a localized 404', async ({ page }) => {
      for (const id of ['999999', '0', 'abc', '-1', '01']) {
        const response = await page.goto(`/${l.locale}/events/${id}`);
        expect(response?.status(), id).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.notFound);
      }
    });
  });
}

test('the 404 of an unknown story is in the HTML, before any script runs', async ({ request }) => {
  const response = await request.get('/ru/events/999999');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Страница не найдена');
});

test('an article links each of its events to its story', async ({ page }) => {
  await page.goto('/en/articles/002-astana-xian-flight-ru');
  const events = page.getByRole('region', { name: 'Events' });
  await expect(events.getByTestId('story-reports')).toHaveText('3 reports · kk ru en');
  await events.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/en\/events\/\d+$/);
  await expect(page.getByTestId('story-report')).toHaveCount(3);
});
