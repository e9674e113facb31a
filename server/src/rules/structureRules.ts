// Structure rules: the shape ActiveMQ needs to start and to read the security plugins as written.
import type { Rule } from './types';

export const STRUCTURE_RULES: readonly Rule[] = [];
