// Types of the one command and event model that the parser, the linter, the emulator and the docs
// read. Pure data: nothing here knows how a rule is parsed or run.
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

// ---- provenance ------------------------------------------------------------------------------

/**
 * Where a fact comes from. Only a verified fact (`f5`, `measured`, `tcl`) may make the linter or
 * the simulator call a rule broken; an `inferred` fact is at most a warning that says so.
 * - f5: an F5 page (clouddocs iRules reference, tmsh reference, K-article); `url` opens it.
 * - measured: a measurement on a real BIG-IP; `url` is the public measurements document with the
 *   section anchor.
 * - tcl: Tcl's own manual (core commands; the engine is also tested against a real tclsh).
 * - inferred: derived or guessed by this project; `note` says how.
 */
export interface Provenance {
  kind: 'f5' | 'measured' | 'tcl' | 'inferred';
  url?: string;
  note?: string;
}

/** The facts of a command entry that carry their own provenance. */
export type FactName = 'syntax' | 'events' | 'availability' | 'side' | 'taint';

/** Every command has the FactName facts; `effects` only when model/effects.ts records one. */
export type CommandProvenance = Record<FactName, Provenance> & { effects?: Provenance };

// ---- availability, side, taint -------------------------------------------------------------------

/**
 * - irule: a BIG-IP iRule command (F5's own namespace or global iRule commands).
 * - tcl-core: a Tcl command BIG-IP's interpreter (Tcl 8.4.6) has and a rule may use.
 * - tcl85: a command of Tcl 8.5 or later that BIG-IP's Tcl 8.4 lacks (load fails: undefined procedure).
 * - disabled: a Tcl command BIG-IP refuses in rule source (`command is disabled: "X"` at load).
 * - absent: a Tcl library procedure that is not a command on BIG-IP (no auto-loading); inferred.
 */
export type Availability = 'irule' | 'tcl-core' | 'tcl85' | 'disabled' | 'absent';

/** How a disabled command is disabled (measurements §4b): missing from TMM's interpreter, or
 * present but refused by the rule compiler. */
export type DisabledHow = 'absent-from-interpreter' | 'refused-by-compiler';

/** Which side of the proxy a command works on, derived from its events. */
export type Side = 'client' | 'server' | 'both' | 'global' | 'any';

/** A command's role in the linter's dataflow: returns data the client controls; writes a value
 * to the client, a server or the log (where a forged value does harm); or checks a value. */
export type TaintRole = 'source' | 'sink' | 'validator';

/**
 * What a command does to the request and the connection, for the linter's response flow:
 * - responds: answers the HTTP request itself (HTTP::respond, HTTP::redirect);
 * - ends: drops or resets the connection (drop, reject, discard);
 * - inert: may follow a response without changing what the client receives (state, logging, computing).
 */
export type ResponseFlow = 'responds' | 'ends' | 'inert';

// ---- argument roles ------------------------------------------------------------------------------

/**
 * What one argument word of a command is. Code roles (`script`, `expr`, `arms`) tell the parser
 * which words to parse as nested code; the others tell the linter what a word names.
 */
export type ArgRole =
  | 'script' | 'expr' | 'arms'
  | 'varname' | 'varnames' | 'option' | 'pattern' | 'value' | 'list' | 'index' | 'integer' | 'level'
  | 'procname' | 'arglist' | 'event' | 'pool' | 'datagroup' | 'rule' | 'node' | 'subcommand' | 'keyword' | 'name';

/**
 * The argument grammar of one form (words after the command name, or after the subcommand word
 * in a subcommand). Read in order: leading options (while a word starts with `-`, up to `--`),
 * then `positional`, then `rest` for each further word, with `trailing` counted from the end.
 * `argc` restricts the layout to those argument counts (`eval script` reads a script, `eval a b`
 * concatenates and cannot be read). `grammar` names the two layouts positions cannot express.
 */
export interface ArgLayout {
  argc?: number[];
  minArgc?: number;
  /** Option word -> role of the value it takes (null: a flag). Unknown `-words` end the options. */
  options?: Record<string, ArgRole | null>;
  positional?: ArgRole[];
  rest?: ArgRole;
  trailing?: ArgRole[];
  /** Only a braced word in a trailing code role is code (`after 100 {script}` vs `after cancel id`). */
  bracedOnly?: boolean;
  grammar?: 'if' | 'switch';
}

// ---- commands and events ------------------------------------------------------------------------

export interface SubcommandSpec extends ArgShape {
  /** Events where this subcommand is valid, when it differs from the command's list. */
  events?: EventName[] | 'any';
  /** Returns data the client can forge (overrides the command's flag for this subcommand). */
  clientControlled?: boolean;
  returns?: CommandSpec['returns'];
  /** Argument roles of the words after the subcommand word. */
  layout?: ArgLayout;
  /** Only in Tcl 8.5+ (BIG-IP's 8.4 refuses it: `string reverse`, `info frame`, ...). */
  tcl85?: boolean;
  /** The result is the last argument with only its letter case or surrounding characters changed
   * (`string tolower`, `string trim`): a check of the result is a check of the argument. */
  keepsArgument?: boolean;
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
   * docs/bigip-reference.md §9.1). Never overlaps `events` when that is a list;
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
  /** Argument roles, one layout per form; the first whose `argc` fits applies. */
  layouts?: ArgLayout[];
  /** Taint roles in the linter's dataflow (`clientControlled` is the `source` role). */
  taint?: TaintRole[];
  /** Filled in by the model (see model/index.ts `finish`) when the data file leaves them out. */
  availability?: Availability;
  disabledHow?: DisabledHow;
  side?: Side;
  provenance?: Partial<Record<FactName, Provenance>>;
  /** Why the emulator does not run this command (it then raises "not emulated: NAME"). */
  notEmulated?: string;
  /** What it does to the request and the connection (model/effects.ts). */
  responseFlow?: ResponseFlow;
  /** Its purpose is to store a value in the variable it names (set, append, ...; model/effects.ts). */
  assigns?: boolean;
  /** Options Tcl 8.5+ added that BIG-IP's Tcl 8.4 lacks (model/effects.ts). */
  tcl85Options?: string[];
  /** What to write instead, for a command BIG-IP lacks or refuses (model/effects.ts). */
  instead?: string;
  /** Chooses where the request goes or rewrites its target (model/effects.ts). */
  routes?: boolean;
  /** The result is its argument with only its encoding changed (URI::decode): a check of the result checks the argument (model/effects.ts). */
  keepsArgument?: boolean;
}

/** A command entry as the model hands it out: every derived fact present. */
export interface ModelCommand extends CommandSpec {
  availability: Availability;
  side: Side;
  provenance: CommandProvenance;
}

export interface EventSpec {
  name: EventName;
  /** Profile(s) that make BIG-IP raise the event; any one suffices. Absent: none needed. */
  profiles?: string[];
  side?: 'client' | 'server' | 'global';
  description: string;
  deprecated?: string;
}
