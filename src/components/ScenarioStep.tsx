import { useId } from 'react';
import type { Scenario, ScenarioChoice, ScenarioStep as Step } from '../schemas/scenario.ts';
import { nl } from '../i18n/nl.ts';
import { effectChanges, paragraphs } from '../learning/scenario-play.ts';

interface Props {
  scenario: Scenario;
  step: Step;
  /** 1-based number of this decision in the play-through. */
  number: number;
  /** Id of the heading, which receives focus when the step opens. */
  headingId: string;
  /** Id of the feedback block, which receives focus after choosing. */
  feedbackId: string;
  selection: string | null;
  /** Set once the learner has chosen: the choices are locked and the feedback shows. */
  chosen: ScenarioChoice | null;
  /** Meter values after the chosen choice. */
  totals: Record<string, number>;
  message: string;
  onSelect(choiceId: string): void;
  onChoose(): void;
  onNext(): void;
}

/** One decision point: the situation, the choices as a radio group with a "Kies" button, then the feedback. */
export function ScenarioStep({ scenario, step, number, headingId, feedbackId, selection, chosen, totals, message, onSelect, onChoose, onNext }: Props) {
  const groupName = useId();
  const hintId = `${groupName}-hint`;
  const current = chosen?.id ?? selection;
  return (
    <div className="scenario-step" data-step-id={step.id} data-state={chosen ? 'feedback' : 'open'}>
      <h3 id={headingId} tabIndex={-1}>
        {step.title ? nl.scenario.decisionTitled(number, step.title) : nl.scenario.decision(number)}
      </h3>
      <div className="scenario-situation">
        {step.speaker && <p className="scenario-speaker">{nl.scenario.speaker(step.speaker.name, step.speaker.role)}</p>}
        {paragraphs(step.situation).map((text, index) => (
          <p key={index}>{text}</p>
        ))}
      </div>
      <fieldset className="scenario-choices">
        <legend>{nl.scenario.whatDoYouDo}</legend>
        <p className="hint" id={hintId}>
          {nl.scenario.chooseOne}
        </p>
        <ul className="options" role="presentation">
          {step.choices.map((choice) => (
            <li key={choice.id}>
              <label className="option">
                <input
                  type="radio"
                  name={groupName}
                  value={choice.id}
                  data-draft={choice.id}
                  checked={current === choice.id}
                  disabled={chosen !== null}
                  aria-describedby={hintId}
                  onChange={() => onSelect(choice.id)}
                />
                <span>{choice.text}</span>
              </label>
            </li>
          ))}
        </ul>
        {!chosen && (
          <button type="button" className="button" data-action="choose" onClick={onChoose}>
            {nl.scenario.choose}
          </button>
        )}
      </fieldset>
      <p className="quiz-message" role="alert">
        {message}
      </p>
      {chosen && <Feedback scenario={scenario} choice={chosen} totals={totals} id={feedbackId} onNext={onNext} />}
    </div>
  );
}

function Feedback({ scenario, choice, totals, id, onNext }: { scenario: Scenario; choice: ScenarioChoice; totals: Record<string, number>; id: string; onNext(): void }) {
  const changes = effectChanges(scenario, choice, totals);
  return (
    <div className="scenario-feedback" id={id} tabIndex={-1} role="group" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{nl.scenario.consequenceHeading}</h4>
      <p>
        <strong>{nl.scenario.yourChoice}:</strong> {choice.text}
      </p>
      <p>
        <strong>{nl.scenario.logic}:</strong> {nl.scenario.logicNames[choice.logic]}
      </p>
      {paragraphs(choice.feedback).map((text, index) => (
        <p key={index}>{text}</p>
      ))}
      {scenario.effects.length > 0 && (
        <>
          <p>
            <strong>{nl.scenario.effectsHeading}:</strong>
          </p>
          {changes.length ? (
            <ul className="scenario-effects">
              {changes.map(({ meter, delta, total }) => (
                <li key={meter.id} data-meter-id={meter.id}>
                  {nl.scenario.effectChange(meter.label, delta, total, (delta > 0) === (meter.better === 'higher'))}
                </li>
              ))}
            </ul>
          ) : (
            <p>{nl.scenario.noEffect}</p>
          )}
        </>
      )}
      <button type="button" className="button" onClick={onNext}>
        {nl.scenario.next}
      </button>
    </div>
  );
}
