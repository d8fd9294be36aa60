// What a React 19 app may write, and what the types refuse: each line marked
// as an expected error fails the check if it compiles.
import type {} from '@imrf/widgets/react';
import type { ForumInput } from '@imrf/widgets';
import '@imrf/widgets/define.js';

export function Sample({ forum }: { forum: ForumInput }) {
  return (
    <imrf-forum data={forum} onimrf-load={(event) => event.detail.forum.sessions.length}>
      <imrf-schedule time-zone="local" heading-level={3} no-filters kind="roundtable" />
      <imrf-schedule onimrf-session-select={(event) => event.detail.session.id} />
      <imrf-schedule onimrf-filter-change={(event) => event.detail.objective} />
      <imrf-roundtable number={3} compact theme="dark" className="sidebar" id="rt" />
      <imrf-objectives group-by="number" onimrf-objective-select={(e) => e.detail.objective} />
      {/* @ts-expect-error: not a theme */}
      <imrf-roundtable theme="blue" />
      {/* @ts-expect-error: not a kind of session */}
      <imrf-schedule kind="lunch" />
      {/* @ts-expect-error: not a grouping */}
      <imrf-objectives group-by="colour" />
      {/* @ts-expect-error: a number, not a string */}
      <imrf-roundtable number="three" />
      {/* @ts-expect-error: the detail has no such field */}
      <imrf-schedule onimrf-filter-change={(event) => event.detail.colour} />
      {/* @ts-expect-error: no such element */}
      <imrf-calendar />
    </imrf-forum>
  );
}
