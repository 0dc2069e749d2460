// LMS side of the end-to-end tests: scorm-again's real runtime on window.API (SCORM 1.2) or
// window.API_1484_11 (SCORM 2004), seeded like an LMS seeds a launch, around the package iframe.
// Query: ?version=1.2|2004&launch=<path below the package base>. The test passes seed data and
// runtime settings through window.__lmsLaunch (set with page.addInitScript) before this runs.
(function () {
  const params = new URLSearchParams(location.search);
  const version = params.get('version');
  const launch = window.__lmsLaunch || {};
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
    const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
    const facade = {};
    for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(api)).concat(Object.keys(api))) {
      if (typeof api[name] === 'function' && !(name in facade)) facade[name] = api[name].bind(api);
    }
    for (const name of methods) {
      facade[name] = (...args) => {
        const fault = (window.__lmsFaults || {})[name];
        if (fault === 'throw') throw new Error(`simulated ${name} failure`);
        const result = fault === 'false' ? 'false' : api[name](...args);
        const code = String(api[lastError]());
        calls.push({ name, args, result: String(result), code });
        if (code !== '0') errors.push({ name, args, code });
        return result;
      };
    }
    // Only the SCORM methods are exposed, as on a real LMS.
    if (version === '1.2') window.API = facade; else window.API_1484_11 = facade;
    const frame = document.createElement('iframe');
    frame.title = 'Cursus';
    frame.name = 'cursus';
    frame.src = '/lms/cursus 1/pakket-é/' + params.get('launch');
    document.body.appendChild(frame);
    window.__closeCourse = () => new Promise((resolve) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = 'about:blank';
    });
  };
  document.head.appendChild(script);
})();
