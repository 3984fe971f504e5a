// The one place where lint checks are registered.

import type { Check } from '../types.js';
import { danglingElse } from './dangling-else.js';
import { missingWordSpace } from './missing-word-space.js';
import { syntaxError } from './syntax-error.js';

export const CHECKS: readonly Check[] = [syntaxError, missingWordSpace, danglingElse];
