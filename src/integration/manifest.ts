import type { ScormVersion } from './packaged-course.ts';
import { escapeXml } from '../course/escape-xml.ts';

/** One SCO of a package: a module, launched at its overview page. */
export interface ManifestSco {
  /** Module id; the item and resource identifiers derive from it. */
  id: string;
  title: string;
  /** Percentage, 0–100. */
  passMark: number;
  launchPage: string;
  /** The module's own pages. */
  pages: readonly string[];
}

/** What a manifest describes: one module (one SCO) or the whole course (one SCO per module). */
export interface ManifestSpec {
  /** Stable across builds (xsd:ID): LMSs recognise a replaced package by it and keep learners' records. */
  identifier: string;
  title: string;
  description: string;
  scos: readonly ManifestSco[];
  /** Files every SCO shares (scripts, styles, pictures, the favicon), listed once as an asset resource. */
  sharedFiles: readonly string[];
}

/**
 * The identifier LMSs use to recognise a course on re-upload. It derives from the module id
 * only, so it stays the same from build to build (xsd:ID: no colons, no leading digit).
 */
export function manifestIdentifier(moduleId: string): string {
  return `oov-leermodule.${moduleId}`;
}

export function writeManifest(spec: ManifestSpec, version: ScormVersion): string {
  return version === '1.2' ? writeScorm12Manifest(spec) : writeScorm2004Manifest(spec);
}

/**
 * SCORM 1.2 CAM: imscp_rootv1p1p2 with ADL's adlcp extensions. adlcp:masteryscore carries the
 * pass mark; the LMS compares it with cmi.core.score.raw, which the course reports as a
 * percentage and also reads back (cmi.student_data.mastery_score), so both agree on passed/failed.
 */
function writeScorm12Manifest(spec: ManifestSpec): string {
  const id = spec.identifier;
  const items = spec.scos
    .map(
      (sco) => `      <item identifier="${itemId(id, sco)}" identifierref="${resourceId(id, sco)}" isvisible="true">
        <title>${escapeXml(sco.title)}</title>
        <adlcp:masteryscore>${sco.passMark}</adlcp:masteryscore>
      </item>`,
    )
    .join('\n');
  const resources = spec.scos
    .map(
      (sco) => `    <resource identifier="${resourceId(id, sco)}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(sco.launchPage)}">
${fileList(sco.pages)}
      <dependency identifierref="${id}.shared"/>
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="nl">${escapeXml(spec.title)}</imsmd:langstring></imsmd:title>
        <imsmd:language>nl</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="nl">${escapeXml(spec.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${id}.org">
    <organization identifier="${id}.org">
      <title>${escapeXml(spec.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="${id}.shared" type="webcontent" adlcp:scormtype="asset">
${fileList(spec.sharedFiles)}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th Edition CAM. Each module's pass mark is its item's primary objective
 * (minNormalizedMeasure with satisfiedByMeasure), which the LMS hands to the content as
 * cmi.scaled_passing_score. A whole-course package lets the learner choose modules from the
 * LMS's table of contents (choice and flow), and rolls up: the course is completed and passed
 * when all modules are (SN rollup rules, childActivitySet "all"). The LOM block is in its own
 * namespace, which imscp_v1p1.xsd validates laxly.
 */
function writeScorm2004Manifest(spec: ManifestSpec): string {
  const id = spec.identifier;
  const isCourse = spec.scos.length > 1;
  const items = spec.scos
    .map(
      (sco) => `      <item identifier="${itemId(id, sco)}" identifierref="${resourceId(id, sco)}" isvisible="true">
        <title>${escapeXml(sco.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${itemId(id, sco)}.passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(sco.passMark / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`,
    )
    .join('\n');
  const courseSequencing = isCourse
    ? `
      <imsss:sequencing>
        <imsss:controlMode choice="true" choiceExit="true" flow="true"/>
        <imsss:rollupRules>
          <imsss:rollupRule childActivitySet="all">
            <imsss:rollupConditions><imsss:rollupCondition condition="completed"/></imsss:rollupConditions>
            <imsss:rollupAction action="completed"/>
          </imsss:rollupRule>
          <imsss:rollupRule childActivitySet="all">
            <imsss:rollupConditions><imsss:rollupCondition condition="satisfied"/></imsss:rollupConditions>
            <imsss:rollupAction action="satisfied"/>
          </imsss:rollupRule>
        </imsss:rollupRules>
      </imsss:sequencing>`
    : '';
  const resources = spec.scos
    .map(
      (sco) => `    <resource identifier="${resourceId(id, sco)}" type="webcontent" adlcp:scormType="sco" href="${escapeXml(sco.launchPage)}">
${fileList(sco.pages)}
      <dependency identifierref="${id}.shared"/>
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">
      <general>
        <title><string language="nl">${escapeXml(spec.title)}</string></title>
        <language>nl</language>
        <description><string language="nl">${escapeXml(spec.description)}</string></description>
      </general>
    </lom>
  </metadata>
  <organizations default="${id}.org">
    <organization identifier="${id}.org">
      <title>${escapeXml(spec.title)}</title>
${items}${courseSequencing}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="${id}.shared" type="webcontent" adlcp:scormType="asset">
${fileList(spec.sharedFiles)}
    </resource>
  </resources>
</manifest>
`;
}

function itemId(id: string, sco: ManifestSco): string {
  return `${id}.${sco.id}.item`;
}

function resourceId(id: string, sco: ManifestSco): string {
  return `${id}.${sco.id}.sco`;
}

function fileList(files: readonly string[]): string {
  return files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
}
