// A partner's React 19 app: the elements are used like any tag. React sets
// `data`, `theme` and `objective` as properties (the elements have them) and
// hyphenated names as attributes; `onimrf-…` props listen to the events.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@imrf/widgets/define.js';
import type {} from '@imrf/widgets/react';
import type { ForumInput, Theme } from '@imrf/widgets';

/** Where the forum data comes from; a partner would call its own API. */
const DATA_URL = new URL('../../data/imrf-2022.json', import.meta.url);

function App() {
  const [forum, setForum] = useState<ForumInput | null>(null);
  const [loaded, setLoaded] = useState('Waiting for the programme…');
  const [objective, setObjective] = useState(7);
  const [choice, setChoice] = useState('No objective chosen yet.');
  const [theme, setTheme] = useState<Theme>('light');

  useEffect(() => {
    const controller = new AbortController();
    fetch(DATA_URL, { signal: controller.signal })
      .then((response) => response.json() as Promise<ForumInput>)
      .then((data) => setForum({ ...data, title: 'IMRF 2022, as our React app passes it' }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded(`The data could not be fetched: ${error}`);
      });
    return () => controller.abort();
  }, []);

  return (
    <>
      <header>
        <h1>The IMRF widgets in a React 19 app</h1>
        <div className="controls">
          <button type="button" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>
            Use the {theme === 'light' ? 'dark' : 'light'} theme
          </button>
        </div>
      </header>
      <main>
        <section aria-labelledby="objectives">
          <h2 id="objectives">The 23 objectives</h2>
          <output id="choice">{choice}</output>
          <imrf-objectives
            group-by="number"
            objective={objective}
            theme={theme}
            onimrf-objective-select={(event) => {
              event.preventDefault(); // the app shows the round table itself
              const { objective, roundtable } = event.detail;
              setObjective(objective.number);
              setChoice(
                roundtable
                  ? `Objective ${objective.number} is reviewed by round table ${roundtable.number}.`
                  : `Objective ${objective.number} is not reviewed by a round table.`,
              );
            }}
          />
        </section>
        <section aria-labelledby="roundtable">
          <h2 id="roundtable">Its round table</h2>
          <imrf-roundtable objective={objective} theme={theme} time-zone="Europe/Lisbon" />
        </section>
        <section aria-labelledby="programme">
          <h2 id="programme">Programme</h2>
          <p className="status" role="status" id="loaded">
            {loaded}
          </p>
          {forum && (
            <imrf-schedule
              data={forum}
              theme={theme}
              heading-level={3}
              time-zone="Asia/Tokyo"
              no-filters
              onimrf-load={(event) =>
                setLoaded(`Loaded ${event.detail.forum.sessions.length} sessions.`)
              }
            />
          )}
        </section>
      </main>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
