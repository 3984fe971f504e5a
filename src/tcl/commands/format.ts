import type { CommandDef } from '../interp.js';

export const formatCommands: CommandDef[] = [];
