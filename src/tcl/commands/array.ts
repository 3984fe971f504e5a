import type { CommandDef } from '../interp.js';

export const arrayCommands: CommandDef[] = [];
