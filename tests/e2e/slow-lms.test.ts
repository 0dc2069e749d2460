import { test, expect } from './support/fixtures.ts';
import { firstModule, knowledgeCheckOf } from './support/course-data.ts';
import { closeCourse, launchCourse, type ScormVersion } from './support/lms.ts';
import { seedCmi } from './support/cmi.ts';
import { answerQuestion, followLink, openQuiz, shownQuestionIds } from './support/learner.ts';

// scorm-again sends every commit to a local back end that answers slowly (tests/support/static-server.mjs).
// What the course hands over while the page is being closed must still arrive.
const module = firstModule();
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
    await followLink(course, module.lessonTitles.at(-1)!);
    await openQuiz(course, check.id);
    const [shown] = await shownQuestionIds(course, check.id);
    const question = check.questions.find((each) => each.id === shown)!;
    await answerQuestion(course, question, true);
    await closeCourse(page);
    await expect
      .poll(async () => {
        const commits = (await (await request.get('/lms/commits')).json()) as { body: string }[];
        return commits.map((commit) => commit.body).join('\n');
      }, { timeout: 15_000 })
      .toContain(question.id);
    const commits = (await (await request.get('/lms/commits')).json()) as { body: string }[];
    const last = JSON.parse(commits.at(-1)!.body) as Record<string, string>;
    const exit = version === '1.2' ? last['cmi.core.exit'] : last['cmi.exit'];
    const sessionTime = version === '1.2' ? last['cmi.core.session_time'] : last['cmi.session_time'];
    expect(exit).toBe('suspend');
    expect(sessionTime).toBeTruthy();
    expect(last['cmi.suspend_data']).toContain(question.id);
    // Some LMSs send the final commit with navigator.sendBeacon, which browsers cap at 64 KiB.
    expect(commits.at(-1)!.body.length).toBeLessThan(64 * 1024);
    test.info().annotations.push({ type: 'final commit', description: `${commits.at(-1)!.body.length} characters` });
  });
}
