import { z } from 'zod';

export const PLACE_TYPES = ['town', 'village', 'river', 'lake', 'mountain', 'protected-area', 'development-zone', 'site', 'region'] as const;

/**
 * A place the plan names (src/content/places/places.yaml). Occurrences are found at build time
 * over the plan text by `zh` and `variants`; a longer name wins over a shorter one inside it.
 */
export const placeSchema = z.strictObject({
  /** Stable slug, used in URLs (`/places/yulin-river/`). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The name as the plan prints it (its most common form). */
  zh: z.string().min(2),
  /** Other forms the plan prints for the same place (a short and a full name, a river and its basin). */
  variants: z.array(z.string().min(2)).default([]),
  /** Strings that contain the name but are not mentions of this place (e.g. a programme named after it). */
  notMentions: z.array(z.string().min(2)).default([]),
  /** The English name the translation uses. */
  en: z.string().min(2),
  /** town: town or subdistrict; village: village or hamlet; river: river or stream; lake: lake or reservoir; mountain: mountain or
   *  forest; protected-area: nature reserve, park or wetland; development-zone: industrial park or
   *  development zone; site: named site or facility; region: wider area or region. */
  type: z.enum(PLACE_TYPES),
  /** What the place lies in or belongs to, only where the plan itself says so, with the node that says it. */
  within: z.strictObject({ place: z.string(), source: z.string() }).optional(),
  /**
   * Well-established general knowledge the plan does not state (e.g. which town a mountain lies
   * in), shown apart from the plan's text with its source. Leave out what cannot be verified.
   */
  context: z.strictObject({ zh: z.string().min(4), en: z.string().min(4), source: z.string().min(4) }).optional(),
});
export type Place = z.infer<typeof placeSchema>;
