// Characters no POSIX shell gives a meaning to in a word.
const SHELL_SAFE = /^[\w@%+=:,./-]+$/;

/**
 * A word quoted for a POSIX shell (sh, bash, zsh): as it is when it is safe, otherwise in single
 * quotes, inside which nothing is special; a single quote itself becomes '\''.
 */
export function shellQuote(word: string): string {
  return SHELL_SAFE.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
