// Search without a server: filters the index the build wrote (search-index.json) as the reader types.
// Results are built with textContent only, so nothing in the index can run as markup.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) {
    return;
  }
  form.hidden = false;
  var index = null;

  function load() {
    if (index) {
      return Promise.resolve(index);
    }
    return fetch('/search-index.json')
      .then(function (r) { return r.json(); })
      .then(function (entries) {
        index = entries.map(function (e) {
          // e.text holds each word of the article once (SearchIndex): a query word is looked for within one
          // word, so that is all the matching needs
          e.haystack = (e.title + ' ' + e.summary + ' ' + e.text).toLowerCase();
          return e;
        });
        return index;
      });
  }

  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      if (entry.haystack.indexOf(words[i]) < 0) {
        return 0;
      }
      total += entry.title.toLowerCase().indexOf(words[i]) >= 0 ? 3 : 1;
    }
    return total;
  }

  function show(query) {
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 1; });
    list.textContent = '';
    if (words.length === 0) {
      status.textContent = 'Type a word such as sciatica or posture.';
      return;
    }
    load().then(function (entries) {
      var hits = entries
        .map(function (e) { return { entry: e, score: score(e, words) }; })
        .filter(function (h) { return h.score > 0; })
        .sort(function (a, b) { return b.score - a.score; })
        .slice(0, 20);
      status.textContent = hits.length === 0
        ? 'No article matches. Try another word, or browse all articles.'
        : hits.length + (hits.length === 1 ? ' article matches.' : ' articles match.');
      hits.forEach(function (h) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = h.entry.url;
        link.textContent = h.entry.title;
        var summary = document.createElement('p');
        summary.textContent = h.entry.summary;
        item.appendChild(link);
        item.appendChild(summary);
        list.appendChild(item);
      });
    }).catch(function () {
      status.textContent = 'Search is not available right now; browse all articles instead.';
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
  });
  input.addEventListener('input', function () { show(input.value); });
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
})();
