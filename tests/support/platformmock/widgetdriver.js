// Test driver injected (as a QWebEngineScript, never into the served files) into the real
// widget's frame: takes JavaScript expressions from the platform mock and posts their results
// back. It reads and clicks the widget's own DOM; it never touches the widget's code.
(function () {
    'use strict';
    const platform = '%PLATFORM%';
    if (!location.pathname.endsWith('/app.html') || window.__calldockDriver) {
        return;
    }
    window.__calldockDriver = true;
    // What the host posted into the frame (registration, answers to the widget's requests),
    // kept in this script's world for the test to read through eval.
    const received = [];
    window.__calldockReceived = received;
    window.addEventListener('message', (event) => {
        if (event.source === window.parent && event.data && typeof event.data === 'object') {
            received.push(JSON.parse(JSON.stringify(event.data)));
            if (received.length > 5000) {
                received.splice(0, 1000);
            }
        }
    }, true);
    const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    async function loop() {
        for (;;) {
            let command;
            try {
                const reply = await fetch(platform + '/__driver/next', {cache: 'no-store'});
                command = await reply.json();
            } catch (e) {
                await pause(500);
                continue;
            }
            if (!command || !command.id) {
                continue;
            }
            const answer = {id: command.id};
            try {
                answer.result = await (0, eval)(command.code);
            } catch (e) {
                answer.error = String(e && e.stack || e);
            }
            try {
                await fetch(platform + '/__driver/result',
                            {method: 'POST', body: JSON.stringify(answer)});
            } catch (e) {
                // The mock went away: the test is over.
            }
        }
    }
    loop();
})();
