import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const schemaRoot = fileURLToPath(new URL('../../src/integration/schemas/', import.meta.url));

/** Namespaces whose schemas the driver imports, so xmllint checks the extensions too, not just imscp. */
const IMPORTS: Record<'1.2' | '2004', Array<[string, string]>> = {
  '1.2': [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  '2004': [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};

/**
 * Validates a manifest with xmllint (Debian's libxml2-utils) against the official XSDs the
 * packages ship. Returns xmllint's complaints; an empty string means valid.
 */
export function validateManifest(xml: string, version: '1.2' | '2004'): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  try {
    const schemaDir = join(schemaRoot, version === '1.2' ? 'scorm12' : 'scorm2004');
    for (const name of readdirSync(schemaDir)) copyFileSync(join(schemaDir, name), join(dir, name));
    const imports = IMPORTS[version].map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n');
    writeFileSync(join(dir, 'driver.xsd'), `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`);
    writeFileSync(join(dir, 'imsmanifest.xml'), xml);
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', 'driver.xsd', 'imsmanifest.xml'], { cwd: dir, stdio: 'pipe' });
      return '';
    } catch (error) {
      return String((error as { stderr?: Buffer }).stderr ?? error);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Validates a cmi5.xml with xmllint against the cmi5 CourseStructure.xsd; '' means valid. */
export function validateCourseStructure(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmi5-'));
  try {
    writeFileSync(join(dir, 'cmi5.xml'), xml);
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(schemaRoot, 'cmi5/CourseStructure.xsd'), 'cmi5.xml'], { cwd: dir, stdio: 'pipe' });
      return '';
    } catch (error) {
      return String((error as { stderr?: Buffer }).stderr ?? error);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
