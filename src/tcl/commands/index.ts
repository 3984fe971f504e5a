// The one place where the core Tcl commands are registered.

import type { CommandDef } from '../interp.js';
import { applyCommands, evalOnlyApplyCommands } from './apply.js';
import { arrayCommands, evalOnlyArrayCommands } from './array.js';
import { binaryCommands } from './binary.js';
import { clockCommands } from './clock.js';
import { controlCommands } from './control.js';
import { dictCommands } from './dict.js';
import { encodingCommands } from './encoding.js';
import { exprCommands } from './expr.js';
import { formatCommands } from './format.js';
import { infoCommands, ioCommands } from './info.js';
import { listCommands } from './list.js';
import { namespaceCommands } from './namespace.js';
import { procCommands } from './procs.js';
import { regexpCommands } from './regexp.js';
import { stringCommands } from './string.js';
import { substCommands } from './subst.js';
import { switchCommand } from './switch.js';
import { tryCommands } from './try.js';
import { varCommands } from './vars.js';

/** Commands of Tcl's core that both `irule eval` and iRules have. */
export const CORE_COMMANDS: readonly CommandDef[] = [
  ...varCommands, ...controlCommands, ...procCommands, switchCommand, ...infoCommands, ...exprCommands,
  ...stringCommands, ...formatCommands, ...listCommands, ...arrayCommands, ...dictCommands, ...regexpCommands,
  ...clockCommands, ...binaryCommands, ...substCommands, ...tryCommands, ...namespaceCommands, ...applyCommands,
  ...encodingCommands,
];

/** Commands only `irule eval` has (docs/bigip-reference.md §1.4: BIG-IP has no channels). */
export const EVAL_ONLY_COMMANDS: readonly CommandDef[] = [...ioCommands, ...evalOnlyApplyCommands, ...evalOnlyArrayCommands];
