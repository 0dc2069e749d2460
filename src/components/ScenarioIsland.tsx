import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Scenario } from '../schemas/scenario.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { getTracker } from '../tracking/session.ts';
import { nl } from '../i18n/nl.ts';
import { paragraphs, replayPath } from '../learning/scenario-play.ts';
import { toDecisionEvent } from '../learning/answer-events.ts';
import { takeEarlyActions } from './early-actions.ts';
import { ScenarioStep } from './ScenarioStep.tsx';
import { ScenarioEnding } from './ScenarioEnding.tsx';
import { IslandBoundary } from './IslandBoundary.tsx';
import { islandDataKey, readIslandData } from './island-data.ts';

interface Props {
  /** The scenario's data comes from the JSON beside the island (island-data.ts). */
  scenarioId: string;
}

/**
 * A branching scenario. The path taken (choice ids in order) lives in the tracker, which saves it
 * in suspend_data; on load the saved path is replayed through the scenario to put the learner
 * back at the same step. Each decision is reported as an ungraded choice interaction.
 */
export default function ScenarioIsland({ scenarioId }: Props) {
  return (
    <IslandBoundary>
      <ScenarioPlay scenario={readIslandData<Scenario>(islandDataKey('scenario', scenarioId))} />
    </IslandBoundary>
  );
}

function ScenarioPlay({ scenario }: { scenario: Scenario }) {
  const [tracker, setTracker] = useState<Tracker | null>(null);
  const [path, setPath] = useState<string[]>([]);
  const [isShowingFeedback, setIsShowingFeedback] = useState(false);
  const [selection, setSelection] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const shownAt = useRef(Date.now());
  const ids = { title: `${scenario.id}-titel`, step: `${scenario.id}-stap`, feedback: `${scenario.id}-gevolg`, ending: `${scenario.id}-afloop` };

  useEffect(() => {
    let isCurrent = true;
    void getTracker().then((found) => {
      if (!isCurrent) return;
      const saved = found.getState().scenarioPaths[scenario.id] ?? [];
      const replay = replayPath(scenario, saved);
      if (replay.isValid) {
        setPath([...saved]);
      } else {
        console.warn(`[oov-scenario] the saved path ${JSON.stringify(saved)} of scenario "${scenario.id}" no longer fits the scenario (${replay.reason}); starting again from the first step`);
        found.resetScenario(scenario.id);
      }
      shownAt.current = Date.now();
      setTracker(found);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  // Focus moves only after a learner's action, never on load or restore.
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  // A choice made in the server-rendered radio buttons before hydration is adopted, a press on Kies replayed.
  const root = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const checked = root.current?.querySelector<HTMLInputElement>('.scenario-choices input:checked');
    if (checked) setSelection(checked.value);
  }, []);
  useEffect(() => {
    if (!tracker || !root.current) return;
    for (const button of takeEarlyActions(root.current)) button.click();
  }, [tracker]);

  // The path only ever grows by choices of the step shown, so it stays valid; the empty path is valid once the build checks pass.
  const replay = replayPath(scenario, path);
  if (!replay.isValid) return null;
  const { position, decisions, totals } = replay.play;
  const last = decisions.at(-1);

  const choose = () => {
    if (!tracker) return setMessage(nl.scenario.notReady);
    if (position.kind !== 'step') return;
    const { step } = position;
    const choice = step.choices.find((each) => each.id === selection);
    if (!choice) return setMessage(nl.scenario.chooseFirst);
    setMessage('');
    tracker.recordScenarioChoice(scenario.id, choice.id, toDecisionEvent(scenario.id, step, choice, Date.now() - shownAt.current));
    setPath([...path, choice.id]);
    setSelection(null);
    setIsShowingFeedback(true);
    pendingFocus.current = ids.feedback;
    setAnnouncement(nl.scenario.announceChoice);
  };

  const goOn = () => {
    setIsShowingFeedback(false);
    shownAt.current = Date.now();
    if (position.kind === 'ending') {
      pendingFocus.current = ids.ending;
      setAnnouncement(nl.scenario.announceEnding(position.ending.title));
    } else {
      pendingFocus.current = ids.step;
      setAnnouncement(nl.scenario.announceStep(decisions.length + 1));
    }
  };

  const replayScenario = () => {
    tracker?.resetScenario(scenario.id);
    setPath([]);
    setSelection(null);
    setMessage('');
    setIsShowingFeedback(false);
    shownAt.current = Date.now();
    pendingFocus.current = ids.step;
    setAnnouncement(nl.scenario.announceRestart);
  };

  const stepProps = { scenario, headingId: ids.step, feedbackId: ids.feedback, totals, message, onSelect: setSelection, onChoose: choose, onNext: goOn };
  return (
    <section ref={root} className="scenario" aria-labelledby={ids.title} data-scenario-id={scenario.id} data-island-id={scenario.id} data-ready={tracker ? 'true' : 'false'}>
      <p className="eyebrow">{nl.scenario.eyebrow}</p>
      <h2 id={ids.title}>{scenario.title}</h2>
      {/* The scene is set once; after the first decision it folds away, so on a phone the decision stays in view. */}
      {decisions.length === 0 && !isShowingFeedback ? (
        paragraphs(scenario.intro).map((text, index) => (
          <p key={index} className="scenario-intro">
            {text}
          </p>
        ))
      ) : (
        <details className="scenario-intro-again">
          <summary>{nl.scenario.introAgain}</summary>
          {paragraphs(scenario.intro).map((text, index) => (
            <p key={index}>{text}</p>
          ))}
        </details>
      )}
      {isShowingFeedback && last ? (
        <ScenarioStep {...stepProps} step={last.step} number={decisions.length} selection={null} chosen={last.choice} />
      ) : position.kind === 'step' ? (
        <ScenarioStep {...stepProps} step={position.step} number={decisions.length + 1} selection={selection} chosen={null} />
      ) : (
        <ScenarioEnding scenario={scenario} ending={position.ending} decisions={decisions} totals={totals} headingId={ids.ending} onReplay={replayScenario} />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
