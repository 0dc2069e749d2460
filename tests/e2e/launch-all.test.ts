import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtModules } from './support/course-data.ts';
import { closeCourse, expectOneSession, launchCourse, lmsErrors } from './support/lms.ts';

// A quick launch of every package: it opens in the LMS, talks to it, and fetches nothing from outside itself.
const packages = readdirSync(new URL('../.tmp/packages/', import.meta.url)).sort();
const modules = builtModules();

for (const packageName of packages) {
  const version = packageName.endsWith('-scorm12') ? '1.2' : '2004';
  const module = modules.find((m) => packageName.startsWith(`${m.id}-`))!;

  test(`${packageName} launches, reports to the LMS and requests nothing outside the package`, async ({ page, baseURL }) => {
    const packageBase = `${baseURL}/lms/cursus%201/pakket-%C3%A9/${packageName}/`;
    const outside: string[] = [];
    page.on('request', (request) => {
      const fromCourse = request.frame().name() === 'cursus' || request.frame().parentFrame()?.name() === 'cursus';
      if (fromCourse && !request.url().startsWith(packageBase) && request.url() !== 'about:blank') outside.push(request.url());
    });
    const course = await launchCourse(page, { version, packageName, launchPage: module.launchPage });
    await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
    const firstLesson = course.getByRole('link', { name: 'Begin met de module' });
    await firstLesson.click();
    await expect(course.locator('body[data-page-kind="lesson"]')).toBeVisible();
    await expect(course.getByText('Bekeken').first()).toBeHidden();
    await closeCourse(page);
    await expectOneSession(page, version);
    expect(await lmsErrors(page)).toEqual([]);
    expect(outside).toEqual([]);
  });
}
