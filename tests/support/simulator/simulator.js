// CallDock's stand-in for the RingCentral Embeddable widget. It behaves as shared/protocol.md
// describes the real widget (messages, timeouts, registration, matching, un-logged calls) and is
// scripted by the test process through /control/poll; everything it sees is reported back
// through /control/report.
(function () {
  'use strict';

  const params = new URLSearchParams(window.location.search);
  const timeouts = { logger: 15000, matcher: 30000, other: 3000 };
  const storage = window.localStorage;
  // The real widget tests flags for truthiness of the string: '0' is on.
  const truthy = function (value) { return value !== null && value !== '' && value !== undefined; };

  // Hooks of simulator-messages.js: commands by type, and calls on registration and on
  // rc-adapter-update-auto-log-settings.
  const extensions = { commands: {}, onRegistered: [], onAutoLogSettings: [] };

  const state = {
    loggedIn: params.get('simLoggedIn') !== 'no',
    service: null,
    // The widget keeps auto-log per user once set; simAutoLog stands for such a stored value.
    autoLog: storage.getItem('sim.autoLog') !== null
      ? storage.getItem('sim.autoLog') === 'true'
      : (params.has('simAutoLog') ? params.get('simAutoLog') === 'on'
        : truthy(params.get('defaultAutoLogCallEnabled'))),
    // Persisted like the widget's "logger ready": survives reloads, unlike the service paths.
    loggerReady: storage.getItem('sim.loggerReady') === 'true',
    dialerReady: false,
    pending: new Map(),
    // The widget's call history (call-log records), by sessionId: /unlogged-calls and
    // /get-call-log read it. Calls the test put on the "server" (/control/history) are loaded
    // into it at every page load, like the real widget syncs its history.
    calls: new Map(),
    // Calls in progress (live call objects), by sessionId: see startCall / endCall.
    live: new Map(),
    logged: new Map(),
    // page -> { after, times, delayMs, seen }: see the hangPage command.
    hangPages: new Map(),
  };

  // ---- reporting to the test, in order, batched ----
  const outbox = [];
  let sending = false;
  function report(kind, payload) {
    outbox.push(Object.assign({ kind: kind, at: Date.now() }, payload || {}));
    pump();
  }
  function pump() {
    if (sending || outbox.length === 0) {
      return;
    }
    sending = true;
    const batch = outbox.splice(0, outbox.length);
    const body = JSON.stringify(batch);
    // keepalive lets reports made just before a reload arrive, but Chromium refuses keepalive
    // requests beyond its in-flight quota (64 KiB, seen failing from ~45 KB here): big batches
    // (match answers for hundreds of calls) go without it.
    fetch('/control/report', { method: 'POST', body: body, keepalive: body.length < 16000 })
      .then(function (response) { return response.ok; }, function () { return false; })
      .then(function (delivered) {
        sending = false;
        if (delivered) {
          pump();
          return;
        }
        // A lost batch would make the test wait for something that happened: send it again,
        // in order, and say so.
        outbox.unshift.apply(outbox, batch);
        outbox.push({ kind: 'report-retried', at: Date.now(), size: body.length });
        setTimeout(pump, 50);
      });
  }

  function toHost(message) {
    window.parent.postMessage(message, '*');
  }

  function uuid() {
    return 'sim-' + Math.random().toString(16).slice(2) + '-' + Date.now().toString(16);
  }

  // ---- widget → host requests with the widget's own timeouts ----
  function sendRequest(path, body, requestId) {
    const id = requestId || uuid();
    let limit = timeouts.other;
    if (state.service && path === state.service.callLoggerPath) {
      limit = timeouts.logger;
    } else if (state.service && path === state.service.callLogEntityMatcherPath) {
      limit = timeouts.matcher;
    } else if (state.service && path === state.service.messageLoggerPath) {
      limit = timeouts.logger; // protocol.md 9.2: 15 s
    } else if (state.service && path === state.service.messageLogEntityMatcherPath) {
      limit = timeouts.matcher; // 9.4: 30 s
    }
    return new Promise(function (resolve) {
      const started = performance.now();
      const timer = setTimeout(function () {
        state.pending.delete(id);
        report('timeout', { requestId: id, path: path });
        resolve(null);
      }, limit);
      state.pending.set(id, { path: path, started: started, timer: timer, resolve: resolve });
      toHost({ type: 'rc-post-message-request', requestId: id, path: path, body: body });
    });
  }

  function matchCalls(sessionIds) {
    if (!state.service || !state.service.callLogEntityMatcherPath || sessionIds.length === 0) {
      return Promise.resolve({});
    }
    return sendRequest(state.service.callLogEntityMatcherPath,
      { sessionIds: sessionIds, activeSessionIds: [] })
      .then(function (response) {
        // A timeout or malformed answer counts as "not logged".
        const data = response && response.data && typeof response.data === 'object'
          ? response.data : {};
        sessionIds.forEach(function (id) {
          const entries = Array.isArray(data[id]) ? data[id] : [];
          const real = entries.filter(function (e) { return e && e.type !== 'status'; });
          if (real.length > 0) {
            state.logged.set(id, real);
          } else {
            state.logged.delete(id);
          }
        });
        return data;
      });
  }

  // The browser phone's own session for a live call (rc-call-start/end-notify).
  function browserCall(live) {
    return {
      id: 'web-' + live.sessionId,
      partyData: { sessionId: live.sessionId, partyId: live.partyId || 'p-1' },
      direction: live.direction,
      from: live.from,
      to: live.to,
      fromUserName: live.fromName,
      toUserName: live.toName,
      startTime: live.startTime,
    };
  }

  // Auto-log of a call, as the widget does it (nothing before the service is registered).
  function logLive(call) {
    if (state.loggerReady && state.service && state.service.callLoggerPath) {
      sendRequest(state.service.callLoggerPath,
        { call: call, triggerType: 'presenceUpdate', redirect: false });
    }
  }
  function logRecord(record) {
    if (state.loggerReady && state.service && state.service.callLoggerPath) {
      sendRequest(state.service.callLoggerPath,
        { call: record, triggerType: 'callLogSync', redirect: false });
    }
  }

  // ---- host → widget requests (rc-adapter-message-request) ----
  function answerHost(requestId, response) {
    toHost({ type: 'rc-adapter-message-response', responseId: requestId, response: response });
  }

  function handleHostRequest(message) {
    if (message.body === undefined || message.body === null) {
      return; // the real widget never answers without a body
    }
    const body = message.body;
    if (message.path === '/unlogged-calls') {
      const perPage = Math.max(1, Number(body.perPage) || 100);
      const page = Math.max(1, Number(body.page) || 1);
      let delayMs = 0;
      const hang = state.hangPages.get(page);
      if (hang) {
        hang.seen += 1;
        if (hang.seen > hang.after && hang.seen <= hang.after + hang.times) {
          report('hung-page', { page: page, delayMs: hang.delayMs });
          if (!hang.delayMs) {
            return; // the widget has no deadline of its own: this request is never answered
          }
          delayMs = hang.delayMs;
        }
      }
      const now = Date.now();
      const all = Array.from(state.calls.values());
      matchCalls(all.map(function (c) { return c.sessionId; })).then(function () {
        const unlogged = all
          .filter(function (c) { return !state.logged.has(c.sessionId); })
          .filter(function (c) { return c.startTime + (c.duration || 0) * 1000 < now - 20000; })
          .sort(function (a, b) { return b.startTime - a.startTime; });
        const slice = unlogged.slice((page - 1) * perPage, page * perPage);
        const answer = function () {
          answerHost(message.requestId, {
            calls: slice,
            hasMore: unlogged.length > page * perPage,
          });
          if (delayMs) {
            report('late-page', { page: page, count: slice.length });
          }
        };
        // A slow widget: the page was put together now, its answer comes much later.
        if (delayMs) {
          setTimeout(answer, delayMs);
        } else {
          answer();
        }
      });
    } else if (message.path === '/get-call-log') {
      if (!body.sessionId && !body.telephonySessionId) {
        answerHost(message.requestId, { error: 'sessionId or telephonySessionId is required' });
        return;
      }
      // Like the widget: the first history record with either id; live calls are not in the
      // history yet, so a call still in progress is unknown (null).
      let found = null;
      state.calls.forEach(function (c) {
        if (!found && ((body.sessionId && c.sessionId === body.sessionId) ||
            (body.telephonySessionId && c.telephonySessionId === body.telephonySessionId))) {
          found = c;
        }
      });
      report('get-call-log', { sessionId: body.sessionId, telephonySessionId: body.telephonySessionId,
        found: found !== null });
      answerHost(message.requestId, { call: found });
    } else if (message.path === '/custom-alert-message') {
      report('alert', { body: body });
      answerHost(message.requestId, { data: 'ok' });
    }
  }

  // ---- messages from the host ----
  function handleHostMessage(event) {
    const data = event.data;
    report('received', { data: data, origin: event.origin });
    if (!data || typeof data !== 'object') {
      return;
    }
    switch (data.type) {
    case 'rc-adapter-register-third-party-service': {
      if (!data.service || !data.service.name) {
        return; // silently ignored, like the widget
      }
      state.service = data.service;
      state.loggerReady = true;
      storage.setItem('sim.loggerReady', 'true');
      // Like 2.3.1: the call logger is ready (and says so) only once signed in.
      if (data.service.callLoggerPath && state.loggedIn) {
        toHost({ type: 'rc-callLogger-auto-log-notify', autoLog: state.autoLog });
      }
      extensions.onRegistered.forEach(function (hook) { hook(data.service); });
      break;
    }
    case 'rc-post-message-response': {
      const pending = state.pending.get(data.responseId);
      if (!pending) {
        report('late-response', { responseId: data.responseId });
        return;
      }
      clearTimeout(pending.timer);
      state.pending.delete(data.responseId);
      report('response', {
        requestId: data.responseId,
        path: pending.path,
        response: data.response,
        elapsedMs: performance.now() - pending.started,
      });
      pending.resolve(data.response);
      break;
    }
    case 'rc-adapter-update-auto-log-settings':
      extensions.onAutoLogSettings.forEach(function (hook) { hook(data); });
      if (state.loggerReady && state.service && state.service.callLoggerPath) {
        state.autoLog = !!data.call;
        storage.setItem('sim.autoLog', String(state.autoLog));
        toHost({ type: 'rc-callLogger-auto-log-notify', autoLog: state.autoLog });
      }
      break;
    case 'rc-adapter-new-call':
      if (state.loggedIn && state.dialerReady) {
        report('dialed', { phoneNumber: data.phoneNumber, toCall: data.toCall });
      } else {
        report('new-call-ignored', { phoneNumber: data.phoneNumber });
      }
      break;
    case 'rc-adapter-trigger-call-logger-match':
      matchCalls((data.sessionIds || []).filter(function (id) { return state.calls.has(id); }));
      break;
    case 'rc-adapter-navigate-to':
      report('navigated', { path: data.path });
      break;
    case 'rc-adapter-message-request':
      handleHostRequest(data);
      break;
    case 'rc-adapter-logout':
      state.loggedIn = false;
      toHost({ type: 'rc-login-status-notify', loggedIn: false, loginNumber: '', features: {} });
      break;
    default:
      break;
    }
  }

  // ---- commands from the test process ----
  function runCommand(command) {
    switch (command.op) {
    case 'post':
      toHost(command.message);
      break;
    case 'request':
      sendRequest(command.path, command.body, command.requestId);
      break;
    case 'burst': {
      // Many requests without waiting for answers: all at once, or `perTick` every `tickMs`.
      const perTick = command.perTick || command.requests.length;
      let next = 0;
      const sendSome = function () {
        command.requests.slice(next, next + perTick).forEach(function (r) {
          sendRequest(r.path, r.body, r.requestId);
        });
        next += perTick;
        if (next < command.requests.length) {
          setTimeout(sendSome, command.tickMs || 0);
        }
      };
      sendSome();
      break;
    }
    case 'reload':
      window.location.reload();
      break;
    case 'flood': {
      // A misbehaving or very busy widget: `ratePerSecond` messages a second for `durationMs`,
      // cycling through `messages` (events, posted as they are); every `requestEvery`-th one is
      // instead the next of `requests` (sent as real requests, with the widget's timeouts).
      // Each tick (every `tickMs`) catches up with the rate, so slow timers do not lower it.
      const started = performance.now();
      const every = command.requestEvery || 0;
      let sent = 0;
      let nextRequest = 0;
      const tick = function () {
        const elapsed = Math.min(performance.now() - started, command.durationMs);
        const due = Math.round(command.ratePerSecond * elapsed / 1000);
        while (sent < due) {
          if (every > 0 && sent % every === 0 && nextRequest < command.requests.length) {
            const r = command.requests[nextRequest++];
            sendRequest(r.path, r.body, r.requestId);
          } else {
            toHost(command.messages[sent % command.messages.length]);
          }
          ++sent;
        }
        if (elapsed < command.durationMs) {
          setTimeout(tick, command.tickMs);
        } else {
          report('flood-done', { sent: sent, requests: nextRequest,
            elapsedMs: performance.now() - started });
        }
      };
      tick();
      break;
    }
    case 'probeBridge':
      report('bridge-probe', Object.assign({ frame: 'widget' }, probeBridge()));
      break;
    case 'nestedProbe': {
      const frame = document.createElement('iframe');
      frame.src = (command.origin || '') + '/probe.html';
      document.body.appendChild(frame);
      break;
    }
    case 'navigate':
      window.location.href = command.url;
      break;
    case 'showLink': {
      // A link filling the whole frame, for a real (user-initiated) click from the test.
      const link = document.createElement('a');
      link.id = 'sim-link';
      link.href = command.url;
      link.target = command.target || '_blank';
      link.textContent = 'open';
      link.style.cssText = 'position:fixed;left:0;top:0;width:100vw;height:100vh;display:block;' +
        'background:#fc0;z-index:1000';
      document.body.appendChild(link);
      report('link-shown', {});
      break;
    }
    case 'setState':
      if (typeof command.dialerReady === 'boolean' && command.dialerReady !== state.dialerReady) {
        state.dialerReady = command.dialerReady;
        toHost({ type: 'rc-dialer-status-notify', ready: state.dialerReady });
      }
      if (typeof command.autoLog === 'boolean' && command.autoLog !== state.autoLog) {
        // The user flips the toggle in the widget's settings.
        state.autoLog = command.autoLog;
        storage.setItem('sim.autoLog', String(state.autoLog));
        toHost({ type: 'rc-callLogger-auto-log-notify', autoLog: state.autoLog });
      }
      if (typeof command.loggedIn === 'boolean' && command.loggedIn !== state.loggedIn) {
        state.loggedIn = command.loggedIn;
        toHost(loginStatus());
      }
      break;
    case 'startCall': {
      // A call comes up (on this device or another): the widget tells the host, and with
      // auto-log on logs it live.
      const call = command.call;
      state.live.set(call.sessionId, call);
      if (command.browser) {
        // A call of the browser phone itself: its web phone session connects.
        toHost({ type: 'rc-call-start-notify', call: browserCall(call) });
      }
      toHost({ type: 'rc-active-call-notify', call: call });
      if (state.autoLog) {
        logLive(call);
      }
      report('call-started', { sessionId: call.sessionId });
      break;
    }
    case 'endCall': {
      // The call ends: its call-log record `record` joins the history. With `notify` false the
      // host hears nothing (it was not running when the call ended: the record only turns up in
      // the history, e.g. after a restart). Otherwise the widget reports the end and, with
      // auto-log on or the call logged, sends the "ended" update (carrying the previous status)
      // and the record, then announces the synced history.
      const live = state.live.get(command.sessionId);
      state.live.delete(command.sessionId);
      if (command.record) {
        state.calls.set(command.record.sessionId, command.record);
      }
      if (command.notify !== false) {
        if (live && command.browser) {
          toHost({ type: 'rc-call-end-notify', call: browserCall(live) });
        }
        if (live) {
          toHost({ type: 'rc-active-call-notify',
            call: Object.assign({}, live, { telephonyStatus: 'NoCall' }) });
        }
        if (state.autoLog || state.logged.has(command.sessionId)) {
          if (live) {
            logLive(live);
          }
          if (command.record) {
            logRecord(command.record);
          }
        }
        toHost({ type: 'rc-call-history-synced-notify' });
      }
      report('call-ended', { sessionId: command.sessionId, notified: command.notify !== false });
      break;
    }
    case 'addCalls':
      command.calls.forEach(function (c) { state.calls.set(c.sessionId, c); });
      report('calls-added', { count: state.calls.size });
      break;
    case 'hangPage':
      // Requests for `page` are answered normally `after` times (default 0); the next `times`
      // (default: all) are never answered, or answered only after `delayMs` when it is set.
      state.hangPages.set(command.page, {
        after: Number(command.after) || 0,
        times: command.times === undefined ? Infinity : Number(command.times),
        delayMs: Number(command.delayMs) || 0,
        seen: 0,
      });
      report('hang-set', { page: command.page });
      break;
    case 'nestedPost': {
      const frame = document.createElement('iframe');
      frame.src = (command.origin || '') + '/nested.html#' +
        encodeURIComponent(JSON.stringify(command.message));
      document.body.appendChild(frame);
      break;
    }
    case 'getUserMedia':
      navigator.mediaDevices.getUserMedia({ audio: true })
        .then(function (stream) {
          stream.getTracks().forEach(function (track) { track.stop(); });
          report('media', { granted: true });
        })
        .catch(function (error) { report('media', { granted: false, error: String(error) }); });
      break;
    case 'requestNotifications':
      Notification.requestPermission().then(function (result) {
        report('notifications', { permission: result });
        if (result === 'granted' && command.title) {
          new Notification(command.title, { body: command.body || '' });
        }
      });
      break;
    case 'openPopup':
      report('popup-opened', { ok: window.open(command.url, command.name || 'rc-oauth') !== null });
      break;
    default:
      if (extensions.commands[command.op]) {
        extensions.commands[command.op](command);
        break;
      }
      report('unknown-command', { op: command.op });
    }
  }

  // What a script in this frame can reach of CallDock's bridge: nothing (it lives in the host
  // page, in a world of its own), and the host page itself is another origin.
  function probeBridge() {
    const result = {
      qt: typeof window.qt,
      transport: typeof (window.qt && window.qt.webChannelTransport),
      channel: typeof window.QWebChannel,
    };
    try {
      result.parentQt = typeof window.parent.qt;
      result.parentDocument = typeof window.parent.document;
    } catch (error) {
      result.parentQt = 'denied';
      result.parentDocument = 'denied';
    }
    try {
      result.topQt = typeof window.top.qt;
    } catch (error) {
      result.topQt = 'denied';
    }
    return result;
  }
  window.simProbeBridge = probeBridge;

  function poll() {
    fetch('/control/poll', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (commands) {
        commands.forEach(function (command) {
          try {
            runCommand(command);
          } catch (error) {
            report('command-error', { op: command.op, error: String(error) });
          }
        });
        poll();
      })
      .catch(function () { setTimeout(poll, 200); });
  }

  function loginStatus() {
    return {
      type: 'rc-login-status-notify',
      loggedIn: state.loggedIn,
      loginNumber: state.loggedIn ? '+16505550100' : '',
      features: { ringtone: true, call: true, sms: true },
    };
  }

  window.addEventListener('message', function (event) {
    // Messages from our own popups (the OAuth redirect page) come from the popup window.
    if (event.data && event.data.type === 'sim-oauth-callback') {
      report('oauth-callback', { callbackUri: event.data.callbackUri, origin: event.origin });
      return;
    }
    if (event.data && event.data.type === 'sim-nested-probe') {
      report('bridge-probe', Object.assign({ frame: 'nested', origin: event.origin },
        event.data.probe));
      return;
    }
    if (event.data && event.data.type === 'sim-nested-posted') {
      report('nested-posted', {});
      return;
    }
    handleHostMessage(event);
  });

  // The history kept on the "server" (Simulator::addHistoryCall) is there before the widget
  // says it is up, as after the real widget's start-up sync.
  function loadHistory() {
    return fetch('/control/history', { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (calls) {
        (Array.isArray(calls) ? calls : []).forEach(function (c) { state.calls.set(c.sessionId, c); });
      }, function () {});
  }

  report('loaded', { href: window.location.href, search: window.location.search });
  window.addEventListener('load', function () { report('window-load', {}); });
  // simEarly=1: a fast widget that posts its login status while the page is still being parsed,
  // long before the frame's load event (held back by a slow image).
  const early = params.get('simEarly') === '1';
  if (early) {
    toHost(loginStatus());
    const slow = document.createElement('img');
    slow.src = '/control/slow?ms=' + (Number(params.get('simLoadDelayMs')) || 1500);
    document.body.appendChild(slow);
  }
  // simulator-messages.js (loaded next) adds message logging through these.
  window.calldockSim = {
    state: state, params: params, storage: storage, truthy: truthy, report: report,
    toHost: toHost, sendRequest: sendRequest, extensions: extensions,
  };
  poll();
  loadHistory().then(function () { setTimeout(function () {
    if (!early) {
      toHost(loginStatus());
    }
    if (state.loggedIn && params.get('simDialer') !== 'manual') {
      setTimeout(function () {
        state.dialerReady = true;
        toHost({ type: 'rc-dialer-status-notify', ready: true });
      }, 300);
    }
  }, 50); });
})();
