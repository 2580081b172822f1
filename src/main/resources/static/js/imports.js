// Uploads a file to /api/v1/imports and follows the import by its id until it has ended.
(function () {
  const form = document.getElementById('upload');
  const words = document.getElementById('words').dataset;
  const bar = document.getElementById('bar');
  const percent = document.getElementById('percent');
  const lang = document.documentElement.lang || 'zh';
  // the session's CSRF token, which every change sent from the page carries
  const csrfToken = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  const csrf = csrfToken && csrfHeader ? { [csrfHeader.content]: csrfToken.content } : {};

  function fill(template, values) {
    return template.replace(/\{(\d+)\}/g, (m, i) => values[Number(i)]);
  }

  function show(state) {
    const p = state.progress;
    bar.value = state.percent;
    percent.textContent = state.percent + '% ' + (words[p.phase] || p.phase);
    if (!state.report) {
      return false;
    }
    const r = state.report;
    const c = r.counts;
    document.getElementById('report').hidden = false;
    document.getElementById('summary').textContent =
      (words[r.status] || r.status) + ' — ' +
      fill(words.counts, [c.read, c.inserted, c.updated, c.unchanged, c.rejected, c.rows_with_problems, c.late]) +
      (r.notices.length ? ' ' + r.notices.join(' ') : '');
    document.getElementById('problems-xlsx').href = '/api/v1/imports/' + r.id + '/problems.xlsx?lang=' + lang;
    document.getElementById('problems-csv').href = '/api/v1/imports/' + r.id + '/problems.csv?lang=' + lang;
    const body = document.getElementById('problems');
    body.replaceChildren();
    for (const problem of r.problems) {
      const row = document.createElement('tr');
      for (const value of [problem.row, problem.column, problem.value, problem.rule, problem.tier, problem.message]) {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.appendChild(cell);
      }
      body.appendChild(row);
    }
    return true;
  }

  async function follow(id) {
    for (;;) {
      const response = await fetch('/api/v1/imports/' + id + '?lang=' + lang);
      const state = await response.json();
      if (show(state)) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    document.getElementById('progress').hidden = false;
    document.getElementById('report').hidden = true;
    bar.value = 0;
    const response = await fetch(form.action + '?lang=' + lang, { method: 'POST', body: new FormData(form), headers: csrf });
    // an error from the server in front (e.g. a file over the upload limit) may not be JSON
    const state = await response.json().catch(() => ({}));
    if (!response.ok) {
      percent.textContent = words.error + ' ' + (state.detail || response.status);
      return;
    }
    show(state);
    follow(state.progress.id);
  });
})();
