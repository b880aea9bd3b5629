/**
 * JSON Schema patterns are ECMA-262 regular expressions, and the generated validators compile them in
 * Unicode mode (`new RegExp(p, "u")`), as JSON Schema 2020-12 asks. Many real documents write patterns
 * that only the web-compatibility grammar (ECMA-262 Annex B, no `u` flag) accepts: needless escapes such
 * as `\-` or `\_` outside a class, a lone `{` or `]`. Those have one meaning, the literal character, so
 * they are rewritten into the Unicode-mode pattern that means the same. Descriptions generated from Java
 * code (AWS's among them) also use java.util.regex's character classes (`\p{Alnum}`, `\p{XDigit}`,
 * `\p{IsHan}`); those have one meaning too and are rewritten into ECMA-262 classes. Anything else stays
 * as written (and the check stage reports it when it is invalid).
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

/** java.util.regex's POSIX classes, which are US-ASCII only: the class contents, for inside `[...]`. */
const JAVA_POSIX: Readonly<Record<string, string>> = {
  Lower: "a-z",
  Upper: "A-Z",
  ASCII: "\\x00-\\x7F",
  Alpha: "a-zA-Z",
  Digit: "0-9",
  Alnum: "a-zA-Z0-9",
  Punct: "!-\\/:-@\\[-`{-~",
  Graph: "!-~",
  Print: " -~",
  Blank: " \\t",
  Cntrl: "\\x00-\\x1F\\x7F",
  XDigit: "0-9a-fA-F",
  Space: " \\t\\n\\x0B\\f\\r",
};

const isValidProperty = (property: string): boolean => isValidUnicode(`\\p{${property}}`);

/**
 * The ECMA-262 form of one Java property name: a POSIX class as its ASCII range (`{ range }`), a script
 * (`Han`, `IsLatin`) or binary property (`IsAlphabetic`) or category (`IsL`) as a Unicode property escape.
 */
function javaProperty(name: string): { range: string } | { property: string } | undefined {
  const posix = Object.hasOwn(JAVA_POSIX, name) ? JAVA_POSIX[name] : undefined;
  if (posix !== undefined) return { range: posix };
  const bare = name.startsWith("Is") ? name.slice(2) : name;
  for (const property of [bare, `Script=${bare}`]) if (/^[A-Za-z_=]+$/.test(property) && isValidProperty(property)) return { property };
  return undefined;
}

/**
 * A pattern with Java's `\p{...}`/`\P{...}` classes rewritten into ECMA-262 Unicode mode (then, when
 * needed, through {@link toUnicodePattern}); undefined when it has none that need it, or a name with no
 * ECMA-262 equivalent, or the result is still not valid.
 */
export function fromJavaClasses(pattern: string): string | undefined {
  if (isValidUnicode(pattern) || !/\\[pP]\{/.test(pattern)) return undefined;
  let out = "";
  let inClass = false;
  let changed = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "\\") {
      const escape = /^\\([pP])\{([^{}]*)\}/.exec(pattern.slice(i));
      if (!escape) {
        out += pattern.slice(i, i + 2);
        i++;
        continue;
      }
      const [whole, sign, name] = escape as unknown as [string, string, string];
      const known = javaProperty(name);
      if (known === undefined) return undefined;
      i += whole.length - 1;
      if ("property" in known) {
        out += `\\${sign}{${known.property}}`;
        changed ||= known.property !== name;
        continue;
      }
      // A negated ASCII class has no form inside another class.
      if (sign === "P" && inClass) return undefined;
      out += inClass ? known.range : `[${sign === "P" ? "^" : ""}${known.range}]`;
      changed = true;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  if (!changed) return undefined;
  if (isValidUnicode(out)) return out;
  return toUnicodePattern(out);
}
