// The site's one script, loaded deferred by every page; each page works without it. It adds copy buttons to code
// blocks, marks the handbook entry being read in the list of identifiers, focuses the search box on `/`, and shows
// the search page's results from search-index.json (built with the site): the entries containing every word of the
// query, identifier matches first, each with its brand's name and the matched text marked.
(() => {
  document.documentElement.classList.add('js');

  for (const pre of document.querySelectorAll('main pre')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(pre.textContent ?? '').then(
        () => {
          button.textContent = 'Copied';
          setTimeout(() => {
            button.textContent = 'Copy';
          }, 2000);
        },
        () => {
          button.textContent = 'Select and copy';
        },
      );
    });
    const block = document.createElement('div');
    block.className = 'code-block';
    pre.before(block);
    block.append(button, pre);
  }

  // The entry being read: the one the URL points at while its heading is in view; else the last heading scrolled
  // past (near the top), or at the end of the page the last one in view.
  const toc = document.querySelector('.toc');
  if (toc) {
    const links = new Map([...toc.querySelectorAll('a[href^="#"]')].map((link) => [link.hash.slice(1), link]));
    const headings = [...document.querySelectorAll('main h2[id]')].filter((heading) => links.has(heading.id));
    const details = toc.querySelector('details');
    // Browsers without ::details-content show the list closed on wide screens too: open it there.
    if (details && !CSS.supports('selector(::details-content)') && matchMedia('(min-width: 64rem)').matches) {
      details.open = true;
    }
    const inView = (heading) => {
      const { top, bottom } = heading.getBoundingClientRect();
      return top >= 0 && bottom <= innerHeight;
    };
    const reading = () => {
      const target = headings.find((heading) => `#${heading.id}` === decodeURIComponent(location.hash));
      if (target && inView(target)) return target;
      const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
      const limit = atEnd ? innerHeight : 120;
      return headings.filter((heading) => heading.getBoundingClientRect().top <= limit).at(-1) ?? headings[0];
    };
    let current;
    const mark = () => {
      const heading = reading();
      const link = heading && links.get(heading.id);
      if (link === current) return;
      current?.removeAttribute('aria-current');
      link?.setAttribute('aria-current', 'location');
      current = link;
    };
    let pending = false;
    addEventListener(
      'scroll',
      () => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          mark();
        });
      },
      { passive: true },
    );
    addEventListener('hashchange', mark);
    mark();
  }

  // `/` focuses the search box, unless the reader is typing somewhere.
  addEventListener('keydown', (event) => {
    const target = event.target;
    const typing =
      target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const input = document.querySelector('input[type="search"]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  const form = document.querySelector('main form[role="search"]');
  const input = form?.querySelector('input[name="q"]');
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  if (!form || !input || !results || !status) return;
  const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const wordsOf = (query) => query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = (doc) => `${doc.identifier} ${doc.explanation} ${doc.text}`.toLowerCase();
  const search = (documents, words) => {
    const matches = documents.filter((doc) => words.every((word) => haystack(doc).includes(word)));
    const inIdentifier = (doc) => words.some((word) => doc.identifier.toLowerCase().includes(word));
    return [...matches.filter(inIdentifier), ...matches.filter((doc) => !inIdentifier(doc))];
  };
  /** `text` as nodes, each word of the query in it marked. */
  const marked = (text, words) => {
    const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi');
    return text.split(pattern).map((part, index) => {
      if (index % 2 === 0) return document.createTextNode(part);
      const mark = document.createElement('mark');
      mark.textContent = part;
      return mark;
    });
  };
  /** Where the query matched beyond the identifier and explanation: the sentence of the causes or fix, shortened. */
  const excerptOf = (doc, words) => {
    const sentences = doc.text.split(/(?<=[.!?])\s+/);
    const sentence = sentences.find((candidate) => words.some((word) => candidate.toLowerCase().includes(word)));
    if (!sentence || words.every((word) => doc.explanation.toLowerCase().includes(word))) return undefined;
    return sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
  };
  const render = (documents) => {
    const query = input.value.trim();
    const words = wordsOf(query);
    const found = words.length > 0 ? search(documents, words) : [];
    results.replaceChildren(
      ...found.map((doc) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = doc.route;
        const code = document.createElement('code');
        code.append(...marked(doc.identifier, words));
        link.append(code);
        const brand = document.createElement('span');
        brand.className = 'brand';
        brand.textContent = doc.brandName;
        const explanation = document.createElement('p');
        explanation.append(...marked(doc.explanation, words));
        item.append(link, ' ', brand, explanation);
        const excerpt = excerptOf(doc, words);
        if (excerpt) {
          const more = document.createElement('p');
          more.className = 'excerpt';
          more.append(...marked(excerpt, words));
          item.append(more);
        }
        return item;
      }),
    );
    status.textContent = query ? `${found.length} result${found.length === 1 ? '' : 's'} for “${query}”` : '';
  };
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  fetch(form.dataset.index)
    .then((response) => response.json())
    .then((documents) => {
      input.addEventListener('input', () => render(documents));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
        render(documents);
      });
      render(documents);
    });
})();
