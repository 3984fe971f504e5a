import type { CommandDef } from '../interp.js';

export const listCommands: CommandDef[] = [];
