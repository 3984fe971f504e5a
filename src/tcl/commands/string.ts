import type { CommandDef } from '../interp.js';

export const stringCommands: CommandDef[] = [];
