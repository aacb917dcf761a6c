/** The optional access log: method, path, status and identifier of each request, and nothing that could be identity data. */

export type AccessLog = (line: string) => void;

const longestPath = 200;

export function accessLogLine(method: string, path: string, status: number, identifier = '-'): string {
  // The query string never reaches here; control characters are masked so a path cannot forge log lines.
  const shownPath = path.length > longestPath ? `${path.slice(0, longestPath)}…` : path;
  return `${printable(method)} ${printable(shownPath)} ${status} ${identifier}`;
}

function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f]/g, '?');
}
