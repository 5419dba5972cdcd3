/**
 * The inline script of every page. Like divar's React app it navigates without reloading: a click on
 * a same-origin /s/ or /v/ link fetches that page, swaps the content of #app and pushState()s the
 * URL (popstate swaps back). The inline __PRELOADED_STATE__ is left alone, so it goes stale exactly
 * as on the real site. It also wires the post page's "اطلاعات تماس" button to the contact API.
 */
export const SPA_SCRIPT = `(function () {
  var app = document.getElementById('app');
  function isSpaLink(a) {
    return a.origin === location.origin && /^\\/(s|v)\\//.test(a.pathname) && !a.target && !a.hasAttribute('download');
  }
  function navigate(url, push) {
    return fetch(url, { credentials: 'include', headers: { 'x-replica-navigation': 'spa' } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var next = doc.getElementById('app');
        if (!next) { location.href = url; return; }
        app.innerHTML = next.innerHTML;
        document.title = doc.title;
        if (push) history.pushState({ replicaSpa: true }, '', url);
        window.scrollTo(0, 0);
        window.dispatchEvent(new CustomEvent('replica:navigated', { detail: { url: String(url) } }));
      });
  }
  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || !isSpaLink(link)) return;
    event.preventDefault();
    navigate(link.href, true).catch(function () { location.href = link.href; });
  });
  window.addEventListener('popstate', function () {
    navigate(location.href, false).catch(function () { location.reload(); });
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.post-actions__get-contact') : null;
    if (!button) return;
    var output = document.querySelector('.post-actions__contact-result');
    fetch('https://api.divar.ir/v8/postcontact/web/contact_info_v2/' + button.getAttribute('data-token'), {
      method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json', 'x-render-type': 'CSR', 'x-standard-divar-error': 'true' },
      body: JSON.stringify({ contact_uuid: button.getAttribute('data-contact-uuid') })
    }).then(function (response) { return response.json().then(function (body) { return { status: response.status, body: body }; }); })
      .then(function (result) {
        var row = result.body.widget_list && result.body.widget_list[0];
        if (output) output.textContent = row ? row.data.title + ': ' + row.data.value : 'خطا (' + result.status + ')';
      })
      .catch(function () { if (output) output.textContent = 'خطا در دریافت اطلاعات تماس'; });
  });
})();`;
