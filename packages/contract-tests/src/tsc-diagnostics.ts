/** tsc's plain-text diagnostics (`file(line,col): error TS1234: message`) as records a check can map to a problem. */

export interface Diagnostic {
  /** The file's name without its folder, e.g. `createToken.ts`; empty for a diagnostic of the whole run. */
  file: string;
  line: number;
  code: string;
  message: string;
}

const DIAGNOSTIC = /^(?:(.+?)\((\d+),\d+\): )?error (TS\d+): (.*)$/;

/** Parses tsc's output; continuation lines (a message's detail) are appended to the diagnostic they follow. */
export function parseDiagnostics(output: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = DIAGNOSTIC.exec(line.trimEnd());
    const [, path = '', lineNumber = '0', code = '', message = ''] = match ?? [];
    if (match) {
      diagnostics.push({ file: path.split(/[/\\]/).pop() ?? path, line: Number(lineNumber), code, message });
    } else if (line.trim() && diagnostics.length > 0) {
      const last = diagnostics[diagnostics.length - 1];
      if (last) last.message += ` ${line.trim()}`;
    }
  }
  return diagnostics;
}
