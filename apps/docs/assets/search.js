// Offline search of the error handbooks: reads search-index.json (built with the site) and lists the entries that
// contain every word of the query, identifier matches first. The page works without it: the form just reloads.
(() => {
  const form = document.querySelector('form[role="search"]');
  const input = form?.querySelector('input[name="q"]');
  const results = document.getElementById('search-results');
  if (!form || !input || !results) return;
  const haystack = (doc) => `${doc.identifier} ${doc.explanation} ${doc.text}`.toLowerCase();
  const search = (documents, query) => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    const matches = documents.filter((doc) => words.every((word) => haystack(doc).includes(word)));
    const inIdentifier = (doc) => words.some((word) => doc.identifier.toLowerCase().includes(word));
    return [...matches.filter(inIdentifier), ...matches.filter((doc) => !inIdentifier(doc))];
  };
  const render = (documents) => {
    const query = input.value.trim();
    const found = search(documents, query);
    results.replaceChildren(
      ...found.map((doc) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = doc.route;
        const code = document.createElement('code');
        code.textContent = doc.identifier;
        link.append(code, ` (${doc.brand})`);
        item.append(link, ` ${doc.explanation}`);
        return item;
      }),
    );
    const status = document.getElementById('search-status');
    if (status) status.textContent = query ? `${found.length} result${found.length === 1 ? '' : 's'}` : '';
  };
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  fetch(form.dataset.index)
    .then((response) => response.json())
    .then((documents) => {
      input.addEventListener('input', () => render(documents));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        render(documents);
      });
      render(documents);
    });
})();
