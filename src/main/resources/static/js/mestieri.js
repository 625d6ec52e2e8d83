// Mestieri: small progressive enhancements. Every page works without this file.
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  ready(function () {
    if (window.bootstrap && typeof window.bootstrap.loadFonts === 'function') {
      window.bootstrap.loadFonts('/webjars/bootstrap-italia/dist/fonts');
    }

    // htmx requests carry the CSRF token like forms do.
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      document.body.addEventListener('htmx:configRequest', function (event) {
        event.detail.headers[header.content] = token.content;
      });
    }

    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });

    checkInForm();
    kioskReturn();
    board();
    overviewAnnouncer();
  });

  // Reception: number keys choose the area, Enter issues the ticket, topics follow the area.
  function checkInForm() {
    var form = document.getElementById('checkin-form');
    if (!form) { return; }
    var areas = form.querySelectorAll('input[name="area"]');
    var topic = form.querySelector('#topic');

    function filterTopics() {
      if (!topic) { return; }
      var chosen = form.querySelector('input[name="area"]:checked');
      topic.querySelectorAll('optgroup').forEach(function (group) {
        var visible = !chosen || group.dataset.area === chosen.value;
        group.hidden = !visible;
        group.disabled = !visible;
      });
      var selected = topic.selectedOptions[0];
      if (selected && selected.parentElement.tagName === 'OPTGROUP' && selected.parentElement.disabled) {
        topic.value = '';
      }
    }

    areas.forEach(function (radio) { radio.addEventListener('change', filterTopics); });
    filterTopics();

    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target.tagName === 'INPUT' && (target.type === 'text' || target.type === 'search');
      if (event.altKey || event.ctrlKey || event.metaKey) { return; }
      if (!typing && target.tagName !== 'SELECT' && /^[1-9]$/.test(event.key)) {
        var radio = form.querySelector('input[name="area"][data-key="' + event.key + '"]');
        if (radio) {
          radio.checked = true;
          radio.focus();
          filterTopics();
          event.preventDefault();
        }
      }
      if (event.key === 'Enter' && form.contains(target) && target.tagName !== 'BUTTON' && target.tagName !== 'TEXTAREA') {
        event.preventDefault();
        form.requestSubmit();
      }
    });

    var first = form.querySelector('input[name="area"]:checked') || areas[0];
    if (first && !document.querySelector('.alert-danger')) { first.focus(); }
  }

  // Reception overview: the panel is replaced every few seconds; a live region that stays put
  // says how many are waiting when that number changes (not at every refresh).
  function overviewAnnouncer() {
    var announcer = document.getElementById('overview-announcer');
    if (!announcer) { return; }
    var summary = document.querySelector('.overview-summary');
    var last = summary ? summary.dataset.waiting : null;
    document.body.addEventListener('htmx:afterSettle', function () {
      var fresh = document.querySelector('.overview-summary');
      if (fresh && fresh.dataset.waiting !== last) {
        last = fresh.dataset.waiting;
        announcer.textContent = fresh.textContent;
      }
    });
  }

  // Kiosk: the ticket screen goes back to the start by itself.
  function kioskReturn() {
    var page = document.querySelector('[data-return-url]');
    if (!page) { return; }
    var seconds = parseInt(page.dataset.returnAfter || '30', 10);
    window.setTimeout(function () { window.location.assign(page.dataset.returnUrl); }, seconds * 1000);
  }

  // Hall display: htmx's SSE extension keeps the stream and swaps the panel on each call
  // (board.html); here each call of this site is announced to screen readers, with a chime.
  function board() {
    var main = document.querySelector('main.board');
    if (!main) { return; }
    var status = document.getElementById('board-status');
    var announcer = document.getElementById('board-announcer');
    var site = main.dataset.site;

    main.addEventListener('htmx:sseOpen', function () { status.textContent = status.dataset.live; });
    main.addEventListener('htmx:sseError', function () { status.textContent = status.dataset.offline; });
    main.addEventListener('htmx:sseMessage', function (event) {
      if (event.detail.type !== 'called') { return; }
      var call = JSON.parse(event.detail.data);
      if (String(call.site) !== String(site)) { return; }
      announcer.textContent = status.dataset.announce.replace('{0}', call.ticket).replace('{1}', call.desk);
      chime();
    });
  }

  function chime() {
    try {
      var context = new (window.AudioContext || window.webkitAudioContext)();
      [660, 880].forEach(function (frequency, index) {
        var oscillator = context.createOscillator();
        var gain = context.createGain();
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.2, context.currentTime + index * 0.35);
        gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + index * 0.35 + 0.3);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(context.currentTime + index * 0.35);
        oscillator.stop(context.currentTime + index * 0.35 + 0.32);
      });
    } catch (e) {
      // sound is a courtesy; the screen still shows the call
    }
  }
})();
