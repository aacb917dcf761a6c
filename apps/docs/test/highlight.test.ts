import { describe, expect, it } from 'vitest';
import { highlight } from '../src/highlight.ts';

describe('highlighting at build time', () => {
  const cases: Array<[name: string, { given: [code: string, language: string]; want: string }]> = [
    [
      'a JSON key, string and literal',
      {
        given: ['{"retry": false, "id": "A"}', 'json'],
        want: '{<span class="hl-p">&quot;retry&quot;</span>: <span class="hl-n">false</span>, <span class="hl-p">&quot;id&quot;</span>: <span class="hl-s">&quot;A&quot;</span>}',
      },
    ],
    [
      'a shell comment, command, option and quoted word',
      {
        given: ["# Send it\ncurl -X POST 'http://x/a#b'", 'sh'],
        want: '<span class="hl-c"># Send it</span>\n<span class="hl-f">curl</span> <span class="hl-o">-X</span> POST <span class="hl-s">&#39;http://x/a#b&#39;</span>',
      },
    ],
    [
      'a pipe into a command, with a printf escape kept whole in its quotes',
      {
        given: ["printf '\\377' | curl --data-binary @-", 'sh'],
        want: '<span class="hl-f">printf</span> <span class="hl-s">&#39;\\377&#39;</span> | <span class="hl-f">curl</span> <span class="hl-o">--data-binary</span> @-',
      },
    ],
    [
      'TypeScript keywords, calls, strings, comments and template literals',
      {
        given: ["const r = await f('<a>'); // done\nif (`a b`) {}", 'ts'],
        want: '<span class="hl-k">const</span> r = <span class="hl-k">await</span> <span class="hl-f">f</span>(<span class="hl-s">&#39;&lt;a&gt;&#39;</span>); <span class="hl-c">// done</span>\n<span class="hl-k">if</span> (<span class="hl-s">`a b`</span>) {}',
      },
    ],
    ['a language without rules, only escaped', { given: ['<b> & "c"', 'text'], want: '&lt;b&gt; &amp; &quot;c&quot;' }],
  ];

  it.each(cases)('marks %s', (_name, { given, want }) => {
    expect(highlight(...given)).toBe(want);
  });

  it('keeps every character of the code, in order', () => {
    const code = 'printf \'{"a": "\\377"}\' | curl -u \'k:s\' # 50% <done>';
    const text = highlight(code, 'sh')
      .replace(/<[^>]*>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&');
    expect(text).toBe(code);
  });
});
