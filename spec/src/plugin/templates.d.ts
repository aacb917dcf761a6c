/** A code sample template, built into the plugin as its text (esbuild's text loader). */
declare module '*.tmpl' {
  const text: string;
  export default text;
}
