// The load failures of a rule, from the one load validator the simulator uses too
// (src/bigip/load.ts): lint's load-failure checks report these, so whatever lint says BIG-IP
// refuses, the simulator refuses with the same message, and what lint passes, it loads.

import { loadErrors, type LoadCode, type LoadError } from '../../bigip/load.js';
import type { CheckContext } from '../types.js';

export function loadErrorsOf(ctx: CheckContext, code: LoadCode): LoadError[] {
  return loadErrors(ctx.parsed).filter((e) => e.code === code);
}

export { missingIfScript } from '../../bigip/load.js';
