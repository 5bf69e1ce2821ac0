import { z } from 'zod';

/** Our ids are `prefix_hex`; anything else cannot name a stored object, so it is rejected early. */
export const ID_PARAMS = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, 'Ids contain only letters, digits, "_" and "-".'),
});
