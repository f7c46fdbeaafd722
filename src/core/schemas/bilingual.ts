import { z } from 'zod';

/** Text in both languages (`{ zh, en }`), the one bilingual shape of every data file. */
export const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
