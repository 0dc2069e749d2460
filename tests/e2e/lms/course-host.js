// The test LMS for a package with several SCOs (the whole-course package: one SCO per module).
// Like an LMS at import it reads imsmanifest.xml: the default organization's items are the table
// of contents, each with its launch file and pass mark. It keeps CMI data per SCO, as an LMS keeps
// a record per SCO, and seeds each launch from that record (entry "resume" after exit "suspend").
//
// SCORM 1.2 defines no sequencing: every launch gets a fresh Scorm12API, seeded from the SCO's
// record. SCORM 2004: one Scorm2004API whose sequencing engine gets the activity tree built from
// the manifest's <imsss:sequencing> (control modes, rollup rules, primary objectives, delivery
// controls); a launch is a "choice" navigation request, the delivered activity gets its own
// SCO-local data model (api.reset, then the SCO's record), and the engine rolls the course up
// from what the SCOs reported (SCORM 2004 4th Ed. SN, RB.1.5 overall rollup).
//
// For the tests: window.__lms.toc (the items), .scos[id].kept (the SCO's record), .launchSco(id),
// .rollup() (2004: the course activity's and each SCO activity's tracking status).
(function () {
  const LEARNER_12 = { student_id: 'cursist-1', student_name: 'Jansen, Eva' };
  const LEARNER_2004 = { learner_id: 'cursist-1', learner_name: 'Jansen, Eva' };

  function children(element, name) {
    return [...element.children].filter((child) => child.localName === name);
  }
  function child(element, name) {
    return children(element, name)[0] || null;
  }
  function textOf(element, name) {
    const found = element && child(element, name);
    return found ? found.textContent.trim() : '';
  }
  const isTrue = (value, fallback) => (value === null ? fallback : value === 'true');

  /** What an LMS takes from the manifest to run the package. Item attributes default as in IMS SS / ADL CAM. */
  function readManifest(xml) {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const organizations = doc.getElementsByTagNameNS('*', 'organizations')[0];
    const all = children(organizations, 'organization');
    const organization = all.find((each) => each.getAttribute('identifier') === organizations.getAttribute('default')) || all[0];
    const hrefs = new Map([...doc.getElementsByTagNameNS('*', 'resource')].map((resource) => [resource.getAttribute('identifier'), resource.getAttribute('href')]));
    const scos = children(organization, 'item').filter((item) => item.getAttribute('identifierref')).map((item) => {
      const sequencing = child(item, 'sequencing');
      const primary = sequencing && sequencing.getElementsByTagNameNS('*', 'primaryObjective')[0];
      const delivery = sequencing && child(sequencing, 'deliveryControls');
      const mastery = textOf(item, 'masteryscore');
      const measure = primary ? textOf(primary, 'minNormalizedMeasure') : '';
      const satisfiedByMeasure = primary ? isTrue(primary.getAttribute('satisfiedByMeasure'), false) : false;
      return {
        id: item.getAttribute('identifier'),
        title: textOf(item, 'title'),
        href: hrefs.get(item.getAttribute('identifierref')),
        // 1.2: adlcp:masteryscore; 2004: the primary objective's measure, when it decides success (RTE 4.2.21).
        passMark: mastery ? Number(mastery) : satisfiedByMeasure && measure ? Math.round(Number(measure) * 100) : null,
        primaryObjective: primary ? { objectiveID: primary.getAttribute('objectiveID'), isPrimary: true, satisfiedByMeasure, minNormalizedMeasure: measure ? Number(measure) : null } : undefined,
        deliveryControls: delivery ? {
          tracked: isTrue(delivery.getAttribute('tracked'), true),
          completionSetByContent: isTrue(delivery.getAttribute('completionSetByContent'), false),
          objectiveSetByContent: isTrue(delivery.getAttribute('objectiveSetByContent'), false),
        } : undefined,
      };
    });
    return { id: organization.getAttribute('identifier'), title: textOf(organization, 'title'), scos, sequencing: child(organization, 'sequencing') };
  }

  /** The organization's <imsss:sequencing> as scorm-again's activity settings (IMS SS defaults where absent). */
  function courseSequencingOf(sequencing) {
    if (!sequencing) return {};
    const mode = child(sequencing, 'controlMode');
    const rules = child(sequencing, 'rollupRules');
    const settings = {};
    if (mode) {
      settings.sequencingControls = {
        choice: isTrue(mode.getAttribute('choice'), true),
        choiceExit: isTrue(mode.getAttribute('choiceExit'), true),
        flow: isTrue(mode.getAttribute('flow'), false),
        forwardOnly: isTrue(mode.getAttribute('forwardOnly'), false),
      };
    }
    if (rules) {
      settings.rollupRules = {
        rules: children(rules, 'rollupRule').map((rule) => {
          const conditions = child(rule, 'rollupConditions');
          return {
            action: child(rule, 'rollupAction').getAttribute('action'),
            consideration: rule.getAttribute('childActivitySet') || 'all',
            minimumCount: Number(rule.getAttribute('minimumCount') || 0),
            minimumPercent: Number(rule.getAttribute('minimumPercent') || 0),
            conditionCombination: conditions.getAttribute('conditionCombination') || 'any',
            conditions: children(conditions, 'rollupCondition').map((condition) => ({
              condition: condition.getAttribute('condition'),
              ...(condition.getAttribute('operator') ? { operator: condition.getAttribute('operator') } : {}),
            })),
          };
        }),
      };
    }
    return settings;
  }

  /** The launch data an LMS hands a SCO: its record of the last session, else a first launch; the pass mark from the manifest unless the LMS has its own. */
  function seedOf(version, sco, kept, given) {
    let seed;
    if (kept) seed = version === '1.2' ? resume12(kept) : resume2004(kept);
    else seed = given ? JSON.parse(JSON.stringify(given)) : version === '1.2' ? { core: { ...LEARNER_12, entry: 'ab-initio', lesson_mode: 'normal' } } : { ...LEARNER_2004, entry: 'ab-initio', mode: 'normal' };
    if (sco.passMark !== null) {
      if (version === '1.2' && !(seed.student_data && seed.student_data.mastery_score)) seed.student_data = { ...(seed.student_data || {}), mastery_score: String(sco.passMark) };
      if (version === '2004' && seed.scaled_passing_score === undefined) seed.scaled_passing_score = String(sco.passMark / 100);
    }
    return seed;
  }

  function resume12(kept) {
    const core = kept.core || {};
    const seed = { core: { ...LEARNER_12, entry: core.exit === 'suspend' ? 'resume' : '', lesson_mode: 'normal' }, suspend_data: kept.suspend_data || '' };
    if (core.lesson_location) seed.core.lesson_location = core.lesson_location;
    if (core.lesson_status && core.lesson_status !== 'not attempted') seed.core.lesson_status = core.lesson_status;
    if (core.score && core.score.raw !== '') seed.core.score = { raw: core.score.raw, min: core.score.min, max: core.score.max };
    if (kept.student_data && kept.student_data.mastery_score) seed.student_data = { mastery_score: kept.student_data.mastery_score };
    if (kept.interactions) seed.interactions = kept.interactions;
    return seed;
  }

  function resume2004(kept) {
    const seed = { ...LEARNER_2004, entry: kept.exit === 'suspend' ? 'resume' : '', mode: 'normal', suspend_data: kept.suspend_data || '' };
    if (kept.location) seed.location = kept.location;
    for (const name of ['completion_status', 'success_status']) if (kept[name] && kept[name] !== 'unknown') seed[name] = kept[name];
    if (kept.score && kept.score.raw !== '') seed.score = { scaled: kept.score.scaled, raw: kept.score.raw, min: kept.score.min, max: kept.score.max };
    if (kept.scaled_passing_score !== undefined && kept.scaled_passing_score !== '') seed.scaled_passing_score = kept.scaled_passing_score;
    if (kept.interactions) seed.interactions = kept.interactions;
    return seed;
  }

  function statusText(version, kept) {
    if (!kept) return 'niet begonnen';
    if (version === '1.2') return kept.core.lesson_status;
    return `${kept.completion_status}, ${kept.success_status}`;
  }

  window.__startCourseHost = async function ({ version, settings, packageBase, seeds, frame, install, setCurrent, firstSco }) {
    const manifest = readManifest(await (await fetch(encodeURI(packageBase + 'imsmanifest.xml'))).text());
    const scos = Object.fromEntries(manifest.scos.map((sco) => [sco.id, { kept: null, sessions: 0 }]));
    const delivered = [];
    let sequenced = null;
    if (version === '2004') {
      const activityTree = {
        id: manifest.id,
        title: manifest.title,
        ...courseSequencingOf(manifest.sequencing),
        children: manifest.scos.map((sco) => ({ id: sco.id, title: sco.title, ...(sco.primaryObjective ? { primaryObjective: sco.primaryObjective } : {}), ...(sco.deliveryControls ? { deliveryControls: sco.deliveryControls } : {}) })),
      };
      sequenced = new window.Scorm2004API({ ...settings, sequencing: { activityTree, eventListeners: { onActivityDelivery: (activity) => delivered.push(activity.id) } } });
    }

    const toc = document.createElement('nav');
    toc.setAttribute('aria-label', 'Inhoud van de cursus');
    const list = document.createElement('ul');
    const courseStatus = document.createElement('p');
    courseStatus.id = 'course-status';
    toc.append(list, courseStatus);
    const buttons = new Map();
    for (const sco of manifest.scos) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = sco.title;
      button.addEventListener('click', () => void launchSco(sco.id));
      const status = document.createElement('span');
      status.className = 'sco-status';
      item.append(button, ' ', status);
      list.append(item);
      buttons.set(sco.id, { button, status });
    }
    const render = () => {
      for (const sco of manifest.scos) buttons.get(sco.id).status.textContent = `(${statusText(version, scos[sco.id].kept)})`;
      const rollup = readRollup();
      courseStatus.textContent = rollup ? `Cursus: ${rollup.course.completionStatus}, ${rollup.course.successStatus}` : '';
    };

    function readRollup() {
      if (!sequenced) return null;
      return { course: sequenced.getActivityTrackingData(manifest.id), scos: Object.fromEntries(manifest.scos.map((sco) => [sco.id, sequenced.getActivityTrackingData(sco.id)])) };
    }

    async function launchSco(id) {
      const sco = manifest.scos.find((each) => each.id === id);
      if (!sco) throw new Error(`the manifest has no item "${id}"; the items are ${manifest.scos.map((each) => each.id).join(', ')}`);
      await window.__closeCourse();
      const seed = seedOf(version, sco, scos[id].kept, seeds[id]);
      let api;
      if (sequenced) {
        const before = delivered.length;
        if (!sequenced.processNavigationRequest('choice', id) || delivered[before] !== id) throw new Error(`the sequencer did not deliver "${id}" (delivered: ${delivered.slice(before).join(', ') || 'nothing'})`);
        // A fresh SCO-local data model; the activity tree and its tracking stay (scorm-again reset()).
        sequenced.reset();
        sequenced.loadFromJSON(seed);
        api = sequenced;
      } else {
        api = new window.Scorm12API(settings);
        api.loadFromJSON(seed);
      }
      scos[id].sessions += 1;
      setCurrent({ api, sco: id, onStored: () => { scos[id].kept = JSON.parse(JSON.stringify(api.cmi)); render(); } });
      for (const [each, { button }] of buttons) button.setAttribute('aria-current', String(each === id));
      frame.src = encodeURI(packageBase + sco.href);
    }

    window.__lms.toc = manifest.scos.map(({ id, title, href, passMark }) => ({ id, title, href, passMark }));
    window.__lms.scos = scos;
    window.__lms.launchSco = launchSco;
    window.__lms.rollup = readRollup;
    window.__lms.delivered = delivered;
    install();
    document.body.classList.add('with-toc');
    document.body.append(toc, frame);
    render();
    await launchSco(firstSco || manifest.scos[0].id);
    window.__lms.isReady = true;
  };
})();
