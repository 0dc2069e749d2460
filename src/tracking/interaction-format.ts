import type { AnswerEvent } from '../learning/types.ts';

/** The values of one cmi.interactions.n entry, in the order they must be set. */
export interface FormattedInteraction {
  id: string;
  type: string;
  response: string;
  /** Omitted for answers without a right answer (reflections). */
  correctPattern: string | null;
  result: string;
}

/**
 * cmi.interactions.n.id must be an identifier without spaces: CMIIdentifier (1.2, at most 255
 * characters) or long_identifier_type (2004). Question ids are validated at build time, so this
 * only guards against anything a future author bypasses.
 */
export function toInteractionId(questionId: string): string {
  return questionId.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 255) || 'vraag';
}

/** 2004 description is localized_string_type (SPM 250): LMSs that cut it must not get half a character. */
export function toInteractionDescription(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= 250 ? clean : `${clean.slice(0, 249)}…`;
}

/**
 * SCORM 1.2 RTE 3.4.2.7 (CMIFeedback): choice, matching and sequencing responses are made of
 * single characters (0-9, a-z). Longer ids become a letter by their authored position, which
 * stays the same when options are shuffled for display. Text responses are CMIString255.
 * 1.2 has no long-fill-in: reflections are reported as fill-in, cut to 255 characters (the
 * full text stays in suspend_data).
 */
export function formatScorm12Interaction(answer: AnswerEvent): FormattedInteraction {
  const token = (id: string, ids: readonly string[]) => toSingleCharacter(id, ids);
  const encode = (values: readonly string[]): string => {
    switch (answer.kind) {
      case 'choice':
      case 'sequencing':
        return values.map((id) => token(id, answer.optionIds)).join(',');
      case 'matching':
        return values
          .map((pair) => {
            const [source = '', target = ''] = pair.split('.');
            return `${token(source, answer.optionIds)}.${token(target, answer.targetIds ?? [])}`;
          })
          .join(',');
      case 'true-false':
        return values[0] === 'true' ? 't' : 'f';
      case 'numeric':
        return values[0] ?? '';
      case 'fill-in':
      case 'long-fill-in':
        return cut(toResponseText(values[0] ?? ''), 255);
    }
  };
  return {
    id: toInteractionId(answer.questionId),
    type: answer.kind === 'long-fill-in' ? 'fill-in' : answer.kind,
    response: encode(answer.response),
    correctPattern: answer.correctResponse ? encode(answer.correctResponse) : null,
    result: answer.isCorrect === null ? 'neutral' : answer.isCorrect ? 'correct' : 'wrong',
  };
}

/**
 * SCORM 2004 RTE 4.2.9.1: identifiers joined by "[,]", matching pairs as "source[.]target",
 * numeric ranges as "min[:]max", fill-in text up to 250 characters (SPM), long-fill-in up to 4000.
 */
export function formatScorm2004Interaction(answer: AnswerEvent): FormattedInteraction {
  const encode = (values: readonly string[], isPattern: boolean): string => {
    switch (answer.kind) {
      case 'choice':
      case 'sequencing':
        return values.join('[,]');
      case 'matching':
        return values.map((pair) => pair.replace('.', '[.]')).join('[,]');
      case 'true-false':
        return values[0] === 'true' ? 'true' : 'false';
      case 'numeric':
        return isPattern ? `${values[0] ?? ''}[:]${values[1] ?? values[0] ?? ''}` : (values[0] ?? '');
      case 'fill-in':
        return cut(toResponseText(values[0] ?? ''), 250);
      case 'long-fill-in':
        return cut(toResponseText(values[0] ?? ''), 4000);
    }
  };
  return {
    id: toInteractionId(answer.questionId),
    type: answer.kind,
    response: encode(answer.response, false),
    correctPattern: answer.correctResponse ? encode(answer.correctResponse, true) : null,
    result: answer.isCorrect === null ? 'neutral' : answer.isCorrect ? 'correct' : 'incorrect',
  };
}

const TOKENS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Ids that are all single characters are kept; otherwise every id maps to a letter by position, so none collide. */
function toSingleCharacter(id: string, ids: readonly string[]): string {
  if (ids.every((each) => /^[0-9a-z]$/.test(each))) return id;
  return TOKENS[ids.indexOf(id)] ?? '?';
}

/**
 * Learner text as a response value. scorm-again (like other LMSs that validate with the RTE's
 * patterns) rejects line breaks in CMIString255 (1.2, error 405) and localized_string_type
 * (2004, error 406), and 2004 reads a leading "{" as a delimiter such as {lang=nl} (RTE 4.1.1.6).
 * Line breaks become spaces and a leading "{" gets a space before it; the full text stays in
 * suspend_data.
 */
function toResponseText(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return oneLine.startsWith('{') ? ` ${oneLine}` : oneLine;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
