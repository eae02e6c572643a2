import { z } from 'zod';
import { isLocalDate } from './values';

/**
 * A local calendar date written `YYYY-MM-DD` that exists (no 30 February), as every payload,
 * record and settings file checks it. Apart from values.ts so that the preload, which needs only
 * the values, never bundles zod.
 */
export const localDateSchema = z.string().refine(isLocalDate, { message: 'must be a calendar date written YYYY-MM-DD' });
