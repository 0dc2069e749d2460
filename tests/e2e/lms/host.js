// LMS side of the end-to-end tests: scorm-again's real runtime on window.API (SCORM 1.2) or
// window.API_1484_11 (SCORM 2004), seeded like an LMS seeds a launch, around the package iframe.
//
// One SCO: ?version=1.2|2004&launch=<path below the package base>.
// A package with several SCOs: ?version=…&package=<unpacked package folder>[&sco=<item id>]. The
// host reads the package's imsmanifest.xml as an LMS does at import: its table of contents
// (items, launch files, pass marks) and, for 2004, the sequencing (see course-host.js).
//
// The test passes seed data and runtime settings through window.__lmsLaunch (set with
// page.addInitScript) before this runs: { cmi, settings, apiDelayMs, noApi, scos }, where scos
// maps an item id to the CMI data the LMS kept for that SCO.
// Faults real LMSs produce are injected through window.__lmsFaults, a list the test may change
// at any time: { method, mode: 'false' | 'throw' | 'null' | 'error', element?, times? }.
(function () {
  const params = new URLSearchParams(location.search);
  const version = params.get('version');
  const launch = window.__lmsLaunch || {};
  window.__lmsFaults = window.__lmsFaults || [];
  const packageBase = '/lms/cursus 1/pakket-é/';
  const script = document.createElement('script');
  script.src = version === '1.2' ? './scorm-again/scorm12.min.js' : './scorm-again/scorm2004.min.js';
  script.onload = () => {
    const settings = Object.assign({ autocommit: false, logLevel: 5 }, launch.settings || {});
    const calls = [];
    const errors = [];
    window.__lms = { api: null, calls, errors };
    const methods = version === '1.2'
      ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
      : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'];
    const neutralName = (name) => name.replace(/^LMS/, '').replace('Finish', 'Terminate');
    const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
    const findFault = (name, args) => window.__lmsFaults.find((fault) =>
      fault.method === neutralName(name) && (!fault.element || String(args[0] || '').startsWith(fault.element)) && fault.times !== 0);

    // The facade forwards to whichever runtime serves the SCO now, so a new SCO needs no new facade.
    // onStored runs after each Commit or Terminate the runtime accepted: what the LMS now keeps.
    let current = { api: null, sco: null, onStored: () => undefined };
    const facade = {};
    for (const name of version === '1.2' ? ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] : ['GetLastError', 'GetErrorString', 'GetDiagnostic']) {
      facade[name] = (...args) => current.api[name](...args);
    }
    for (const name of methods) {
      facade[name] = (...args) => {
        const sco = current.sco;
        const fault = findFault(name, args);
        if (fault) {
          if (typeof fault.times === 'number') fault.times -= 1;
          calls.push({ name, args, result: fault.mode, code: 'fault', ...(sco ? { sco } : {}) });
          if (fault.mode === 'throw') throw new Error(`simulated ${name} failure`);
          if (fault.mode === 'null') return null;
          if (fault.mode === 'error') return '';
          return 'false';
        }
        const result = current.api[name](...args);
        const code = String(current.api[lastError]());
        calls.push({ name, args, result: String(result), code, ...(sco ? { sco } : {}) });
        if (code !== '0') errors.push({ name, args, code, ...(sco ? { sco } : {}) });
        if (String(result) === 'true' && /Commit|Finish|Terminate/.test(name)) current.onStored();
        return result;
      };
    }

    const frame = document.createElement('iframe');
    frame.title = 'Cursus';
    frame.name = 'cursus';
    // Only the SCORM methods are exposed, as on a real LMS; some LMSs create the API late.
    const install = () => { if (version === '1.2') window.API = facade; else window.API_1484_11 = facade; };
    window.__removeApi = () => { delete window.API; delete window.API_1484_11; for (const name of methods) facade[name] = () => { throw new Error('the LMS frame is gone'); }; };
    window.__closeCourse = () => new Promise((resolve) => {
      if (!frame.isConnected || !frame.getAttribute('src') || frame.src === 'about:blank') return resolve();
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = 'about:blank';
    });

    const packageName = params.get('package');
    if (packageName) {
      window.__startCourseHost({ version, settings, packageBase: packageBase + packageName + '/', seeds: launch.scos || {}, frame, install, setCurrent: (next) => { current = next; window.__lms.api = next.api; }, firstSco: params.get('sco') });
      return;
    }

    const api = version === '1.2' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
    if (launch.cmi) api.loadFromJSON(launch.cmi);
    current = { api, sco: null, onStored: () => undefined };
    window.__lms.api = api;
    frame.src = packageBase + params.get('launch');
    if (!launch.noApi) {
      if (launch.apiDelayMs) setTimeout(install, launch.apiDelayMs);
      else install();
    }
    document.body.appendChild(frame);
  };
  document.head.appendChild(script);
})();
