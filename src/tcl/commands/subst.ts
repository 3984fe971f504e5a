import type { CommandDef } from '../interp.js';

export const substCommands: CommandDef[] = [];
