// The launch page of the cmi5 test LMS: reads the unpacked package's cmi5.xml as an LMS does at
// import (AU id, url, masteryScore), registers the launch with the test LMS server
// (tests/support/cmi5-lms.mjs), builds the launch URL (cmi5 8.1) and opens the AU in an iframe.
//
// ?terug=1: the page an AU returns to (returnURL).
// ?package=<unpacked zip folder>[&au=<module id>][&registration=…][&mode=Normal|Browse|Review]
//  [&mastery=0.8 (overrides cmi5.xml; "none" gives none)][&fetchFails=1]
(async function () {
  const params = new URLSearchParams(location.search);
  // The launch's returnURL: where an AU takes its window after it terminated.
  if (params.has('terug')) {
    document.body.append(Object.assign(document.createElement('p'), { id: 'terug', textContent: 'Terug in de leeromgeving.' }));
    return;
  }
  const packageBase = '/lms/cursus 1/pakket-é/' + params.get('package') + '/';
  const structure = new DOMParser().parseFromString(await (await fetch(packageBase + 'cmi5.xml')).text(), 'application/xml');
  const aus = [...structure.getElementsByTagName('au')];
  const wanted = params.get('au');
  const au = aus.find((each) => !wanted || each.getAttribute('id').endsWith('/' + wanted)) || aus[0];
  const mastery = params.get('mastery');
  const masteryScore = mastery === 'none' ? undefined : mastery !== null ? Number(mastery) : au.hasAttribute('masteryScore') ? Number(au.getAttribute('masteryScore')) : undefined;
  const answer = await fetch('/cmi5/launches', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      au: au.getAttribute('id'),
      ...(params.get('registration') ? { registration: params.get('registration') } : {}),
      launchMode: params.get('mode') || 'Normal',
      ...(masteryScore === undefined ? {} : { masteryScore }),
      fetchFails: params.get('fetchFails') === '1',
    }),
  });
  const launch = await answer.json();
  const query = new URLSearchParams({ endpoint: launch.endpoint, fetch: launch.fetch, actor: JSON.stringify(launch.actor), registration: launch.registration, activityId: launch.activityId });
  const frame = document.createElement('iframe');
  frame.title = 'Cursus';
  frame.src = packageBase + au.getElementsByTagName('url')[0].textContent.trim() + '?' + query;
  window.__cmi5 = {
    launch,
    closeCourse: () => new Promise((resolve) => {
      if (!frame.isConnected || frame.src === 'about:blank') return resolve();
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = 'about:blank';
    }),
  };
  document.body.appendChild(frame);
})();
