// CallDock bridge script. Runs in the host page's ApplicationWorld, wrapped in a closure that
// receives CALLDOCK_CONFIG and QWebChannel. The widget (a cross-origin iframe) and any main-world
// script cannot reach anything declared here.
'use strict';

(function () {
  const config = CALLDOCK_CONFIG;
  if (window.location.origin !== config.hostOrigin || window.top !== window) {
    return;
  }

  const maxQueued = 2000;
  let bridge = null;
  let queue = [];
  let droppedWhileQueued = 0;

  function widgetFrame() {
    return document.getElementById(config.frameId);
  }

  function whenReady(action) {
    if (bridge) {
      action(bridge);
    } else if (queue.length < maxQueued) {
      queue.push(action);
    } else {
      droppedWhileQueued += 1;
    }
  }

  function reject(reason) {
    whenReady(function (b) { b.rejected(reason); });
  }

  window.addEventListener('message', function (event) {
    const frame = widgetFrame();
    // Only the widget frame itself, at the widget origin. A frame nested inside the widget has
    // another `source`; any other page has another origin.
    if (!frame || event.source !== frame.contentWindow) {
      return;
    }
    if (event.origin !== config.widgetOrigin) {
      reject('wrong origin ' + String(event.origin).slice(0, 100));
      return;
    }
    const data = event.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data) ||
        typeof data.type !== 'string') {
      reject('not an object with a string type');
      return;
    }
    // The document script's mark: a new widget document starts, and everything after it is
    // that document's. It comes before the document's first message (same source, same
    // target: postMessage keeps the order), unlike the frame's load event, which comes after
    // whatever a fast widget posted while it was being parsed.
    if (data.type === config.documentMarker) {
      whenReady(function (b) { b.documentStarted(); });
      return;
    }
    let text;
    try {
      text = JSON.stringify(data);
    } catch (error) {
      reject('not serialisable: ' + data.type.slice(0, 100));
      return;
    }
    if (text.length > config.maxMessageBytes) {
      reject('too large (' + text.length + ' characters): ' + data.type.slice(0, 100));
      return;
    }
    whenReady(function (b) { b.receive(text); });
  });

  new QWebChannel(qt.webChannelTransport, function (channel) {
    const object = channel.objects[config.channelObject];
    object.postToWidget.connect(function (text) {
      const frame = widgetFrame();
      if (!frame || !frame.contentWindow) {
        return;
      }
      // Never '*': the message goes only to a window at the widget origin.
      frame.contentWindow.postMessage(JSON.parse(text), config.widgetOrigin);
    });
    bridge = object;
    const pending = queue;
    queue = [];
    pending.forEach(function (action) { action(bridge); });
    if (droppedWhileQueued > 0) {
      bridge.rejected(droppedWhileQueued + ' messages arrived before the bridge was ready');
      droppedWhileQueued = 0;
    }
  });
})();
