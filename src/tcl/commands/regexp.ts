import type { CommandDef } from '../interp.js';

export const regexpCommands: CommandDef[] = [];
