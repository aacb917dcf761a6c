/**
 * Loaded (`node --import`) before a published "Handle it" module runs in the tests: its requests to the documented
 * sandbox origin (DOCUMENTED_ORIGIN) go to the test's sandbox (TEST_ORIGIN) instead, so the module runs unchanged.
 */
const from = process.env.DOCUMENTED_ORIGIN ?? '';
const to = process.env.TEST_ORIGIN ?? '';
const send = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  const request = new Request(input, init);
  if (!from || !to || !request.url.startsWith(from)) return send(request);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return send(`${to}${request.url.slice(from.length)}`, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
  });
};
