import { describe, expect, test } from 'vitest';
import { parseTemporal } from './index';

type Expected = { text: string; value: string }[];

/** Runs the parser and checks both the result and that every span is an exact slice of the body. */
function expectTemporal(sentence: string, publishedAt: string, expected: Expected): void {
  const found = parseTemporal(sentence, 'en', publishedAt);
  for (const expression of found) expect(sentence.slice(expression.start, expression.end)).toBe(expression.text);
  expect(found.map(({ text, value }) => ({ text, value }))).toEqual(expected);
}

// 2026-02-19 is a Thursday.
const PUBLISHED = '2026-02-19';

describe('parseTemporal — English', () => {
  test.each<[string, string, Expected]>([
    // full dates
    ['The forum opens on 15 March 2026 in Almaty.', PUBLISHED, [{ text: '15 March 2026', value: '2026-03-15' }]],
    ['The agreement was signed on March 15, 2026, in Urumqi.', PUBLISHED, [{ text: 'March 15, 2026', value: '2026-03-15' }]],
    ['Registration closes on 2026-03-15.', PUBLISHED, [{ text: '2026-03-15', value: '2026-03-15' }]],
    ['The fair opens on the 3rd of March.', PUBLISHED, [{ text: 'the 3rd of March', value: '2026-03-03' }]],
    ['The visa centre opens on Sept. 1st, 2026.', PUBLISHED, [{ text: 'Sept. 1st, 2026', value: '2026-09-01' }]],
    // year-less dates
    ["The delegation arrived in Xi'an on February 19.", '2026-02-20', [{ text: 'February 19', value: '2026-02-19' }]],
    ['Talks resumed on 19 Feb after a short break.', '2026-02-20', [{ text: '19 Feb', value: '2026-02-19' }]],
    ['The office opens on March 3rd.', PUBLISHED, [{ text: 'March 3rd', value: '2026-03-03' }]],
    // day ranges
    ['The fair runs May 18-19 at the expo centre.', PUBLISHED, [{ text: 'May 18-19', value: '2026-05-18/2026-05-19' }]],
    ['The summit is set for 18–19 May 2026.', PUBLISHED, [{ text: '18–19 May 2026', value: '2026-05-18/2026-05-19' }]],
    ['A cultural week runs from April 30 to May 2.', PUBLISHED, [{ text: 'from April 30 to May 2', value: '2026-04-30/2026-05-02' }]],
    ['Exhibitions will be held April 30 – May 2 in Astana.', PUBLISHED, [{ text: 'April 30 – May 2', value: '2026-04-30/2026-05-02' }]],
    [
      'The winter market ran December 28 – January 3, 2027.',
      PUBLISHED,
      [{ text: 'December 28 – January 3, 2027', value: '2026-12-28/2027-01-03' }],
    ],
    // year ranges
    ['The roadmap for 2026-2028 was approved.', PUBLISHED, [{ text: '2026-2028', value: '2026/2028' }]],
    ['The programme will run from 2026 to 2028.', PUBLISHED, [{ text: 'from 2026 to 2028', value: '2026/2028' }]],
    ['Investment doubled between 2021 and 2024.', PUBLISHED, [{ text: 'between 2021 and 2024', value: '2021/2024' }]],
    // months
    ['Direct flights will launch in March 2026.', PUBLISHED, [{ text: 'March 2026', value: '2026-03' }]],
    ['A return visit is expected in March.', PUBLISHED, [{ text: 'March', value: '2026-03' }]],
    ['The corridor opened in October of last year.', PUBLISHED, [{ text: 'October of last year', value: '2025-10' }]],
    ['Bookings open from January to March 2027.', PUBLISHED, [{ text: 'from January to March 2027', value: '2027-01/2027-03' }]],
    ['Freight volumes slipped last November.', PUBLISHED, [{ text: 'last November', value: '2025-11' }]],
    // years
    ['The terminal will open in 2027.', PUBLISHED, [{ text: '2027', value: '2027' }]],
    ['Construction should finish by mid-2028.', PUBLISHED, [{ text: '2028', value: '2028' }]],
    ['The plant will be finished by the end of 2027.', PUBLISHED, [{ text: '2027', value: '2027' }]],
    ['Funding was agreed for 2027, the minister said.', PUBLISHED, [{ text: '2027', value: '2027' }]],
    // halves and quarters
    ['Exports rose in the first quarter of 2025.', PUBLISHED, [{ text: 'the first quarter of 2025', value: '2025-01/2025-03' }]],
    [
      'A second visit is planned for the second half of the year.',
      PUBLISHED,
      [{ text: 'the second half of the year', value: '2026-07/2026-12' }],
    ],
    ['Shipments are due in H1 2026.', PUBLISHED, [{ text: 'H1 2026', value: '2026-01/2026-06' }]],
    ['Results will be published in Q3 2026.', PUBLISHED, [{ text: 'Q3 2026', value: '2026-07/2026-09' }]],
    ['Sales grew in the fourth quarter.', PUBLISHED, [{ text: 'the fourth quarter', value: '2026-10/2026-12' }]],
    ['Sales will peak in Q4.', PUBLISHED, [{ text: 'Q4', value: '2026-10/2026-12' }]],
    ['Deliveries resume in H2.', PUBLISHED, [{ text: 'H2', value: '2026-07/2026-12' }]],
    // relative
    ['Trade grew by a fifth this year.', PUBLISHED, [{ text: 'this year', value: '2026' }]],
    ['Last year, the consulate issued 20,000 visas.', PUBLISHED, [{ text: 'Last year', value: '2025' }]],
    ['A new route opens next year.', PUBLISHED, [{ text: 'next year', value: '2027' }]],
    ['Today the two mayors signed a memorandum.', PUBLISHED, [{ text: 'Today', value: '2026-02-19' }]],
    ['The minister arrived in Beijing yesterday.', PUBLISHED, [{ text: 'yesterday', value: '2026-02-18' }]],
    ['The talks will continue tomorrow.', PUBLISHED, [{ text: 'tomorrow', value: '2026-02-20' }]],
    ['Ministers met last month in Astana.', PUBLISHED, [{ text: 'last month', value: '2026-01' }]],
    ['The line will be extended next month.', PUBLISHED, [{ text: 'next month', value: '2026-03' }]],
    // weekdays
    ['The consul met the mayor on Thursday.', '2026-02-21', [{ text: 'Thursday', value: '2026-02-19' }]],
    ['The consul met the mayor on Thursday.', PUBLISHED, [{ text: 'Thursday', value: '2026-02-19' }]],
    ['The sides met last Thursday.', PUBLISHED, [{ text: 'last Thursday', value: '2026-02-12' }]],
    ['Talks continue next Monday.', PUBLISHED, [{ text: 'next Monday', value: '2026-02-23' }]],
    ['On Thursday, February 19, the sides met.', PUBLISHED, [{ text: 'Thursday, February 19', value: '2026-02-19' }]],
    // seasons
    ['The park will open in spring 2026.', PUBLISHED, [{ text: 'spring 2026', value: '2026-03/2026-05' }]],
    ['Tourist numbers peaked last summer.', PUBLISHED, [{ text: 'last summer', value: '2025-06/2025-08' }]],
    ['The forum will take place in the summer.', PUBLISHED, [{ text: 'summer', value: '2026-06/2026-08' }]],
    ['Work resumes in the autumn of 2026.', PUBLISHED, [{ text: 'the autumn of 2026', value: '2026-09/2026-11' }]],
    // month ranges, weeks, day pairs
    ['Exports rose in January-March 2026.', PUBLISHED, [{ text: 'January-March 2026', value: '2026-01/2026-03' }]],
    ['Officials met last week in Urumqi.', PUBLISHED, [{ text: 'last week', value: '2026-02-09/2026-02-15' }]],
    ['The forum is on March 3 and 4.', PUBLISHED, [{ text: 'March 3 and 4', value: '2026-03-03/2026-03-04' }]],
    // several expressions in one sentence
    [
      'Signed in 2024, the deal takes effect on 1 July 2026.',
      PUBLISHED,
      [
        { text: '2024', value: '2024' },
        { text: '1 July 2026', value: '2026-07-01' },
      ],
    ],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    expectTemporal(sentence, publishedAt, expected);
  });
});

describe('parseTemporal — English traps', () => {
  test.each<[string, Expected]>([
    ['Nauryz celebrations filled the central square.', []],
    ['The plant produced 2026 tons of copper.', []],
    ['An increase of 2026 units was recorded.', []],
    ['The meeting started at 10:00 local time.', []],
    ['Prices may rise, analysts warn.', []],
    ['Protesters march through the city centre.', []],
    ['Former prime minister Theresa May spoke at the forum.', []],
    ['The April 31 deadline was a typo.', []],
    ['Good Friday services were held across the city.', []],
    ['Kazakhstan Today reported the news.', []],
    ['The fall in prices worried traders.', []],
    ['He scored in the first half of the match.', []],
    ['Jan Novak leads the delegation.', []],
    ['The event on April 31, 2026 was cancelled.', []],
    ['The mid-2020s saw rapid growth.', []],
    ['The project created a total of 2000 new jobs.', []],
    ['Tickets for 2026 fans were sold out.', []],
    ['Room 2026 is on the second floor.', []],
  ])('%s', (sentence, expected) => {
    expectTemporal(sentence, PUBLISHED, expected);
  });
});

describe('parseTemporal — invariants', () => {
  test('rejects a publication date that is not a real day', () => {
    expect(() => parseTemporal('in 2026', 'en', '2026-02-30')).toThrow();
  });

  test('spans are sorted, do not overlap and slice the body exactly', () => {
    const body =
      'On 3 March 2026 the mayors met; in the first half of 2026 and from 2026 to 2028 more visits follow. ' +
      'Yesterday a memorandum was signed, and last year trade grew.';
    const found = parseTemporal(body, 'en', PUBLISHED);
    expect(found.length).toBeGreaterThan(4);
    found.forEach((expression, index) => {
      expect(body.slice(expression.start, expression.end)).toBe(expression.text);
      const next = found[index + 1];
      if (next) expect(expression.end).toBeLessThanOrEqual(next.start);
    });
  });
});
