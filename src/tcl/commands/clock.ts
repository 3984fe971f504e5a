import type { CommandDef } from '../interp.js';

export const clockCommands: CommandDef[] = [];
