import { z } from 'zod';
import { bilingual } from './bilingual.ts';

/** A campaign day the plan names (src/content/calendar/days.yaml). */
export const calendarDaySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The date as the plan writes it (also the calendar order). */
  date: z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
  /** For a day without a fixed date: what its date really is, shown instead of the plan's date. */
  dateNote: bilingual.optional(),
  name: bilingual,
  /** The plan's own words for the day, verbatim from ch08-s04-p03. */
  quote: z.string().min(2),
  activity: bilingual,
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

/** The paragraph that names the days. */
export const CALENDAR_SOURCE = 'ch08-s04-p03';
