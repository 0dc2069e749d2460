// LMS side of the end-to-end tests: scorm-again's real runtime on window.API (SCORM 1.2) or
// window.API_1484_11 (SCORM 2004), seeded like an LMS seeds a launch, around the package iframe.
// Query: ?version=1.2|2004&launch=<path below the package base>. The test passes seed data and
// runtime settings through window.__lmsLaunch (set with page.addInitScript) before this runs:
//   { cmi, settings, apiDelayMs, noApi }
// Faults real LMSs produce are injected through window.__lmsFaults, a list the test may change
// at any time: { method, mode: 'false' | 'throw' | 'null' | 'error', element?, times? }.
(function () {
  const params = new URLSearchParams(location.search);
  const version = params.get('version');
  const launch = window.__lmsLaunch || {};
  window.__lmsFaults = window.__lmsFaults || [];
  const script = document.createElement('script');
  script.src = version === '1.2' ? './scorm-again/scorm12.min.js' : './scorm-again/scorm2004.min.js';
  script.onload = () => {
    const settings = Object.assign({ autocommit: false, logLevel: 5 }, launch.settings || {});
    const api = version === '1.2' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
    if (launch.cmi) api.loadFromJSON(launch.cmi);
    const calls = [];
    const errors = [];
    window.__lms = { api, calls, errors };
    const methods = version === '1.2'
      ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
      : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'];
    const neutralName = (name) => name.replace(/^LMS/, '').replace('Finish', 'Terminate');
    const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
    const facade = {};
    for (const name of ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic', 'GetLastError', 'GetErrorString', 'GetDiagnostic']) {
      if (typeof api[name] === 'function') facade[name] = api[name].bind(api);
    }
    const findFault = (name, args) => window.__lmsFaults.find((fault) =>
      fault.method === neutralName(name) && (!fault.element || String(args[0] || '').startsWith(fault.element)) && fault.times !== 0);
    for (const name of methods) {
      facade[name] = (...args) => {
        const fault = findFault(name, args);
        if (fault) {
          if (typeof fault.times === 'number') fault.times -= 1;
          calls.push({ name, args, result: fault.mode, code: 'fault' });
          if (fault.mode === 'throw') throw new Error(`simulated ${name} failure`);
          if (fault.mode === 'null') return null;
          if (fault.mode === 'error') return '';
          return 'false';
        }
        const result = api[name](...args);
        const code = String(api[lastError]());
        calls.push({ name, args, result: String(result), code });
        if (code !== '0') errors.push({ name, args, code });
        return result;
      };
    }
    const frame = document.createElement('iframe');
    frame.title = 'Cursus';
    frame.name = 'cursus';
    frame.src = '/lms/cursus 1/pakket-é/' + params.get('launch');
    // Only the SCORM methods are exposed, as on a real LMS; some LMSs create the API late.
    const install = () => { if (version === '1.2') window.API = facade; else window.API_1484_11 = facade; };
    if (!launch.noApi) {
      if (launch.apiDelayMs) setTimeout(install, launch.apiDelayMs);
      else install();
    }
    document.body.appendChild(frame);
    window.__removeApi = () => { delete window.API; delete window.API_1484_11; for (const name of methods) facade[name] = () => { throw new Error('the LMS frame is gone'); }; };
    window.__closeCourse = () => new Promise((resolve) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = 'about:blank';
    });
  };
  document.head.appendChild(script);
})();
