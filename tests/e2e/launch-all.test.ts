import { readdirSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { builtModules } from './support/course-data.ts';
import { closeCourse, cspViolations, expectOneSession, launchCourse, lmsErrors } from './support/lms.ts';

// A quick launch of every package: it opens in the LMS, talks to it, and fetches nothing from outside itself.
const packages = readdirSync(new URL('../.tmp/packages/', import.meta.url)).filter((name) => /-scorm(12|2004)$/.test(name) && !name.startsWith('oov-leermodule-cursus')).sort();
const modules = builtModules();

for (const packageName of packages) {
  const version = packageName.endsWith('-scorm12') ? '1.2' : '2004';
  const module = modules.find((m) => packageName.startsWith(`${m.id}-`))!;

  test(`${packageName} launches, reports to the LMS, and on a walk through every page requests nothing outside the package`, async ({ page, baseURL }) => {
    const packageBase = `${baseURL}/lms/cursus%201/pakket-%C3%A9/${packageName}/`;
    const outside: string[] = [];
    page.on('request', (request) => {
      const fromCourse = request.frame().name() === 'cursus' || request.frame().parentFrame()?.name() === 'cursus';
      if (fromCourse && !request.url().startsWith(packageBase) && request.url() !== 'about:blank') outside.push(request.url());
    });
    const course = await launchCourse(page, { version, packageName, launchPage: module.launchPage });
    await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
    // Walk every page, scrolled to the end so that every island loads.
    await course.getByRole('link', { name: 'Begin met de module' }).click();
    for (const [index, title] of module.lessonTitles.entries()) {
      await expect(course.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
      for (const island of await course.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
      await expect(course.locator('astro-island[ssr]')).toHaveCount(0);
      if (index < module.lessonTitles.length - 1) await course.getByRole('link', { name: /^Volgende/ }).click();
    }
    await course.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await expect(course.getByText('Bekeken').first()).toBeVisible();
    await closeCourse(page);
    expect(await cspViolations(page)).toEqual([]);
    await expectOneSession(page, version);
    expect(await lmsErrors(page)).toEqual([]);
    expect(outside).toEqual([]);
  });
}
