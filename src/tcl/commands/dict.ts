import type { CommandDef } from '../interp.js';

export const dictCommands: CommandDef[] = [];
