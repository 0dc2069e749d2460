// `npm run spell [-- <module-id>]`: lists the words hunspell (nl_NL) does not know in the course
// text, or in one module's, with the files they occur in. Fix the spelling, or add a term of art
// to content/spelling.txt (the course) or content/modules/<module-id>/woorden.txt (one module).
import { collectCourseText, findUnknownWords, hasHunspell } from './spelling.ts';

if (!hasHunspell()) {
  console.error('hunspell with the Dutch dictionary is missing: apt-get install hunspell hunspell-nl');
  process.exit(2);
}
const moduleId = process.argv[2];
const unknown = findUnknownWords(collectCourseText(moduleId));
if (unknown.size === 0) {
  console.log(`No unknown words${moduleId ? ` in ${moduleId}` : ''}.`);
} else {
  for (const [word, files] of [...unknown].sort(([a], [b]) => a.localeCompare(b, 'nl'))) console.log(`${word}\t${[...new Set(files)].join(', ')}`);
  console.log(`\n${unknown.size} unknown word(s).`);
  process.exit(1);
}
