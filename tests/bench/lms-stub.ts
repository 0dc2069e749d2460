export type StubVersion = '1.2' | '2004';

/**
 * A minimal LMS API on the page's own window (the first place SCORM's API discovery looks), so
 * that the course loads the adapter it loads in an LMS instead of the no-LMS fallback, without
 * timing a real LMS runtime. It answers a new learner's first launch and accepts every write.
 * Self-contained: Playwright sends its source to the page.
 */
export function installLmsStub(version: StubVersion): void {
  const values = new Map<string, string>(
    version === '1.2'
      ? [
          ['cmi.core.entry', 'ab-initio'],
          ['cmi.core.lesson_status', 'not attempted'],
          ['cmi.core.lesson_mode', 'normal'],
          ['cmi.core.student_id', 'bench'],
          ['cmi.core.student_name', 'Bench, Learner'],
          ['cmi.interactions._count', '0'],
        ]
      : [
          ['cmi.entry', 'ab-initio'],
          ['cmi.completion_status', 'unknown'],
          ['cmi.success_status', 'unknown'],
          ['cmi.mode', 'normal'],
          ['cmi.learner_id', 'bench'],
          ['cmi.learner_name', 'Bench, Learner'],
          ['cmi.interactions._count', '0'],
        ],
  );
  const get = (name: string) => values.get(String(name)) ?? '';
  const set = (name: string, value: string) => {
    values.set(String(name), String(value));
    const interaction = /^cmi\.interactions\.(\d+)\.id$/.exec(String(name));
    if (interaction) values.set('cmi.interactions._count', String(Math.max(Number(get('cmi.interactions._count')), Number(interaction[1]) + 1)));
    return 'true';
  };
  const yes = () => 'true';
  const none = () => '';
  const win = window as unknown as Record<string, unknown>;
  if (version === '1.2') {
    win['API'] = { LMSInitialize: yes, LMSFinish: yes, LMSGetValue: get, LMSSetValue: set, LMSCommit: yes, LMSGetLastError: () => '0', LMSGetErrorString: none, LMSGetDiagnostic: none };
  } else {
    win['API_1484_11'] = { Initialize: yes, Terminate: yes, GetValue: get, SetValue: set, Commit: yes, GetLastError: () => '0', GetErrorString: none, GetDiagnostic: none };
  }
}
