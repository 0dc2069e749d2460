import type { AnswerEvent } from './types.ts';

/**
 * SCORM 1.2 RTE 3.4.2.7: a choice response is a comma-separated list of single characters
 * (0-9, a-z). Longer option ids are mapped to a letter by their authored position, which
 * stays the same when options are shuffled for display.
 */
export function toScorm12ChoiceTokens(optionIds: readonly string[], chosen: readonly string[]): string {
  return chosen
    .map((id) => {
      if (/^[0-9a-z]$/.test(id)) return id;
      const index = optionIds.indexOf(id);
      return index >= 0 && index < 26 ? String.fromCharCode(97 + index) : '?';
    })
    .join(',');
}

/** SCORM 2004 RTE 4.2.9.1: choice responses are short identifiers separated by "[,]". */
export function toScorm2004ChoiceResponse(chosen: readonly string[]): string {
  return chosen.join('[,]');
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

export function scorm12Result(answer: AnswerEvent): 'correct' | 'wrong' {
  return answer.isCorrect ? 'correct' : 'wrong';
}

export function scorm2004Result(answer: AnswerEvent): 'correct' | 'incorrect' {
  return answer.isCorrect ? 'correct' : 'incorrect';
}
