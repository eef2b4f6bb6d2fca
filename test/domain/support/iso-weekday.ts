/**
 * ISO weekday of a "YYYY-MM-DD" day, 1 = Monday … 7 = Sunday, computed with Date in UTC: an
 * oracle for the schedule and period tests, independent of the domain's calendar code.
 */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}
