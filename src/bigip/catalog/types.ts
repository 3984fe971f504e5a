// Types of the iRules command and event catalog shared by the emulator and the linter.
//
// Word counts: `args` counts the words after the command name. For a subcommand, its
// `SubcommandSpec.min/max` count the words after the subcommand word. `max: null` means
// "unbounded" (options, repeated name/value pairs, ...). Shapes are deliberately permissive:
// a valid real-world rule must never fail the arity check.

export type EventName = string;

export interface ArgShape {
  min: number;
  max: number | null;
}

export interface SubcommandSpec extends ArgShape {
  /** Events where this subcommand is valid, when it differs from the command's list. */
  events?: EventName[] | 'any';
  /** Returns data the client can forge (overrides the command's flag for this subcommand). */
  clientControlled?: boolean;
  returns?: CommandSpec['returns'];
}

export interface CommandSpec {
  /** As written in rules: 'HTTP::header', 'persist', 'table'. */
  name: string;
  /** F5's SYNOPSIS lines, paraphrased grammar, e.g. 'HTTP::header value <name>'. */
  synopsis: string[];
  /** Overall word count accepted after the command name. */
  args: ArgShape;
  /** For commands whose first argument is a subcommand word (HTTP::header, table, class, persist, ...). */
  subcommands?: Record<string, SubcommandSpec>;
  /**
   * The first word may be something other than a subcommand (`HTTP::header NAME`,
   * `HTTP::cookie NAME`, `event EVENT_NAME disable`, `after 100 {script}`): an unknown first
   * word is then not an error; `defaultSubcommand` names the form it stands for, if any. In that
   * short form the whole argument list (the unknown word included) is checked against the default
   * subcommand's shape: `HTTP::header Host` = `HTTP::header value Host` (1 word, value takes 1..2).
   */
  subcommandOptional?: boolean;
  defaultSubcommand?: string;
  /** F5's "valid during" list; 'any' when valid everywhere (ANY_EVENT) or unknown. */
  events: EventName[] | 'any';
  /**
   * Events where a real BIG-IP rejected the command at load time ([LAB] measurements in
   * shared/reference/bigip-semantics.md §11.1). Never overlaps `events` when that is a list;
   * useful when `events` is 'any'.
   */
  rejectedIn?: EventName[];
  /** F5's own list when `events` deliberately differs from it (see `note`). */
  f5Events?: EventName[];
  /** Profile the command needs on the virtual ('http', 'websocket', 'dns', 'clientssl', ...); any one suffices. */
  profiles?: string[];
  /** Deprecation note, e.g. 'use class match'. */
  deprecated?: string;
  /** Commands BIG-IP rejects (none of F5's own; Tcl's are in TCL_DISABLED_COMMANDS). */
  disabled?: boolean;
  returns?: 'string' | 'list' | 'integer' | 'boolean' | 'none';
  /** Returns data the client can forge: the linter's taint sources. */
  clientControlled?: boolean;
  /** true when the events/arity came from F5's page (or a [LAB]/[F5] fact in the project's reference). */
  verified: boolean;
  /** URL of the F5 page used. */
  source?: string;
  /** Free-text caveat: how `events` was derived when not copied from F5, conflicts found, ... */
  note?: string;
}

export interface EventSpec {
  name: EventName;
  /** Profile(s) that make BIG-IP raise the event; any one suffices. Absent: none needed. */
  profiles?: string[];
  side?: 'client' | 'server' | 'global';
  description: string;
  deprecated?: string;
}
