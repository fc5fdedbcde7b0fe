// Message logging of the widget simulator (shared/protocol.md section 9), on top of
// simulator.js: conversations grouped into conversation-days, message auto-log, the Log button,
// the message matcher and its failure mode. Scripted with the commands at the end.
(function () {
  'use strict';

  const sim = window.calldockSim;
  const state = sim.state;
  const report = sim.report;

  const messages = {
    // conversationId -> { id, type, self, correspondents, messages: [] (newest first) }
    conversations: new Map(),
    // conversationLogId -> matcher entries (logged only; status entries do not count)
    logged: new Map(),
    // Off by default; seeded by defaultAutoLogMessageEnabled, where any value (even '0') is on.
    autoLog: sim.storage.getItem('sim.messageAutoLog') !== null
      ? sim.storage.getItem('sim.messageAutoLog') === 'true'
      : sim.truthy(sim.params.get('defaultAutoLogMessageEnabled')),
    // The widget formats the day with its locale and time zone (simLocale, default en-US).
    locale: sim.params.get('simLocale') || 'en-US',
    autoQueue: [],
    autoRunning: 0,
  };

  function service() {
    return state.service && state.service.messageLoggerPath ? state.service : null;
  }

  function dayOf(ms) {
    return new Date(ms).toLocaleDateString(messages.locale, { timeZone: 'UTC' });
  }

  function logIdOf(conversationId, ms) {
    return conversationId + '/' + dayOf(ms);
  }

  function allLogIds() {
    const ids = [];
    messages.conversations.forEach(function (c) {
      const seen = new Set();
      c.messages.forEach(function (m) {
        const id = logIdOf(c.id, m.creationTime);
        if (!seen.has(id)) {
          seen.add(id);
          ids.push(id);
        }
      });
    });
    return ids;
  }

  // The body of one day-group (9.3): the messages of that day, newest first.
  function dayBody(conversation, logId, triggerType, extra) {
    const dayMessages = conversation.messages.filter(function (m) {
      return logIdOf(conversation.id, m.creationTime) === logId;
    });
    const newest = dayMessages[0];
    const body = {
      conversation: {
        conversationLogId: logId,
        conversationId: conversation.id,
        date: logId.slice(logId.indexOf('/') + 1),
        type: newest ? newest.type : conversation.type,
        creationTime: newest ? newest.creationTime : 0,
        self: conversation.self,
        correspondents: conversation.correspondents,
        conversationLogMatches: messages.logged.get(logId) || [],
        messages: dayMessages,
      },
      triggerType: triggerType,
      redirect: false,
    };
    return Object.assign(body, extra || {});
  }

  // The matcher (9.4): a timeout or an error is stored as "not logged" for every id asked.
  function match(ids) {
    const s = service();
    if (!s || !s.messageLogEntityMatcherPath || ids.length === 0) {
      return Promise.resolve();
    }
    return sim.sendRequest(s.messageLogEntityMatcherPath, { conversationLogIds: ids })
      .then(function (response) {
        const data = response && response.data && typeof response.data === 'object'
          ? response.data : null;
        ids.forEach(function (id) {
          const entries = data && Array.isArray(data[id]) ? data[id] : [];
          const real = entries.filter(function (e) { return e && e.type !== 'status'; });
          if (real.length > 0) {
            messages.logged.set(id, real);
          } else {
            messages.logged.delete(id);
          }
        });
        report('message-marks', {
          asked: ids.length,
          failed: data === null,
          logged: Array.from(messages.logged.keys()),
        });
      });
  }

  // Logs one day-group; after a successful log the widget asks the matcher about it.
  function log(body) {
    const s = service();
    if (!s) {
      return Promise.resolve(null);
    }
    return sim.sendRequest(s.messageLoggerPath, body).then(function (response) {
      report('message-logged', {
        conversationLogId: body.conversation.conversationLogId,
        triggerType: body.triggerType,
        response: response,
      });
      if (response && !response.error) {
        return match([body.conversation.conversationLogId]).then(function () { return response; });
      }
      return response;
    });
  }

  // Auto-log is queued, at most 10 at a time (9.2).
  function queueAuto(body) {
    messages.autoQueue.push(body);
    pumpAuto();
  }
  function pumpAuto() {
    while (messages.autoRunning < 10 && messages.autoQueue.length > 0) {
      const body = messages.autoQueue.shift();
      messages.autoRunning += 1;
      log(body).then(function () {
        messages.autoRunning -= 1;
        pumpAuto();
      });
    }
  }

  function notifyAutoLog() {
    sim.toHost({ type: 'rc-messageLogger-auto-log-notify', autoLog: messages.autoLog });
  }

  function setAutoLog(enabled) {
    messages.autoLog = enabled;
    sim.storage.setItem('sim.messageAutoLog', String(enabled));
    notifyAutoLog();
  }

  sim.extensions.onRegistered.push(function (registered) {
    if (!registered.messageLoggerPath || !state.loggedIn) {
      return;
    }
    notifyAutoLog();
    // Registering again refreshes the marks: there is no host message that triggers a match.
    match(allLogIds());
  });

  sim.extensions.onAutoLogSettings.push(function (data) {
    if (typeof data.message !== 'undefined' && service()) {
      setAutoLog(!!data.message); // truthiness, like the widget
    }
  });

  // A message arrives (or is sent): the conversation list changes (a match of every day), and
  // the message's day-group is auto-logged when it is today's and message auto-log is on, or
  // when the matcher reported it logged (even with auto-log off).
  sim.extensions.commands.newMessage = function (command) {
    const m = command.message;
    let c = messages.conversations.get(String(m.conversationId));
    if (!c) {
      c = {
        id: String(m.conversationId),
        type: m.type,
        self: command.self || { phoneNumber: '+15550001111' },
        correspondents: command.correspondents || [],
        messages: [],
      };
      messages.conversations.set(c.id, c);
    }
    c.messages = c.messages.filter(function (old) { return old.id !== m.id; });
    c.messages.unshift(m);
    c.messages.sort(function (a, b) { return b.creationTime - a.creationTime; });
    const logId = logIdOf(c.id, m.creationTime);
    const today = dayOf(Date.now()) === dayOf(m.creationTime);
    const wasLogged = messages.logged.has(logId);
    report('message-arrived', { conversationLogId: logId, today: today, wasLogged: wasLogged });
    if (today && (messages.autoLog || wasLogged)) {
      queueAuto(dayBody(c, logId, 'auto'));
    }
    match(allLogIds());
  };

  // The Log button on a conversation: one request per day-group, all at once; only the newest
  // day redirects.
  sim.extensions.commands.logConversation = function (command) {
    const c = messages.conversations.get(String(command.conversationId));
    if (!c) {
      report('unknown-conversation', { conversationId: command.conversationId });
      return;
    }
    const ids = [];
    c.messages.forEach(function (m) {
      const id = logIdOf(c.id, m.creationTime);
      if (ids.indexOf(id) < 0) {
        ids.push(id);
      }
    });
    ids.forEach(function (id, index) {
      log(dayBody(c, id, command.triggerType || 'manual',
        Object.assign({ redirect: index === 0 }, command.extra || {})));
    });
  };

  // The user flips the message auto-log toggle in the widget's settings.
  sim.extensions.commands.setMessageAutoLog = function (command) {
    setAutoLog(!!command.autoLog);
  };

  // Asks the matcher about every day held now (the conversation list changed).
  sim.extensions.commands.matchMessages = function () {
    match(allLogIds());
  };
})();
