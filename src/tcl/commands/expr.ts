import type { CommandDef } from '../interp.js';

export const exprCommands: CommandDef[] = [];
