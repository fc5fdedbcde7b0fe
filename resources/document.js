// CallDock document script. Runs in the ApplicationWorld of every frame at document creation,
// before any of the frame's own scripts, wrapped in a closure that receives CALLDOCK_CONFIG.
// In the widget frame (a direct child of the host page, at the widget origin) it tells the host
// page's bridge script that a new widget document starts, so that CallDock starts over *before*
// the document's first message rather than at its load event. It sends nothing else; the
// widget's own scripts cannot see it (another world), at worst they could post the same mark,
// which only makes CallDock register again.
'use strict';

(function () {
  const config = CALLDOCK_CONFIG;
  if (window.top === window || window.parent !== window.top ||
      window.location.origin !== config.widgetOrigin) {
    return;
  }
  window.parent.postMessage({ type: config.documentMarker }, config.hostOrigin);
})();
