// The partner's own script on the CSP page: a file from the same origin (no
// inline script), writing text only (no HTML, so Trusted Types never object).
const choice = document.querySelector('#choice');

document.querySelector('imrf-objectives').addEventListener('imrf-objective-select', (event) => {
  const { objective, roundtable } = event.detail;
  choice.textContent = roundtable
    ? `Objective ${objective.number} is reviewed by round table ${roundtable.number}.`
    : `Objective ${objective.number} is not reviewed by a round table.`;
});
