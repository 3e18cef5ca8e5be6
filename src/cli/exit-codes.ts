/**
 * Exit codes of the `syncerror` program: 0 answered; 1 explain found no match, or a file or
 * request was refused (the message is on stderr); 2 usage error; 69 the bot could not reach Slack
 * at start (EX_UNAVAILABLE, "a service is unavailable", of sysexits(3):
 * https://man.freebsd.org/cgi/man.cgi?query=sysexits); 70 an internal error. A reader
 * that closes the pipe early ends the program quietly with 0 (see `src/main.ts`).
 */
export const EXIT = {
  ok: 0,
  noMatch: 1,
  refused: 1,
  usage: 2,
  unavailable: 69,
  internal: 70,
} as const;

/** The program's name, as typed. */
export const PROGRAM = "syncerror";
