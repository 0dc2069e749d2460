import type { Scenario, ScenarioEnding as Ending } from '../schemas/scenario.ts';
import { nl } from '../i18n/nl.ts';
import { paragraphs, type ScenarioDecision } from '../learning/scenario-play.ts';

interface Props {
  scenario: Scenario;
  ending: Ending;
  decisions: readonly ScenarioDecision[];
  totals: Record<string, number>;
  /** Id of the heading, which receives focus when the ending opens. */
  headingId: string;
  onReplay(): void;
}

/** The end of a play-through: the debrief, the meters' totals and the route taken, with the logic of each decision. */
export function ScenarioEnding({ scenario, ending, decisions, totals, headingId, onReplay }: Props) {
  return (
    <div className="scenario-ending" data-ending-id={ending.id}>
      <h3 id={headingId} tabIndex={-1}>
        {nl.scenario.endingHeading(ending.title)}
      </h3>
      {ending.quality && (
        <p className="scenario-quality" data-quality={ending.quality}>
          <strong>{nl.scenario.quality[ending.quality]}</strong>
        </p>
      )}
      <h4>{nl.scenario.debriefHeading}</h4>
      {paragraphs(ending.debrief).map((text, index) => (
        <p key={index}>{text}</p>
      ))}
      {scenario.effects.length > 0 && (
        <>
          <h4>{nl.scenario.totalsHeading}</h4>
          <ul className="scenario-totals">
            {scenario.effects.map((meter) => (
              <li key={meter.id} data-meter-id={meter.id}>
                {nl.scenario.totalLine(meter.label, totals[meter.id] ?? meter.start)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{nl.scenario.pathHeading}</h4>
      <ol className="scenario-path">
        {decisions.map(({ step, choice }, index) => (
          <li key={`${index}-${step.id}`} data-step-id={step.id}>
            <strong>{step.title ? nl.scenario.decisionTitled(index + 1, step.title) : nl.scenario.decision(index + 1)}</strong>
            <br />
            {choice.text}
            <br />
            <span className="scenario-logic">
              {nl.scenario.logic}: {nl.scenario.logicNames[choice.logic]}
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="button secondary" onClick={onReplay}>
        {nl.scenario.replay}
      </button>
    </div>
  );
}
