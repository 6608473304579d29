import { z } from 'zod';
import { STEP_IDS } from './steps';

export const stepIdSchema = z.enum(STEP_IDS);
