import type { CommandDef } from '../interp.js';

export const binaryCommands: CommandDef[] = [];
