// A partner's Vue 3 app: Vue is told that imrf-* tags are custom elements;
// it sets `:data` and `:objective` as properties (the elements have them),
// hyphenated names as attributes, and `@imrf-…` listens to the events.
import { createApp, defineComponent, ref } from 'vue';
import '@imrf/widgets/define.js';
import type { ForumInput, ForumLoadDetail, ObjectiveSelectDetail, Theme } from '@imrf/widgets';

/** Where the forum data comes from; a partner would call its own API. */
const DATA_URL = new URL('../../data/imrf-2022.json', import.meta.url);

const App = defineComponent({
  setup() {
    const forum = ref<ForumInput | null>(null);
    const loaded = ref('Waiting for the programme…');
    const objective = ref(7);
    const choice = ref('No objective chosen yet.');
    const theme = ref<Theme>('light');

    fetch(DATA_URL)
      .then((response) => response.json() as Promise<ForumInput>)
      .then((data) => (forum.value = { ...data, title: 'IMRF 2022, as our Vue app passes it' }))
      .catch((error: unknown) => (loaded.value = `The data could not be fetched: ${error}`));

    function onSelect(event: CustomEvent<ObjectiveSelectDetail>) {
      event.preventDefault(); // the app shows the round table itself
      const { objective: chosen, roundtable } = event.detail;
      objective.value = chosen.number;
      choice.value = roundtable
        ? `Objective ${chosen.number} is reviewed by round table ${roundtable.number}.`
        : `Objective ${chosen.number} is not reviewed by a round table.`;
    }
    function onLoad(event: CustomEvent<ForumLoadDetail>) {
      loaded.value = `Loaded ${event.detail.forum.sessions.length} sessions.`;
    }
    function toggleTheme() {
      theme.value = theme.value === 'light' ? 'dark' : 'light';
    }
    return { forum, loaded, objective, choice, theme, onSelect, onLoad, toggleTheme };
  },
  template: `
    <header>
      <h1>The IMRF widgets in a Vue 3 app</h1>
      <div class="controls">
        <button type="button" @click="toggleTheme">
          Use the {{ theme === 'light' ? 'dark' : 'light' }} theme
        </button>
      </div>
    </header>
    <main>
      <section aria-labelledby="objectives">
        <h2 id="objectives">The 23 objectives</h2>
        <output id="choice">{{ choice }}</output>
        <imrf-objectives
          group-by="number"
          :objective="objective"
          :theme="theme"
          @imrf-objective-select="onSelect"
        ></imrf-objectives>
      </section>
      <section aria-labelledby="roundtable">
        <h2 id="roundtable">Its round table</h2>
        <imrf-roundtable :objective="objective" :theme="theme" time-zone="Europe/Lisbon"></imrf-roundtable>
      </section>
      <section aria-labelledby="programme">
        <h2 id="programme">Programme</h2>
        <p class="status" role="status" id="loaded">{{ loaded }}</p>
        <imrf-schedule
          v-if="forum"
          :data.prop="forum"
          :theme="theme"
          :heading-level="3"
          time-zone="Asia/Tokyo"
          no-filters
          @imrf-load="onLoad"
        ></imrf-schedule>
      </section>
    </main>
  `,
});

const app = createApp(App);
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('imrf-');
app.mount('#app');
