/**
 * JSON Schema patterns are ECMA-262 regular expressions, and the generated validators compile them in
 * Unicode mode (`new RegExp(p, "u")`), as JSON Schema 2020-12 asks. Many real documents write patterns
 * that only the web-compatibility grammar (ECMA-262 Annex B, no `u` flag) accepts: needless escapes such
 * as `\-` or `\_` outside a class, a lone `{` or `]`. Those have one meaning, the literal character, so
 * they are rewritten into the Unicode-mode pattern that means the same. Anything else stays as written
 * (and the check stage reports it when it is invalid).
 */

/** Characters that must stay escaped (or may be) in Unicode mode: syntax characters and `/`. */
const SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);

const isValidUnicode = (pattern: string): boolean => {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
};

const isValidAnnexB = (pattern: string): boolean => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
};

/**
 * The Unicode-mode equivalent of an Annex B pattern, or undefined when the pattern is already valid in
 * Unicode mode, invalid in both, or not one this rewrite can make valid.
 */
export function toUnicodePattern(pattern: string): string | undefined {
  if (isValidUnicode(pattern) || !isValidAnnexB(pattern)) return undefined;
  let out = "";
  let inClass = false;
  // Inside a class, a `-` next to a class escape (`[\w-.]`) is a literal in Annex B and an error in Unicode mode.
  let afterClassEscape = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next === undefined) return undefined;
      i++;
      // Letters and digits are escapes with a meaning (\d, \w, \b, \u0041, \1, ...); syntax characters stay escaped.
      if (/[A-Za-z0-9]/.test(next) || SYNTAX.has(next) || (inClass && next === "-")) out += `\\${next}`;
      // Any other identity escape means the character itself.
      else out += next;
      afterClassEscape = inClass && /[dDwWsS]/.test(next);
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      const beforeClassEscape = pattern[i + 1] === "\\" && /[dDwWsS]/.test(pattern[i + 2] ?? "");
      out += c === "-" && (afterClassEscape || beforeClassEscape) ? "\\-" : c;
      afterClassEscape = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in Annex B... but not in JavaScript: `[]` is the empty class. Keep as is.
      continue;
    }
    if (c === "{") {
      const quantifier = /^\{\d+(?:,\d*)?\}/.exec(pattern.slice(i));
      if (quantifier) {
        out += quantifier[0];
        i += quantifier[0].length - 1;
      } else out += "\\{";
      continue;
    }
    if (c === "}" || c === "]") {
      out += `\\${c}`;
      continue;
    }
    out += c;
  }
  return isValidUnicode(out) ? out : undefined;
}
