/** A civil date `YYYY-MM-DD` as a Date at UTC midnight, for Intl formatting in the UTC time zone. */
export function civilDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
