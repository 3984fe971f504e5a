// The one place where lint checks are registered.

import type { Check } from '../types.js';
import { syntaxError } from './syntax-error.js';

export const CHECKS: readonly Check[] = [syntaxError];
