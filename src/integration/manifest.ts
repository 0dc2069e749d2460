import type { PackagedModule, ScormVersion } from './packaged-course.ts';

/**
 * The identifier LMSs use to recognise a course on re-upload. It derives from the module id
 * only, so it stays the same from build to build (xsd:ID: no colons, no leading digit).
 */
export function manifestIdentifier(moduleId: string): string {
  return `oov-leermodule.${moduleId}`;
}

export function writeManifest(module: PackagedModule, version: ScormVersion, files: readonly string[]): string {
  return version === '1.2' ? writeScorm12Manifest(module, files) : writeScorm2004Manifest(module, files);
}

/**
 * SCORM 1.2 CAM: imscp_rootv1p1p2 with ADL's adlcp extensions. adlcp:masteryscore carries the
 * pass mark; the LMS compares it with cmi.core.score.raw, which the course reports as a
 * percentage and also reads back (cmi.student_data.mastery_score), so both agree on passed/failed.
 */
function writeScorm12Manifest(module: PackagedModule, files: readonly string[]): string {
  const id = manifestIdentifier(module.id);
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
        <imsmd:title><imsmd:langstring xml:lang="nl">${escapeXml(module.title)}</imsmd:langstring></imsmd:title>
        <imsmd:language>nl</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="nl">${escapeXml(module.summary)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${id}.org">
    <organization identifier="${id}.org">
      <title>${escapeXml(module.title)}</title>
      <item identifier="${id}.item" identifierref="${id}.sco" isvisible="true">
        <title>${escapeXml(module.title)}</title>
        <adlcp:masteryscore>${module.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}.sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(module.launchPage)}">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th Edition CAM. The pass mark is the primary objective's minNormalizedMeasure
 * with satisfiedByMeasure, which the LMS hands to the content as cmi.scaled_passing_score; the
 * course reads it and reports success_status from the same threshold. The LOM block is in its
 * own namespace, which imscp_v1p1.xsd validates laxly.
 */
function writeScorm2004Manifest(module: PackagedModule, files: readonly string[]): string {
  const id = manifestIdentifier(module.id);
  const threshold = (module.passMark / 100).toFixed(2);
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
        <title><string language="nl">${escapeXml(module.title)}</string></title>
        <language>nl</language>
        <description><string language="nl">${escapeXml(module.summary)}</string></description>
      </general>
    </lom>
  </metadata>
  <organizations default="${id}.org">
    <organization identifier="${id}.org">
      <title>${escapeXml(module.title)}</title>
      <item identifier="${id}.item" identifierref="${id}.sco" isvisible="true">
        <title>${escapeXml(module.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}.passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${threshold}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}.sco" type="webcontent" adlcp:scormType="sco" href="${escapeXml(module.launchPage)}">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

function fileList(files: readonly string[]): string {
  return files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
