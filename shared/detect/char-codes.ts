/**
 * Character classes on char codes for the hand-written scanners that replace regexes and must read
 * exactly as those did. (span.ts's isWordCode is wider than \w: it also counts Latin-1 letters.)
 */

/** \d */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** \w in a regex without the u flag (what \b tests): ASCII letters, digits and _. */
export function isRegexWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** [ \t\u00a0]: the spaces that may separate label words, names and their parts within a line. */
export function isSpaceTabNbsp(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/**
 * text.charCodeAt(index), or -1 outside the text (where charCodeAt gives NaN). Scanners read one
 * past their ends all the time: an explicit bound spares V8 a deoptimisation (and a recompilation)
 * the first time each such read falls outside, which otherwise slows the first passes severalfold.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}
