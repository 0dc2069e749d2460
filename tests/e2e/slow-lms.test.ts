import { expect, test } from '@playwright/test';
import { builtModules, knowledgeCheckOf } from './support/course-data.ts';
import { closeCourse, launchCourse, type ScormVersion } from './support/lms.ts';
import { seedCmi } from './support/cmi.ts';
import { answerQuestion, followLink } from './support/learner.ts';

// scorm-again sends every commit to a local back end that answers slowly (tests/support/static-server.mjs).
// What the course hands over while the page is being closed must still arrive.
const module = builtModules()[0]!;
const check = knowledgeCheckOf(module.id);
test.describe.configure({ mode: 'serial' });

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  test(`SCORM ${version}: with a slow LMS back end, the data of the final commit at close arrives`, async ({ page, request }) => {
    await request.delete('/lms/commits');
    const course = await launchCourse(page, {
      version,
      packageName: `${module.id}-${version === '1.2' ? 'scorm12' : 'scorm2004'}`,
      launchPage: module.launchPage,
      cmi: seedCmi(version, { passMark: module.passMark }),
      settings: { lmsCommitUrl: '/lms/commit?delay=600', dataCommitFormat: 'flattened' },
    });
    await followLink(course, 'Kennischeck');
    await answerQuestion(course, check.questions[0]!, check.questions[0]!.correct);
    await closeCourse(page);
    await expect
      .poll(async () => {
        const commits = (await (await request.get('/lms/commits')).json()) as { body: string }[];
        return commits.map((commit) => commit.body).join('\n');
      }, { timeout: 15_000 })
      .toContain(check.questions[0]!.id);
    const commits = (await (await request.get('/lms/commits')).json()) as { body: string }[];
    const last = JSON.parse(commits.at(-1)!.body) as Record<string, string>;
    const exit = version === '1.2' ? last['cmi.core.exit'] : last['cmi.exit'];
    const sessionTime = version === '1.2' ? last['cmi.core.session_time'] : last['cmi.session_time'];
    expect(exit).toBe('suspend');
    expect(sessionTime).toBeTruthy();
    expect(last['cmi.suspend_data']).toContain(check.questions[0]!.id);
    // Some LMSs send the final commit with navigator.sendBeacon, which browsers cap at 64 KiB.
    expect(commits.at(-1)!.body.length).toBeLessThan(64 * 1024);
    test.info().annotations.push({ type: 'final commit', description: `${commits.at(-1)!.body.length} characters` });
  });
}
